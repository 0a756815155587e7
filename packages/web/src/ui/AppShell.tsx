import { Form, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";

export interface ShellUser {
  display_name: string;
  unit_name: string;
}

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

/** The page frame of both apps: brand, navigation, the signed-in user and a logout button. */
export function AppShell({
  appTitle,
  user,
  nav,
  extra,
  children,
}: {
  appTitle: string;
  user: ShellUser | null;
  nav: NavItem[];
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="app-header">
        <div className="inner">
          <a className="brand" href="/">
            键对键<small>{appTitle}</small>
          </a>
          {user ? (
            <nav aria-label="主导航">
              {nav.map((item) => (
                <NavLink key={item.to} to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              ))}
            </nav>
          ) : null}
          {user ? (
            <div className="user">
              {extra}
              <span>
                {user.display_name} · {user.unit_name}
              </span>
              <Form method="post" action="/logout">
                <button type="submit">退出</button>
              </Form>
            </div>
          ) : null}
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
