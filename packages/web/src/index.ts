import "./load-context.ts";
