import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    pool: "forks",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One PostgreSQL database is shared by the suite: its files must not run at once.
    fileParallelism: !process.env.TEST_DATABASE_URL,
  },
});
