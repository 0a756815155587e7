import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { pool: "forks", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
