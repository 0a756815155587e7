import { defineConfig } from "vitest/config";

// A separate config so the Remix Vite plugin never loads under Vitest. On PostgreSQL the
// suite shares one database, so its files run one at a time.
export default defineConfig({
  test: { pool: "forks", include: ["app/**/*.test.ts"], fileParallelism: !process.env.TEST_DATABASE_URL },
});
