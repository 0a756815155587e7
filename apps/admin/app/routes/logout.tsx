import { logout } from "@k2k/web/server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

export async function action({ request }: ActionFunctionArgs) {
  throw redirect("/login", { headers: await logout(request, "admin") });
}

export async function loader() {
  throw redirect("/");
}
