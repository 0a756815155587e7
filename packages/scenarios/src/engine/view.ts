import type { InjectMetrics } from "../format.ts";
import { heatOf, reachOf } from "./guard.ts";
import { ABANDONED_STAGE, type Runtime, TIMEOUT_STAGE } from "./runtime.ts";
import { availableActions, availableTasks, deadlineStatus } from "./step.ts";
import type { DrillContext, DrillView, FeedItem } from "./types.ts";

/** Share of newly reached people who repost / comment / like / view a rumour post. */
const METRIC_RATES: Required<InjectMetrics> = { reposts: 0.03, comments: 0.01, likes: 0.05, views: 1.5 };

function officialAuthor(setting: string | undefined): string {
  return setting ? `${setting}官方发布` : "官方发布";
}

export function buildView(rt: Runtime, ctx: DrillContext): DrillView {
  const def = rt.def;
  const stage = rt.stages.get(ctx.stage);
  const reach = reachOf(rt, ctx);
  const rumourPosts = ctx.released.filter((r) => rt.injects.find((i) => i.id === r.id)?.rumour).length;

  const feed: FeedItem[] = [];
  for (const r of ctx.released) {
    const inj = rt.injects.find((i) => i.id === r.id);
    if (!inj) continue;
    let metrics = inj.metrics ? { ...inj.metrics } : undefined;
    if (inj.rumour && rumourPosts > 0) {
      // rumour posts grow with the people reached since they appeared, shared between them
      const growth = Math.max(0, reach - r.reachAtRelease) / rumourPosts;
      metrics = { ...(metrics ?? {}) };
      for (const key of Object.keys(METRIC_RATES) as (keyof InjectMetrics)[]) {
        metrics[key] = (metrics[key] ?? 0) + Math.round(growth * METRIC_RATES[key]);
      }
    }
    feed.push({
      id: inj.id,
      channel: inj.channel,
      at: r.at,
      author: inj.author,
      ...(inj.authorNote !== undefined ? { authorNote: inj.authorNote } : {}),
      ...(inj.title !== undefined ? { title: inj.title } : {}),
      text: inj.text,
      ...(metrics ? { metrics } : {}),
      ...(inj.ticket ? { ticket: inj.ticket } : {}),
      kind: "inject",
      ...(inj.rumour ? { rumour: true } : {}),
    });
  }
  for (const p of ctx.publications) {
    feed.push({
      id: p.id,
      channel: "feed",
      at: p.at,
      author: officialAuthor(def.setting),
      authorNote: "政务账号",
      text: p.text,
      kind: "publication",
      publishKind: p.kind,
    });
  }
  // reactions trickle in after a publication; once the drill is over the debrief shows them all
  for (const r of ctx.reactions) if (r.at <= ctx.simMinutes || ctx.ending) feed.push(r);
  // stable: by minute, then injects before publications before reactions, then insertion order
  const rank = { inject: 0, publication: 1, reaction: 2 } as const;
  const ordered = feed
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.at - b.item.at || rank[a.item.kind] - rank[b.item.kind] || a.i - b.i)
    .map((x) => x.item);

  const stageView = stage
    ? { id: stage.id, title: stage.title, description: stage.description }
    : {
        id: ctx.stage,
        title:
          ctx.ending?.title ??
          (ctx.stage === ABANDONED_STAGE
            ? "演练已中止"
            : ctx.stage === TIMEOUT_STAGE
              ? "演练时间到"
              : ctx.stage),
        description: ctx.ending?.narrative ?? "",
      };

  const series = ctx.series.slice();
  const last = series[series.length - 1];
  if (rt.hasSpread && last && last.minute < ctx.simMinutes) {
    series.push({
      minute: ctx.simMinutes,
      reach,
      spreaders:
        ctx.spread && ctx.spreadStart !== null
          ? Math.round(rt.spreadConfigFor(ctx.spreadStart, ctx.seed).population * ctx.spread.s)
          : 0,
      heat: heatOf({ ...ctx, heatOffset: 0 }),
    });
  }

  const ended = ctx.ending !== null;
  return {
    scenarioId: def.id,
    version: def.version,
    title: def.title,
    simMinutes: ctx.simMinutes,
    maxSimMinutes: def.maxSimMinutes,
    status: ended ? "ended" : "active",
    stage: stageView,
    ...(ctx.ending ? { ending: { ...ctx.ending } } : {}),
    actions: availableActions(rt, ctx).map((a) => ({
      id: a.id,
      label: a.label,
      cost: a.cost,
      ...(a.description !== undefined ? { description: a.description } : {}),
    })),
    tasks: availableTasks(rt, ctx).map((t) => ({
      id: t.id,
      label: t.label,
      taskType: t.taskType,
      prompt: t.prompt,
      message: t.message,
      cost: t.cost,
      deadlineRules: [...t.deadlineRules],
      ...(t.respondsTo !== undefined ? { respondsTo: t.respondsTo } : {}),
      ...(t.publishes !== undefined ? { publishes: t.publishes } : {}),
    })),
    canWait: !ended && ctx.simMinutes < def.maxSimMinutes,
    feed: ordered,
    facts: {
      known: ctx.known.flatMap((id) => {
        const f = rt.facts.get(id);
        return f ? [{ ...f }] : [];
      }),
      unknownCount: def.facts.length - ctx.known.length,
    },
    heat: heatOf(ctx),
    reach,
    deadlines: deadlineStatus(rt, ctx),
    log: ctx.log.map((l) => ({ ...l })),
    submissions: ctx.submissions.map((s) => ({ ...s })),
    spread: series,
  };
}
