/**
 * One pass of evidence gathering over a reply: normalisation, sentences, one segmenter pass,
 * one phrase-matcher pass and a fixed set of precompiled patterns. Dimensions only read it.
 */
import { type Hit, type LexCat, MATCHER } from "./lexicon/index.ts";
import { digitsOf, eachMatch, PATTERNS } from "./lexicon/patterns.ts";
import { type NormalisedText, normalise, normaliseText } from "./normalise.ts";
import {
  contentBigrams,
  type Sentence,
  segmentSentence,
  sentenceAt,
  splitSentences,
  type Word,
  wordInFingerprint,
} from "./segment.ts";
import type { ScoreContext, TaskType } from "./types.ts";

export interface Span {
  start: number;
  end: number;
  sentence: number;
}

export interface MessageInfo {
  text: string;
  fingerprint: Set<string>;
  /** the fingerprint's bigrams as numbers (first code unit × 65536 + second) */
  fingerprintCodes: Set<number>;
  phones: Set<string>;
  ids: Set<string>;
  plates: Set<string>;
  addresses: string[];
}

export interface Analysis {
  task: TaskType;
  original: string;
  norm: NormalisedText;
  text: string;
  sentences: Sentence[];
  /** segmenter words of sentence i, segmented on first use (the segmenter is the costliest step) */
  sentenceWords(i: number): Word[];
  lex: Map<LexCat, Span[]>;
  pat: {
    date: Span[];
    number: Span[];
    phone: Span[];
    idNumber: Span[];
    plate: Span[];
    email: Span[];
    hotline: Span[];
    unit: Span[];
    address: Span[];
    threat: Span[];
    nextUpdate: Span[];
    nextUpdateTimed: Span[];
    nextUpdateNext: Span[];
    updateTime: Span[];
    findings: Span[];
  };
  message: MessageInfo;
  /** per sentence: distinct reply words that also occur in the message */
  sentenceTopicWords: number[];
  /** per sentence: does it belong to the answer to this message (itself or a neighbour on topic) */
  anchored: boolean[];
  /** distinct reply words shared with the message */
  sharedWords: Set<string>;
  /** CJK ideographs in the reply */
  cjk: number;
  context: ScoreContext;
}

const messageCache = new Map<string, MessageInfo>();
const MESSAGE_CACHE_SIZE = 16;

/** The message side is analysed once and cached: live hints rescore the same message often. */
export function analyseMessage(message: string): MessageInfo {
  const hit = messageCache.get(message);
  if (hit) return hit;
  const text = normaliseText(message);
  const phones = new Set<string>();
  const ids = new Set<string>();
  const plates = new Set<string>();
  const addresses: string[] = [];
  eachMatch(PATTERNS.mobile, text, (s, e) => phones.add(digitsOf(text.slice(s, e))));
  eachMatch(PATTERNS.landline, text, (s, e) => {
    const d = digitsOf(text.slice(s, e));
    if (d.length >= 10) phones.add(d);
  });
  eachMatch(PATTERNS.idNumber, text, (s, e) => ids.add(digitsOf(text.slice(s, e))));
  eachMatch(PATTERNS.plate, text, (s, e) => plates.add(text.slice(s, e).toUpperCase().replace(/[·•]/g, "")));
  eachMatch(PATTERNS.address, text, (s, e) => addresses.push(text.slice(s, e)));
  const fingerprint = contentBigrams(text);
  const fingerprintCodes = new Set<number>();
  for (const b of fingerprint) fingerprintCodes.add(b.charCodeAt(0) * 65536 + b.charCodeAt(1));
  const info: MessageInfo = { text, fingerprint, fingerprintCodes, phones, ids, plates, addresses };
  if (messageCache.size >= MESSAGE_CACHE_SIZE) {
    const first = messageCache.keys().next().value;
    if (first !== undefined) messageCache.delete(first);
  }
  messageCache.set(message, info);
  return info;
}

// Characters that end a unit name when extending it to the left from its suffix.
const UNIT_STOP = new Set(
  "的在和与及或由向经将已请是对了为我你您他她它们这那并从把被给让于同找会不要,，。:;!?、()《》“”\"' \n\t",
);
// words ending in a unit suffix that name no unit ("确保大局", "合理布局")
const NOT_A_UNIT = new Set(
  "大局 格局 布局 结局 当局 全局 开局 饭局 赌局 骗局 变局 残局 时局 政局 僵局 出局 终局 大公司".split(" "),
);
// verbs that often stand right before a unit name ("责成城东街道办事处")
const UNIT_VERB_PREFIX =
  /^(?:责成|会同|督促|要求|通知|联系|协调|安排|组织|指导|送往|送至|送|至|到|相信|依靠)/;

export function analyse(
  task: TaskType,
  reply: string,
  messageText: string,
  context: ScoreContext = {},
): Analysis {
  const norm = normalise(reply);
  const text = norm.text;
  const sentences = splitSentences(text);
  const wordMemo = new Map<number, Word[]>();
  const sentenceWords = (i: number): Word[] => {
    let w = wordMemo.get(i);
    const s = sentences[i];
    if (!w) {
      w = s ? segmentSentence(text, s.start, s.end) : [];
      for (const x of w) x.sentence = i;
      wordMemo.set(i, w);
    }
    return w;
  };
  const lex = new Map<LexCat, Span[]>();
  const at = (pos: number) => (sentences.length ? sentenceAt(sentences, pos) : 0);

  const hits: Hit<LexCat>[] = MATCHER.match(text);
  // "尚不清楚" states an unknown; it is not the buck-passing "不清楚" it contains.
  const unknownSpans = hits.filter((h) => h.cat === "unknowns");
  for (const h of hits) {
    if (h.cat === "buckPassing" && unknownSpans.some((u) => u.start <= h.start && u.end >= h.end)) continue;
    let list = lex.get(h.cat);
    if (!list) {
      list = [];
      lex.set(h.cat, list);
    }
    list.push({ start: h.start, end: h.end, sentence: at(h.start) });
  }

  const spans = (re: RegExp, keep?: (s: number, e: number) => boolean): Span[] => {
    const out: Span[] = [];
    eachMatch(re, text, (s, e) => {
      if (!keep || keep(s, e)) out.push({ start: s, end: e, sentence: at(s) });
    });
    return out;
  };
  const date = spans(PATTERNS.date);
  const inDate = (s: number, e: number) => date.some((d) => s < d.end && e > d.start);
  const phone = [...spans(PATTERNS.mobile), ...spans(PATTERNS.landline, (s, e) => !inDate(s, e))].sort(
    (a, b) => a.start - b.start,
  );
  const number = spans(PATTERNS.number, (s, e) => !inDate(s, e));
  const unit: Span[] = [];
  eachMatch(PATTERNS.unitSuffix, text, (s, e) => {
    if (NOT_A_UNIT.has(text.slice(s - 1, e))) return;
    let b = s;
    while (b > 0 && s - b < 8 && !UNIT_STOP.has(text[b - 1]!)) b--;
    // a bare suffix ("公司", "社区") names nobody; require at least two characters of name
    const prefix = UNIT_VERB_PREFIX.exec(text.slice(b, s));
    if (prefix) b += prefix[0].length;
    if (s - b < 2) return;
    const prev = unit[unit.length - 1];
    // "街道" + "办事处" are one unit: extend the previous span instead of adding a second
    if (prev && b <= prev.end) prev.end = e;
    else unit.push({ start: b, end: e, sentence: at(b) });
  });

  const message = analyseMessage(messageText);
  const fp = message.fingerprint;
  const fpCodes = message.fingerprintCodes;
  const sentenceTopicWords = new Array<number>(sentences.length).fill(0);
  const sharedWords = new Set<string>();
  const perSentence = sentences.map(() => new Set<string>());
  // Topic overlap is counted on content bigrams, which survive segmentation differences
  // between message and reply ("打桩" vs "打桩声"); whole segmenter words that occur in the
  // message are added as well, so a shared three-character term counts once more. Such a word
  // has at least two adjacent bigrams in the message, so only sentences with two adjacent shared
  // bigrams are segmented.
  sentences.forEach((s, i) => {
    const cap = Math.min(s.end, s.start + 4000); // contentBigrams scans at most 4,000 characters
    let prevShared = false;
    let candidate = false;
    // pairs are compared as numbers: only the shared ones become strings (the fingerprint
    // holds ideograph pairs only, so no separate ideograph test is needed)
    for (let k = s.start; k + 1 < s.end; k++) {
      let shared = false;
      if (fpCodes.has(text.charCodeAt(k) * 65536 + text.charCodeAt(k + 1))) {
        shared = true;
        if (k + 1 < cap) {
          const bg = text.slice(k, k + 2);
          sharedWords.add(bg);
          perSentence[i]!.add(bg);
        }
      }
      if (shared && prevShared) candidate = true;
      prevShared = shared;
    }
    if (!candidate) return;
    for (const w of sentenceWords(i)) {
      if (w.text.length >= 3 && wordInFingerprint(w.text, fp)) perSentence[i]!.add(w.text);
    }
  });
  for (let i = 0; i < sentences.length; i++) sentenceTopicWords[i] = perSentence[i]!.size;
  // A long message shares incidental words with almost anything; ask for two topic words then.
  const need = fp.size >= 40 ? 2 : 1;
  const onTopic = sentenceTopicWords.map((n) => n >= need);
  const noMessage = fp.size < 3;
  // A sentence belongs to the answer if an on-topic sentence stands up to three sentences
  // before it (the facts that follow a topic sentence) or right after it.
  const anchored = sentences.map((_, i) => {
    if (noMessage) return true;
    for (let k = Math.max(0, i - 3); k <= Math.min(sentences.length - 1, i + 1); k++)
      if (onTopic[k]) return true;
    return false;
  });

  let cjk = 0;
  for (const s of sentences) cjk += s.cjk;

  return {
    task,
    original: reply,
    norm,
    text,
    sentences,
    sentenceWords,
    lex,
    pat: {
      date,
      number,
      phone,
      idNumber: spans(PATTERNS.idNumber),
      plate: spans(PATTERNS.plate),
      email: spans(PATTERNS.email),
      hotline: spans(PATTERNS.hotline, (s, e) => !phone.some((p) => s < p.end && e > p.start)),
      unit,
      address: spans(PATTERNS.address),
      threat: spans(PATTERNS.threatRe),
      nextUpdate: spans(PATTERNS.nextUpdateRe),
      nextUpdateTimed: spans(PATTERNS.nextUpdateTimedRe),
      nextUpdateNext: spans(PATTERNS.nextUpdateNextRe),
      updateTime: spans(PATTERNS.updateTimeRe),
      findings: spans(PATTERNS.findingsRe),
    },
    message,
    sentenceTopicWords,
    anchored,
    sharedWords,
    cjk,
    context,
  };
}

export function lexSpans(a: Analysis, cat: LexCat): Span[] {
  return a.lex.get(cat) ?? [];
}
