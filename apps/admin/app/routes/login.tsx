import { loginAction, loginLoader } from "@k2k/web/server";
import { LoginForm } from "@k2k/web/ui";
import type { MetaFunction } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "登录 · 键对键管理端" }];

export const loader = loginLoader("admin");
export const action = loginAction("admin");

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <LoginForm title="管理端登录" error={actionData?.error} redirectTo={params.get("redirectTo") ?? "/"} />
  );
}
