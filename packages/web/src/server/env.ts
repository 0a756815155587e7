/**
 * Modes. `NODE_ENV=production` set by the operator is a production deployment: a real
 * SESSION_SECRET is required, cookies are Secure, no demo data. `npm start` without it runs the
 * same production build in demo mode (K2K_DEMO=1): demo accounts, a development secret.
 */
const DEV_SECRET = "k2k-development-secret-not-for-production";

let warned = false;

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production" && process.env.K2K_DEMO !== "1";
}

export function sessionSecret(): string {
  const secret = process.env.SESSION_SECRET;
  if (secret && secret.length >= 16) return secret;
  if (isProduction()) {
    throw new Error("SESSION_SECRET must be set (at least 16 characters) in production");
  }
  if (!warned) {
    warned = true;
    console.warn("SESSION_SECRET is not set: using the development default (never do this in production)");
  }
  return DEV_SECRET;
}

/** Demo accounts and data are created only outside production. */
export function demoMode(): boolean {
  return !isProduction();
}
