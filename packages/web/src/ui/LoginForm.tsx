import { Form, useNavigation } from "@remix-run/react";

/** The login form of both apps: fields `username` and `password`, errors announced. */
export function LoginForm({
  title,
  error,
  redirectTo,
}: {
  title: string;
  error?: string;
  redirectTo: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  return (
    <div className="login-wrap">
      <div className="card">
        <h1>{title}</h1>
        <p className="muted">请使用本单位分配的账号登录。</p>
        {error ? (
          <div className="alert error" role="alert" id="login-error">
            {error}
          </div>
        ) : null}
        <Form method="post" aria-describedby={error ? "login-error" : undefined}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <div className="field">
            <label htmlFor="username">用户名</label>
            <input
              id="username"
              name="username"
              type="text"
              autoComplete="username"
              required
              maxLength={100}
            />
          </div>
          <div className="field">
            <label htmlFor="password">密码</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
            />
          </div>
          <button className="btn primary" type="submit" disabled={busy} style={{ width: "100%" }}>
            {busy ? "正在登录…" : "登录"}
          </button>
        </Form>
      </div>
    </div>
  );
}
