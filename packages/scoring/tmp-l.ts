import { scoreBand, scoreResponse } from "./src/index.ts";
import { LABELLED } from "./test/fixtures/labelled.ts";

let exact = 0,
  off = 0;
const n = LABELLED.length;
for (const l of LABELLED) {
  const r = scoreResponse({ task: l.task, message: l.message, reply: l.reply, context: l.context });
  const b = scoreBand(r.total);
  const codes = r.findings.map((f) => f.code);
  const missing = l.codes.filter((c) => !codes.includes(c));
  if (b === l.band) exact++;
  else if (Math.abs(b - l.band) > 1) off++;
  if (b !== l.band || missing.length)
    console.log(
      `${l.id} want ${l.band} got ${b} (${r.total}) ${missing.length ? "MISSING " + missing.join(",") : ""} dims=${JSON.stringify(r.dimensions)} gates=${(r.gates ?? []).map((g) => g.code + ":" + g.cap).join(",")}`,
    );
}
console.log(`n=${n} exact=${((exact / n) * 100).toFixed(1)}% off>1=${off}`);
