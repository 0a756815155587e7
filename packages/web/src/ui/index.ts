export * from "./AppShell.tsx";
export * from "./drill/Chart.tsx";
export * from "./drill/FeedItem.tsx";
export * from "./drill/HighlightedText.tsx";
export * from "./ErrorPage.tsx";
export * from "./format.ts";
export * from "./LoginForm.tsx";
export * from "./nonce.ts";
