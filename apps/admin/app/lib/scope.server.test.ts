import { createAttempt, getUserWithRoles, seedDemoIfEmpty, syncBuiltInScenarios } from "@k2k/db";
import { openTestDatabase } from "@k2k/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAttempts } from "./attempts.server.ts";
import { visiblePath } from "./scope.server.ts";

let h: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  h = await openTestDatabase();
  await seedDemoIfEmpty(h.db);
  await syncBuiltInScenarios(h.db, [
    { id: "s", version: 1, title: "测试场景", category: "crisis", competencies: ["crisis"] },
  ]);
  const version = await h.db.selectFrom("scenario_versions").select("id").executeTakeFirstOrThrow();
  // one attempt in 青阳镇 (a village under it), one in 白塔镇, one in a city department
  for (const username of ["qyz-qyc-01", "btz-btc-01", "demo-learner"]) {
    const u = await h.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    await createAttempt(h.db, { userId: u.id, versionId: version.id, seed: 1 });
  }
  // a reviewer scoped to 青阳镇
  await h.db
    .insertInto("users")
    .values({
      id: "p-town-reviewer",
      username: "town-reviewer",
      display_name: "青阳镇组织委员",
      password_hash: "x",
      unit_id: "u-qyz",
      scope_unit_id: null,
      position: "组织委员",
      position_level: "cadre",
      disabled: 0,
      created_at: new Date().toISOString(),
    })
    .execute();
  await h.db.insertInto("user_roles").values({ user_id: "p-town-reviewer", role: "reviewer" }).execute();
});

afterAll(async () => {
  await h.cleanup();
});

describe("reviewer scope", () => {
  it("limits a town reviewer to the town's subtree", async () => {
    const reviewer = (await getUserWithRoles(h.db, "p-town-reviewer"))!;
    const rows = await listAttempts(visiblePath(reviewer), {}, 100, h);
    expect(rows.map((r) => r.unit_name)).toEqual(["青阳村"]);
    // asking for another town's unit explicitly still stays inside the scope
    const other = await listAttempts(visiblePath(reviewer), { unitId: "u-btz" }, 100, h);
    expect(other).toEqual([]);
  });

  it("lets the city organisation department reviewer see every unit", async () => {
    const reviewer = (
      await h.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "demo-reviewer")
        .executeTakeFirstOrThrow()
    ).id;
    const rows = await listAttempts(visiblePath((await getUserWithRoles(h.db, reviewer))!), {}, 100, h);
    expect(rows.map((r) => r.unit_name).sort()).toEqual(["市生态环境局", "白塔村", "青阳村"].sort());
  });
});
