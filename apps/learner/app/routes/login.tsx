import { getCurrentUser, login, safeRedirect } from "@k2k/web/server";
import { LoginForm } from "@k2k/web/ui";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "登录 · 键对键学员端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getCurrentUser(request, "learner")) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const result = await login("learner", {
    username: String(form.get("username") ?? ""),
    password: String(form.get("password") ?? ""),
    ip: String(context.ip ?? "unknown"),
  });
  if (!result.ok) return data({ error: result.message }, { status: result.status });
  throw redirect(safeRedirect(form.get("redirectTo")), { headers: result.headers });
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <LoginForm title="学员登录" error={actionData?.error} redirectTo={params.get("redirectTo") ?? "/"} />
  );
}
