import { getUserWithRoles, seedDemoIfEmpty, syncBuiltInScenarios } from "@k2k/db";
import { openTestDatabase } from "@k2k/db/test-support";
import { builtInScenarios, spreadSeries } from "@k2k/scenarios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { debriefSeries, loadOwnAttempt, postEvent, startAttempt } from "./drill.server.ts";

let h: Awaited<ReturnType<typeof openTestDatabase>>;
let versionId = "";

beforeAll(async () => {
  h = await openTestDatabase();
  await seedDemoIfEmpty(h.db);
  await syncBuiltInScenarios(h.db, builtInScenarios);
  versionId = (
    await h.db
      .selectFrom("scenario_versions")
      .select("id")
      .where("scenario_id", "=", "chemical-fire-rumour")
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => h.cleanup());

const learner = async (username = "demo-learner") => {
  const row = await h.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return (await getUserWithRoles(h.db, row.id))!;
};

describe("server-authoritative drill events", () => {
  it("assigns simulated time itself and stores a repeated key once", async () => {
    const user = await learner();
    const attempt = await startAttempt(user, versionId, null, h);
    const { view } = await loadOwnAttempt(attempt.id, user, h);
    const action = view.actions[0]!;
    const first = await postEvent(
      attempt.id,
      user,
      "key-aaaaaaaa-1",
      { kind: "action", actionId: action.id },
      h,
    );
    const again = await postEvent(
      attempt.id,
      user,
      "key-aaaaaaaa-1",
      { kind: "action", actionId: action.id },
      h,
    );
    expect(first.ok && !first.duplicate && first.view.simMinutes).toBe(action.cost);
    expect(again.ok && again.duplicate).toBe(true);
    const rows = await h.db
      .selectFrom("attempt_events")
      .selectAll()
      .where("attempt_id", "=", attempt.id)
      .execute();
    expect(rows).toHaveLength(1);
    const summary = await h.db
      .selectFrom("attempts")
      .selectAll()
      .where("id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(summary.sim_minutes).toBe(action.cost);
    expect(summary.event_count).toBe(1);
  });

  it("scores a text on the server and stores the score with its rubric version", async () => {
    const user = await learner();
    const attempt = await startAttempt(user, versionId, null, h);
    const { view } = await loadOwnAttempt(attempt.id, user, h);
    const task = view.tasks[0]!;
    const r = await postEvent(
      attempt.id,
      user,
      "key-bbbbbbbb-1",
      {
        kind: "task",
        taskId: task.id,
        text: "您好，经核实，起火点为企业成品仓库，我们将于今晚21时前发布最新进展。",
      },
      h,
    );
    expect(r.ok).toBe(true);
    const score = await h.db
      .selectFrom("scores")
      .selectAll()
      .where("attempt_id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(score.task_id).toBe(task.id);
    expect(score.rubric_version).toMatch(/\d/);
    expect(score.total).toBeGreaterThan(0);
  });

  it("refuses an action the machine does not allow, an over-long text and another learner", async () => {
    const user = await learner();
    const attempt = await startAttempt(user, versionId, null, h);
    const bad = await postEvent(
      attempt.id,
      user,
      "key-cccccccc-1",
      { kind: "action", actionId: "no-such-action" },
      h,
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.status).toBe(400);
    const long = await postEvent(
      attempt.id,
      user,
      "key-cccccccc-2",
      { kind: "task", taskId: "x", text: "长".repeat(5001) },
      h,
    );
    expect(!long.ok && long.status).toBe(413);
    const other = await learner("qyz-qyc-01");
    await expect(
      postEvent(attempt.id, other, "key-cccccccc-3", { kind: "wait", minutes: 30 }, h),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("in real-time mode takes the time from the server's clock, not from the client", async () => {
    const user = await learner();
    const attempt = await startAttempt(user, versionId, null, h);
    // started ten real minutes ago at ten simulated minutes per real minute
    await h.db
      .updateTable("attempts")
      .set({
        time_mode: "realtime",
        time_scale: 10,
        started_at: new Date(Date.now() - 10 * 60_000).toISOString(),
      })
      .where("id", "=", attempt.id)
      .execute();
    const r = await postEvent(attempt.id, user, "key-dddddddd-1", { kind: "wait", minutes: 1 }, h);
    expect(r.ok).toBe(true);
    expect(r.ok && r.view.simMinutes).toBeGreaterThanOrEqual(100);
    expect(r.ok && r.view.simMinutes).toBeLessThan(110);
  });

  it("abandons an attempt and then refuses further events", async () => {
    const user = await learner();
    const attempt = await startAttempt(user, versionId, null, h);
    expect((await postEvent(attempt.id, user, "key-eeeeeeee-1", { kind: "abandon" }, h)).ok).toBe(true);
    const row = await h.db
      .selectFrom("attempts")
      .select(["status", "outcome"])
      .where("id", "=", attempt.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("abandoned");
    const after = await postEvent(attempt.id, user, "key-eeeeeeee-2", { kind: "wait", minutes: 30 }, h);
    expect(!after.ok && after.status).toBe(409);
  });
});

describe("starting an attempt", () => {
  it("takes an assignment's time mode only when the assignment targets the learner", async () => {
    const { createAssignment } = await import("@k2k/db");
    const me = await learner();
    const other = await learner("qyz-qyc-01");
    const mine = await createAssignment(h.db, {
      scenarioVersionId: versionId,
      title: "生态环境局实时演练",
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      timeMode: "realtime",
      timeScale: 10,
      createdBy: me.id,
      unitIds: ["u-sthjj"],
      userIds: [],
    });
    const attempt = await startAttempt(me, versionId, mine.id, h);
    expect(attempt.time_mode).toBe("realtime");
    expect(attempt.assignment_id).toBe(mine.id);
    await expect(startAttempt(other, versionId, mine.id, h)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses free practice on an archived scenario", async () => {
    const me = await learner();
    await h.db
      .updateTable("scenarios")
      .set({ status: "archived" })
      .where("id", "=", "chemical-fire-rumour")
      .execute();
    try {
      await expect(startAttempt(me, versionId, null, h)).rejects.toMatchObject({ status: 404 });
    } finally {
      await h.db
        .updateTable("scenarios")
        .set({ status: "published" })
        .where("id", "=", "chemical-fire-rumour")
        .execute();
    }
  });
});

describe("debrief spread curves", () => {
  it("equal a fresh model run, and follow the log when it grows", async () => {
    const user = await learner();
    const attempt = await startAttempt(user, versionId, null, h);
    const before = await loadOwnAttempt(attempt.id, user, h);
    const first = debriefSeries(before);
    expect(first).toEqual(spreadSeries(before.def, before.events, { seed: before.attempt.seed }));
    expect(debriefSeries(await loadOwnAttempt(attempt.id, user, h))).toBe(first);

    const task = before.view.tasks[0]!;
    await postEvent(
      attempt.id,
      user,
      "key-series-0001",
      { kind: "task", taskId: task.id, text: "经核实，目前无人员伤亡，我们将于今晚20时前发布进展。" },
      h,
    );
    const after = await loadOwnAttempt(attempt.id, user, h);
    const second = debriefSeries(after);
    expect(second).not.toBe(first);
    expect(second).toEqual(spreadSeries(after.def, after.events, { seed: after.attempt.seed }));
    expect(second.actual).not.toEqual(first.actual);
  });
});
