import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    // The Remix plugin must not load under Vitest ("can't detect preamble").
    !process.env.VITEST &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
  ],
  // Workspace packages ship TypeScript source: bundle them; native better-sqlite3 stays external.
  ssr: { noExternal: [/^@k2k\//], external: ["better-sqlite3", "pg"] },
  build: { target: "es2022" },
  server: { port: 3000 },
});
