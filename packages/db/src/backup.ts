/**
 * Backups. SQLite: the online backup API (consistent while the apps keep writing). PostgreSQL:
 * pg_dump in its custom format. Restores are the reverse; see docs/operations.md.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { dialectOf, sqlitePathOf } from "./connection.ts";

const run = promisify(execFile);

export function defaultBackupName(url: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  return dialectOf(url) === "postgres" ? `k2k-${stamp}.pgdump` : `k2k-${stamp}.sqlite`;
}

export async function backupDatabase(url: string, target: string): Promise<{ bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  if (dialectOf(url) === "postgres") {
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${target}`, url]);
  } else {
    const source = new SQLite(sqlitePathOf(url), { fileMustExist: true, readonly: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
  }
  return { bytes: fs.statSync(target).size };
}

/** Restores into the database named by url. The apps must be stopped first. */
export async function restoreDatabase(url: string, backup: string): Promise<void> {
  if (!fs.existsSync(backup)) throw new Error(`备份文件不存在：${backup}`);
  if (dialectOf(url) === "postgres") {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${url}`, backup]);
    return;
  }
  // Check the backup is a readable K2K database before replacing anything.
  const check = new SQLite(backup, { readonly: true, fileMustExist: true });
  try {
    const ok = check
      .prepare("select count(*) as n from sqlite_master where name = 'attempt_events'")
      .get() as { n: number };
    if (!ok.n) throw new Error("该文件不是键对键数据库备份");
    const integrity = check.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`备份文件已损坏：${String(integrity)}`);
  } finally {
    check.close();
  }
  const file = sqlitePathOf(url);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(backup, file);
}
