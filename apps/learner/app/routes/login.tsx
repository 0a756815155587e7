import { loginAction, loginLoader } from "@k2k/web/server";
import { LoginForm } from "@k2k/web/ui";
import type { MetaFunction } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "登录 · 键对键学员端" }];

export const loader = loginLoader("learner");
export const action = loginAction("learner");

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <LoginForm title="学员登录" error={actionData?.error} redirectTo={params.get("redirectTo") ?? "/"} />
  );
}
