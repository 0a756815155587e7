import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachment, auditExport, exportContext, readinessCsv } from "../lib/readiness-export.server.ts";

/** Units by default; ?level=cadres for one row per cadre. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const x = await exportContext(request);
  const cadresLevel = x.url.searchParams.get("level") === "cadres";
  const cadres = cadresLevel ? await x.cadres() : null;
  const body = readinessCsv(x.report, cadres, x.meta);
  await auditExport(
    x.handle,
    x.user,
    "export.readiness.csv",
    { unit: x.report.root.id, period: x.report.period.key, level: cadresLevel ? "cadres" : "units" },
    context.ip,
  );
  const suffix = cadresLevel ? "干部" : "单位";
  const name = `能力达标-${x.report.root.name}-${x.report.period.key}-${suffix}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(
        name,
        `readiness-${x.report.period.key}-${cadresLevel ? "cadres" : "units"}.csv`,
      ),
      "Cache-Control": "no-store",
    },
  });
}
