/** The loader and action of both apps' /login route: one implementation, one per app name. */
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { type AppName, getCurrentUser, login, safeRedirect } from "./auth.ts";

export function loginLoader(app: AppName) {
  return async ({ request }: LoaderFunctionArgs) => {
    if (await getCurrentUser(request, app)) throw redirect("/");
    return null;
  };
}

export function loginAction(app: AppName) {
  return async ({ request, context }: ActionFunctionArgs) => {
    const form = await request.formData();
    const result = await login(app, {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      ip: String(context.ip ?? "unknown"),
    });
    if (!result.ok) return data({ error: result.message }, { status: result.status });
    throw redirect(safeRedirect(form.get("redirectTo")), { headers: result.headers });
  };
}
