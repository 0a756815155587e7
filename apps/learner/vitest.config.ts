import { defineConfig } from "vitest/config";

// A separate config so the Remix Vite plugin never loads under Vitest.
export default defineConfig({
  test: { pool: "forks", include: ["app/**/*.test.ts"], fileParallelism: !process.env.TEST_DATABASE_URL },
});
