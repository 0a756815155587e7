import { getDb } from "@k2k/db";
import { forbidden, notFound, requireRole } from "@k2k/web/server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getTargets, OutOfScopeError, resolveUnit } from "../lib/readiness.server.ts";
import { parsePeriodKey, periodOf } from "../lib/readiness.ts";
import {
  attachment,
  auditExport,
  MAX_XAPI_ATTEMPTS,
  TooManyAttemptsError,
  xapiStatements,
} from "../lib/readiness-export.server.ts";
import { READINESS_EXPORTERS } from "../lib/readiness-view.server.ts";
import { visiblePath } from "../lib/scope.server.ts";

/** "2026-10-01" is midnight China time; a full ISO instant is taken as given. */
function parseBound(raw: string | null, endOfDay: boolean): string | null {
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    const t = Date.parse(`${raw}T00:00:00+08:00`) + (endOfDay ? 86_400_000 : 0);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * xAPI statements of attempts started in [from, to] (dates in China time, `to` inclusive) by
 * people in the caller's scope (optionally ?unit=), defaulting to the current period.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, "admin", READINESS_EXPORTERS);
  const url = new URL(request.url);
  const handle = getDb();
  const scope = visiblePath(user);
  let unit: Awaited<ReturnType<typeof resolveUnit>>;
  try {
    unit = await resolveUnit(handle, scope, url.searchParams.get("unit") || null);
  } catch (e) {
    if (e instanceof OutOfScopeError) throw forbidden("该单位不在您的查看范围内。");
    throw e;
  }
  if (!unit) throw notFound("未找到该单位。");
  const { targets } = await getTargets(handle);
  const period =
    parsePeriodKey(url.searchParams.get("period"), targets.periodMonths) ??
    periodOf(new Date(), targets.periodMonths);
  const rawFrom = url.searchParams.get("from");
  const rawTo = url.searchParams.get("to");
  const from = rawFrom ? parseBound(rawFrom, false) : period.start;
  const to = rawTo ? parseBound(rawTo, true) : period.end;
  if (!from || !to || from >= to)
    return new Response("日期范围无效：请使用 from=YYYY-MM-DD&to=YYYY-MM-DD，且开始早于结束。", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  try {
    const { statements, attempts } = await xapiStatements(handle, {
      path: unit.path,
      from,
      to,
      base: targets.xapiBase,
      passScore: targets.passScore,
    });
    await auditExport(
      handle,
      user,
      "export.readiness.xapi",
      { unit: unit.id, from, to, attempts, statements: statements.length },
      context.ip,
    );
    const body = JSON.stringify(statements);
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": attachment(
          `xAPI-${unit.name}-${from.slice(0, 10)}.json`,
          `xapi-${from.slice(0, 10)}.json`,
        ),
        "X-Experience-API-Version": "1.0.3",
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof TooManyAttemptsError)
      return new Response(
        `该范围内有 ${e.count} 次演练，超过单次导出上限 ${MAX_XAPI_ATTEMPTS} 次，请缩小日期范围或选择下级单位。`,
        { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } },
      );
    throw e;
  }
}
