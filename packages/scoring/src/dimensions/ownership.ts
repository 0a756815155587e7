import { type Analysis, lexSpans } from "../analyse.ts";
import { clamp, type DimensionResult, diminishing, finding } from "./common.ts";

/** Ownership (首接负责) against buck-passing (推诿) and bare referrals. */
export function scoreOwnership(a: Analysis): DimensionResult & { referralOnly: boolean } {
  const findings = [];
  // the same claim repeated is one claim: repeating a paragraph must not buy ownership
  const seen = new Set<string>();
  const claims = lexSpans(a, "claim").filter((c) => {
    const key = a.text.slice(c.start, c.end + 8);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const bucks = lexSpans(a, "buckPassing");
  const referrals = lexSpans(a, "referral");
  const followUps = lexSpans(a, "followUp");
  for (const c of claims.slice(0, 3)) findings.push(finding(a, "ownership.claims", c.start, c.end));
  for (const b of bucks) findings.push(finding(a, "ownership.buck-passing", b.start, b.end));
  // A referral is fine when the reply also tracks it (a date, a follow-up, an action of its own).
  const tracked = followUps.length > 0 || a.pat.date.length > 0 || claims.length > 0;
  // in a triage note, passing a message on is the task itself, not buck-passing
  const referralOnly = a.task !== "triage" && referrals.length > 0 && !tracked;
  if (referralOnly)
    for (const r of referrals) findings.push(finding(a, "ownership.referral", r.start, r.end));
  let score = 50 + diminishing(claims.length, 25, 0.5) + (followUps.length > 0 ? 8 : 0);
  score -= diminishing(bucks.length, 35, 0.6);
  if (referralOnly) score -= 25;
  return { score: clamp(score), findings, referralOnly };
}
