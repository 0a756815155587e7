import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachment, auditExport, exportContext, readinessWorkbook } from "../lib/readiness-export.server.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const x = await exportContext(request);
  const cadres = await x.cadres();
  const body = await readinessWorkbook(x.report, cadres, x.meta);
  await auditExport(
    x.handle,
    x.user,
    "export.readiness.xlsx",
    {
      unit: x.report.root.id,
      period: x.report.period.key,
      units: x.report.units.length,
      cadres: cadres.length,
    },
    context.ip,
  );
  const name = `能力达标通报-${x.report.root.name}-${x.report.period.key}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": attachment(name, `readiness-${x.report.period.key}.xlsx`),
      "Content-Length": String(body.length),
      "Cache-Control": "no-store",
    },
  });
}
