import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

const SESSION_DAYS = 7;

/** A fresh random id at every login, so a session id known before login is worthless after. */
export async function createSession(db: Kysely<Database>, userId: string, app: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await db
    .insertInto("sessions")
    .values({ id, user_id: userId, app, created_at: nowIso(), expires_at: expires })
    .execute();
  return id;
}

export async function getSessionUserId(
  db: Kysely<Database>,
  id: string,
  app: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("sessions")
    .select(["user_id", "expires_at"])
    .where("id", "=", id)
    .where("app", "=", app)
    .executeTakeFirst();
  if (!row || row.expires_at < nowIso()) return null;
  return row.user_id;
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}
