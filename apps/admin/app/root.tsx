import { getCurrentUser } from "@k2k/web/server";
import { AppShell, ErrorPage, useNonce } from "@k2k/web/ui";
import baseCss from "@k2k/web/ui/base.css?url";
import drillCss from "@k2k/web/ui/drill.css?url";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import adminCss from "./admin.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: baseCss },
  { rel: "stylesheet", href: drillCss },
  { rel: "stylesheet", href: adminCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "键对键 · 管理端" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request, "admin");
  return {
    user: user ? { display_name: user.display_name, unit_name: user.unit_name, roles: user.roles } : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  const roles = data?.user?.roles ?? [];
  const nav = [
    { to: "/", label: "概览", end: true },
    ...(roles.some((r) => r === "instructor" || r === "admin")
      ? [
          { to: "/scenarios", label: "场景库" },
          { to: "/assignments", label: "任务布置" },
        ]
      : []),
    { to: "/attempts", label: "演练记录" },
    // everyone in the admin app may read readiness (instructors too); targets are admin-only
    ...(roles.length ? [{ to: "/readiness", label: "能力达标" }] : []),
  ];
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <AppShell appTitle="管理端" user={data?.user ?? null} nav={nav}>
          {children}
        </AppShell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
