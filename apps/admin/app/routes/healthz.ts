import { getDb } from "@k2k/db";
import { sql } from "kysely";

/** Liveness and database check for load balancers and the start script. */
export async function loader() {
  const handle = getDb();
  try {
    await sql`select 1`.execute(handle.db);
    return Response.json({ ok: true, db: handle.dialect });
  } catch {
    return Response.json({ ok: false, db: handle.dialect }, { status: 503 });
  }
}
