export * from "./defaults.ts";
export * from "./select.ts";
