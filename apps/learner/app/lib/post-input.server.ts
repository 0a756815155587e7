import type { PostInput } from "./drill.server.ts";

/** Reads a drill form (the same fields with and without JavaScript). */
export function parsePostInput(form: FormData): { key: string; input: PostInput } | { error: string } {
  const key = String(form.get("key") ?? "");
  const intent = String(form.get("intent") ?? "");
  switch (intent) {
    case "action":
      return { key, input: { kind: "action", actionId: String(form.get("actionId") ?? "") } };
    case "task":
      return {
        key,
        input: {
          kind: "task",
          taskId: String(form.get("taskId") ?? ""),
          text: String(form.get("text") ?? ""),
        },
      };
    case "wait":
      return { key, input: { kind: "wait", minutes: Number(form.get("minutes") ?? 0) } };
    case "abandon":
      return { key, input: { kind: "abandon" } };
    default:
      return { error: "无法识别的操作，请刷新页面后重试。" };
  }
}
