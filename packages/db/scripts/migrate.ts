// `npm run db:migrate`: brings the database named by DATABASE_URL up to date.
import { migrateToLatest, openDatabase } from "../src/index.ts";

const handle = openDatabase();
try {
  const { applied } = await migrateToLatest(handle.db);
  console.log(applied.length ? `已执行迁移：${applied.join(", ")}` : "数据库已是最新结构");
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
