/**
 * The authorization matrix: every route of both apps, read from the route files at test time
 * (Remix flat routes), with the status each role must get. A route file without an entry here
 * fails the suite, so a new page cannot ship without someone deciding who may open it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppName, RoleKey, World } from "./security/fixtures.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** 200/400/403/404, a redirect to the login page, or a redirect to a given path. */
export type Expected = 200 | 400 | 403 | 404 | 405 | "login" | `redirect:${string}`;

export interface RouteCase {
  /** e.g. "own", "other", "in scope", "out of scope" */
  variant: string;
  params?: Record<string, string>;
  query?: string;
  expect: Record<RoleKey, Expected>;
  /** must not appear in the body of any response that is not a 200 (data of the denied record) */
  secrets?: string[];
  /** must not appear even in a 200 answer for these roles (other units' people) */
  hiddenFrom?: Partial<Record<RoleKey, string[]>>;
  /** must appear for these roles: proves the leak check above looks for the right text */
  shows?: Partial<Record<RoleKey, string[]>>;
}

/** Route ids of one app: `attempts.$id.debrief` for `app/routes/attempts.$id.debrief.tsx`. */
export function routeIds(app: AppName): string[] {
  const dir = path.join(root, "apps", app, "app", "routes");
  const ids: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // folder routes: `attempts.$id/route.tsx`
      if (fs.readdirSync(path.join(dir, entry.name)).some((f) => /^route\.(ts|tsx|js|jsx)$/.test(f)))
        ids.push(entry.name);
    } else if (/\.(ts|tsx|js|jsx)$/.test(entry.name) && !/\.test\.|\.spec\./.test(entry.name)) {
      ids.push(entry.name.replace(/\.(ts|tsx|js|jsx)$/, ""));
    }
  }
  return ids.sort();
}

/** Splits a flat-route id on the dots that are not escaped in `[...]`. */
function segmentsOf(id: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inBracket = false;
  for (const ch of id) {
    if (ch === "[") inBracket = true;
    else if (ch === "]") inBracket = false;
    else if (ch === "." && !inBracket) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** The URL pattern of a route id: `attempts.$id._index` → `/attempts/:id`, `$` → `/*`. */
export function routePattern(id: string): string {
  const parts: string[] = [];
  for (let seg of segmentsOf(id)) {
    if (seg === "_index") continue;
    if (seg.startsWith("_")) continue; // pathless layout
    if (seg.endsWith("_")) seg = seg.slice(0, -1); // opts out of the parent layout only
    seg = seg.replace(/^\((.*)\)$/, "$1"); // optional segment: tested present
    if (seg === "$") parts.push("*");
    else if (seg.startsWith("$")) parts.push(`:${seg.slice(1)}`);
    else parts.push(seg.replace(/\[([^\]]*)\]/g, "$1"));
  }
  return `/${parts.join("/")}`;
}

export function fillPattern(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:(\w+)|\*/g, (m, name?: string) => {
    const key = name ?? "*";
    const v = params[key];
    if (v === undefined) throw new Error(`no value for ${m} in ${pattern}`);
    return key === "*" ? v : encodeURIComponent(v);
  });
}

const all = (e: Expected): Record<RoleKey, Expected> => ({
  anon: e,
  learner: e,
  instructor: e,
  reviewer: e,
  scoped: e,
  admin: e,
});
/** Pages of the learner app: learners only (demo-instructor also holds the learner role). */
const LEARNER_PAGE: Record<RoleKey, Expected> = {
  anon: "login",
  learner: 200,
  instructor: 200,
  reviewer: 403,
  scoped: 403,
  admin: 403,
};
/** Pages of the admin app open to every staff role. */
const STAFF_PAGE: Record<RoleKey, Expected> = {
  anon: "login",
  learner: 403,
  instructor: 200,
  reviewer: 200,
  scoped: 200,
  admin: 200,
};
const EDITOR_PAGE: Record<RoleKey, Expected> = { ...STAFF_PAGE, reviewer: 403, scoped: 403 };
const EXPORTER: Record<RoleKey, Expected> = { ...STAFF_PAGE, instructor: 403 };
const ADMIN_ONLY: Record<RoleKey, Expected> = { ...EDITOR_PAGE, instructor: 403 };
const LOGIN: Record<RoleKey, Expected> = { ...all("redirect:/"), anon: 200 };

/** People of 白塔镇 (outside the scoped reviewer's 青阳镇). */
const BTZ_PEOPLE = ["马永福", "苗春燕", "鲁晓明", "郎建华"];

export function expectations(w: World): Record<AppName, Record<string, RouteCase[]>> {
  const ownAttempt = (extraShows: boolean): RouteCase[] => [
    {
      variant: "own attempt",
      params: { id: w.learnerAttempt },
      expect: { ...LEARNER_PAGE, instructor: 404 },
      secrets: [w.learnerReply],
      shows: extraShows ? { learner: [w.learnerReply] } : undefined,
    },
    {
      variant: "another learner's attempt",
      params: { id: w.qyzAttempt },
      expect: { ...LEARNER_PAGE, learner: 404, instructor: 404 },
      secrets: [w.qyzReply, w.qyzName],
    },
    {
      variant: "no such attempt",
      params: { id: "no-such-attempt" },
      expect: { ...LEARNER_PAGE, learner: 404, instructor: 404 },
    },
  ];
  const outOfScope = { scoped: BTZ_PEOPLE };
  /** `marker`: text that names 白塔镇's people in this export (null: binary, not searched) */
  const exportCases = (marker: string | null): RouteCase[] => [
    {
      variant: "own scope",
      expect: EXPORTER,
      hiddenFrom: marker ? { scoped: [...BTZ_PEOPLE, marker] } : undefined,
    },
    { variant: "unit in scope", query: "?unit=u-qyz&level=cadres", expect: EXPORTER },
    {
      variant: "unit out of scope",
      query: "?unit=u-btz&level=cadres",
      expect: { ...EXPORTER, scoped: 403 },
      secrets: marker ? [...BTZ_PEOPLE, marker] : undefined,
      shows: marker ? { reviewer: [marker] } : undefined,
    },
  ];
  return {
    learner: {
      $: [{ variant: "unknown page", params: { "*": "no/such/page" }, expect: all(404) }],
      _index: [{ variant: "home", expect: LEARNER_PAGE }],
      "attempts._index": [
        { variant: "list", expect: LEARNER_PAGE, hiddenFrom: { learner: [w.qyzReply, w.btzReply] } },
      ],
      "attempts.$id._index": ownAttempt(false),
      "attempts.$id.debrief": ownAttempt(true),
      "attempts.$id.state": ownAttempt(true),
      // action only: a GET answers 405 for anyone
      "attempts.$id.events": [
        { variant: "GET", params: { id: w.learnerAttempt }, expect: all(405), secrets: [w.learnerReply] },
      ],
      // action only; its GET sends everyone home
      "attempts.new": [{ variant: "GET", expect: all("redirect:/") }],
      healthz: [{ variant: "probe", expect: all(200) }],
      login: [{ variant: "form", expect: LOGIN }],
      logout: [{ variant: "GET", expect: all("redirect:/") }],
    },
    admin: {
      $: [{ variant: "unknown page", params: { "*": "no/such/page" }, expect: all(404) }],
      _index: [{ variant: "dashboard", expect: STAFF_PAGE, hiddenFrom: outOfScope }],
      "assignments._index": [{ variant: "list", expect: STAFF_PAGE, hiddenFrom: outOfScope }],
      "assignments.$id": [
        {
          variant: "an assignment",
          params: { id: w.assignmentId },
          expect: STAFF_PAGE,
          hiddenFrom: outOfScope,
        },
        {
          variant: "no such assignment",
          params: { id: "no-such-assignment" },
          expect: { ...STAFF_PAGE, instructor: 404, reviewer: 404, scoped: 404, admin: 404 },
        },
      ],
      "assignments.new": [{ variant: "form", expect: EDITOR_PAGE }],
      "attempts._index": [
        {
          variant: "list",
          expect: STAFF_PAGE,
          hiddenFrom: { scoped: [w.btzName, w.btzReply], learner: [w.btzName] },
          shows: { reviewer: [w.btzName], scoped: [w.qyzName] },
        },
        {
          variant: "filtered to a unit out of scope",
          query: "?unit=u-btz",
          expect: STAFF_PAGE,
          hiddenFrom: { scoped: [w.btzName] },
        },
      ],
      "attempts.$id": [
        {
          variant: "in scope (青阳村)",
          params: { id: w.qyzAttempt },
          expect: STAFF_PAGE,
          secrets: [w.qyzReply],
          shows: { scoped: [w.qyzReply, w.qyzName], reviewer: [w.qyzReply] },
        },
        {
          variant: "out of scope (白塔村)",
          params: { id: w.btzAttempt },
          expect: { ...STAFF_PAGE, scoped: 404 },
          secrets: [w.btzReply, w.btzName],
          shows: { reviewer: [w.btzReply, w.btzName], admin: [w.btzReply] },
        },
        {
          variant: "no such attempt",
          params: { id: "no-such-attempt" },
          expect: { ...STAFF_PAGE, instructor: 404, reviewer: 404, scoped: 404, admin: 404 },
        },
      ],
      "exports.readiness[.]csv": exportCases(w.btzName),
      "exports.readiness[.]xlsx": exportCases(null),
      // xAPI names people by user id
      "exports.xapi[.]json": exportCases("p-btz-"),
      healthz: [{ variant: "probe", expect: all(200) }],
      login: [{ variant: "form", expect: LOGIN }],
      logout: [{ variant: "GET", expect: all("redirect:/") }],
      "readiness._index": [
        { variant: "dashboard", expect: STAFF_PAGE, hiddenFrom: outOfScope },
        {
          variant: "unit out of scope",
          query: "?unit=u-btz",
          expect: { ...STAFF_PAGE, scoped: 403 },
          secrets: BTZ_PEOPLE,
        },
      ],
      "readiness.cadres.$userId": [
        {
          variant: "in scope",
          params: { userId: "p-qyz-qyc-01" },
          expect: STAFF_PAGE,
          shows: { scoped: [w.qyzName] },
        },
        {
          variant: "out of scope",
          params: { userId: "p-btz-btc-01" },
          expect: { ...STAFF_PAGE, scoped: 403 },
          secrets: [w.btzName],
          shows: { reviewer: [w.btzName] },
        },
      ],
      "readiness.targets": [{ variant: "form", expect: ADMIN_ONLY }],
      "readiness.units.$unitId": [
        {
          variant: "in scope",
          params: { unitId: "u-qyz" },
          expect: STAFF_PAGE,
          shows: { scoped: [w.qyzName] },
        },
        {
          variant: "out of scope",
          params: { unitId: "u-btz" },
          expect: { ...STAFF_PAGE, scoped: 403 },
          secrets: BTZ_PEOPLE,
          shows: { reviewer: [w.btzName] },
        },
      ],
      "scenarios._index": [{ variant: "library", expect: STAFF_PAGE }],
      "scenarios.$id._index": [{ variant: "editor", params: { id: w.scenarioId }, expect: STAFF_PAGE }],
      "scenarios.$id.export": [{ variant: "JSON", params: { id: w.scenarioId }, expect: STAFF_PAGE }],
      "scenarios.$id.history": [{ variant: "history", params: { id: w.scenarioId }, expect: STAFF_PAGE }],
      "scenarios.$id.playtest": [{ variant: "playtest", params: { id: w.scenarioId }, expect: STAFF_PAGE }],
    },
  };
}
