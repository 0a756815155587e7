/**
 * Static checks of a scenario, beyond the schema: the graph (unreachable stages, stages with
 * no way out, ends that cannot be reached), the clock (timers and injects beyond
 * maxSimMinutes, zero-delay timer loops) and the rubric (tasks that cannot be scored).
 * Errors make a scenario unusable; warnings are worth a look.
 */
import { DIMENSIONS, FINDING_CODES, getDeadlineRule, rubricFor } from "@k2k/scoring";
import type { ScenarioDefinition } from "./format.ts";
import { reachableStages, stageEdges } from "./graph.ts";
import { validateScenario } from "./validate/index.ts";

export interface Problem {
  severity: "error" | "warning";
  path: string;
  code: string;
  message: string;
  messageZh: string;
}

export function checkScenario(input: ScenarioDefinition | unknown): Problem[] {
  const validation = validateScenario(input);
  if (!validation.ok) {
    return validation.errors.map((e) => ({ severity: "error", code: "schema", ...e }));
  }
  const def = validation.scenario;
  const problems: Problem[] = [];
  const add = (
    severity: Problem["severity"],
    path: string,
    code: string,
    message: string,
    messageZh: string,
  ) => problems.push({ severity, path, code, message, messageZh });

  const edges = stageEdges(def);
  const finals = new Set(def.stages.filter((s) => s.final).map((s) => s.id));
  const reachable = reachableStages(def, def.startStage, edges);
  if (def.timeoutStage) reachable.add(def.timeoutStage);

  if (finals.size === 0) {
    add(
      "error",
      "stages",
      "no-end-state",
      "no stage is final: the drill can only time out",
      "没有任何结束阶段（final），演练只能以超时结束",
    );
  } else if (![...reachable].some((s) => finals.has(s))) {
    add(
      "error",
      "startStage",
      "end-unreachable",
      "no final stage can be reached from the start stage",
      "从起始阶段无法到达任何结束阶段",
    );
  }

  def.stages.forEach((s, i) => {
    const p = `stages[${i}]`;
    if (!reachable.has(s.id)) {
      add(
        "error",
        p,
        "unreachable-stage",
        `stage "${s.id}" cannot be reached from the start stage`,
        `阶段“${s.title}”从起始阶段无法到达`,
      );
    }
    if (s.final) {
      if (s.actions?.length || s.tasks?.length || s.timers?.length) {
        add(
          "warning",
          p,
          "final-with-steps",
          `final stage "${s.id}" has actions, tasks or timers that are never offered`,
          `结束阶段“${s.title}”中的操作、任务或计时器不会生效`,
        );
      }
      return;
    }
    const hasSteps = (s.actions?.length ?? 0) + (s.tasks?.length ?? 0) + (s.timers?.length ?? 0) > 0;
    if (!hasSteps) {
      add(
        "error",
        p,
        "stuck-stage",
        `stage "${s.id}" has no action, task or timer and is not final: the learner can only wait until the drill times out`,
        `阶段“${s.title}”既没有操作、任务、计时器，也不是结束阶段，学员只能干等到超时`,
      );
    } else if (!edges.some((e) => e.from === s.id && e.to !== s.id)) {
      add(
        "error",
        p,
        "no-way-out",
        `stage "${s.id}" is not final and nothing in it leads to another stage`,
        `阶段“${s.title}”不是结束阶段，但其中没有任何操作、任务或计时器通向其他阶段`,
      );
    } else if (
      reachable.has(s.id) &&
      finals.size > 0 &&
      ![...reachableStages(def, s.id, edges)].some((x) => finals.has(x))
    ) {
      add(
        "warning",
        p,
        "cannot-reach-end",
        `no final stage can be reached from stage "${s.id}": the drill can only time out from there`,
        `从阶段“${s.title}”无法到达任何结束阶段，只能以超时结束`,
      );
    }
    (s.timers ?? []).forEach((t, k) => {
      const tp = `${p}.timers[${k}]`;
      const due = t.at ?? t.afterEntry ?? 0;
      if (due > def.maxSimMinutes) {
        add(
          "warning",
          tp,
          "timer-beyond-max",
          `timer "${t.id}" is due at ${t.at !== undefined ? "minute " : "+"}${due}, after maxSimMinutes (${def.maxSimMinutes}): it never fires`,
          `计时器“${t.label}”的触发时间晚于演练最长时间（${def.maxSimMinutes} 分钟），不会触发`,
        );
      }
      if (t.afterEntry === 0 && t.target === s.id && !t.guard) {
        add(
          "error",
          tp,
          "timer-loop",
          `timer "${t.id}" re-enters its own stage with no delay and no guard: it would fire forever`,
          `计时器“${t.label}”无延迟、无条件地重新进入本阶段，会无限触发`,
        );
      }
    });
    for (const [kind, list] of [
      ["actions", s.actions ?? []],
      ["tasks", s.tasks ?? []],
    ] as const) {
      list.forEach((a, k) => {
        if (a.cost > def.maxSimMinutes) {
          add(
            "warning",
            `${p}.${kind}[${k}].cost`,
            "step-beyond-max",
            `"${a.id}" costs more than maxSimMinutes: it is never offered`,
            `“${a.label}”耗时超过演练最长时间，永远不会出现`,
          );
        }
      });
    }
    (s.tasks ?? []).forEach((t, k) => {
      // the rubric is the task type's weights with the task's overrides; all zero: nothing to score
      const w = rubricFor(t.taskType, t.weights);
      const sum = DIMENSIONS.reduce((a, d) => a + (w[d] ?? 0), 0);
      if (!(sum > 0)) {
        add(
          "error",
          `${p}.tasks[${k}].weights`,
          "task-no-rubric",
          `task "${t.id}" has every rubric weight at 0: it cannot be scored`,
          `任务“${t.label}”的评分权重全部为 0，无法评分`,
        );
      }
    });
  });

  def.injects.forEach((inj, i) => {
    if ((inj.at ?? 0) > def.maxSimMinutes) {
      add(
        "warning",
        `injects[${i}].at`,
        "inject-beyond-max",
        `inject "${inj.id}" appears after maxSimMinutes: it is never shown`,
        `信息“${inj.id}”的出现时间晚于演练最长时间，不会出现`,
      );
    }
  });

  const fulfils = new Set<string>();
  for (const s of def.stages) {
    for (const t of s.tasks ?? []) for (const r of t.deadlineRules) fulfils.add(r);
    for (const a of s.actions ?? []) for (const r of a.satisfies ?? []) fulfils.add(r);
  }
  def.deadlines.forEach((d, i) => {
    const rule = getDeadlineRule(d.ruleId);
    const p = `deadlines[${i}]`;
    if (!rule) return;
    if (rule.notTimed) {
      add(
        "warning",
        p,
        "deadline-not-timed",
        `rule "${d.ruleId}" is not a time limit: it is shown but never falls due`,
        `规则“${rule.label}”不是时限规定，不会到期`,
      );
      return;
    }
    if (!fulfils.has(d.ruleId)) {
      add(
        "warning",
        p,
        "deadline-unfulfillable",
        `no task or action fulfils deadline "${d.ruleId}": it can only be missed`,
        `没有任何任务或操作能满足时限“${rule.label}”，只能错过`,
      );
    }
    const due = (d.from ?? 0) + rule.deadlineMinutes;
    if (due > def.maxSimMinutes) {
      add(
        "warning",
        p,
        "deadline-beyond-max",
        `deadline "${d.ruleId}" falls due at minute ${due}, after maxSimMinutes (${def.maxSimMinutes})`,
        `时限“${rule.label}”的到期时间（第 ${due} 分钟）晚于演练最长时间`,
      );
    }
  });

  const revealed = new Set<string>();
  for (const s of def.stages)
    for (const a of s.actions ?? []) for (const f of a.reveals ?? []) revealed.add(f);
  def.facts.forEach((f, i) => {
    if (f.verified && !f.initiallyKnown && !revealed.has(f.id)) {
      add(
        "warning",
        `facts[${i}]`,
        "fact-never-revealed",
        `verified fact "${f.id}" is never revealed`,
        `已核实事实“${f.id}”从未被揭示给学员`,
      );
    }
  });

  (def.reactions ?? []).forEach((r, i) => {
    const p = `reactions[${i}]`;
    if (!r.scoreBetween && !r.findingCodes?.length) {
      add(
        "warning",
        p,
        "reaction-pool-unmatched",
        `reaction pool "${r.id}" has neither scoreBetween nor findingCodes: it is never drawn`,
        `网民反应池“${r.id}”既没有分数区间也没有问题代码，永远不会被选中`,
      );
    }
    (r.findingCodes ?? []).forEach((code, k) => {
      const known = Object.keys(FINDING_CODES).some(
        (c) => c === code || c.startsWith(`${code.replace(/\.\*$/, "")}.`),
      );
      if (!known) {
        add(
          "warning",
          `${p}.findingCodes[${k}]`,
          "unknown-finding-code",
          `"${code}" matches no finding code of @k2k/scoring`,
          `“${code}”不对应评分模块的任何问题代码`,
        );
      }
    });
  });

  return problems;
}
