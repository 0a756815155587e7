export * from "./model.ts";
export * from "./prng.ts";
export * from "./simulate.ts";
