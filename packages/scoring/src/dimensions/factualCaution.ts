import { type Analysis, lexSpans, type Span } from "../analyse.ts";
import { normaliseText } from "../normalise.ts";
import { contentBigrams, isContentChar, sentenceAt } from "../segment.ts";
import type { Finding } from "../types.ts";
import { CRISIS_TASKS, clamp, type DimensionResult, diminishing, finding } from "./common.ts";

/** A clause of a verified fact, with its polarity: "无人员死亡" is negative, "2人轻伤" positive. */
interface FactClause {
  negative: boolean;
  /** content characters, negation words and light verbs removed */
  chars: Set<string>;
}

interface Fact {
  text: string;
  bigrams: Set<string>;
  numbers: string[];
  clauses: FactClause[];
  /** content characters of the whole fact (rumour words removed): what a rebuttal names */
  chars: Set<string>;
}

interface Facts {
  verified: Fact[];
  unverified: Fact[];
  /** every number a verified fact states (digits; Chinese numerals converted) */
  verifiedValues: Set<string>;
  /** does any verified fact hold a negative clause ("无人员死亡")? */
  anyNegative: boolean;
}

const NUM = /\d+(?:\.\d+)?/g;
// Negation markers. The first group lists words that begin like a negation but negate no fact
// (不断, 无法, 非常 …); at the same position the regex tries them first.
const NEG_SCAN =
  /(不断|不少|不仅|不便|不适|不久|不良|不得|不要|不用|不必|不需|无需|无须|无法|未来|非常|无论|不论|不同|不满|不安|不幸|不利|不明|不信谣|不传谣|不到|不过|不超过|不低于|不高于|不停|不时|不已|不禁|不妨|不然|不够|不足|无偿|无数|无限|非法|未成年|未经)|(并没有|并未|并非|从未|从不|尚未|没有|未能|不存在|零|(?<![\d.])0(?=人|名)|未|无|没|不|非|否认)/g;
// Calling something untrue. A sentence with one of these rebuts what it names (the rumour).
const REFUTE =
  /与事实不符|与事实不相符|不符合事实|不属实|失实|不实|谣言|捏造|虚假|子虚乌有|假消息|不是真的|并非事实|系误传|误传/g;
const QUOTE = /“([^”]{1,60})”|「([^」]{1,60})」|『([^』]{1,60})』|"([^"]{1,60})"|‘([^’]{1,60})’/g;
const FACT_SPLIT = /[,、:()[\]。;!?\n]+/;
// Verbs that carry no content of their own ("未造成人员死亡" is about 人员死亡).
const LIGHT = /造成|发生|出现|导致|存在|引起|发现|有/g;
// Words that frame a rumour rather than state its content.
const GENERIC =
  /网传|网上流传|网上传言|网络传言|有网民称|有网友称|有人称|网上|传言|说法|消息|信息|经核实|经核查|经查|经调查|这一|所谓|关于|对于|有关|请勿|不要|轻信|相信|传播|信谣|传谣|纯属|属于|系/g;
// "没有新的起火点", "未发生次生灾害": about something more, not a denial of the fact itself.
const MORE = /^(?:新的|新增|新|其他|其它|更多|再次|再|进一步|二次|次生|更大|扩大)/;
// A casualty figure stated as fact: "3人死亡", "死亡人数为3人", "造成十几人受伤".
const CASUALTY_WORD = "(?:死亡|遇难|身亡|丧生|罹难|死了|受伤|轻伤|重伤|伤亡|失踪|被困|中毒)";
const CASUALTY_NUM = "(\\d+|[一二三四五六七八九十两百]+|十几|几十|数十|数百|上百|多)";
const CASUALTY = new RegExp(
  `${CASUALTY_NUM}\\s*(?:名|人|位|个人)[^,。!?;\\n]{0,6}?${CASUALTY_WORD}|${CASUALTY_WORD}(?:人数)?(?:为|达|达到|共|已达|升至)?\\s*${CASUALTY_NUM}\\s*(?:名|人|位)`,
  "g",
);
const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "3" → "3", "十二" → "12", "三十五" → "35"; vague amounts ("十几", "多") stay as written. */
function numberValue(s: string): string {
  if (/^\d/.test(s)) return String(Number(s));
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) cur = d;
    else if (ch === "十") {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === "百") {
      total += (cur || 1) * 100;
      cur = 0;
    } else return s;
  }
  return String(total + cur);
}

function stripNegation(s: string): string {
  NEG_SCAN.lastIndex = 0;
  return s.replace(NEG_SCAN, (m, excl: string | undefined) => (excl ? m : ""));
}

function charsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) if (isContentChar(s, i)) out.add(s[i]!);
  return out;
}

/** Share of `a`'s characters found in `b` (0 unless at least two are shared). */
function coverage(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const c of a) if (b.has(c)) n++;
  return n >= 2 ? n / a.size : 0;
}

function hasNegation(s: string): boolean {
  NEG_SCAN.lastIndex = 0;
  for (let m = NEG_SCAN.exec(s); m; m = NEG_SCAN.exec(s)) if (m[2]) return true;
  return false;
}

function prepareFact(raw: string): Fact {
  const text = normaliseText(raw);
  const clauses: FactClause[] = [];
  for (const c of text.split(FACT_SPLIT)) {
    const chars = charsOf(stripNegation(c).replace(LIGHT, ""));
    if (chars.size > 0) clauses.push({ negative: hasNegation(c), chars });
  }
  return {
    text,
    bigrams: contentBigrams(text),
    numbers: text.match(NUM) ?? [],
    clauses,
    chars: charsOf(text.replace(GENERIC, "").replace(LIGHT, "")),
  };
}

// Live hints rescore the same context on every keystroke: prepared facts are cached.
const factCache = new Map<string, Fact>();
function factOf(raw: string): Fact {
  let f = factCache.get(raw);
  if (!f) {
    if (factCache.size >= 64) factCache.clear();
    f = prepareFact(raw);
    factCache.set(raw, f);
  }
  return f;
}

function prepare(a: Analysis): Facts {
  const list = (xs: readonly unknown[] | undefined) =>
    (xs ?? []).filter((x): x is string => typeof x === "string" && x.trim().length > 0).map(factOf);
  const verified = list(a.context.facts?.verified);
  const unverified = list(a.context.facts?.unverified);
  const verifiedValues = new Set<string>();
  for (const f of verified) {
    for (const n of f.numbers) verifiedValues.add(numberValue(n));
    CASUALTY.lastIndex = 0;
    for (let m = CASUALTY.exec(f.text); m; m = CASUALTY.exec(f.text))
      verifiedValues.add(numberValue((m[1] ?? m[2])!));
  }
  const anyNegative = verified.some((f) => f.clauses.some((c) => c.negative));
  return { verified, unverified, verifiedValues, anyNegative };
}

/** Share of the fact's content bigrams found in the sentence (given as its set of bigrams). */
function overlap(fact: Fact, sentenceBigrams: ReadonlySet<string>): number {
  if (fact.bigrams.size === 0) return 0;
  let n = 0;
  for (const b of fact.bigrams) if (sentenceBigrams.has(b)) n++;
  return n / fact.bigrams.size;
}

/**
 * The fact bigrams found in each sentence, in one pass over the reply (instead of a substring
 * search of every sentence for every fact bigram). Pairs are compared as numbers, so only the
 * pairs that are fact bigrams become strings.
 */
function factBigramsBySentence(a: Analysis, facts: readonly Fact[]): Set<string>[] {
  const wanted = new Set<number>();
  for (const f of facts) for (const b of f.bigrams) wanted.add(b.charCodeAt(0) * 65536 + b.charCodeAt(1));
  const text = a.text;
  return a.sentences.map((s) => {
    const out = new Set<string>();
    if (wanted.size === 0) return out;
    for (let k = s.start; k + 1 < s.end; k++) {
      const c = text.charCodeAt(k);
      const d = text.charCodeAt(k + 1);
      // fact bigrams are ideograph pairs, so a match needs no separate ideograph test
      if (wanted.has(c * 65536 + d)) out.add(text.slice(k, k + 2));
    }
    return out;
  });
}

const CLAUSE_SEP_CODES = new Set([..."，,、:()[]"].map((c) => c.charCodeAt(0)));

interface Polarity {
  /** best coverage by a positive (resp. negative) verified clause */
  pos: number;
  neg: number;
}

function polarity(chars: ReadonlySet<string>, facts: Facts): Polarity {
  let pos = 0;
  let neg = 0;
  for (const f of facts.verified) {
    for (const c of f.clauses) {
      const v = coverage(chars, c.chars);
      if (c.negative) neg = Math.max(neg, v);
      else pos = Math.max(pos, v);
    }
  }
  return { pos, neg };
}

interface SentenceVerdict {
  /** span of the words that deny a verified fact */
  denial: [number, number] | null;
  /** span of the words that rebut a rumour */
  rebuttal: [number, number] | null;
  /** a negative statement that agrees with a verified negative fact */
  agrees: boolean;
  refutes: boolean;
}

/**
 * Compares the polarity of a sentence with the verified facts. A denial says "no" to what a
 * verified fact asserts ("没有人受伤" against "2人轻伤"), calls a verified fact a rumour, or
 * asserts what a verified fact negates ("造成1人死亡" against "无人员死亡"). Repeating a negative
 * fact ("未造成人员死亡" against "无人员死亡") is no denial, and calling an unverified claim
 * (the rumour, quoted or not) untrue is a rebuttal, which is good.
 */
function judgeSentence(
  a: Analysis,
  i: number,
  facts: Facts,
  myNegs: readonly Span[],
  myRefutes: readonly Span[],
  /** quotations starting in this sentence */
  myQuotes: readonly Span[],
  /** quotations overlapping this sentence */
  quotes: readonly Span[],
  rumour: boolean,
  unknown: boolean,
): SentenceVerdict {
  const s = a.sentences[i]!;
  const text = a.text;
  const verdict: SentenceVerdict = { denial: null, rebuttal: null, agrees: false, refutes: false };
  // nothing negative or refuting here, and no negative fact it could contradict
  const positiveOnly = myNegs.length === 0 && myRefutes.length === 0;
  if (positiveOnly && (!facts.anyNegative || rumour || unknown || myQuotes.length > 0)) return verdict;
  const inQuote = (pos: number) => {
    for (const q of quotes) if (pos >= q.start && pos < q.end) return true;
    return false;
  };
  // clause boundaries (a comma inside a quotation does not end a clause)
  const cuts: number[] = [s.start];
  for (let k = s.start; k < s.end; k++) {
    if (CLAUSE_SEP_CODES.has(text.charCodeAt(k)) && !inQuote(k)) cuts.push(k + 1);
  }
  cuts.push(s.end);
  const clauseOf = (pos: number): [number, number] => {
    for (let c = cuts.length - 2; c >= 0; c--) if (cuts[c]! <= pos) return [cuts[c]!, cuts[c + 1]!];
    return [s.start, s.end];
  };
  const refutedClauses = myRefutes.map((r) => clauseOf(r.start)[0]);

  // 1. Calling something untrue: what is named — the quotations, or the clause of the
  //    refutation (the clause before it when that one names nothing).
  if (myRefutes.length > 0) {
    verdict.refutes = true;
    const objects: Set<string>[] = [];
    if (myQuotes.length > 0) {
      for (const q of myQuotes) objects.push(charsOf(text.slice(q.start, q.end).replace(LIGHT, "")));
    } else {
      for (const r of myRefutes) {
        let [cs, ce] = clauseOf(r.start);
        const strip = (x: string) => charsOf(x.replace(REFUTE, "").replace(GENERIC, "").replace(LIGHT, ""));
        let chars = strip(text.slice(cs, ce));
        if (chars.size < 2 && cs > s.start) {
          [cs, ce] = clauseOf(cs - 2);
          chars = strip(text.slice(cs, ce));
        }
        if (chars.size >= 2) objects.push(chars);
      }
    }
    for (const obj of objects) {
      const p = polarity(obj, facts);
      let u = 0;
      for (const f of facts.unverified) u = Math.max(u, coverage(obj, f.chars));
      const r = myRefutes[0]!;
      if (p.pos >= 0.6 && p.pos > Math.max(u, p.neg)) {
        verdict.denial = [s.start, s.end];
        break;
      }
      if (u >= 0.5 || p.neg >= 0.6 || myQuotes.length > 0 || rumour) verdict.rebuttal = [s.start, r.end];
    }
  }
  if (verdict.denial) return verdict;

  // 2. Negative clauses: what does the negation deny?
  let negativeClause = false;
  for (const n of myNegs) {
    if (inQuote(n.start)) continue;
    const [cs, ce] = clauseOf(n.start);
    negativeClause = true;
    if (refutedClauses.includes(cs)) continue;
    const scope = stripNegation(text.slice(n.end, ce)).replace(LIGHT, "");
    if (MORE.test(scope)) continue;
    const chars = charsOf(scope);
    if (chars.size < 2) continue;
    const p = polarity(chars, facts);
    if (p.pos >= 0.6 && p.pos > p.neg) {
      verdict.denial = [s.start, s.end];
      return verdict;
    }
    if (p.neg >= 0.6) verdict.agrees = true;
  }

  // 3. Positive clauses asserting what a verified fact negates ("造成1人死亡" vs "无人员死亡").
  if (
    facts.anyNegative &&
    !negativeClause &&
    !verdict.refutes &&
    !rumour &&
    !unknown &&
    myQuotes.length === 0
  ) {
    for (let c = 0; c + 1 < cuts.length; c++) {
      const chars = charsOf(text.slice(cuts[c]!, cuts[c + 1]!).replace(LIGHT, ""));
      if (chars.size < 2) continue;
      for (const f of facts.verified) {
        for (const fc of f.clauses) {
          if (!fc.negative) continue;
          if (coverage(fc.chars, chars) >= 0.75 && coverage(chars, fc.chars) >= 0.6) {
            verdict.denial = [s.start, s.end];
            return verdict;
          }
        }
      }
    }
  }
  return verdict;
}

function scanAll(a: Analysis, re: RegExp, group?: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (group !== undefined && m[group] === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, sentence: sentenceAt(a.sentences, m.index) });
  }
  return out;
}

/** Spans grouped by sentence index. */
const NONE: readonly Span[] = Object.freeze([]);
function bySentence(spans: readonly Span[], n: number): (readonly Span[])[] {
  const out = new Array<readonly Span[]>(n).fill(NONE);
  for (const x of spans) {
    if (x.sentence < 0 || x.sentence >= n) continue;
    if (out[x.sentence] === NONE) out[x.sentence] = [];
    (out[x.sentence] as Span[]).push(x);
  }
  return out;
}

/** Quotations: the span of the quoted words, without the quotation marks. */
function quoteSpans(a: Analysis): Span[] {
  return scanAll(a, QUOTE).map((q) => ({ start: q.start + 1, end: q.end - 1, sentence: q.sentence }));
}

/**
 * Next updates: the lexicon ("后续情况将及时发布"), "将于…发布", a future time before the release
 * ("明天上午9时前发布", "3小时后通报") and "下一次通报". Dated when a time stands in the same
 * clause, right next to it.
 */
function nextUpdates(a: Analysis): { spans: Span[]; dated: Span | null } {
  const spans = [
    ...lexSpans(a, "nextUpdate"),
    ...a.pat.nextUpdate,
    ...a.pat.nextUpdateTimed,
    ...a.pat.nextUpdateNext,
  ].sort((x, y) => x.start - y.start || y.end - x.end);
  const times = a.pat.updateTime;
  const isDated = (u: Span) => {
    for (const t of times) {
      if (t.sentence !== u.sentence) continue;
      if (t.start < u.end && t.end > u.start) return true;
      const [from, to] = t.end <= u.start ? [t.end, u.start] : [u.end, t.start];
      if (to < from || to - from > 12) continue;
      if (!/[,、;:]/.test(a.text.slice(from, to))) return true;
    }
    return false;
  };
  const timed = new Set(a.pat.nextUpdateTimed);
  const dated = spans.find((u) => timed.has(u) || isDated(u)) ?? null;
  return { spans, dated };
}

/**
 * Factual caution (crisis statements above all): no unverified figures or claims, no denial of
 * verified facts, says what is still unknown and when the next update comes.
 */
export function scoreFactualCaution(a: Analysis): DimensionResult & { denial: boolean; unverified: boolean } {
  const findings: Finding[] = [];
  const crisis = CRISIS_TASKS.has(a.task);
  const facts = prepare(a);
  const { verified, unverified } = facts;
  const hasFacts = verified.length + unverified.length > 0;
  const negs = hasFacts ? scanAll(a, NEG_SCAN, 2) : [];
  const refutes = hasFacts ? scanAll(a, REFUTE) : [];
  const quotes = hasFacts ? quoteSpans(a) : [];
  const casualties = verified.length > 0 ? scanAll(a, CASUALTY) : [];
  const unknownSpans = lexSpans(a, "unknowns");
  const rumourSpans = lexSpans(a, "rumourReport");
  let denialCount = 0;
  let unverifiedCount = 0;
  let verifiedStated = 0;
  let rebuttals = 0;
  if (hasFacts) {
    const n = a.sentences.length;
    const negsBy = bySentence(negs, n);
    const refutesBy = bySentence(refutes, n);
    const quotesBy = bySentence(quotes, n);
    const casualtiesBy = bySentence(casualties, n);
    const unknownBy = bySentence(unknownSpans, n);
    const rumourBy = bySentence(rumourSpans, n);
    const bigramsBy = factBigramsBySentence(a, [...verified, ...unverified]);
    a.sentences.forEach((s, i) => {
      const st = a.text.slice(s.start, s.end);
      const bigrams = bigramsBy[i]!;
      const unknown = unknownBy[i]!.length > 0;
      const rumour = rumourBy[i]!.length > 0;
      const overlapping = quotes.length ? quotes.filter((q) => q.start < s.end && q.end > s.start) : quotes;
      const v = judgeSentence(
        a,
        i,
        facts,
        negsBy[i]!,
        refutesBy[i]!,
        quotesBy[i]!,
        overlapping,
        rumour,
        unknown,
      );
      if (v.denial) {
        denialCount++;
        findings.push(finding(a, "factualCaution.denial", v.denial[0], v.denial[1]));
      } else {
        if (v.rebuttal) {
          rebuttals++;
          if (rebuttals === 1)
            findings.push(finding(a, "factualCaution.rumour-rebutted", v.rebuttal[0], v.rebuttal[1]));
        }
        const stated =
          v.agrees ||
          verified.some((f) => {
            const ov = overlap(f, bigrams);
            return ov >= 0.5 || (ov >= 0.25 && f.numbers.some((n) => n.length > 0 && st.includes(n)));
          });
        if (stated && !v.refutes) {
          verifiedStated++;
          if (verifiedStated <= 2) findings.push(finding(a, "factualCaution.verified-fact", s.start, s.end));
        }
      }
      // only an explicit "still being verified" excuses a figure; "初步" or "目前" does not. A
      // sentence that reports the rumour (网传…) or calls something untrue does not assert it.
      if (unknown || rumour || v.refutes) return;
      for (const f of unverified) {
        const lit = st.indexOf(f.text);
        // a figure from the unverified fact that no verified fact backs
        const num = f.numbers.find((n) => st.includes(n) && !verified.some((x) => x.numbers.includes(n)));
        const ov = overlap(f, bigrams);
        if (lit >= 0 || ov >= 0.6 || (num && ov >= 0.25)) {
          unverifiedCount++;
          const start = lit >= 0 ? s.start + lit : s.start;
          const end = lit >= 0 ? start + f.text.length : s.end;
          findings.push(finding(a, "factualCaution.unverified-claim", start, end));
          return;
        }
      }
      // a casualty figure that no verified fact states
      for (const c of casualtiesBy[i]!) {
        CASUALTY.lastIndex = 0;
        const m = CASUALTY.exec(a.text.slice(c.start, c.end));
        const value = m ? numberValue((m[1] ?? m[2])!) : "";
        if (value === "" || value === "0" || facts.verifiedValues.has(value)) continue;
        unverifiedCount++;
        findings.push(finding(a, "factualCaution.unverified-claim", c.start, c.end));
        return;
      }
    });
  }
  const unknowns = unknownSpans;
  const { spans: updates, dated } = nextUpdates(a);
  const absolute = lexSpans(a, "absolute");
  if (unknowns[0])
    findings.push(finding(a, "factualCaution.unknowns-stated", unknowns[0].start, unknowns[0].end));
  const shown = dated ?? updates[0];
  if (shown) findings.push(finding(a, "factualCaution.next-update", shown.start, shown.end));
  const hedge = lexSpans(a, "hedge")[0];
  if (crisis && hedge) findings.push(finding(a, "factualCaution.hedged", hedge.start, hedge.end));
  if (crisis) for (const x of absolute) findings.push(finding(a, "factualCaution.absolute", x.start, x.end));
  const last = a.sentences[a.sentences.length - 1];
  if (a.task === "crisis-statement" && updates.length === 0 && last) {
    findings.push(finding(a, "factualCaution.no-next-update", last.start, last.end));
  }

  let score: number;
  if (crisis) {
    // a press answer starts higher than a crisis statement: many questions are not about an
    // unfolding event, so unknowns and a next update are a bonus there, not a duty
    score =
      (a.task === "press-answer" ? 65 : 40) +
      (unknowns.length ? 22 : 0) +
      (dated ? 28 : updates.length ? 22 : 0) +
      (hedge ? 8 : 0) +
      Math.min(12, verifiedStated * 6) +
      (rebuttals ? 6 : 0);
    score -= diminishing(absolute.length, 10, 0.5);
  } else {
    score =
      (a.task === "risk-assessment" ? 75 : 88) +
      (unknowns.length ? 6 : 0) +
      (dated ? 8 : updates.length ? 6 : 0);
  }
  score -= diminishing(unverifiedCount, 45, 0.5) + diminishing(denialCount, 55, 0.5);
  return { score: clamp(score), findings, denial: denialCount > 0, unverified: unverifiedCount > 0 };
}
