import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, migrateToLatest, openDatabase, restoreDatabase, seedDemoIfEmpty } from "./index.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "k2k-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SQLite backup and restore", () => {
  it("backs up a live database and restores it after the data changed", async () => {
    const url = `file:${path.join(dir, "live.sqlite")}`;
    const live = openDatabase(url);
    await migrateToLatest(live.db);
    await seedDemoIfEmpty(live.db);
    const before = await live.db.selectFrom("users").select("username").orderBy("username").execute();

    const target = path.join(dir, "copy.sqlite");
    const { bytes } = await backupDatabase(url, target); // while the connection is open
    expect(bytes).toBeGreaterThan(0);

    await live.db.deleteFrom("user_roles").execute();
    await live.db.deleteFrom("sessions").execute();
    await live.db.updateTable("users").set({ display_name: "改坏了" }).execute();
    await live.close();

    await restoreDatabase(url, target);
    const restored = openDatabase(url);
    const after = await restored.db
      .selectFrom("users")
      .select(["username", "display_name"])
      .orderBy("username")
      .execute();
    expect(after.map((u) => u.username)).toEqual(before.map((u) => u.username));
    expect(after.some((u) => u.display_name === "改坏了")).toBe(false);
    await restored.close();
  });

  it("refuses a file that is not a K2K backup", async () => {
    const junk = path.join(dir, "junk.sqlite");
    fs.writeFileSync(junk, "not a database");
    await expect(restoreDatabase(`file:${path.join(dir, "x.sqlite")}`, junk)).rejects.toThrow();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))("PostgreSQL backup and restore", () => {
  it("dumps with pg_dump and restores with pg_restore", async () => {
    const { openTestDatabase } = await import("./test-support.ts");
    const url = process.env.TEST_DATABASE_URL!;
    const h = await openTestDatabase();
    await seedDemoIfEmpty(h.db);
    const before = await h.db.selectFrom("users").select("username").orderBy("username").execute();
    await h.close();

    const target = path.join(dir, "pg.dump");
    const { bytes } = await backupDatabase(url, target);
    expect(bytes).toBeGreaterThan(0);

    const changed = openDatabase(url);
    await changed.db.updateTable("users").set({ display_name: "改坏了" }).execute();
    await changed.close();

    await restoreDatabase(url, target);
    const restored = openDatabase(url);
    const after = await restored.db
      .selectFrom("users")
      .select(["username", "display_name"])
      .orderBy("username")
      .execute();
    expect(after.map((u) => u.username)).toEqual(before.map((u) => u.username));
    expect(after.some((u) => u.display_name === "改坏了")).toBe(false);
    await restored.close();
  });
});
