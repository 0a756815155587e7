/**
 * Password hashing with scrypt (memory-hard, in Node's standard library). The parameters are
 * stored in the hash so that they can be raised later without breaking existing accounts.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";
import { availableParallelism } from "node:os";

// 2^14 with r = 8 is 16 MiB per hash: the interactive-login setting of the scrypt paper; an
// office server must absorb a whole class logging in at once. Stored per hash, so it can grow.
const N = 1 << 14;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

// Hashes running at once in this process. A class logging in together would otherwise start a
// hash on every thread of the pool (4 per process) and leave no core for the requests of those
// already drilling; the server sets the share of each worker (cores / workers, at least 1).
export const passwordHashing = {
  limit: Math.max(1, Number(process.env.K2K_HASH_CONCURRENCY) || availableParallelism()),
  running: 0,
  /** the most hashes that ran at once (for tests) */
  peak: 0,
};
const queued: (() => void)[] = [];

async function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  // a finishing hash hands its slot straight to the next in line, so none can jump the queue
  if (passwordHashing.running < passwordHashing.limit) passwordHashing.running++;
  else await new Promise<void>((go) => queued.push(go));
  passwordHashing.peak = Math.max(passwordHashing.peak, passwordHashing.running);
  try {
    return await new Promise((resolve, reject) => {
      scryptCb(password.normalize("NFC"), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (err, key) =>
        err ? reject(err) : resolve(key),
      );
    });
  } finally {
    const next = queued.shift();
    if (next) next();
    else passwordHashing.running--;
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

/** A hash of a random password: verifying against it costs the same as a real account. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(12).toString("hex"));
  return decoy;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, r, p, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(keyB64, "base64");
  const actual = await scrypt(password, Buffer.from(saltB64, "base64"), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
