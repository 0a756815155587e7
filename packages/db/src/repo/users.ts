import type { Kysely } from "kysely";
import type { Database, Role, User } from "../schema.ts";

export interface UserWithRoles extends User {
  roles: Role[];
  unit_path: string;
  unit_name: string;
  /** path of the subtree this user may oversee (their scope unit, or their own unit) */
  scope_path: string;
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
}

export async function getUserWithRoles(db: Kysely<Database>, id: string): Promise<UserWithRoles | undefined> {
  const user = await db
    .selectFrom("users")
    .innerJoin("units", "units.id", "users.unit_id")
    .selectAll("users")
    .select(["units.path as unit_path", "units.name as unit_name"])
    .where("users.id", "=", id)
    .executeTakeFirst();
  if (!user) return undefined;
  const roles = await db.selectFrom("user_roles").select("role").where("user_id", "=", id).execute();
  let scopePath = user.unit_path;
  if (user.scope_unit_id) {
    const scope = await db
      .selectFrom("units")
      .select("path")
      .where("id", "=", user.scope_unit_id)
      .executeTakeFirst();
    if (scope) scopePath = scope.path;
  }
  return { ...user, roles: roles.map((r) => r.role), scope_path: scopePath };
}
