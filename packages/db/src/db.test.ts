import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import {
  appendEvent,
  createAttempt,
  getUserWithRoles,
  hashPassword,
  listEvents,
  listSubtree,
  migrateToLatest,
  openDatabase,
  passwordHashing,
  seedDemoIfEmpty,
  syncBuiltInScenarios,
  verifyPassword,
} from "./index.ts";
import { openTestDatabase } from "./test-support.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function freshDb() {
  const h = await openTestDatabase();
  cleanups.push(h.cleanup);
  return h;
}

describe("migrations", () => {
  it("create every table on a fresh file and leave an up-to-date file unchanged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-mig-"));
    const url = `file:${path.join(dir, "fresh.sqlite")}`;
    const first = openDatabase(url);
    const applied = await migrateToLatest(first.db);
    expect(applied.applied).toContain("2026-11-26-001-initial");
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      first.db,
    );
    const names = tables.rows.map((r) => r.name);
    for (const t of [
      "units",
      "users",
      "user_roles",
      "scenarios",
      "scenario_versions",
      "assignments",
      "attempts",
      "attempt_events",
      "scores",
      "score_overrides",
      "audit_log",
    ]) {
      expect(names).toContain(t);
    }
    await first.close();

    const again = openDatabase(url);
    expect((await migrateToLatest(again.db)).applied).toEqual([]);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(again.db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(again.db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("the suite's database", () => {
  it("is the dialect the run asked for, migrated and up to date", async () => {
    const h = await freshDb();
    expect(h.dialect).toBe(process.env.TEST_DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite");
    expect((await migrateToLatest(h.db)).applied).toEqual([]);
    const n = await h.db
      .selectFrom("units")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });
});

describe("demo seed", () => {
  it("fills an empty database once, with the four demo accounts and a unit tree", async () => {
    const { db } = await freshDb();
    const first = await seedDemoIfEmpty(db);
    expect(first.seeded).toBe(true);
    expect(first.users).toBeGreaterThanOrEqual(55);
    expect((await seedDemoIfEmpty(db)).seeded).toBe(false);

    const reviewer = await db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", "demo-reviewer")
      .executeTakeFirstOrThrow();
    const withRoles = await getUserWithRoles(db, reviewer.id);
    expect(withRoles?.roles).toEqual(["reviewer"]);
    expect(await verifyPassword("demo12345", reviewer.password_hash)).toBe(true);
    expect(await verifyPassword("wrong", reviewer.password_hash)).toBe(false);

    const town = await db
      .selectFrom("units")
      .selectAll()
      .where("name", "=", "青阳镇")
      .executeTakeFirstOrThrow();
    const subtree = await listSubtree(db, town.path);
    expect(subtree.map((u) => u.name)).toEqual(expect.arrayContaining(["青阳镇", "青阳村", "新桥村"]));
    expect(subtree.map((u) => u.name)).not.toContain("白塔镇");
    expect(town.leader_user_id).not.toBeNull();
  });
});

describe("passwords", () => {
  it("hash with a per-password salt", async () => {
    const a = await hashPassword("同一个密码");
    const b = await hashPassword("同一个密码");
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword("同一个密码", b)).toBe(true);
  });

  it("run no more hashes at once than the process's share of the cores", async () => {
    const hash = await hashPassword("demo12345");
    const saved = passwordHashing.limit;
    try {
      for (const limit of [1, 3]) {
        passwordHashing.limit = limit;
        passwordHashing.peak = 0;
        const results = await Promise.all(Array.from({ length: 4 }, () => verifyPassword("demo12345", hash)));
        expect(results).toEqual([true, true, true, true]);
        expect(passwordHashing.peak).toBe(limit);
        expect(passwordHashing.running).toBe(0);
      }
    } finally {
      passwordHashing.limit = saved;
    }
  });
});

describe("attempt events", () => {
  it("store a repeated idempotency key once", async () => {
    const { db } = await freshDb();
    await seedDemoIfEmpty(db);
    await syncBuiltInScenarios(db, [
      { id: "t", version: 1, title: "测试", category: "crisis", competencies: ["crisis"] },
    ]);
    const version = await db.selectFrom("scenario_versions").selectAll().executeTakeFirstOrThrow();
    const user = await db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", "demo-learner")
      .executeTakeFirstOrThrow();
    const attempt = await createAttempt(db, { userId: user.id, versionId: version.id, seed: 1 });

    const e = {
      idempotencyKey: "key-1",
      type: "learner.action",
      payload: { actionId: "verify" },
      simMinute: 60,
    };
    const first = await appendEvent(db, attempt.id, 0, e);
    const second = await appendEvent(db, attempt.id, 0, e);
    const concurrent = await Promise.all([
      appendEvent(db, attempt.id, 1, { ...e, idempotencyKey: "key-2" }),
      appendEvent(db, attempt.id, 1, { ...e, idempotencyKey: "key-2" }),
    ]);
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(second.event.id).toBe(first.event.id);
    expect(concurrent.filter((r) => !r.duplicate)).toHaveLength(1);
    const events = await listEvents(db, attempt.id);
    expect(events.map((x) => x.idempotency_key)).toEqual(["key-1", "key-2"]);
  });

  it("publish a new built-in version only when its content version grows", async () => {
    const { db } = await freshDb();
    const def = { id: "s1", version: 1, title: "甲", category: "crisis", competencies: ["crisis"] };
    expect(await syncBuiltInScenarios(db, [def])).toEqual(["s1"]);
    expect(await syncBuiltInScenarios(db, [def])).toEqual([]);
    expect(await syncBuiltInScenarios(db, [{ ...def, version: 2, title: "乙" }])).toEqual(["s1"]);
    const versions = await db
      .selectFrom("scenario_versions")
      .select(["version", "title"])
      .orderBy("version")
      .execute();
    expect(versions).toEqual([
      { version: 1, title: "甲" },
      { version: 2, title: "乙" },
    ]);
  });
});
