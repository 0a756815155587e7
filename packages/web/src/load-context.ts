/** What the HTTP server passes to every loader and action. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    nonce?: string;
    ip?: string;
    appName?: string;
  }
}

export {};
