export * from "./AppShell.tsx";
export * from "./ErrorPage.tsx";
export * from "./format.ts";
export * from "./LoginForm.tsx";
export * from "./nonce.ts";
