/**
 * Random legal playthroughs: the CLI's `walk`, the property tests and the bench use them to
 * show that every scenario ends, whatever a learner does. Texts come from a small generator of
 * good and bad Chinese replies and are scored by the real scorer, as the server would.
 */
import { createDrill, scoreTask } from "./drill.ts";
import type { DrillEvent, DrillView } from "./engine/types.ts";
import type { ScenarioDefinition } from "./format.ts";
import { rngFor } from "./spread/prng.ts";

export type TextQuality =
  | "good"
  | "holding"
  | "buck-passing"
  | "officialese"
  | "hostile"
  | "unverified"
  | "bare";

const QUALITIES: TextQuality[] = [
  "good",
  "holding",
  "buck-passing",
  "officialese",
  "hostile",
  "unverified",
  "bare",
];

/** A reply of the given quality, using the facts the learner knows. */
export function generateText(view: DrillView, quality: TextQuality, pick: () => number): string {
  const facts = view.facts.known.filter((f) => f.verified).map((f) => f.text.replace(/。$/, ""));
  const fact = facts.length ? (facts[Math.floor(pick() * facts.length)] as string) : "相关情况正在核实";
  switch (quality) {
    case "good":
      return `您好，感谢您的关注和反映。经核实，${fact}。我们已安排专人负责处理，今天18时前将通报最新进展；目前尚不清楚的情况，核实后第一时间公布。如有疑问请拨打12345热线，我们会回访。`;
    case "holding":
      return `您好，关于网上反映的情况，${fact}。目前调查仍在进行中，有新的进展我们会及时发布。`;
    case "buck-passing":
      return "您好，此事不归我们管，请找相关部门反映。";
    case "officialese":
      return "我们高度重视，积极协调，进一步加强管理，认真研究解决。";
    case "hostile":
      return "个别网民别有用心、恶意炒作，我们将依法追究造谣者责任，请不要无理取闹。";
    case "unverified":
      return "经了解，现场绝对没有任何问题，死亡人数为零，网上传言纯属谣言。";
    case "bare":
      return "已阅。";
  }
}

export interface WalkResult {
  events: DrillEvent[];
  view: DrillView;
  ended: boolean;
}

export interface WalkOptions {
  seed: number;
  /** only wait (the clock must reach the end) */
  waitOnly?: boolean;
  /** stop after this many events (a walk that reaches it did not end) */
  maxEvents?: number;
}

/** One random legal playthrough. Throws if the drill refuses an event the view offered. */
export function randomWalk(def: ScenarioDefinition, options: WalkOptions): WalkResult {
  const rng = rngFor(options.seed, `walk:${def.id}`);
  const drill = createDrill(def, { seed: options.seed });
  const events: DrillEvent[] = [];
  const maxEvents = options.maxEvents ?? 2000;
  while (drill.view().status === "active" && events.length < maxEvents) {
    const view = drill.view();
    const choices = options.waitOnly ? 0 : view.actions.length + view.tasks.length;
    // waiting is one choice among the steps, so walks mostly act but sometimes let time pass
    const k = Math.floor(rng() * (choices + 1));
    let event: DrillEvent;
    const action = view.actions[k];
    const task = view.tasks[k - view.actions.length];
    if (k < choices && k < view.actions.length && action) {
      event = { type: "learner.action", actionId: action.id };
    } else if (k < choices && task) {
      const quality = QUALITIES[Math.floor(rng() * QUALITIES.length)] as TextQuality;
      const text = generateText(view, quality, rng);
      event = { type: "learner.task", taskId: task.id, text, score: scoreTask(def, view, task.id, text) };
    } else {
      const minutes = [10, 30, 60, 120, 240][Math.floor(rng() * 5)] as number;
      event = { type: "clock.wait", minutes };
    }
    const r = drill.send(event);
    if (!r.ok) throw new Error(`walk offered an illegal event ${JSON.stringify(event)}: ${r.error}`);
    events.push(event);
  }
  const view = drill.view();
  return { events, view, ended: view.status === "ended" };
}
