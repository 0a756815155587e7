import type { Database } from "@k2k/db";
import type { Kysely } from "kysely";

/** Demo attempts and assignments so that the dashboards tell a story on first start. */
export async function seedDemoHistory(_db: Kysely<Database>, _fresh: boolean): Promise<void> {
  // filled in by the readiness work
}
