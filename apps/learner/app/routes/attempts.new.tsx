import { requireRole } from "@k2k/web/server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { startAttempt } from "../lib/drill.server.ts";

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "learner", ["learner"]);
  const form = await request.formData();
  const versionId = String(form.get("versionId") ?? "");
  const assignmentId = form.get("assignmentId") ? String(form.get("assignmentId")) : null;
  const attempt = await startAttempt(user, versionId, assignmentId);
  throw redirect(`/attempts/${attempt.id}`);
}

export async function loader() {
  throw redirect("/");
}
