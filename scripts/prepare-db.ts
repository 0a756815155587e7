/**
 * Run before the apps start: migrate, seed the demo city into an empty database (demo mode
 * only), and publish built-in scenarios whose content is newer than the stored version.
 */
import { migrateToLatest, openDatabase, seedDemoIfEmpty, syncBuiltInScenarios } from "@k2k/db";
import { builtInScenarios } from "@k2k/scenarios";

const demo = !(process.env.NODE_ENV === "production" && process.env.K2K_DEMO !== "1");
const handle = openDatabase();
try {
  const { applied } = await migrateToLatest(handle.db);
  if (applied.length) console.log(`数据库迁移：${applied.join(", ")}`);
  const published = await syncBuiltInScenarios(handle.db, builtInScenarios);
  if (published.length) console.log(`已发布内置场景 ${published.length} 个`);
  if (demo) {
    const seeded = await seedDemoIfEmpty(handle.db);
    if (seeded.seeded) console.log(`已写入演示数据：${seeded.units} 个单位，${seeded.users} 名干部`);
    const { seedDemoHistory } = await import("./demo-history.ts");
    await seedDemoHistory(handle.db, seeded.seeded);
  }
  console.log(`数据库就绪（${handle.dialect}${handle.file ? `：${handle.file}` : ""}）`);
} catch (err) {
  console.error(`数据库准备失败：${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
