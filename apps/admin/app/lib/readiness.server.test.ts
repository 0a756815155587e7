import { getUserWithRoles, seedDemoIfEmpty, syncBuiltInScenarios } from "@k2k/db";
import { openTestDatabase } from "@k2k/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildReport,
  clearReadinessCache,
  getTargets,
  listCadres,
  listOverdue,
  OutOfScopeError,
  saveTargets,
  standingsStats,
} from "./readiness.server.ts";
import { DEFAULT_TARGETS, decayedScore, periodOf } from "./readiness.ts";
import { visiblePath } from "./scope.server.ts";

let h: Awaited<ReturnType<typeof openTestDatabase>>;
const NOW = new Date("2026-11-20T04:00:00Z"); // 2026Q4, running
const day = (iso: string, plusDays = 0) =>
  new Date(new Date(iso).getTime() + plusDays * 86_400_000).toISOString();
let seq = 0;
const versionOf: Record<string, string> = {};

async function attempt(
  user: string,
  scenario: string,
  score: number,
  endedAt: string,
  assignmentId?: string,
) {
  seq++;
  await h.db
    .insertInto("attempts")
    .values({
      id: `a-${seq}`,
      user_id: user,
      scenario_version_id: versionOf[scenario]!,
      assignment_id: assignmentId ?? null,
      seed: seq,
      status: "completed",
      time_mode: "turn",
      time_scale: 10,
      started_at: day(endedAt, -0.02),
      ended_at: endedAt,
      stage_id: "end",
      outcome: "success",
      sim_minutes: 120,
      total_score: score,
      event_count: 0,
    })
    .execute();
}

beforeAll(async () => {
  h = await openTestDatabase();
  await seedDemoIfEmpty(h.db);
  await syncBuiltInScenarios(h.db, [
    { id: "s-crisis", version: 1, title: "舆情", category: "crisis", competencies: ["crisis"] },
    {
      id: "s-reply",
      version: 1,
      title: "回复",
      category: "netizen-reply",
      competencies: ["netizen-reply", "appeal"],
    },
    { id: "s-policy", version: 1, title: "政策", category: "policy", competencies: ["policy", "risk"] },
  ]);
  for (const v of await h.db.selectFrom("scenario_versions").select(["id", "scenario_id"]).execute())
    versionOf[v.scenario_id] = v.id;

  // 赵市村: leader and cadre ready, the leader passed the crisis drill this quarter → green
  await attempt("p-mlz-zsc-01", "s-crisis", 88, "2026-11-01T02:00:00Z");
  await attempt("p-mlz-zsc-01", "s-reply", 82, "2026-10-20T02:00:00Z");
  await attempt("p-mlz-zsc-01", "s-policy", 90, "2026-10-21T02:00:00Z");
  await attempt("p-mlz-zsc-02", "s-crisis", 85, "2026-11-02T02:00:00Z");
  await attempt("p-mlz-zsc-02", "s-reply", 80, "2026-11-03T02:00:00Z");
  // 白塔村: both ready, but the leader's crisis drill is from last year (decayed, outside the quarter)
  await attempt("p-btz-btc-01", "s-crisis", 99, "2026-01-10T02:00:00Z");
  await attempt("p-btz-btc-01", "s-crisis", 95, "2026-10-10T02:00:00Z"); // fresh, but …
  await attempt("p-btz-btc-01", "s-reply", 90, "2026-10-11T02:00:00Z");
  await attempt("p-btz-btc-01", "s-policy", 90, "2026-10-12T02:00:00Z");
  await attempt("p-btz-btc-02", "s-crisis", 90, "2026-10-13T02:00:00Z");
  await attempt("p-btz-btc-02", "s-reply", 90, "2026-10-14T02:00:00Z");
  // 新桥村 (青阳镇): a high score long ago decays below the pass mark
  await attempt("p-qyz-xqc-02", "s-reply", 95, "2025-12-01T02:00:00Z");
  // 东湖村: nobody has drilled for two quarters → red twice → follow-up
});

afterAll(async () => {
  await h.cleanup();
});

describe("readiness model on a real database", () => {
  it("uses the documented decay for the best recent score", async () => {
    const q = periodOf(NOW, 3);
    const cadres = await listCadres(h, "/u-city/u-qyz/u-qyz-xqc/", q, DEFAULT_TARGETS, NOW);
    const staff = cadres.find((c) => c.id === "p-qyz-xqc-02")!;
    const age = (NOW.getTime() - new Date("2025-12-01T02:00:00Z").getTime()) / 86_400_000;
    const t = DEFAULT_TARGETS;
    expect(staff.eff["netizen-reply"]).toBeCloseTo(decayedScore(95, age, t.halfLifeDays, t.graceDays), 3);
    expect(staff.eff["netizen-reply"]!).toBeLessThan(t.passScore);
    expect(staff.ready).toBe(false);
    // the best effective score wins, not the best raw score: 95 last month beats 99 ten months ago
    const leader = (await listCadres(h, "/u-city/u-btz/u-btz-btc/", q, DEFAULT_TARGETS, NOW)).find(
      (c) => c.id === "p-btz-btc-01",
    )!;
    // 95 last month is within the grace period: it counts in full
    expect(leader.eff.crisis).toBeCloseTo(95, 6);
    expect(leader.ready).toBe(true);
  });

  it("judges units, their leaders and the two-period escalation", async () => {
    const report = (await buildReport(h, { scopePath: "/", unitId: "u-city", now: NOW }))!;
    expect(report.period.key).toBe("2026Q4");
    expect(report.history.map((p) => p.period.key)).toEqual(["2026Q1", "2026Q2", "2026Q3", "2026Q4"]);
    const zsc = report.current.units.get("u-mlz-zsc")!;
    expect(zsc.counts).toMatchObject({ cadres: 2, ready: 2 });
    expect(zsc.leader?.crisisPassed).toBe(true);
    expect(zsc.figures.status).toBe("green");
    expect(zsc.counts.scoreCount).toBe(5);
    expect(zsc.figures.avgScore).toBeCloseTo((88 + 82 + 90 + 85 + 80) / 5, 6);

    const btc = report.current.units.get("u-btz-btc")!;
    expect(btc.counts.ready).toBe(2);
    expect(btc.leader?.crisisPassed).toBe(true);

    // 东湖村's leader has done no crisis drill; the unit is red this quarter and the last one
    const dhc = report.current.units.get("u-btz-dhc")!;
    expect(dhc.leader).toMatchObject({ crisisBest: null, crisisPassed: false });
    expect(dhc.figures.status).toBe("red");
    expect(report.followUp.has("u-btz-dhc")).toBe(true);
    expect(report.followUp.has("u-mlz-zsc")).toBe(false);

    // the town rolls up its villages: 梅李镇 (2) + 党政办 (2) + 赵市村 (2)
    expect(report.current.units.get("u-mlz")!.counts).toMatchObject({ cadres: 6, ready: 2 });
    // only learners count: the city's organisation department has one learner (the leader)
    expect(report.current.units.get("u-zzb")!.counts.cadres).toBe(1);
  });

  it("counts a leader who has not done the crisis drill as not passed even when the unit is ready", async () => {
    await attempt("p-mlz-office-01", "s-reply", 90, "2026-10-05T02:00:00Z");
    await attempt("p-mlz-office-01", "s-policy", 90, "2026-10-06T02:00:00Z");
    const report = (await buildReport(h, { scopePath: "/", unitId: "u-mlz-office", now: NOW }))!;
    const office = report.current.units.get("u-mlz-office")!;
    expect(office.leader).toMatchObject({ name: "俞建军", crisisBest: null, crisisPassed: false });
    expect(office.figures.status).not.toBe("green");
  });

  it("measures on-time completion and lists the overdue by person", async () => {
    await h.db
      .insertInto("assignments")
      .values({
        id: "as-1",
        scenario_version_id: versionOf["s-reply"]!,
        title: "网民留言回复训练",
        due_at: "2026-10-31T15:59:00Z",
        time_mode: "turn",
        time_scale: 10,
        created_by: "p-demo-admin",
        created_at: "2026-10-01T00:00:00Z",
      })
      .execute();
    await h.db
      .insertInto("assignment_targets")
      .values({ id: "t-1", assignment_id: "as-1", unit_id: "u-qyz-qyc", user_id: null })
      .execute();
    await attempt("p-qyz-qyc-01", "s-reply", 75, "2026-10-30T02:00:00Z", "as-1");
    await attempt("p-qyz-qyc-02", "s-reply", 75, "2026-11-05T02:00:00Z", "as-1"); // late, but done
    const report = (await buildReport(h, { scopePath: "/", unitId: "u-qyz", now: NOW }))!;
    expect(report.current.units.get("u-qyz-qyc")!.counts).toMatchObject({ assigned: 2, onTime: 1 });
    expect(report.current.units.get("u-qyz")!.figures.onTimeShare).toBe(0.5);
    // a late completion is not overdue any more; an untouched one is
    await h.db
      .insertInto("assignment_targets")
      .values({ id: "t-2", assignment_id: "as-1", unit_id: null, user_id: "p-qyz-01" })
      .execute();
    const overdue = await listOverdue(h, "/u-city/u-qyz/", NOW);
    expect(overdue.rows.map((r) => r.display_name)).toEqual(["窦国强"]);
  });

  it("keeps a town reviewer inside the town in every figure", async () => {
    await h.db
      .insertInto("users")
      .values({
        id: "p-town-reviewer",
        username: "town-reviewer",
        display_name: "白塔镇组织委员",
        password_hash: "x",
        unit_id: "u-btz",
        scope_unit_id: null,
        position: "组织委员",
        position_level: "cadre",
        disabled: 0,
        created_at: NOW.toISOString(),
      })
      .execute();
    await h.db.insertInto("user_roles").values({ user_id: "p-town-reviewer", role: "reviewer" }).execute();
    const reviewer = (await getUserWithRoles(h.db, "p-town-reviewer"))!;
    const scope = visiblePath(reviewer);
    await expect(buildReport(h, { scopePath: scope, unitId: "u-qyz", now: NOW })).rejects.toBeInstanceOf(
      OutOfScopeError,
    );
    const report = (await buildReport(h, { scopePath: scope, now: NOW }))!;
    expect(report.root.id).toBe("u-btz");
    expect(report.units.every((u) => u.path.startsWith("/u-city/u-btz/"))).toBe(true);
    const overdue = await listOverdue(h, scope, NOW);
    expect(overdue.rows).toEqual([]);
  });

  it("recomputes the running period as soon as an attempt completes (cached figures never go stale)", async () => {
    const before = (await buildReport(h, { scopePath: "/", unitId: "u-ysjd-njsq", now: NOW }))!;
    const unit = () => before.current.units.get("u-ysjd-njsq")!;
    expect(unit().counts.scoreCount).toBe(0);
    await attempt("p-ysjd-njsq-01", "s-crisis", 91, "2026-11-19T02:00:00Z");
    const after = (await buildReport(h, { scopePath: "/", unitId: "u-ysjd-njsq", now: NOW }))!;
    const u = after.current.units.get("u-ysjd-njsq")!;
    expect(u.counts.scoreCount).toBe(1);
    expect(u.leader).toMatchObject({ crisisBest: 91, crisisPassed: true });
  });

  it("after a new completion recomputes only that person, with the same figures as a full recomputation", async () => {
    const figures = (r: NonNullable<Awaited<ReturnType<typeof buildReport>>>) =>
      [...r.current.units.values()].map((u) => ({
        id: u.unit.id,
        counts: u.counts,
        status: u.figures.status,
      }));
    const report = () => buildReport(h, { scopePath: "/", unitId: "u-city", now: NOW });
    await report(); // cached standings of the running period
    const before = { ...standingsStats };
    // the newest completion so far: the incremental path must pick it up
    await attempt("p-mlz-01", "s-crisis", 93, "2026-11-20T03:59:00Z");
    await attempt("p-mlz-01", "s-reply", 91, "2026-11-20T03:59:30Z");
    const incremental = (await report())!;
    expect(standingsStats.incremental).toBe(before.incremental + 1);
    expect(standingsStats.full).toBe(before.full);
    expect(incremental.current.units.get("u-mlz")!.counts.comp.crisis.passed).toBeGreaterThan(0);
    // the snapshot moved its watermark forward: the next completion is incremental again
    await attempt("p-mlz-02", "s-crisis", 88, "2026-11-20T03:59:50Z");
    const again = (await report())!;
    expect(standingsStats.incremental).toBe(before.incremental + 2);
    expect(standingsStats.full).toBe(before.full);
    clearReadinessCache(h);
    expect(figures((await report())!)).toEqual(figures(again));

    // a back-dated completion (an import, a clock fix) cannot be caught by the watermark:
    // the count of older completions changes, and everything is recomputed
    await report();
    const full = standingsStats.full;
    await attempt("p-mlz-02", "s-policy", 97, "2026-10-02T02:00:00Z");
    const afterBackdated = (await report())!;
    expect(standingsStats.full).toBe(full + 1);
    clearReadinessCache(h);
    expect(figures((await report())!)).toEqual(figures(afterBackdated));
  });

  it("stores targets with an audit entry and reads them back", async () => {
    await saveTargets({ ...DEFAULT_TARGETS, passScore: 65 }, { userId: "p-demo-admin", ip: "127.0.0.1" }, h);
    expect((await getTargets(h)).targets.passScore).toBe(65);
    const audit = await h.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "readiness.targets")
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details_json!).after.passScore).toBe(65);
    await saveTargets(DEFAULT_TARGETS, { userId: "p-demo-admin" }, h);
  });
});
