import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    pool: "forks",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    fileParallelism: !process.env.TEST_DATABASE_URL,
  },
});
