import { createAssignment, listAssignmentPeople, listAssignmentsForUser, seedDemo } from "@k2k/db";
import { openTestDatabase } from "@k2k/db/test-support";
import { afterEach, describe, expect, it } from "vitest";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup() {
  const h = await openTestDatabase();
  cleanups.push(h.cleanup);
  await seedDemo(h.db);
  const now = new Date().toISOString();
  await h.db
    .insertInto("scenarios")
    .values({
      id: "s1",
      title: "测试场景",
      category: "crisis",
      competencies: "[]",
      status: "published",
      draft_json: "{}",
      builtin_version: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await h.db
    .insertInto("scenario_versions")
    .values({
      id: "v1",
      scenario_id: "s1",
      version: 1,
      title: "测试场景",
      definition_json: "{}",
      published_by: null,
      published_at: now,
    })
    .execute();
  const learner = await h.db
    .selectFrom("users as u")
    .innerJoin("units as un", "un.id", "u.unit_id")
    .select(["u.id", "u.unit_id", "un.path", "un.parent_id"])
    .where("u.username", "=", "demo-learner")
    .executeTakeFirstOrThrow();
  const author = await h.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "demo-instructor")
    .executeTakeFirstOrThrow();
  return { h, learner, author };
}

describe("assignments", () => {
  it("reach a learner through their unit, an ancestor unit or directly, with status", async () => {
    const { h, learner, author } = await setup();
    const due = new Date(Date.now() + 86_400_000).toISOString();
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const base = { scenarioVersionId: "v1", timeMode: "turn" as const, timeScale: 10, createdBy: author.id };
    const a1 = await createAssignment(h.db, {
      ...base,
      title: "本单位",
      dueAt: due,
      unitIds: [learner.unit_id],
      userIds: [],
    });
    const root = learner.path.split("/").filter(Boolean)[0]!;
    await createAssignment(h.db, { ...base, title: "全市", dueAt: past, unitIds: [root], userIds: [] });
    await createAssignment(h.db, { ...base, title: "本人", dueAt: due, unitIds: [], userIds: [learner.id] });
    const other = await h.db
      .selectFrom("units")
      .select("id")
      .where("path", "not like", `${learner.path}%`)
      .where("depth", ">", 0)
      .where((eb) => eb.not(eb("id", "in", learner.path.split("/").filter(Boolean))))
      .executeTakeFirstOrThrow();
    await createAssignment(h.db, {
      ...base,
      title: "别的单位",
      dueAt: due,
      unitIds: [other.id],
      userIds: [],
    });

    const mine = await listAssignmentsForUser(h.db, learner.id);
    expect(mine.map((m) => m.title).sort()).toEqual(["全市", "本人", "本单位"].sort());
    expect(mine.find((m) => m.title === "全市")?.status).toBe("overdue");
    expect(mine.find((m) => m.title === "本单位")?.status).toBe("not-started");

    await h.db
      .insertInto("attempts")
      .values({
        id: "at1",
        user_id: learner.id,
        scenario_version_id: "v1",
        assignment_id: a1.id,
        seed: 1,
        status: "completed",
        time_mode: "turn",
        time_scale: 10,
        started_at: new Date().toISOString(),
        ended_at: new Date().toISOString(),
        stage_id: null,
        outcome: "success",
        sim_minutes: 100,
        total_score: 80,
        event_count: 3,
      })
      .execute();
    const after = await listAssignmentsForUser(h.db, learner.id);
    expect(after.find((m) => m.title === "本单位")).toMatchObject({ status: "completed", attemptId: "at1" });

    const people = await listAssignmentPeople(h.db, a1.id);
    expect(people.find((p) => p.userId === learner.id)?.status).toBe("completed");
    expect(people.every((p) => p.unitPath.startsWith(learner.path))).toBe(true);
    expect(people.length).toBeGreaterThan(1);
  });
});
