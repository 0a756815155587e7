/**
 * Text normalisation with an offset map back to the original string.
 *
 * Lexicons and patterns run on the normalised text (NFC, full-width ASCII folded to ASCII,
 * half-width CJK punctuation widened), but every finding must point into the ORIGINAL reply,
 * so each normalised code unit remembers the original cluster it came from.
 */

export interface NormalisedText {
  /** the normalised text */
  text: string;
  /** original length */
  originalLength: number;
  /** for normalised index i: start of the original cluster it came from (null = identity) */
  startMap: Int32Array | null;
  /** for normalised index i: end of the original cluster it came from (null = identity) */
  endMap: Int32Array | null;
}

// Characters that can change under our normalisation. Anything else is copied through as is,
// which keeps the common case (plain Chinese text with ASCII) a single linear pass.
const NEEDS_WORK = /[\u3000\uf900-\ufaff\uff00-\uffef\u2126\u212a\u212b\u0374\u037e\u0387]|\p{M}/u;
const IS_MARK = /^\p{M}$/u;

function isMarkAt(s: string, i: number): number {
  // Returns the length (1 or 2) of the combining mark at i, or 0 if none.
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return 0;
  if (c < 0x300) return 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return IS_MARK.test(s.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return IS_MARK.test(s[i]!) ? 1 : 0;
}

function foldCluster(cluster: string): string {
  let out = cluster.length > 1 || NEEDS_WORK.test(cluster) ? cluster.normalize("NFC") : cluster;
  // Full-width / half-width forms block and the ideographic space: NFKC gives exactly the
  // folding we want there (ＡＢＣ１２３→ABC123, ，→",", ｡→。, 　→" ") without touching ①, ㎡ etc.
  if (/[\u3000\uff00-\uffef]/.test(out)) {
    let folded = "";
    for (const ch of out) {
      const cp = ch.codePointAt(0)!;
      folded += cp === 0x3000 || (cp >= 0xff00 && cp <= 0xffef) ? ch.normalize("NFKC") : ch;
    }
    out = folded;
  }
  return out;
}

/**
 * True when the code unit c certainly is no combining mark and no character that our
 * normalisation changes when it stands alone: ASCII and Latin-1 below U+0300, general
 * punctuation, CJK punctuation, kana, CJK unified ideographs. Almost every character of a
 * Chinese reply takes this path, which skips two regular expressions per character.
 */
function plain(c: number): boolean {
  return (
    c < 0x300 ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3001 && c <= 0x3029) ||
    (c >= 0x3030 && c <= 0x3098) ||
    (c >= 0x30a0 && c <= 0x30ff) ||
    (c >= 0x2010 && c <= 0x2027)
  );
}

/** Folded form of single code units seen so far (at most 65,536 entries). */
const FOLDED = new Map<number, string>();

export function normalise(original: string): NormalisedText {
  if (!NEEDS_WORK.test(original)) {
    return { text: original, originalLength: original.length, startMap: null, endMap: null };
  }
  const n = original.length;
  const parts: string[] = [];
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let len = 0;
  const grow = (need: number) => {
    if (need <= starts.length) return;
    const size = Math.max(need, starts.length * 2);
    const s2 = new Int32Array(size);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(size);
    e2.set(ends);
    ends = e2;
  };
  // unchanged characters are copied as runs
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (plain(c) && (i + 1 >= n || plain(original.charCodeAt(i + 1)))) {
      // a plain character followed by a plain one (so no combining mark): copied as is
      grow(len + 1);
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    // attach following combining marks to the base so NFC can compose them
    for (;;) {
      const m = j < n && plain(original.charCodeAt(j)) ? 0 : isMarkAt(original, j);
      if (m === 0) break;
      j += m;
    }
    const cluster = original.slice(i, j);
    let folded: string;
    if (j - i === 1) {
      // a lone code unit: fold once per character ("，" occurs in every Chinese reply)
      folded = c < 0x300 ? cluster : (FOLDED.get(c) ?? cluster);
      if (c >= 0x300 && !FOLDED.has(c)) {
        folded = foldCluster(cluster);
        FOLDED.set(c, folded);
      }
    } else folded = foldCluster(cluster);
    if (folded === cluster) {
      grow(len + folded.length);
      for (let k = 0; k < folded.length; k++) {
        starts[len] = i;
        ends[len] = j;
        len++;
      }
    } else {
      if (runStart < i) parts.push(original.slice(runStart, i));
      parts.push(folded);
      runStart = j;
      grow(len + folded.length);
      for (let k = 0; k < folded.length; k++) {
        starts[len] = i;
        ends[len] = j;
        len++;
      }
    }
    i = j;
  }
  if (runStart < n) parts.push(original.slice(runStart, n));
  return {
    text: parts.join(""),
    originalLength: n,
    startMap: starts.slice(0, len),
    endMap: ends.slice(0, len),
  };
}

/** Maps a half-open span of the normalised text to a half-open span of the original text. */
export function toOriginalSpan(norm: NormalisedText, start: number, end: number): [number, number] {
  if (!norm.startMap || !norm.endMap) return [start, end];
  const len = norm.text.length;
  if (len === 0) return [0, 0];
  const s = Math.max(0, Math.min(start, len - 1));
  const e = Math.max(s + 1, Math.min(end, len));
  return [norm.startMap[s]!, norm.endMap[e - 1]!];
}

/** Normalises a lexicon phrase or a context fact the same way as the reply (no map needed). */
export function normaliseText(s: string): string {
  return normalise(s).text;
}
