export { type Hit, PhraseMatcher } from "./matcher.ts";
export { digitsOf, eachMatch, PATTERNS, type PatternKind } from "./patterns.ts";
export { LEXICON, type LexCat, MATCHER } from "./phrases.ts";
