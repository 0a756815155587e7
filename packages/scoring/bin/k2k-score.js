#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that the package can ship its source unbuilt.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
