/** Tokens with UTF-16 offsets into the input. Words keep their case; punctuation is one token per character. */
export interface Token {
  /** The exact input slice. */
  text: string;
  /** Lower case, curly apostrophes folded to ASCII: the form the tables are keyed by. */
  norm: string;
  start: number;
  end: number;
  isWord: boolean;
  /** A sentence or paragraph starts at this token. */
  sentenceStart: boolean;
  /** Inside double quotation marks. */
  quoted: boolean;
  /** Part of a URL, e-mail address, @handle or #tag, or contains a digit: never changed. */
  locked: boolean;
}

// A brace-wrapped word (a known spinner artefact such as "{hardware}"), dotted abbreviations (U.S., p.c.),
// words with inner apostrophes/hyphens/dots/ampersands, or any other single non-space character.
const TOKEN_RE =
  /\{[a-z]+\}|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*(?:['’](?=\s|$|[,.;:!?)"”]))?|\S/gu;

const OPEN_QUOTES = new Set(['"', '“', '”']);

export function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

const LOCKED_RE =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#][\w]+/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const locked: [number, number][] = [];
  LOCKED_RE.lastIndex = 0;
  for (let m = LOCKED_RE.exec(text); m !== null; m = LOCKED_RE.exec(text))
    locked.push([m.index, m.index + m[0].length]);
  let li = 0;
  let sentenceStart = true;
  let quoted = false;
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    if (gap.includes('\n')) {
      sentenceStart = true;
      quoted = false; // quotations do not run across paragraphs in the text we read
    }
    const isWord = /[\p{L}\p{N}]/u.test(t);
    if (OPEN_QUOTES.has(t)) {
      if (t === '“') quoted = true;
      else if (t === '”') quoted = false;
      else quoted = !quoted;
    }
    while (li < locked.length && locked[li][1] <= start) li++;
    const inLocked = li < locked.length && locked[li][0] <= start && start < locked[li][1];
    tokens.push({
      text: t,
      norm: normalise(t),
      start,
      end: start + t.length,
      isWord,
      sentenceStart,
      quoted: quoted && isWord,
      locked: inLocked || /\p{N}/u.test(t),
    });
    if (isWord) sentenceStart = false;
    else if (t === '.' || t === '!' || t === '?') sentenceStart = true;
    prevEnd = start + t.length;
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isNumberLike(word: string): boolean {
  return /^[\p{N}$£€]/u.test(word);
}

/** Words a change must never touch: numbers, URLs, e-mail addresses, @handles, #tags. */
export function isProtected(word: string): boolean {
  return /\p{N}/u.test(word) || /^[@#]/.test(word) || /^(?:https?:|www\.)/i.test(word) || word.includes('@');
}
