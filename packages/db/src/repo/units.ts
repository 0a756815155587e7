import type { Kysely } from "kysely";
import type { Database, Unit } from "../schema.ts";

/** A unit's path is "/id/…/"; everything whose path starts with it is in its subtree. */
export function isInSubtree(scopePath: string, unitPath: string): boolean {
  return unitPath.startsWith(scopePath);
}

export async function getUnit(db: Kysely<Database>, id: string): Promise<Unit | undefined> {
  return db.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listSubtree(db: Kysely<Database>, scopePath: string): Promise<Unit[]> {
  return db
    .selectFrom("units")
    .selectAll()
    .where("path", "like", `${scopePath}%`)
    .orderBy("depth")
    .orderBy("sort_order")
    .execute();
}
