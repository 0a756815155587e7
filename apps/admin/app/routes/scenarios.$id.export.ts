import { getDb } from "@k2k/db";
import { notFound, requireRole } from "@k2k/web/server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ADMIN_ROLES } from "../lib/roles.ts";
import { getScenarioRow } from "../lib/studio.server.ts";
import { exportScenarioText } from "../lib/studio.ts";

/** Downloads the draft (or ?version=N) as a scenario JSON file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin", ADMIN_ROLES);
  const row = await getScenarioRow(String(params.id));
  if (!row) throw notFound("场景不存在。");
  const v = new URL(request.url).searchParams.get("version");
  let text: string;
  if (v) {
    const version = await getDb()
      .db.selectFrom("scenario_versions")
      .select("definition_json")
      .where("scenario_id", "=", row.id)
      .where("version", "=", Number(v))
      .executeTakeFirst();
    if (!version) throw notFound("该版本不存在。");
    text = exportScenarioText(JSON.parse(version.definition_json));
  } else {
    try {
      text = exportScenarioText(JSON.parse(row.draft_json));
    } catch {
      text = row.draft_json;
    }
  }
  const name = `${row.id}${v ? `-v${v}` : ""}.json`;
  return new Response(text, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
