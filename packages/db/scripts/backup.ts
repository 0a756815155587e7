// `npm run db:backup [-- FILE]` and `npm run db:restore -- FILE` (stop the apps before a restore).
import path from "node:path";
import {
  backupDatabase,
  DEFAULT_DATABASE_URL,
  defaultBackupName,
  findRepoRoot,
  restoreDatabase,
} from "../src/index.ts";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const [mode, file] = process.argv.slice(2);
try {
  if (mode === "restore") {
    if (!file) throw new Error("用法：npm run db:restore -- 备份文件");
    await restoreDatabase(url, path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
    console.log(`已从 ${file} 恢复数据库`);
  } else {
    const target = file
      ? path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
      : path.join(findRepoRoot(), "backups", defaultBackupName(url));
    const { bytes } = await backupDatabase(url, target);
    console.log(`备份完成：${target}（${(bytes / 1024).toFixed(0)} KB）`);
  }
} catch (err) {
  console.error(`备份/恢复失败：${(err as Error).message}`);
  process.exitCode = 1;
}
