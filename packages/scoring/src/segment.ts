/**
 * Sentences and words of the normalised text. One Intl.Segmenter pass per text: the segmenter
 * is the costliest step of scoring, so the instance is created once per module and reused.
 */

export interface Sentence {
  start: number;
  end: number;
  /** number of CJK ideographs in the sentence */
  cjk: number;
}

export interface Word {
  start: number;
  end: number;
  text: string;
  /** index of the sentence holding the word */
  sentence: number;
}

// After normalisation full-width ！？；were folded to ASCII, so both forms are listed.
const SENTENCE_END = /[。！？!?；;\n]+|\.(?=\s|$)/g;

export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function countCjk(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    pushSentence(text, last, end, out);
    last = end;
  }
  pushSentence(text, last, text.length, out);
  return out;
}

function pushSentence(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, cjk: countCjk(text, s, e) });
}

/** Index of the sentence containing position pos (binary search over sentence starts). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

type SegmenterLike = {
  segment(s: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }>;
};
let segmenter: SegmenterLike | null | undefined;

function getSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    const Seg = (Intl as unknown as { Segmenter?: new (l: string, o: object) => SegmenterLike }).Segmenter;
    segmenter = Seg ? new Seg("zh", { granularity: "word" }) : null;
  }
  return segmenter;
}

/**
 * Word-like segments of one sentence, text[start, end) (Intl.Segmenter "zh" word granularity; a
 * bigram fallback without it). Sentences end at punctuation or a line break, where the
 * segmenter always breaks, so a sentence segments exactly as it does inside the whole text:
 * callers segment only the sentences they need (the segmenter is the costliest step).
 */
export function segmentSentence(text: string, start: number, end: number): Word[] {
  const part = text.slice(start, end);
  let segs = wordCache.get(part);
  if (!segs) {
    segs = segmentPart(part);
    if (wordCache.size >= WORD_CACHE_SIZE) {
      const first = wordCache.keys().next().value;
      if (first !== undefined) wordCache.delete(first);
    }
    wordCache.set(part, segs);
  }
  const words: Word[] = new Array(segs.length);
  for (let k = 0; k < segs.length; k++) {
    const [at, t] = segs[k]!;
    words[k] = { start: start + at, end: start + at + t.length, text: t, sentence: -1 };
  }
  return words;
}

// Live hints rescore the whole reply on every keystroke, but only one sentence changes: the
// words of recent sentences are kept (by sentence text), so unchanged sentences are not
// segmented again.
const WORD_CACHE_SIZE = 512;
const wordCache = new Map<string, ReadonlyArray<readonly [number, string]>>();

function segmentPart(part: string): Array<readonly [number, string]> {
  const out: Array<readonly [number, string]> = [];
  const seg = getSegmenter();
  if (seg) {
    for (const s of seg.segment(part)) if (s.isWordLike) out.push([s.index, s.segment]);
    return out;
  }
  // Fallback for engines without Intl.Segmenter: CJK runs cut into two-character words,
  // other runs of letters/digits as one word.
  const re = /[\u4e00-\u9fff]+|[A-Za-z0-9]+/g;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const run = m[0];
    if (/^[A-Za-z0-9]/.test(run)) out.push([m.index, run]);
    else for (let k = 0; k < run.length; k += 2) out.push([m.index + k, run.slice(k, k + 2)]);
  }
  return out;
}

/** Word-like segments of the whole text, each with the index of its sentence. */
export function segmentWords(text: string, sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  sentences.forEach((s, i) => {
    for (const w of segmentSentence(text, s.start, s.end)) {
      w.sentence = i;
      words.push(w);
    }
  });
  return words;
}

// Characters that carry no topic: pronouns, particles, auxiliaries. A bigram holding one of
// them says nothing about what a message is about.
const STOP_CHARS = new Set(
  "的了是在和与及或我你您他她它们这那就也都吗呢吧啊很个之其被把于为着过嘛哦呀么啥谁该此已将并而且但又再还让给从对向到以所等得地",
);
/** A CJK ideograph that carries content (not a pronoun, particle or auxiliary). */
export function isContentChar(text: string, i: number): boolean {
  return isCjk(text.charCodeAt(i)) && !STOP_CHARS.has(text[i]!);
}

// Frequent administrative bigrams that every reply and message share regardless of topic.
const STOP_BIGRAMS = new Set(
  "您好 你好 感谢 谢谢 问题 情况 反映 留言 相关 部门 进行 工作 处理 关于 目前 现在 如下 回复 答复 网友 支持 关注 收悉 有关 政府 领导 书记 市长 希望 请问 尊敬 一下 什么 怎么 为什么 没有 不能 不是 可以 应该 能否 是否 如何 时间 今年 去年 一个 已经 我们 你们 他们 进一步 信任 调查 核实 经过 依法 规定 要求 办理 负责 单位 具体 认真 积极 高度 重视 加强 协调 研究 解决 尽快 及时 大家 群众 市民 居民 老百姓 非常 特别 严重 电话 联系 号码 地址 时候 多次 好几 几次 一直 还是 今天 昨天 晚上 上午 下午 每天".split(
    " ",
  ),
);

/** Content bigrams of CJK text (a topic fingerprint); scans at most maxChars characters. */
export function contentBigrams(text: string, maxChars = 4000): Set<string> {
  const out = new Set<string>();
  const n = Math.min(text.length, maxChars);
  for (let i = 0; i + 1 < n; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!isCjk(a) || !isCjk(b)) continue;
    const ca = text[i]!;
    const cb = text[i + 1]!;
    if (STOP_CHARS.has(ca) || STOP_CHARS.has(cb)) continue;
    const bg = ca + cb;
    if (!STOP_BIGRAMS.has(bg)) out.add(bg);
  }
  return out;
}

/** True if every bigram of the CJK word occurs in the fingerprint (the word is likely in it). */
export function wordInFingerprint(word: string, fp: ReadonlySet<string>): boolean {
  if (word.length < 2) return false;
  let seen = 0;
  for (let i = 0; i + 1 < word.length; i++) {
    const a = word.charCodeAt(i);
    const b = word.charCodeAt(i + 1);
    if (!isCjk(a) || !isCjk(b)) return false;
    const bg = word.slice(i, i + 2);
    if (!fp.has(bg)) return false;
    seen++;
  }
  return seen > 0;
}
