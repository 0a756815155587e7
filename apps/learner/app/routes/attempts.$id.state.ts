import { requireRole } from "@k2k/web/server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadOwnAttempt } from "../lib/drill.server.ts";

/** The attempt's current state as JSON (for polling in real-time mode and for API clients). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const { attempt, view } = await loadOwnAttempt(String(params.id), user);
  return Response.json({ id: attempt.id, status: attempt.status, timeMode: attempt.time_mode, view });
}
