import { getCurrentUser } from "@k2k/web/server";
import { AppShell, ErrorPage, useNonce } from "@k2k/web/ui";
import baseCss from "@k2k/web/ui/base.css?url";
import drillCss from "@k2k/web/ui/drill.css?url";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import learnerCss from "./learner.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: baseCss },
  { rel: "stylesheet", href: drillCss },
  { rel: "stylesheet", href: learnerCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "键对键 · 网上群众工作训练" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request, "learner");
  const adminUrl = process.env.ADMIN_URL ?? `http://localhost:${process.env.ADMIN_PORT ?? 3001}`;
  return {
    user: user
      ? {
          display_name: user.display_name,
          unit_name: user.unit_name,
          isInstructor: user.roles.some((r) => r !== "learner"),
        }
      : null,
    adminUrl,
  };
}

const NAV = [
  { to: "/", label: "首页", end: true },
  { to: "/attempts", label: "我的演练" },
];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <AppShell
          appTitle="网上群众工作训练"
          user={data?.user ?? null}
          nav={NAV}
          extra={data?.user?.isInstructor ? <a href={data.adminUrl}>进入管理端</a> : null}
        >
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
