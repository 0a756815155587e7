/**
 * A hand-written validator for the scenario format. It reports every error with its path
 * (stages[2].actions[0].cost) in English and Chinese, then checks references between ids once
 * the structure is sound enough to collect them.
 */
import { DIMENSIONS, TASK_TYPES } from "@k2k/scoring";
import { isDeadlineRule } from "../engine/deadlines.ts";
import { CHANNELS, COMPETENCIES, SCHEMA_VERSION, type ScenarioDefinition } from "../format.ts";
import { msg, type ValidationError } from "./messages.ts";

export type { ValidationError } from "./messages.ts";

export type ValidationResult =
  | { ok: true; scenario: ScenarioDefinition }
  | { ok: false; errors: ValidationError[] };

type Obj = Record<string, unknown>;

const ID = /^[^\s.#@][^\s.#]*$/;

class Checker {
  errors: ValidationError[] = [];
  /** id references to resolve after the structure pass */
  refs: { path: string; kind: RefKind; id: string }[] = [];

  add(path: string, [message, messageZh]: string[]) {
    this.errors.push({ path, message: message ?? "", messageZh: messageZh ?? "" });
  }

  isObj(v: unknown): v is Obj {
    return typeof v === "object" && v !== null && !Array.isArray(v);
  }

  obj(path: string, v: unknown, known: readonly string[]): v is Obj {
    if (!this.isObj(v)) {
      this.add(path, v === undefined ? msg.required() : msg.object());
      return false;
    }
    for (const k of Object.keys(v)) if (!known.includes(k)) this.add(join(path, k), msg.unknownField());
    return true;
  }

  str(path: string, v: unknown, optional = false): v is string {
    if (v === undefined && optional) return false;
    if (typeof v !== "string" || v.trim() === "") {
      this.add(path, v === undefined ? msg.required() : msg.string());
      return false;
    }
    return true;
  }

  id(path: string, v: unknown): v is string {
    if (!this.str(path, v)) return false;
    if (!ID.test(v as string)) {
      this.add(path, msg.idFormat());
      return false;
    }
    return true;
  }

  num(
    path: string,
    v: unknown,
    kind: "any" | "positive" | "nonNegative" | "integer",
    optional = false,
  ): v is number {
    if (v === undefined && optional) return false;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      this.add(path, v === undefined ? msg.required() : kind === "any" ? msg.number() : msg[kind]());
      return false;
    }
    if (kind === "positive" && !(v > 0)) return this.fail(path, msg.positive());
    if (kind === "nonNegative" && !(v >= 0)) return this.fail(path, msg.nonNegative());
    if (kind === "integer" && !(Number.isInteger(v) && v > 0)) return this.fail(path, msg.integer());
    return true;
  }

  bool(path: string, v: unknown) {
    if (v !== undefined && typeof v !== "boolean") this.add(path, msg.boolean());
  }

  oneOf<T extends string | number>(path: string, v: unknown, values: readonly T[]): v is T {
    if (!values.includes(v as T))
      return this.fail(path, v === undefined ? msg.required() : msg.oneOf(values));
    return true;
  }

  arr(path: string, v: unknown, optional = false, nonEmpty = false): v is unknown[] {
    if (v === undefined && optional) return false;
    if (!Array.isArray(v)) return this.fail(path, v === undefined ? msg.required() : msg.array());
    if (nonEmpty && v.length === 0) return this.fail(path, msg.nonEmptyArray());
    return true;
  }

  fail(path: string, m: string[]): false {
    this.add(path, m);
    return false;
  }

  ref(path: string, kind: RefKind, id: unknown) {
    if (this.str(path, id)) this.refs.push({ path, kind, id: id as string });
  }
}

type RefKind = "stage" | "finalStage" | "fact" | "action" | "task" | "inject" | "rule";

const REF_NAMES: Record<RefKind, [string, string]> = {
  stage: ["stage", "阶段"],
  finalStage: ["stage", "阶段"],
  fact: ["fact", "事实"],
  action: ["action", "操作"],
  task: ["task", "任务"],
  inject: ["inject", "信息"],
  rule: ["deadline rule", "时限规则"],
};

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

const GUARD_KEYS = [
  "all",
  "any",
  "not",
  "timeAtLeast",
  "timeBelow",
  "factKnown",
  "heatAtLeast",
  "heatBelow",
  "actionDone",
  "taskDone",
  "taskScoreAtLeast",
] as const;

function guard(c: Checker, path: string, g: unknown) {
  if (!c.obj(path, g, GUARD_KEYS)) return;
  for (const key of ["all", "any"] as const) {
    const list = g[key];
    if (c.arr(join(path, key), list, true))
      list.forEach((x, i) => {
        guard(c, join(join(path, key), i), x);
      });
  }
  if (g.not !== undefined) guard(c, join(path, "not"), g.not);
  for (const key of ["timeAtLeast", "timeBelow", "heatAtLeast", "heatBelow"] as const)
    c.num(join(path, key), g[key], "nonNegative", true);
  if (g.factKnown !== undefined) c.ref(join(path, "factKnown"), "fact", g.factKnown);
  if (g.actionDone !== undefined) c.ref(join(path, "actionDone"), "action", g.actionDone);
  if (g.taskDone !== undefined) c.ref(join(path, "taskDone"), "task", g.taskDone);
  if (g.taskScoreAtLeast !== undefined) {
    const p = join(path, "taskScoreAtLeast");
    if (c.obj(p, g.taskScoreAtLeast, ["task", "min"])) {
      c.ref(join(p, "task"), "task", g.taskScoreAtLeast.task);
      c.num(join(p, "min"), g.taskScoreAtLeast.min, "nonNegative");
    }
  }
}

function branches(c: Checker, path: string, v: unknown) {
  if (!c.arr(path, v, true)) return;
  v.forEach((b, i) => {
    const p = join(path, i);
    if (!c.obj(p, b, ["guard", "target"])) return;
    guard(c, join(p, "guard"), b.guard);
    c.ref(join(p, "target"), "stage", b.target);
  });
}

function effects(c: Checker, path: string, v: unknown) {
  if (v === undefined) return;
  if (!c.obj(path, v, ["heat", "publishes"])) return;
  c.num(join(path, "heat"), v.heat, "any", true);
  if (v.publishes !== undefined)
    c.oneOf(join(path, "publishes"), v.publishes, [
      "authoritative",
      "holding",
      "evasive",
      "hostile",
      "false",
    ]);
}

function ruleList(c: Checker, path: string, v: unknown, optional: boolean) {
  if (!c.arr(path, v, optional)) return;
  v.forEach((r, i) => {
    c.ref(join(path, i), "rule", r);
  });
}

const ACTION_KEYS = [
  "id",
  "label",
  "cost",
  "description",
  "guard",
  "reveals",
  "effects",
  "feedback",
  "once",
  "satisfies",
  "target",
  "branches",
] as const;
const TASK_KEYS = [
  "id",
  "label",
  "taskType",
  "prompt",
  "message",
  "respondsTo",
  "cost",
  "deadlineRules",
  "weights",
  "publishes",
  "guard",
  "target",
  "branches",
  "exemplar",
] as const;
const TOP_KEYS = [
  "schemaVersion",
  "id",
  "version",
  "title",
  "summary",
  "category",
  "competencies",
  "difficulty",
  "estimatedMinutes",
  "maxSimMinutes",
  "setting",
  "startStage",
  "deadlines",
  "facts",
  "injects",
  "stages",
  "reactions",
  "spread",
  "timeoutStage",
] as const;

export function validateScenario(input: unknown): ValidationResult {
  const c = new Checker();
  if (!c.isObj(input))
    return {
      ok: false,
      errors: [{ path: "", message: msg.notJson()[0] ?? "", messageZh: msg.notJson()[1] ?? "" }],
    };
  const d = input;
  c.obj("", d, TOP_KEYS);
  if (d.schemaVersion !== SCHEMA_VERSION) c.add("schemaVersion", msg.schemaVersion(SCHEMA_VERSION));
  c.id("id", d.id);
  c.num("version", d.version, "integer");
  c.str("title", d.title);
  c.str("summary", d.summary);
  c.oneOf("category", d.category, COMPETENCIES);
  if (c.arr("competencies", d.competencies, false, true))
    d.competencies.forEach((x, i) => {
      c.oneOf(join("competencies", i), x, COMPETENCIES);
    });
  c.oneOf("difficulty", d.difficulty, [1, 2, 3]);
  c.num("estimatedMinutes", d.estimatedMinutes, "positive");
  c.num("maxSimMinutes", d.maxSimMinutes, "positive");
  c.str("setting", d.setting, true);
  c.ref("startStage", "stage", d.startStage);
  if (d.timeoutStage !== undefined) c.ref("timeoutStage", "finalStage", d.timeoutStage);

  if (c.arr("deadlines", d.deadlines)) {
    d.deadlines.forEach((x, i) => {
      const p = join("deadlines", i);
      if (!c.obj(p, x, ["ruleId", "from"])) return;
      c.ref(join(p, "ruleId"), "rule", x.ruleId);
      c.num(join(p, "from"), x.from, "nonNegative", true);
    });
  }

  const ids = {
    fact: new Map<string, string>(),
    inject: new Map<string, string>(),
    stage: new Map<string, string>(),
    action: new Map<string, string>(),
    task: new Map<string, string>(),
    timer: new Map<string, string>(),
    pool: new Map<string, string>(),
  };
  const finals = new Set<string>();
  const declare = (kind: keyof typeof ids, kindEn: string, kindZh: string, path: string, id: unknown) => {
    if (!c.id(path, id)) return;
    const other = ids[kind].get(id as string);
    if (other !== undefined) c.add(path, msg.duplicate(kindEn, kindZh, id as string, other));
    else ids[kind].set(id as string, path);
  };

  if (c.arr("facts", d.facts)) {
    d.facts.forEach((f, i) => {
      const p = join("facts", i);
      if (!c.obj(p, f, ["id", "text", "verified", "initiallyKnown"])) return;
      declare("fact", "fact", "事实", join(p, "id"), f.id);
      c.str(join(p, "text"), f.text);
      if (typeof f.verified !== "boolean")
        c.add(join(p, "verified"), f.verified === undefined ? msg.required() : msg.boolean());
      c.bool(join(p, "initiallyKnown"), f.initiallyKnown);
    });
  }

  if (c.arr("injects", d.injects)) {
    d.injects.forEach((inj, i) => {
      const p = join("injects", i);
      const keys = [
        "id",
        "channel",
        "at",
        "when",
        "author",
        "authorNote",
        "title",
        "text",
        "metrics",
        "ticket",
        "rumour",
      ];
      if (!c.obj(p, inj, keys)) return;
      declare("inject", "inject", "信息", join(p, "id"), inj.id);
      c.oneOf(join(p, "channel"), inj.channel, CHANNELS);
      c.num(join(p, "at"), inj.at, "nonNegative", true);
      if (inj.when !== undefined) guard(c, join(p, "when"), inj.when);
      c.str(join(p, "author"), inj.author);
      c.str(join(p, "authorNote"), inj.authorNote, true);
      c.str(join(p, "title"), inj.title, true);
      c.str(join(p, "text"), inj.text);
      if (
        inj.metrics !== undefined &&
        c.obj(join(p, "metrics"), inj.metrics, ["reposts", "comments", "likes", "views"])
      ) {
        const m = inj.metrics;
        for (const k of ["reposts", "comments", "likes", "views"])
          c.num(join(join(p, "metrics"), k), m[k], "nonNegative", true);
      }
      if (inj.ticket !== undefined) {
        const tp = join(p, "ticket");
        const tk = ["ticketNo", "caller", "phone", "category", "address", "acceptedAt", "timeLimit"];
        if (c.obj(tp, inj.ticket, tk)) {
          const t = inj.ticket;
          c.str(join(tp, "ticketNo"), t.ticketNo);
          for (const k of tk.slice(1)) c.str(join(tp, k), t[k], true);
        }
      }
      c.bool(join(p, "rumour"), inj.rumour);
    });
  }

  if (c.arr("stages", d.stages, false, true)) {
    d.stages.forEach((s, si) => {
      const p = join("stages", si);
      if (!c.obj(p, s, ["id", "title", "description", "actions", "tasks", "timers", "final"])) return;
      declare("stage", "stage", "阶段", join(p, "id"), s.id);
      c.str(join(p, "title"), s.title);
      c.str(join(p, "description"), s.description);
      if (s.final !== undefined) {
        const fp = join(p, "final");
        if (c.obj(fp, s.final, ["outcome", "narrative"])) {
          c.oneOf(join(fp, "outcome"), s.final.outcome, ["success", "partial", "failure"]);
          c.str(join(fp, "narrative"), s.final.narrative);
          if (typeof s.id === "string") finals.add(s.id);
        }
      }
      if (c.arr(join(p, "actions"), s.actions, true)) {
        s.actions.forEach((a, ai) => {
          const ap = join(join(p, "actions"), ai);
          if (!c.obj(ap, a, ACTION_KEYS)) return;
          declare("action", "action", "操作", join(ap, "id"), a.id);
          c.str(join(ap, "label"), a.label);
          c.num(join(ap, "cost"), a.cost, "positive");
          c.str(join(ap, "description"), a.description, true);
          if (a.guard !== undefined) guard(c, join(ap, "guard"), a.guard);
          if (c.arr(join(ap, "reveals"), a.reveals, true))
            a.reveals.forEach((f, k) => {
              c.ref(join(join(ap, "reveals"), k), "fact", f);
            });
          effects(c, join(ap, "effects"), a.effects);
          c.str(join(ap, "feedback"), a.feedback, true);
          c.bool(join(ap, "once"), a.once);
          ruleList(c, join(ap, "satisfies"), a.satisfies, true);
          if (a.target !== undefined) c.ref(join(ap, "target"), "stage", a.target);
          branches(c, join(ap, "branches"), a.branches);
        });
      }
      if (c.arr(join(p, "tasks"), s.tasks, true)) {
        s.tasks.forEach((t, ti) => {
          const tp = join(join(p, "tasks"), ti);
          if (!c.obj(tp, t, TASK_KEYS)) return;
          declare("task", "task", "任务", join(tp, "id"), t.id);
          c.str(join(tp, "label"), t.label);
          c.oneOf(join(tp, "taskType"), t.taskType, TASK_TYPES);
          c.str(join(tp, "prompt"), t.prompt);
          c.str(join(tp, "message"), t.message);
          if (t.respondsTo !== undefined) c.ref(join(tp, "respondsTo"), "inject", t.respondsTo);
          c.num(join(tp, "cost"), t.cost, "positive");
          ruleList(c, join(tp, "deadlineRules"), t.deadlineRules, false);
          if (t.weights !== undefined && c.obj(join(tp, "weights"), t.weights, DIMENSIONS)) {
            for (const [k, w] of Object.entries(t.weights))
              c.num(join(join(tp, "weights"), k), w, "nonNegative");
          }
          c.bool(join(tp, "publishes"), t.publishes);
          if (t.guard !== undefined) guard(c, join(tp, "guard"), t.guard);
          if (t.target !== undefined) c.ref(join(tp, "target"), "stage", t.target);
          branches(c, join(tp, "branches"), t.branches);
          c.str(join(tp, "exemplar"), t.exemplar, true);
        });
      }
      if (c.arr(join(p, "timers"), s.timers, true)) {
        s.timers.forEach((t, ti) => {
          const tp = join(join(p, "timers"), ti);
          if (!c.obj(tp, t, ["id", "label", "at", "afterEntry", "guard", "target", "effects"])) return;
          declare("timer", "timer", "计时器", join(tp, "id"), t.id);
          c.str(join(tp, "label"), t.label);
          if ((t.at === undefined) === (t.afterEntry === undefined)) c.add(tp, msg.timerWhen());
          c.num(join(tp, "at"), t.at, "nonNegative", true);
          c.num(join(tp, "afterEntry"), t.afterEntry, "nonNegative", true);
          if (t.guard !== undefined) guard(c, join(tp, "guard"), t.guard);
          c.ref(join(tp, "target"), "stage", t.target);
          effects(c, join(tp, "effects"), t.effects);
        });
      }
    });
  }

  if (c.arr("reactions", d.reactions, true)) {
    d.reactions.forEach((r, ri) => {
      const p = join("reactions", ri);
      if (!c.obj(p, r, ["id", "scoreBetween", "findingCodes", "comments"])) return;
      declare("pool", "reaction pool", "网民反应池", join(p, "id"), r.id);
      if (r.scoreBetween !== undefined) {
        const sb = r.scoreBetween;
        const ok =
          Array.isArray(sb) &&
          sb.length === 2 &&
          sb.every((x) => typeof x === "number" && x >= 0 && x <= 100) &&
          (sb[0] as number) <= (sb[1] as number);
        if (!ok) c.add(join(p, "scoreBetween"), msg.range());
      }
      if (c.arr(join(p, "findingCodes"), r.findingCodes, true))
        r.findingCodes.forEach((x, k) => {
          c.str(join(join(p, "findingCodes"), k), x);
        });
      if (c.arr(join(p, "comments"), r.comments, false, true)) {
        r.comments.forEach((cm, k) => {
          const cp = join(join(p, "comments"), k);
          if (!c.obj(cp, cm, ["author", "text"])) return;
          c.str(join(cp, "author"), cm.author);
          c.str(join(cp, "text"), cm.text);
        });
      }
    });
  }

  if (d.spread !== undefined && c.obj("spread", d.spread, ["population", "seeds", "beta", "gamma"])) {
    const sp = d.spread;
    c.num("spread.population", sp.population, "positive");
    c.num("spread.seeds", sp.seeds, "positive", true);
    c.num("spread.beta", sp.beta, "positive", true);
    c.num("spread.gamma", sp.gamma, "positive", true);
    if (typeof sp.seeds === "number" && typeof sp.population === "number" && sp.seeds > sp.population)
      c.add("spread.seeds", msg.seedsTooMany());
  }

  for (const [id, path] of ids.action) if (ids.task.has(id)) c.add(path, msg.idClash(id));

  // references, now that every id is known
  for (const r of c.refs) {
    const known =
      r.kind === "stage"
        ? ids.stage.has(r.id)
        : r.kind === "finalStage"
          ? ids.stage.has(r.id)
          : r.kind === "fact"
            ? ids.fact.has(r.id)
            : r.kind === "action"
              ? ids.action.has(r.id)
              : r.kind === "task"
                ? ids.task.has(r.id)
                : r.kind === "inject"
                  ? ids.inject.has(r.id)
                  : isDeadlineRule(r.id);
    if (!known) {
      const [en, zh] = REF_NAMES[r.kind];
      c.add(r.path, msg.unknownRef(en, zh, r.id));
    } else if (r.kind === "finalStage" && !finals.has(r.id)) {
      c.add(r.path, msg.notFinal(r.id));
    }
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, scenario: input as unknown as ScenarioDefinition };
}
