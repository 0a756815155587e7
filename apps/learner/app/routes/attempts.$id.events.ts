import { requireRole } from "@k2k/web/server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { postEvent } from "../lib/drill.server.ts";
import { parsePostInput } from "../lib/post-input.server.ts";

/**
 * The JSON endpoint the player posts to when JavaScript runs. A repeated idempotency key
 * (a retry after a lost connection, a double click) answers with the stored state.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const started = performance.now();
  const user = await requireRole(request, "learner", ["learner"]);
  const parsed = parsePostInput(await request.formData());
  if ("error" in parsed) return Response.json({ ok: false, message: parsed.error }, { status: 400 });
  const result = await postEvent(String(params.id), user, parsed.key, parsed.input);
  if (!result.ok) return Response.json({ ok: false, message: result.message }, { status: result.status });
  // Server-Timing: the time this request spent in the app, apart from waiting in the queue
  return Response.json(
    { ok: true, duplicate: result.duplicate, ended: result.view.status === "ended" },
    { headers: { "Server-Timing": `app;dur=${(performance.now() - started).toFixed(1)}` } },
  );
}

/** The endpoint only takes posts; a browser that opens it gets a plain answer, not an error trace. */
export async function loader() {
  throw new Response("此地址只接受提交操作。", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}
