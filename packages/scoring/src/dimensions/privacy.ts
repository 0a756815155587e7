import type { Analysis, Span } from "../analyse.ts";
import { digitsOf } from "../lexicon/index.ts";
import { normaliseText } from "../normalise.ts";
import type { Finding } from "../types.ts";
import { clamp, type DimensionResult, diminishing, finding } from "./common.ts";

/**
 * Privacy (100 = no leak): the citizen's phone, ID number, plate, address or full name in a
 * public reply. Known from context.citizen, and by pattern: a phone number, plate or address
 * that the citizen wrote in the message and the reply repeats. An ID number is never public.
 */
export function scorePrivacy(a: Analysis): DimensionResult & { leaks: number; phoneSpans: Span[] } {
  const findings: Finding[] = [];
  const citizen = a.context.citizen ?? {};
  const phoneSpans: Span[] = [];
  const citizenPhone = citizen.phone ? digitsOf(normaliseText(citizen.phone)) : "";
  for (const p of a.pat.phone) {
    const d = digitsOf(a.text.slice(p.start, p.end));
    // masked placeholders such as 0000-00000000 are not anybody's number
    if (/^(\d)\1*$/.test(d.slice(1))) continue;
    if ((citizenPhone && d === citizenPhone) || a.message.phones.has(d)) {
      phoneSpans.push(p);
      findings.push(finding(a, "privacy.phone", p.start, p.end));
    }
  }
  for (const p of a.pat.idNumber) findings.push(finding(a, "privacy.id-number", p.start, p.end));
  const citizenPlate = citizen.plate
    ? normaliseText(citizen.plate)
        .toUpperCase()
        .replace(/[·•\s]/g, "")
    : "";
  for (const p of a.pat.plate) {
    const t = a.text.slice(p.start, p.end).toUpperCase().replace(/[·•]/g, "");
    if (t === citizenPlate || a.message.plates.has(t))
      findings.push(finding(a, "privacy.plate", p.start, p.end));
  }
  const literal = (value: string | undefined, code: "privacy.name" | "privacy.address", min: number) => {
    if (!value) return;
    const v = normaliseText(value).trim();
    if (v.length < min) return;
    for (let i = a.text.indexOf(v); i >= 0; i = a.text.indexOf(v, i + v.length)) {
      findings.push(finding(a, code, i, i + v.length));
    }
  };
  literal(citizen.name, "privacy.name", 2);
  literal(citizen.address, "privacy.address", 4);
  if (!findings.some((f) => f.code === "privacy.address")) {
    for (const s of a.pat.address) {
      const t = a.text.slice(s.start, s.end);
      if (a.message.addresses.some((m) => m.includes(t) || t.includes(m))) {
        findings.push(finding(a, "privacy.address", s.start, s.end));
      }
    }
  }
  const leaks = findings.length;
  return { score: clamp(100 - diminishing(leaks, 60, 0.5)), findings, leaks, phoneSpans };
}
