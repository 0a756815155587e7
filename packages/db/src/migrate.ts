import { type Kysely, Migrator } from "kysely";
import { migrations } from "./migrations/index.ts";

export interface MigrateOutcome {
  applied: string[];
}

/** Brings a fresh or an older database up to date; an up-to-date one is left unchanged. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: "k2k_migrations",
    migrationLockTableName: "k2k_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(
      `数据库迁移失败${failed ? `（${failed.migrationName}）` : ""}：${String((error as Error).message ?? error)}`,
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
