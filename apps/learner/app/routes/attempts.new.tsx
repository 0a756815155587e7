import { requireRole } from "@k2k/web/server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { loadOwnAttempt, postEvent, startAttempt } from "../lib/drill.server.ts";

/**
 * Starts a drill. With `restartOf`, the learner's own attempt is abandoned first and the new one
 * keeps its scenario version and assignment.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const form = await request.formData();
  let versionId = String(form.get("versionId") ?? "");
  let assignmentId = form.get("assignmentId") ? String(form.get("assignmentId")) : null;
  const restartOf = form.get("restartOf") ? String(form.get("restartOf")) : null;
  if (restartOf) {
    const { attempt } = await loadOwnAttempt(restartOf, user);
    versionId = attempt.scenario_version_id;
    assignmentId = attempt.assignment_id;
    if (attempt.status === "active")
      await postEvent(attempt.id, user, `restart-${attempt.id}`, { kind: "abandon" });
  }
  const attempt = await startAttempt(user, versionId, assignmentId);
  throw redirect(`/attempts/${attempt.id}`);
}

export async function loader() {
  throw redirect("/");
}
