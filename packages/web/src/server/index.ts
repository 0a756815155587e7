import "../load-context.ts";

export * from "./auth.ts";
export * from "./env.ts";
export * from "./login-route.ts";
