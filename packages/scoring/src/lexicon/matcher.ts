/**
 * A character trie over every lexicon phrase, built once at module load. One left-to-right
 * pass finds all phrases of all categories (Aho–Corasick style without failure links: phrases
 * are short, so walking the trie from each position is cheap and allocation-free).
 */

export interface Hit<C extends string> {
  cat: C;
  start: number;
  end: number;
}

interface Node<C extends string> {
  next: Map<number, Node<C>>;
  cats: C[] | null;
}

export class PhraseMatcher<C extends string> {
  private readonly root: Node<C> = { next: new Map(), cats: null };

  constructor(entries: Iterable<readonly [C, string]>) {
    for (const [cat, phrase] of entries) this.add(cat, phrase);
  }

  private add(cat: C, phrase: string): void {
    if (!phrase) return;
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), cats: null };
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.cats) node.cats = [];
    if (!node.cats.includes(cat)) node.cats.push(cat);
  }

  /**
   * All hits, then per category leftmost-longest without overlaps: "深表歉意" yields one
   * apology hit, not two, but an apology and a claim may overlap.
   */
  match(text: string): Hit<C>[] {
    const raw: Hit<C>[] = [];
    const rootNext = this.root.next;
    for (let i = 0; i < text.length; i++) {
      let node = rootNext.get(text.charCodeAt(i));
      let j = i + 1;
      while (node) {
        if (node.cats) for (const cat of node.cats) raw.push({ cat, start: i, end: j });
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
        j++;
      }
    }
    // raw is sorted by start; prefer the longer hit at the same start
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    const lastEnd = new Map<C, number>();
    const out: Hit<C>[] = [];
    for (const h of raw) {
      const le = lastEnd.get(h.cat) ?? -1;
      if (h.start < le) continue;
      lastEnd.set(h.cat, h.end);
      out.push(h);
    }
    return out;
  }
}
