import { isRouteErrorResponse, useRouteError } from "@remix-run/react";

const TITLES: Record<number, string> = {
  400: "请求有误",
  401: "请先登录",
  403: "无权访问",
  404: "页面不存在",
  409: "操作冲突",
  413: "提交内容过大",
  429: "操作过于频繁",
};

/**
 * The one error boundary of both apps. A route error shows its status and the Chinese message
 * the server chose; anything else shows a generic message, never a stack trace.
 */
export function ErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const message = typeof error.data === "string" && error.data.length < 300 ? error.data : "";
    return (
      <div className="error-page card" role="alert">
        <div className="code">{error.status}</div>
        <h1>{TITLES[error.status] ?? "出错了"}</h1>
        {message ? <p>{message}</p> : null}
        <p>
          <a className="btn" href="/">
            返回首页
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="error-page card" role="alert">
      <div className="code">500</div>
      <h1>系统出错了</h1>
      <p>页面暂时无法显示，请稍后重试。若问题持续，请联系系统管理员。</p>
      <p>
        <a className="btn" href="/">
          返回首页
        </a>
      </p>
    </div>
  );
}
