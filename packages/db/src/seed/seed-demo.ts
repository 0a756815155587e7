import type { Kysely } from "kysely";
import { hashPassword } from "../accounts/password.ts";
import { nowIso } from "../ids.ts";
import type { Database, Role } from "../schema.ts";
import { DEMO_CITY, DEMO_PASSWORD, DEMO_ROLES, type DemoUnit } from "./demo-city.ts";

export interface SeedOutcome {
  seeded: boolean;
  units: number;
  users: number;
}

/** Demo data goes only into an empty database (no users), and never in production. */
export async function seedDemoIfEmpty(db: Kysely<Database>): Promise<SeedOutcome> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(row.n) > 0) return { seeded: false, units: 0, users: 0 };
  return seedDemo(db);
}

export async function seedDemo(db: Kysely<Database>): Promise<SeedOutcome> {
  // One hash for all demo cadres: hashing 70 passwords with scrypt would slow the first start.
  const hash = await hashPassword(DEMO_PASSWORD);
  const createdAt = nowIso();
  let units = 0;
  let users = 0;

  await db.transaction().execute(async (trx) => {
    const visit = async (
      unit: DemoUnit,
      parent: { id: string; path: string; depth: number } | null,
      order: number,
    ) => {
      const id = `u-${unit.key}`;
      const path = `${parent?.path ?? "/"}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      await trx
        .insertInto("units")
        .values({
          id,
          parent_id: parent?.id ?? null,
          name: unit.name,
          kind: unit.kind,
          path,
          depth,
          leader_user_id: null,
          sort_order: order,
        })
        .execute();
      units++;
      let leaderId: string | null = null;
      for (const [i, person] of unit.people.entries()) {
        const username = person.username ?? `${unit.key}-${String(i + 1).padStart(2, "0")}`;
        const userId = `p-${username}`;
        await trx
          .insertInto("users")
          .values({
            id: userId,
            username,
            display_name: person.name,
            password_hash: hash,
            unit_id: id,
            // a reviewer of the city's organisation department oversees the whole city
            scope_unit_id: username === "demo-reviewer" || username === "demo-admin" ? "u-city" : null,
            position: person.position,
            position_level: person.level,
            disabled: 0,
            created_at: createdAt,
          })
          .execute();
        const roles: Role[] = DEMO_ROLES[username] ?? ["learner"];
        await trx
          .insertInto("user_roles")
          .values(roles.map((role) => ({ user_id: userId, role })))
          .execute();
        users++;
        if (person.level === "leader" && !leaderId) leaderId = userId;
      }
      if (leaderId)
        await trx.updateTable("units").set({ leader_user_id: leaderId }).where("id", "=", id).execute();
      for (const [i, child] of (unit.children ?? []).entries()) await visit(child, { id, path, depth }, i);
    };
    await visit(DEMO_CITY, null, 0);
  });
  return { seeded: true, units, users };
}
