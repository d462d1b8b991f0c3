/**
 * Quotations with their speakers: persons, organisations ("the statement said" → whoever issued it) or governments
 * named by country or capital. Continuation paragraphs inherit the speaker; "she said" refers back to the last
 * person; scare quotes (short phrases with no speech around them) are not speech.
 */

import type { Doc, Word } from './doc.ts';
import type { Entities, Mention, Org, Person, Place } from './entities.ts';
import { ORG_HEAD, PRONOUNS, SPEECH_VERBS, STATEMENT_NOUNS } from './lexicon.ts';
import { escapeRe } from './regex.ts';

export interface Quote {
  speaker: string | null;
  speakerKind: 'person' | 'org' | 'place' | null;
  text: string;
  start: number;
  end: number;
  sent: number;
  para: number;
  /** How the speaker was found: "subject", "after quote", "pronoun", "statement", "according to", "continuation". */
  via: string | null;
}

const ORG_HEADS = new Set([
  ...ORG_HEAD,
  'centre',
  'center',
  'mission',
  'command',
  'bloc',
  'firm',
  'operator',
  'utility',
  'party',
  'ministry',
  'group',
  'company',
  'government',
  'army',
  'military',
  'coalition',
  'council',
  'movement',
  'agency',
  'office',
  'department',
  'police',
  'service',
  'administration',
  'authority',
  'committee',
  'organization',
  'organisation',
  'union',
  'alliance',
  'court',
  'commission',
  'network',
  'forces',
]);
const SPEECH = new Set([
  ...SPEECH_VERBS,
  'issued',
  'released',
  'saying',
  'stating',
  'referencing',
  'reading',
  'adding',
  'noting',
  'telling',
  'calling',
  'warning',
  'writing',
  'testified',
  'testifying',
  // speech verbs that tell how the words were said
  ...'asked asks shouted shouts recounted recounts remembered remembers admitted admits conceded concedes complained complains pleaded pleads lamented laments whispered sighed'.split(
    ' ',
  ),
]);
/** What follows "asked" when it asks for something or asks someone, rather than says the words quoted. */
const ASKED_WHAT = /^\s+(?:not|to|for|that|him|her|them|me|us|about|whether|if|why|what|how)\b/i;
const INTRO =
  /^\s*(in|citing|speaking|asked|according|after|despite|as|when|while|on|at|during|following|referring|responding|meanwhile|however|but|and)\b/i;

interface Span {
  a: number;
  b: number;
  para: number;
  /** true when the quote ran to the end of the paragraph without closing */
  open: boolean;
  /** true when this span continues an open quote from the previous paragraph */
  cont: boolean;
}

/** Spans between straight double quotes, paragraph by paragraph; a quote left open at a paragraph's end is carried
 * into the next paragraph when that one opens with a quote (a continued quotation). */
function doubleSpans(doc: Doc): Span[] {
  const spans: Span[] = [];
  let carry = false;
  for (const p of doc.paragraphs) {
    const t = p.text;
    const idx: number[] = [];
    for (let i = 0; i < t.length; i++) if (t[i] === '"') idx.push(i);
    const startsWithQuote = /^\s*"/.test(t);
    const cont = carry && startsWithQuote;
    carry = false;
    for (let k = 0; k < idx.length; k += 2) {
      const a = idx[k] + 1;
      if (k + 1 < idx.length)
        spans.push({
          a: p.start + a,
          b: p.start + idx[k + 1],
          para: p.index,
          open: false,
          cont: cont && k === 0,
        });
      else {
        spans.push({ a: p.start + a, b: p.end, para: p.index, open: true, cont: cont && k === 0 });
        carry = true;
      }
    }
  }
  return spans;
}

/** An apostrophe that stands for left-out letters at the start of a word, not an opening quote: "'90s", "rock 'n'
 * roll", "'em", "'til". */
const ELISION = /^'(?:n'|\d\d(?:s|\b)|em\b|til\b|tis\b|twas\b|cause\b|bout\b)/i;
/** Characters that may stand right before an opening quote, and right after a closing one. */
const BEFORE_OPEN = /[\s([\u2014\u2013"-]/;
const AFTER_CLOSE = /[\s,.;:!?)\]\u2014\u2013"-]/;

/** Spans between single quotes (British styling, 'like this'), paragraph by paragraph. An opening quote follows a
 * space or a bracket and comes before a letter; a closing one follows a letter or a stop and comes before a space or
 * a stop, so apostrophes inside words ("the army's", "don't") are neither. "soldiers' families" could close a quote:
 * such a plural possessive closes one only when no other closing quote follows before the next opening one. */
function singleSpans(doc: Doc): Span[] {
  const spans: Span[] = [];
  let carry = false;
  for (const p of doc.paragraphs) {
    const t = p.text;
    const opens: number[] = [];
    const closes: { i: number; weak: boolean }[] = [];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== "'") continue;
      const prev = i > 0 ? t[i - 1] : ' ';
      const next = i + 1 < t.length ? t[i + 1] : ' ';
      if (BEFORE_OPEN.test(prev) && /[\p{L}\p{N}"]/u.test(next)) {
        const el = t.slice(i).match(ELISION);
        if (el) {
          i += el[0].length - 1; // the closing apostrophe of "'n'" too
          continue;
        }
        opens.push(i);
      } else if (!/\s/.test(prev) && AFTER_CLOSE.test(next))
        closes.push({ i, weak: /[sz]/i.test(prev) && /\s/.test(next) });
    }
    const startsWithQuote = /^\s*'/.test(t);
    const cont = carry && startsWithQuote;
    carry = false;
    let ci = 0;
    let first = true;
    for (let k = 0; k < opens.length; k++) {
      const o = opens[k];
      while (ci < closes.length && closes[ci].i <= o) ci++;
      const limit = k + 1 < opens.length ? opens[k + 1] : t.length;
      let pick = -1;
      let weakPick = -1;
      for (let j = ci; j < closes.length && closes[j].i < limit; j++) {
        if (!closes[j].weak) {
          pick = closes[j].i;
          break;
        }
        if (weakPick < 0) weakPick = closes[j].i;
      }
      if (pick < 0) pick = weakPick;
      const isCont = cont && first && o === t.search(/\S/);
      first = false;
      if (pick >= 0)
        spans.push({ a: p.start + o + 1, b: p.start + pick, para: p.index, open: false, cont: isCont });
      else if (k === opens.length - 1) {
        spans.push({ a: p.start + o + 1, b: p.end, para: p.index, open: true, cont: isCont });
        carry = true;
      }
    }
  }
  return spans;
}

/** Spans not nested inside one of `others` (sorted, non-overlapping). */
function notInside(spans: Span[], others: Span[]): Span[] {
  return spans.filter((s) => {
    const i = lowerBound(others, (o) => o.a, s.a + 1) - 1;
    return i < 0 || others[i].b < s.b || others[i].a === s.a;
  });
}

/** The quotation marks the article quotes speech with: double ("…") unless more of its single-quoted spans ('…') look
 * like speech, ending in a comma or a stop inside the marks ("…,' she said"), than its double-quoted ones (spans
 * nested in the other kind are not counted); then the longer spans, then the count, decide. */
function quoteSpans(doc: Doc): { spans: Span[]; mark: '"' | "'" } {
  const dbl = doubleSpans(doc);
  if (!doc.text.includes("'")) return { spans: dbl, mark: '"' };
  const sgl = singleSpans(doc);
  const d = notInside(dbl, sgl);
  const s = notInside(sgl, dbl);
  const speechy = (xs: Span[]) => xs.filter((x) => /[,.!?]\s*$/.test(doc.text.slice(x.a, x.b))).length;
  const long = (xs: Span[]) => xs.filter((x) => wordsIn(doc.text.slice(x.a, x.b)) >= 4).length;
  const order = [speechy(s) - speechy(d), long(s) - long(d), s.length - d.length].find((x) => x !== 0) ?? 0;
  return order > 0 ? { spans: sgl, mark: "'" } : { spans: dbl, mark: '"' };
}

/** Longest name looked up in a per-document index; longer ones are searched for directly. */
const FULL_KEY_MAX = 64;
/** A letter ends right before `i` (a letter outside the Basic Multilingual Plane counts whole). */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = text.charCodeAt(i - 1);
  const at = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  const cp = text.codePointAt(at) ?? 0;
  return /\p{L}/u.test(String.fromCodePoint(cp));
}
/** Map from each string without white space (up to FULL_KEY_MAX characters, starting where no letter precedes it) to
 * the capitalised words that follow it the first time one to three follow it (' Hawa Sheikh Nur' → 'Hawa'), in one
 * pass over the text. */
function followingNames(text: string): Map<string, string> {
  const after = /((?: \p{Lu}[\p{L}'-]+){1,3})(?![\p{L}'-])/uy;
  const map = new Map<string, string>();
  for (let q = text.indexOf(' '); q >= 0; q = text.indexOf(' ', q + 1)) {
    after.lastIndex = q;
    const m = after.exec(text);
    if (!m) continue;
    for (let s = q; s >= 0 && q - s <= FULL_KEY_MAX; s--) {
      if (s < q && /\s/.test(text[s])) break;
      if (!letterBefore(text, s)) {
        const key = text.slice(s, q);
        if (!map.has(key)) map.set(key, m[1]);
      }
    }
  }
  return map;
}

/** The code point ending right before `i` and its length in UTF-16 units. */
function cpBefore(text: string, i: number): [string, number] {
  const lo = text.charCodeAt(i - 1);
  const w = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? 2 : 1;
  return [String.fromCodePoint(text.codePointAt(i - w) ?? 0), w];
}
/** Capitalised words written right before a name: the space between, where the name ends, and where the word may
 * start (several for "O'Neil": "O'Neil", "Neil"), in text order. */
interface Preceding {
  q: number;
  end: number;
  starts: number[];
}
/** Map from each string without white space (up to FULL_KEY_MAX characters, no letter right after it) to every place
 * where a capitalised word with no letter before it stands a space before it ('Patrick Mwamba' under 'Mwamba'), in
 * text order, in one pass over the text. */
function precedingNames(text: string): Map<string, Preceding[]> {
  const map = new Map<string, Preceding[]>();
  for (let q = text.indexOf(' '); q >= 0; q = text.indexOf(' ', q + 1)) {
    // where the word before the space may start: a capital, no letter before it, at least one more character after it
    const starts: number[] = [];
    let i = q;
    while (i > 0) {
      const [c, w] = cpBefore(text, i);
      if (!/[\p{L}'-]/u.test(c)) break;
      i -= w;
      if (/\p{Lu}/u.test(c) && i + w < q && !letterBefore(text, i)) starts.push(i);
    }
    if (starts.length === 0) continue;
    starts.reverse();
    for (let e = q + 1; e <= text.length && e - q - 1 <= FULL_KEY_MAX; e++) {
      if (e > q + 1 && /\s/.test(text[e - 1])) break;
      const next = text.codePointAt(e);
      if (e === q + 1 || (next !== undefined && /\p{L}/u.test(String.fromCodePoint(next)))) continue;
      const key = text.slice(q + 1, e);
      const list = map.get(key);
      if (list) list.push({ q, end: e, starts });
      else map.set(key, [{ q, end: e, starts }]);
    }
  }
  return map;
}

/** A name written after a title: where the title ends (`q`), where the name ends, and the name as written. */
interface TitleAnchor {
  q: number;
  end: number;
  name: string;
  /** the largest `end` of this anchor and of every anchor before it in the same list */
  maxEnd: number;
}
/** Up to six capitalised words after an optional closing bracket, an optional "of" and white space: the name after a
 * title ("Governor Ada Obi", "(DIG) of Police Quetta Sohail Mengal"). */
const NAME_AFTER = String.raw`\)?(?:\s+of(?=\s+\p{Lu}))?\s+((?:\p{Lu}[\p{L}'.-]*\s?){1,6})`;
/** The same, sticky, to read at one place. */
const NAME_AFTER_TITLE = new RegExp(NAME_AFTER, 'uy');
/** Map from each title word as it may end a title ("governor", "DPO", and "governor" in "ex-governor") to every place,
 * in text order, where capitalised words follow it ("Governor Ada Obi", "(DPO) Sajjad Ahmed Khattak"): built in one
 * pass over the text, so "the governor said" looks only at the places that title was written. */
function titleAnchors(text: string): Map<string, TitleAnchor[]> {
  const map = new Map<string, TitleAnchor[]>();
  for (const r of text.matchAll(/[\p{L}-]+/gu)) {
    const q = r.index + r[0].length;
    NAME_AFTER_TITLE.lastIndex = q;
    const m = NAME_AFTER_TITLE.exec(text);
    if (!m) continue;
    const end = q + m[0].length;
    // the word before `q` and each ending of it that starts after a hyphen: the keys a title's last word may have (up
    // to FULL_KEY_MAX characters: no title word is longer)
    let i = r.index;
    if (q - i > FULL_KEY_MAX) {
      const h = r[0].indexOf('-', q - FULL_KEY_MAX - 1 - r.index);
      i = h < 0 ? q : r.index + h + 1;
    }
    while (i < q) {
      const key = text.slice(i, q);
      const list = map.get(key);
      const maxEnd = Math.max(end, list?.[list.length - 1].maxEnd ?? 0);
      const a = { q, end, name: m[1], maxEnd };
      if (list) list.push(a);
      else map.set(key, [a]);
      const h = r[0].indexOf('-', i - r.index);
      if (h < 0) break;
      i = r.index + h + 1;
    }
  }
  return map;
}

/** Finds a person by name as `ents.people.find` would, through maps built once: the first person whose name is
 * `cand`, ends in " cand", or (with `prefix`) starts `cand`. */
function personFinder(people: readonly Person[]) {
  const byName = new Map<string, number>();
  const byEnding = new Map<string, number>();
  people.forEach((p, i) => {
    if (!byName.has(p.name)) byName.set(p.name, i);
    for (let k = p.name.indexOf(' '); k >= 0; k = p.name.indexOf(' ', k + 1)) {
      const tail = p.name.slice(k + 1);
      if (!byEnding.has(tail)) byEnding.set(tail, i);
    }
  });
  const min = (a: number | undefined, b: number | undefined) =>
    a === undefined ? b : b === undefined ? a : Math.min(a, b);
  return (cand: string, prefix = false): Person | undefined => {
    let best = min(byName.get(cand), byEnding.get(cand));
    if (prefix) for (let k = 0; k < cand.length; k++) best = min(best, byName.get(cand.slice(0, k)));
    return best === undefined ? undefined : people[best];
  };
}

const wordsIn = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

/** First index in a list sorted by `key` whose key is ≥ `pos` (binary search: the lookups stay linear overall). */
function lowerBound<T>(arr: readonly T[], key: (x: T) => number, pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Outlets that carry a statement rather than make it ("told Al-Masirah TV", "on its television channel"). */
const MEDIA_NAME =
  /\b(?:tv|television|channel|radio|broadcaster|broadcasting|newspaper|news agency|wire service|website|magazine|reuters|afp|agence france-presse|associated press|al jazeera|bbc|cnn|xinhua|tass|irna|al-masirah|al arabiya|sky news)\b|\b(?:times|post|tribune|gazette|journal|daily|herald|news)$/i;
const MEDIA_AFTER = /^\s+(?:tv|television|channel|radio|newspaper|news agency|broadcaster|website)\b/i;
/** Words right before a name that make it an outlet: "the state broadcaster RTB", "the daily Le Soir". */
const MEDIA_BEFORE =
  /\b(?:broadcaster|broadcasting|channel|television|tv|radio|station|newspaper|daily|weekly|news agency|news site|outlet|website)\s+$/i;
/** The word right before a name that makes it the addressee or the outlet, not the speaker. */
const RECIPIENT_BEFORE =
  /\b(?:told|tell|tells|telling|to|on|via|through|in|with)\s+(?:the\s+|its\s+|their\s+|state\s+|state-run\s+)?$/i;
/** Nouns for unnamed speakers, kept as written when nothing names them ("the regional governor's office said"). */
const SPEAKER_NOUNS = new Set(
  'sides parties delegations defendant defendants accused plaintiff plaintiffs claimant complainant prosecution defence defense magistrate coroner registrar juror jurors official officials spokesman spokeswoman spokesperson police witnesses witness residents resident sources source doctors doctor medics officers authorities analysts analyst lawyers lawyer rescuers prosecutors prosecutor army military government ministry office nurse nurses parishioner parishioners villager villagers survivor survivors farmer farmers worker workers relative relatives neighbour neighbor neighbours neighbors man woman mother father teacher student students commander diplomat diplomats engineer activist activists journalist journalists priest elder elders trader traders driver'.split(
    ' ',
  ),
);
/** Nouns for people by their work, rank or state ("a refinery technician", "a sergeant", "the secretary general"). */
const PERSON_NOUN =
  /^(?:(?!(?:ord|bord|numb|cent|wat|pap|lett|matt|pow|tow|quart|corn|riv|weath|wint|summ|sect|flo|do|err|moth|fath|oth|eith|neith|wheth|rath|furth|ov|und|aft|ev|nev|whatev|howev|trigg|laser|contain|tank|bunk|fib|rubb|timb|cyb|memb)er)[a-z]{2,}(?:er|or)|[a-z]{2,}(?:ician|ist|ian|eer|ee|man|men|woman|women|person|people)|(?:resid|stud|pati|par|presid|ag|correspond|dissid|migr|serge|lieuten|merch|assist|attend|occup|inhabit|particip|applic|tenant|peas|serv|imm|combat|insurg|milit)(?:ent|ant)|secretary|attorney|general|chief|head|mayor|guard|pilot|soldier|monk|cleric|judge|monitor|envoy|aide|official|crew|team|captain|colonel|major|medic|chaplain|pastor|bishop|refugee|inmate|hostage|victim|guide|expert|minister|governor|member|chairman|chair|deputy|mp|senator|lawmaker|ambassador|consul|representative|negotiator|mediator|investigator|inspector|coordinator|paramedic|surgeon|physician|midwife|cook|chef|waiter|clerk|guard|veteran|widow|orphan|child|boy|girl|youth|pupil|citizen|local|official)s?$/;
/** Titles written before a name: religious, military and police ranks, courtesy titles. */
const HONORIFIC =
  /^(?:ma[iî]tre|mawlawi|maulvi|mawlana|maulana|mullah|mulla|haji|hajji|qari|mufti|sheikh|shaikh|imam|lt|col|gen|maj|capt|sgt|cpl|pvt|adm|brig|insp|det|supt|cmdr|cdr|cdre|spc|pfc|mr|mrs|ms|dr|prof|rev|fr)\.?$/i;
/** Words for whoever sits on the bench of a court or an inquest; the text may name the one with any of them. */
const JUDGE_WORDS = new Set(['judge', 'justice', 'coroner', 'magistrate', 'presiding judge', 'trial judge']);
/** A comma, full stop or semicolon that ends a phrase; not the stop of an abbreviated title ("Lt. Dana Whitcomb"). */
const SEG_END =
  /(?<!\b(?:Lt|Col|Gen|Maj|Capt|Sgt|Cpl|Pvt|Adm|Brig|Insp|Det|Supt|Cmdr|Mr|Mrs|Ms|Dr|Prof|Rev|Fr|St|Jr|Sr|[A-Z]))[,.;]/;
const CLAUSE_END =
  /(?<!\b(?:Lt|Col|Gen|Maj|Capt|Sgt|Cpl|Pvt|Adm|Brig|Insp|Det|Supt|Cmdr|Mr|Mrs|Ms|Dr|Prof|Rev|Fr|St|Jr|Sr|[A-Z]))[.;]/;
/** Sentence openers that are no speaker's name. */
const STOP_SUBJECT = /^(?:He|She|It|They|We|I|This|That|There|Officials|Police|Witnesses|Residents)$/;
/** Words before a quoted phrase that name it rather than quote it: 'what it called "…"', 'known as "…"'. */
const NAMING_BEFORE =
  /\b(?:called|calls|call|calling|dubbed|dubs|so-called|known as|termed|labelled|labeled|branded|nicknamed|described as|describes as|referred to as|slogan|word|words|term|phrase|banner|banners|signs?|placards?|chanting|chanted)\s*(?:it\s+|them\s+|the\s+\w+\s+)?(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;

/** Words before a quotation that make it the words on a banner or sign, or a slogan, not speech. */
const SLOGAN_BEFORE =
  /\b(?:banners?|placards?|signs?|posters?|slogans?|graffiti|t-shirts?|stickers?|leaflets?|flags?)\s+(?:that\s+|which\s+)?(?:reading|read|reads|saying|said|says|declaring|proclaiming|bearing|with the words|demanding)\s*:?\s*$|\b(?:chanting|chanted|chant|chants|slogans? of)\s*:?\s*$/i;

export function extractQuotes(doc: Doc, ents: Entities): Quote[] {
  const { spans, mark } = quoteSpans(doc);
  const markRe = mark === '"' ? /^["\s]+|["\s]+$/g : /^['\s]+|['\s]+$/g;
  const startsWithMark = mark === '"' ? /^\s*"/ : /^\s*'/;
  const W = doc.words;
  const M = ents.mentions;
  /** A word of speech; "who asked not to be named", "asked him about it" ask for something or ask someone. */
  const isSpeech = (w: Word): boolean =>
    SPEECH.has(w.text.toLowerCase()) &&
    !(/^ask/i.test(w.text) && ASKED_WHAT.test(doc.text.slice(w.end, w.end + 12)));
  const S = doc.sentences;
  const out: Quote[] = [];
  const inQuote = (pos: number) => {
    const i = lowerBound(spans, (s) => s.a, pos + 1) - 1;
    return i >= 0 && pos >= spans[i].a && pos < spans[i].b;
  };
  /** Words (outside quotes) whose start lies in [a, b). */
  const wordsBetween = (a: number, b: number) => {
    const res: Word[] = [];
    for (let i = lowerBound(W, (w) => w.start, a); i < W.length && W[i].start < b; i++)
      if (W[i].end <= b && !inQuote(W[i].start)) res.push(W[i]);
    return res;
  };
  /** Mentions (outside quotes) inside [a, b). */
  const mentionsBetween = (a: number, b: number) => {
    const res: Mention[] = [];
    for (let i = lowerBound(M, (m) => m.start, a); i < M.length && M[i].start < b; i++)
      if (M[i].end <= b && !inQuote(M[i].start)) res.push(M[i]);
    return res;
  };
  const sentenceAt = (pos: number) =>
    S[
      Math.min(
        S.length - 1,
        lowerBound(S, (s) => s.end, pos + 1),
      )
    ];
  const paragraphAt = (pos: number) =>
    doc.paragraphs[
      Math.min(
        doc.paragraphs.length - 1,
        lowerBound(doc.paragraphs, (p) => p.end, pos),
      )
    ];
  let lastPersonSpeaker: { name: string; at: number } | null = null;
  let lastOrgSpeaker: { name: string; kind: 'org' | 'place'; at: number } | null = null;
  let prevQuote: Quote | null = null;

  const findPerson = personFinder(ents.people);
  /** Every person's name in one string (a name never holds U+0000), to ask whether any of them contains some words. */
  let joinedNames: string | null = null;
  const peopleNames = () => {
    joinedNames ??= ents.people.map((p) => p.name).join('\u0000');
    return joinedNames;
  };
  // every name and alias of every organisation, for names the entity pass saw elsewhere but not here ("The TNLA said")
  const orgByAlias = new Map<string, Org>();
  for (const o of ents.orgs)
    for (const n of [o.name, ...o.aliases]) if (n.length >= 2) orgByAlias.set(n.toLowerCase(), o);

  const isMedia = (m: Mention) => {
    if (m.kind !== 'org') return false;
    const o = ents.byId.get(m.id) as Org | undefined;
    return Boolean(
      o &&
        (MEDIA_NAME.test(o.name) ||
          MEDIA_AFTER.test(doc.text.slice(m.end, m.end + 24)) ||
          MEDIA_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start))),
    );
  };
  const entName = (m: Mention): { name: string; kind: 'person' | 'org' | 'place' } | null => {
    const e = ents.byId.get(m.id);
    if (!e) return null;
    if (m.kind === 'person') return { name: (e as Person).name, kind: 'person' };
    if (m.kind === 'org') return { name: (e as Org).name, kind: 'org' };
    if (m.kind === 'place') {
      const p = e as Place;
      return p.kind === 'country' || p.kind === 'city' ? { name: p.name, kind: 'place' } : null;
    }
    return null;
  };
  /** "the Torkham and Ghulam Khan crossings": a name before a plural noun names a place, not a person. */
  const modifiesNoun = (m: Mention) => {
    const i = lowerBound(W, (w) => w.start, m.end);
    const w = W[i];
    return Boolean(w && w.start - m.end <= 1 && w.pos === 'NOUN' && /[a-z]s$/.test(w.text) && !w.cap);
  };
  /** The person who spoke in reported speech in the sentence just before `pos`, in its paragraph ("Sher Ali, a
   * farmer, said he had …"): whom "he said" after it refers to, whatever the name lists guess of the gender. */
  const reportedSpeaker = (
    pos: number,
  ): { name: string; kind: 'person' | 'org'; described?: boolean } | null => {
    const s = sentenceAt(pos);
    const prev = S[s.index - 1];
    // the sentence before in the paragraph, or the last one of the paragraph before when the quote opens its own
    if (
      !prev ||
      (prev.para !== s.para && !(prev.para === s.para - 1 && s.start === doc.paragraphs[s.para].start))
    )
      return null;
    const verb = wordsBetween(prev.start, prev.end).find(isSpeech);
    if (!verb) return null;
    const persons = mentionsBetween(prev.start, verb.start).filter(
      (m) => m.kind === 'person' && !modifiesNoun(m),
    );
    // "Defence lawyer Maître X said his client Y would appeal. '…,' he said": a person whose sentence opens with only
    // a title before the name is its subject, whoever the reported words name
    const titled =
      persons.length === 1 &&
      persons[0].start - prev.start > 3 &&
      /^(?:[\p{L}.'-]+\s+){1,5}$/u.test(doc.text.slice(prev.start, persons[0].start)) &&
      !wordsBetween(prev.start, persons[0].start).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (!titled && mentionsBetween(verb.end, pos).some((m) => m.kind === 'person')) return null;
    if (persons.length === 1 && (persons[0].start - prev.start <= 3 || titled)) {
      const e = ents.byId.get(persons[0].id) as Person | undefined;
      return e ? { name: e.name, kind: 'person' } : null;
    }
    if (persons.length) return null;
    // a name the entity pass missed: "Brennan, who also met …, said"
    const lead0 = doc.text.slice(prev.start, verb.start);
    const firstSeg = lead0.slice(0, lead0.search(/,|$/));
    const raw = nameIn(wordsBetween(prev.start, prev.start + firstSeg.length));
    if (raw) return { name: raw, kind: 'person' };
    // "A survivor, a farmer who gave only his first name, Moussa, said"
    const appo = appositiveName(prev.start, verb.start);
    if (appo) return { name: appo.name, kind: 'person' };
    // "A rescue worker in Minbya, who …, said …", "…, the source said.": the unnamed speaker as written
    const lead = doc.text.slice(prev.start, verb.start);
    const cut = lead.lastIndexOf(',');
    // the words right before the verb ("…, the source said"), else the first phrase ("A worker, who …, said")
    const tail = cut >= 0 ? lead.slice(cut + 1) : lead;
    const subj = /\S/.test(tail)
      ? /^\s*(?:a|an|one|the)\s/i.test(tail)
        ? tail
        : null
      : /^\s*(?:A|An|One|The)\s/.test(lead)
        ? lead.slice(0, lead.search(/,|$/))
        : null;
    if (!subj) return null;
    const at = prev.start + (subj === tail ? lead.length - tail.length : 0);
    const d = describedIn(wordsBetween(at, at + subj.length));
    // only a description in common words: a named body is found by name elsewhere
    return d && !/\p{Lu}/u.test(d.name)
      ? { name: fullerDescription(d.name, at), kind: 'org', described: true }
      : null;
  };
  /** "the source" after "a security source": the fuller description written earlier (within a few paragraphs). */
  const fullerDescription = (name: string, pos: number): string => {
    if (/\s/.test(name)) return name;
    const esc = escapeRe(name);
    const re = new RegExp(`\\b(?:a|an|one)\\s+((?:[a-z][a-z-]+\\s+){1,3}${esc})\\b`, 'gi');
    let best: string | null = null;
    for (const m of doc.text.slice(Math.max(0, pos - 2500), pos).matchAll(re))
      if (/^[a-z]/.test(m[1]) && !/\b(?:who|which|that|and|or|of|in|at|for|to)\b/.test(m[1])) best = m[1];
    return best ?? name;
  };
  /** The person a pronoun at `pos` refers to: the latest person named before it, skipping introductory phrases
   * of its own sentence ("Citing X, she said"). */
  const antecedent = (
    pos: number,
    pronoun = '',
    notAfterPreposition = false,
  ): { name: string; kind: 'person' } | null => {
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const s = sentenceAt(pos);
    const lead = doc.text.slice(s.start, pos);
    const introEnd = INTRO.test(lead) ? s.start + lead.lastIndexOf(',') : s.start;
    for (let k = lowerBound(M, (m) => m.start, pos) - 1; k >= 0; k--) {
      const m = M[k];
      if (pos - m.start > 2500) break;
      if (m.kind !== 'person') continue;
      if (m.start >= s.start && m.start < introEnd) continue;
      if (modifiesNoun(m)) continue;
      // "the jetty of X": a name after a preposition is rarely the person a description points back to
      if (notAfterPreposition) {
        // from the start of the capitalised words the mention ends ("Nyaung Pin Thar" for "Thar")
        const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
        const run = before.match(/(?:\p{Lu}[\p{L}'-]*\s+)*$/u)?.[0] ?? '';
        if (/\b(?:of|at|in|from|near|to|on)\s+$/i.test(before.slice(0, before.length - run.length))) continue;
      }
      const e = ents.byId.get(m.id) as Person | undefined;
      // "she" is the last woman named, "he" the last man, when their gender is known
      if (e && want && e.gender && e.gender !== 'u' && e.gender !== want) continue;
      if (e) return { name: e.name, kind: 'person' };
    }
    return null;
  };
  /** The last organisation named before `pos` in its paragraph or the one before (outside quotes, not an outlet). */
  const lastOrgNear = (pos: number, nameHas?: string): Mention | null => {
    const para = paragraphAt(pos);
    const from = para ? (doc.paragraphs[para.index - 1]?.start ?? para.start) : pos - 600;
    for (let k = lowerBound(M, (m) => m.start, pos) - 1; k >= 0; k--) {
      const m = M[k];
      if (m.start < from) break;
      if (m.kind !== 'org' || inQuote(m.start) || isMedia(m)) continue;
      if (nameHas && !(ents.byId.get(m.id) as Org).name.toLowerCase().includes(nameHas)) continue;
      return m;
    }
    return null;
  };
  /** The last organisation named before `pos` by one of its names, read from the words (for mentions the entity
   * pass did not record): within the paragraph and the one before. */
  const lastOrgByWords = (pos: number): { name: string; kind: 'org' } | null => {
    const para = paragraphAt(pos);
    const floor = para ? (doc.paragraphs[para.index - 1]?.start ?? para.start) : pos - 600;
    for (let i = lowerBound(W, (w) => w.start, pos) - 1; i >= 0 && W[i].start >= floor; i--) {
      if (!W[i].cap || inQuote(W[i].start)) continue;
      let key = '';
      for (let j = i; j >= Math.max(0, i - 5); j--) {
        key = key ? `${W[j].text}${W[j + 1].start > W[j].end ? ' ' : ''}${key}` : W[j].text;
        const o = orgByAlias.get(key.toLowerCase().replace(/'s$/, ''));
        if (
          o &&
          !MEDIA_NAME.test(o.name) &&
          !MEDIA_BEFORE.test(doc.text.slice(Math.max(0, W[j].start - 24), W[j].start))
        )
          return { name: o.name, kind: 'org' };
      }
    }
    return null;
  };
  /** The capitalised subject of a recent "X said …" sentence that no entity covers ("Zesco said in a statement"). */
  const lastNamedSubject = (pos: number): { name: string; kind: 'org' } | null => {
    const here = sentenceAt(pos);
    for (let i = here.index - 1; i >= 0 && i >= here.index - 4; i--) {
      const m = S[i].text.match(
        /^(?:The\s+)?(\p{Lu}[\p{L}&.'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}&.'-]*){0,4})\s+(?:said|says|announced|confirmed|stated|added|told)\b/u,
      );
      if (m && !peopleNames().includes(m[1]) && !STOP_SUBJECT.test(m[1])) return { name: m[1], kind: 'org' };
    }
    return null;
  };
  /** The last organisation (any distance back) whose name has `head` in it: "the ministry" → "Ministry of Defence". */
  const lastOrgNamed = (pos: number, head: string): Mention | null => {
    for (let k = lowerBound(M, (m) => m.start, pos) - 1; k >= 0; k--) {
      const m = M[k];
      if (m.kind === 'org' && (ents.byId.get(m.id) as Org).name.toLowerCase().includes(head)) return m;
    }
    return null;
  };
  /** The last organisation (within a few paragraphs) that the text described in apposition with `head`: "the Islamic
   * Resistance in Iraq, an umbrella group for several factions" for "the group". */
  const lastOrgDescribed = (pos: number, head: string): Mention | null => {
    const para = paragraphAt(pos);
    const floor = para ? (doc.paragraphs[Math.max(0, para.index - 3)]?.start ?? para.start) : pos - 2000;
    const re = new RegExp(
      `^\\s*,\\s*(?:a|an|the|its|their)\\s+(?:[\\p{L}'-]+\\s+){0,4}?${escapeRe(head)}s?\\b`,
      'iu',
    );
    for (let k = lowerBound(M, (m) => m.start, pos) - 1; k >= 0; k--) {
      const m = M[k];
      if (m.start < floor) break;
      if (m.kind !== 'org' || inQuote(m.start) || isMedia(m)) continue;
      if (re.test(doc.text.slice(m.end, m.end + 80))) return m;
    }
    return null;
  };
  /** Who issued "the statement": the speaker of the last sentence before `pos` that mentions a statement (within
   * two paragraphs), else the last organisation that spoke, else the last organisation named. */
  const statementIssuer = (
    segStart: number,
    segEnd: number,
  ): { name: string; kind: 'person' | 'org' | 'place' } | null => {
    // "the Iraqi statement" → the last organisation of that country, or the country itself
    const dem = mentionsBetween(segStart, segEnd).find((m) => m.kind === 'demonym');
    if (dem) {
      const code = dem.id.replace('country:', '');
      for (let k = lowerBound(M, (m) => m.start, segStart) - 1; k >= 0; k--) {
        const m = M[k];
        if (m.kind === 'org' && (ents.byId.get(m.id) as Org).country === code) return entName(m);
      }
      const c = ents.places.find((p) => p.kind === 'country' && p.country === code);
      return c ? { name: c.name, kind: 'place' } : null;
    }
    const here = sentenceAt(segStart);
    const para = doc.paragraphs[S[here.index].para];
    const floor = doc.paragraphs[Math.max(0, para.index - 2)].start;
    for (let i = here.index - 1; i >= 0 && S[i].start >= floor; i--) {
      const sn = S[i];
      if (sn.text.length > 2000) break;
      const at = sn.text.search(/\b(?:statement|communiqu[eé]|press release|readout)\b/i);
      if (at < 0 || inQuote(sn.start + at)) continue;
      // "a lawyer read a statement on behalf of the family": the statement is theirs, not its reader's
      const behalf = /\bon behalf of\s+/i.exec(sn.text.slice(at));
      if (behalf) {
        const from = sn.start + at + behalf.index + behalf[0].length;
        const rest = doc.text.slice(from, sn.end);
        const stop = rest.search(/,|;|\s(?:by|at|in|on|outside|after|before|who|which|that)\s|[.!?]\s*$/);
        const c = candidateIn(from, stop >= 0 ? from + stop : sn.end, sn.start, true);
        if (c) return c;
        // "on behalf of the Mwangi family": a named family or group the entity pass does not list, as written
        const phrase = (stop >= 0 ? rest.slice(0, stop) : rest)
          .trim()
          .replace(/^(?:the|his|her|their)\s+/i, '');
        if (/^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:family|families|relatives|group|community)$/u.test(phrase))
          return { name: phrase, kind: 'org' };
      }
      // "X said in a statement", "X issued a statement", "in a statement, X said", "a statement from X"
      const ws = wordsBetween(sn.start, sn.end);
      const verb = ws.find((w) => isSpeech(w) || /^(?:issued|released|published)$/i.test(w.text));
      if (verb) {
        const lead = doc.text.slice(sn.start, verb.start);
        const cut = lead.lastIndexOf(',');
        const c =
          candidateIn(sn.start + (cut >= 0 ? cut + 1 : 0), verb.start, verb.start, true) ??
          (cut >= 0 ? candidateIn(sn.start, verb.start, verb.start, true) : null);
        if (c) return c;
      }
      const from = sn.text.slice(at).match(/^\w+\s+(?:from|by|of)\s+/i);
      if (from) {
        const c = candidateIn(sn.start + at + from[0].length, sn.end, sn.start, true);
        if (c) return c;
      }
      // "X gave a different account in a statement carried by Y": the subject, before its first verb
      if (!verb) {
        const v = ws.find((w) => w.pos === 'VERB' && w.start < sn.start + at);
        const c =
          v && !/,/.test(doc.text.slice(sn.start, v.start)) ? candidateIn(sn.start, v.start, sn.start) : null;
        if (c && c.kind !== 'person') return c;
      }
    }
    if (lastOrgSpeaker) return { name: lastOrgSpeaker.name, kind: lastOrgSpeaker.kind };
    const org = lastOrgNear(segStart);
    return org ? entName(org) : null;
  };

  /** A name in the segment by an organisation's name or alias, token by token ("The TNLA said"). */
  const aliasIn = (words: Word[]): { name: string; kind: 'org' } | null => {
    for (let i = 0; i < words.length; i++) {
      if (!words[i].cap) continue;
      // the addressee or the outlet is no speaker: "told AFP", "on state television"
      const lead = doc.text.slice(Math.max(0, words[i].start - 24), words[i].start);
      const addressed = RECIPIENT_BEFORE.test(lead) || MEDIA_BEFORE.test(lead);
      let key = '';
      for (let j = i; j < Math.min(words.length, i + 6); j++) {
        key = key ? `${key}${words[j].start > words[j - 1].end ? ' ' : ''}${words[j].text}` : words[j].text;
        const o = orgByAlias.get(key.toLowerCase().replace(/'s$/, ''));
        // an owner ("on the X Battalion's page") is no addressee
        const owner = /'s?$/.test(key) || /^'/.test(doc.text.slice(words[j].end, words[j].end + 1));
        if (o && !MEDIA_NAME.test(o.name) && (!addressed || owner))
          return { name: byAllWords(key, o).name, kind: 'org' };
      }
    }
    return null;
  };
  /** "Afghan defence ministry" filed under another body: the organisation whose name holds all its words. */
  const byAllWords = (key: string, o: Org): Org => {
    const ws = key.toLowerCase().replace(/'s$/, '').split(/\s+/);
    const has = (name: string) => {
      const nw = new Set(name.toLowerCase().split(/\s+/));
      return ws.every((w) => nw.has(w));
    };
    if (ws.length < 2 || has(o.name)) return o;
    return ents.orgs.find((x) => has(x.name)) ?? o;
  };
  /** The unnamed speaker as written: "the regional governor's office", "police", "hospital officials". */
  const describedIn = (all: Word[]): { name: string; kind: 'org' } | null => {
    // "a doctor at the hospital who …": the noun phrase ends before its first preposition or relative clause
    const stop = all.findIndex(
      (w, i) =>
        i > 0 &&
        (w.pos === 'ADP' || /^(?:who|which|that|whose|,)$/i.test(w.text)) &&
        !/^(?:'s|of)$/i.test(w.text),
    );
    const words = stop > 0 ? all.slice(0, stop) : all;
    for (let i = words.length - 1; i >= 0; i--) {
      const lw = words[i].text.toLowerCase().replace(/'s$/, '');
      if (!SPEAKER_NOUNS.has(lw) && !ORG_HEADS.has(lw) && !(words[i].pos === 'NOUN' && PERSON_NOUN.test(lw)))
        continue;
      let j = i;
      while (
        j > 0 &&
        /^(?:NOUN|ADJ|PROPN|PART|VERB)$/.test(words[j - 1].pos) &&
        !/^(?:said|says|told)$/i.test(words[j - 1].text)
      )
        j--;
      if (j > 0 && /^(?:'s|')$/.test(words[j - 1].text)) j--;
      // "the secretary general", "the attorney general": "general" after the title is part of it
      const end = /^general$/i.test(words[i + 1]?.text ?? '') ? i + 1 : i;
      const phrase = doc.text
        .slice(words[j].start, words[end].end)
        .replace(/^(?:the|a|an|its|their|his|her)\s+/i, '')
        .trim();
      if (phrase && phrase.split(/\s+/).length <= 6) return { name: phrase, kind: 'org' };
      return null;
    }
    return null;
  };

  const sentenceParaOf = (pos: number) => sentenceAt(pos).para;
  /** A name the entity pass did not record, standing alone as the subject ("…," Vuković said): the full name
   * when the text wrote it earlier ("his lawyer, Jelena Vuković"), else the name as written. */
  const nameIn = (words: Word[]): string | null => {
    let ws = words.filter((w) => /\p{L}/u.test(w.text));
    // "Mawlawi Abdul Basir Hamdard", "Lt. Dana Whitcomb": a title before the name is not part of it
    while (ws.length > 2 && HONORIFIC.test(ws[0].text)) ws = ws.slice(1).filter((w) => w.text !== '.');
    if (
      ws.length === 0 ||
      ws.length > 4 ||
      !ws.every((w) => w.cap && (w.pos === 'PROPN' || /^[a-z]{1,3}-\p{Lu}/u.test(w.text)))
    )
      return null;
    const last = ws[ws.length - 1].text;
    if (orgByAlias.has(last.toLowerCase())) return null;
    const person = findPerson(last);
    if (person) return person.name;
    if (ws.length === 1) {
      const esc = escapeRe(last);
      const full = doc.text
        .slice(0, ws[0].start)
        .match(new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}'-]+ ${esc})(?![\\p{L}])`, 'u'));
      if (full) return full[1];
    }
    return ws.map((w) => w.text).join(' ');
  };

  /** A one-word name the text writes in full elsewhere ("Hawa" → "Hawa Sheikh Nur"): the first such full form. */
  const fullerCache = new Map<string, string>();
  const fullerName = (name: string): string => {
    let v = fullerCache.get(name);
    if (v === undefined) {
      v = fullerNameOf(name);
      fullerCache.set(name, v);
    }
    return v;
  };
  /** For every word (or word ending after a non-letter, as in "al-Hawa") up to FULL_KEY_MAX characters that the text
   * follows with one to three capitalised words, those words at its first such place: built once per document. */
  let fullerIndex: Map<string, string> | null = null;
  const fullerNameOf = (name: string): string => {
    let tail: string | undefined;
    if (name.length <= FULL_KEY_MAX) {
      fullerIndex ??= followingNames(doc.text);
      tail = fullerIndex.get(name);
    } else {
      const esc = escapeRe(name);
      tail = doc.text.match(
        new RegExp(`(?<![\\p{L}])${esc}((?: \\p{Lu}[\\p{L}'-]+){1,3})(?![\\p{L}'-])`, 'u'),
      )?.[1];
    }
    if (tail === undefined) return name;
    const rest = tail.trim().split(' ');
    if (
      rest.some(
        (w) =>
          ORG_HEADS.has(w.toLowerCase()) || /^(?:Province|Street|Road|River|City|District|Region)$/.test(w),
      )
    )
      return name;
    return `${name}${tail}`;
  };
  /** A person's name without the ranks or titles written before it ("Lt Col Mwamba" → "Patrick Mwamba", the full
   * name as the text wrote it after the title elsewhere). */
  const titleCache = new Map<string, string>();
  let precedingIndex: Map<string, Preceding[]> | null = null;
  const withoutTitle = (name: string): string => {
    let v = titleCache.get(name);
    if (v === undefined) {
      v = withoutTitleOf(name);
      titleCache.set(name, v);
    }
    return v;
  };
  const withoutTitleOf = (name: string): string => {
    let ws = name.split(/\s+/);
    const n = ws.length;
    while (ws.length > 1 && HONORIFIC.test(ws[0])) ws = ws.slice(1);
    if (ws.length === n) return n === 1 ? fullerName(name) : name;
    if (ws.length === 1) {
      const ok = (first: string) =>
        !HONORIFIC.test(first) &&
        !ORG_HEADS.has(first.toLowerCase()) &&
        !/^(?:The|A|An|This|That|In|On|At|By|For|With|And|But|Said|Says)$/.test(first);
      if (ws[0] !== '' && ws[0].length <= FULL_KEY_MAX) {
        precedingIndex ??= precedingNames(doc.text);
        // the places one after another, none overlapping the one before, as a search from the start would find them
        let end = -1;
        for (const c of precedingIndex.get(ws[0]) ?? [])
          for (const a of c.starts) {
            if (a < end) continue;
            end = c.end;
            const first = doc.text.slice(a, c.q);
            if (ok(first)) return `${first} ${ws[0]}`;
          }
      } else {
        const esc = escapeRe(ws[0]);
        for (const m of doc.text.matchAll(
          new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'-]+) ${esc}(?![\\p{L}])`, 'gu'),
        ))
          if (ok(m[1])) return `${m[1]} ${ws[0]}`;
      }
    }
    return ws.join(' ');
  };
  /** "the DPO said", "the governor said": the person the text introduced under that title ("District Police
   * Officer (DPO) Sajjad Ahmed Khattak", "Governor Ada Obi"), the last one before `pos`. */
  const titledPerson = (all: Word[], pos: number): string | null => {
    const words = all.filter((w) => /\p{L}/u.test(w.text));
    if (words.length < 2 || words.length > 4 || !/^the$/i.test(words[0].text)) return null;
    const title = words.slice(1);
    if (
      title.some((w) => !/^[\p{L}-]+$/u.test(w.text)) ||
      ORG_HEADS.has(title[title.length - 1].text.toLowerCase())
    )
      return null;
    const t = title.map((w) => w.text).join(' ');
    const variants = [t, t.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())];
    // "the coroner said" of a judge the text introduced as "Mr Justice Name" or "Judge Name": one bench, several words
    if (JUDGE_WORDS.has(t.toLowerCase())) variants.push('Justice', 'Judge', 'Coroner', 'Magistrate');
    // the last few pages before the quote: the search stays bounded however long the text
    const lo = Math.max(0, pos - 20000);
    for (const v of new Set(variants)) {
      const found = titledBefore(v, lo, pos);
      if (found) return found;
    }
    return null;
  };
  /** The person named after the title `t` at the last place in [lo, pos) where the text writes "t Name" (or "t)
   * Name"), reading the places one after another as a search from `lo` would find them (a name does not overlap the
   * one before). */
  let anchors: Map<string, TitleAnchor[]> | null = null;
  const titledBefore = (t: string, lo: number, pos: number): string | null => {
    anchors ??= titleAnchors(doc.text);
    const list = anchors.get(t.slice(t.lastIndexOf(' ') + 1)); // none for a word over FULL_KEY_MAX characters
    if (!list) return null;
    /** The name after the title at anchor `a` within the text before `pos`, or null when none fits there. */
    const nameAt = (a: TitleAnchor): { end: number; name: string } | null => {
      const ts = a.q - t.length;
      if (ts < lo || doc.text.slice(ts, a.q) !== t || letterBefore(doc.text, ts)) return null;
      if (a.end <= pos) return a;
      const m = doc.text.slice(a.q, pos).match(new RegExp(`^${NAME_AFTER}`, 'u'));
      return m ? { end: a.q + m[0].length, name: m[1] } : null;
    };
    let i = lowerBound(list, (a) => a.q, pos) - 1;
    while (i >= 0 && list[i].q - t.length >= lo) {
      // back to an anchor no earlier one overlaps: the names from there on are read as the search reads them
      let j = i;
      while (j > 0 && list[j - 1].maxEnd > list[j].q - t.length && list[j - 1].q - t.length >= lo) j--;
      const taken: string[] = [];
      let end = -1;
      for (let k = j; k <= i; k++) {
        const n = nameAt(list[k]);
        if (!n || list[k].q - t.length < end) continue;
        end = n.end;
        taken.push(n.name);
      }
      for (let k = taken.length - 1; k >= 0; k--) {
        // "(DIG) of Police Quetta Sohail Ahmed Mengal": the person the words end with
        const ws = taken[k].trim().split(/\s+/);
        for (let from = 0; from < ws.length; from++) {
          const p = findPerson(withoutTitle(ws.slice(from).join(' ')), from === 0);
          if (p) return p.name;
        }
      }
      i = j - 1;
    }
    return null;
  };
  /** A name standing alone between commas in [a, b) that the entity pass did not record: '…," its spokesman, Abu
   * Zainab al-Saedi, wrote'. */
  const appositiveName = (a: number, b: number): { name: string; kind: 'person'; via: string } | null => {
    if (b <= a) return null;
    let at = a;
    for (const piece of doc.text.slice(a, b).split(',')) {
      const ws = wordsBetween(at, at + piece.length);
      let n = nameIn(ws);
      // "forensic anthropologist Rocío Palomino": the name after a job written in lower case
      if (!n) {
        const k = ws.findLastIndex((w) => /^[a-z]/.test(w.text));
        const job = ws[k]?.text.toLowerCase();
        if (k >= 0 && k < ws.length - 1 && (SPEAKER_NOUNS.has(job) || PERSON_NOUN.test(job)))
          n = nameIn(ws.slice(k + 1));
      }
      if (n) return { name: n, kind: 'person', via: 'name' };
      at += piece.length + 1;
    }
    return null;
  };

  /** "the 58-year-old fruit seller" in [a, b): a person described by age alone is the person named last. */
  const agedPerson = (a: number, b: number): { name: string; kind: 'person'; via: string } | null => {
    if (b <= a || !/^\s*the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b/i.test(doc.text.slice(a, b))) return null;
    const p = antecedent(a, '', true);
    return p ? { ...p, via: 'description' } : null;
  };

  /** The speaker named in [a, b): persons first, then organisations, then governments; pronouns and statements
   * resolved; with `describe`, an unnamed speaker as written ("the regional governor's office"). */
  function candidateIn(
    a: number,
    b: number,
    pos: number,
    describe = false,
  ): { name: string; kind: 'person' | 'org' | 'place'; via: string } | null {
    if (b - a > 1500) a = b - 1500;
    // "told the agency", "on state television"; but "on the X Battalion's page" is the page's owner
    const named = mentionsBetween(a, b).filter(
      (m) =>
        !RECIPIENT_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start)) ||
        /^'s?(?![\p{L}])/u.test(doc.text.slice(m.end, m.end + 3)),
    );
    const all = named.filter((m) => !isMedia(m));
    const words = wordsBetween(a, b);
    // the subject, not an object or an owner: "The YBS confirmed Murad's death and vowed …"
    const firstVerb = words.find((w) => w.pos === 'VERB' && !isSpeech(w));
    const subjectish = all.filter(
      (m) => !/^(?:'s|')/.test(doc.text.slice(m.end, m.end + 2)) && !(firstVerb && firstVerb.start < m.start),
    );
    const titled = titledPerson(words, pos);
    if (titled) return { name: titled, kind: 'person', via: 'title' };
    for (const ms of [subjectish, null, all, named] as const) {
      if (ms === null) {
        const al = aliasIn(words.filter((w) => !firstVerb || w.start < firstVerb.start));
        if (al) return { ...al, via: 'subject' };
        continue;
      }
      for (const kind of ['person', 'org', 'place'] as const) {
        const m = ms.find((x) => x.kind === kind && entName(x));
        if (m) {
          const n = entName(m);
          if (n) return { ...n, via: 'subject' };
        }
      }
    }
    const raw = nameIn(words);
    if (raw) return { name: raw, kind: 'person', via: 'name' };
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      const lw = w.text.toLowerCase();
      if (PRONOUNS.has(lw) && lw !== 'it' && lw !== 'we' && lw !== 'i') {
        const rs = lw === 'he' || lw === 'she' ? reportedSpeaker(Math.min(w.start, pos)) : null;
        // "His wife, X, said he had …. '…,' she said": the reported speech told after the last quote comes first
        const told = S[sentenceAt(Math.min(w.start, pos)).index - 1];
        if (rs && prevQuote && told && told.start >= prevQuote.end)
          return { name: rs.name, kind: rs.kind, via: rs.described ? 'description' : 'pronoun' };
        // "she added" right after a quote by a named person refers to that person, unless someone else was named since
        if (
          prevQuote?.speakerKind === 'person' &&
          prevQuote.speaker &&
          prevQuote.para >= sentenceParaOf(w.start) - 1 &&
          !mentionsBetween(Math.max(prevQuote.end, sentenceAt(prevQuote.end).end), w.start).some(
            (m) => m.kind === 'person',
          )
        )
          return { name: prevQuote.speaker, kind: 'person', via: 'pronoun' };
        if (lw === 'they' && lastOrgSpeaker)
          return { name: lastOrgSpeaker.name, kind: lastOrgSpeaker.kind, via: 'pronoun' };
        if (rs) return { name: rs.name, kind: rs.kind, via: rs.described ? 'description' : 'pronoun' };
        const p = antecedent(w.start, lw);
        if (p) return { ...p, via: 'pronoun' };
        if (lastPersonSpeaker && pos - lastPersonSpeaker.at < 4000)
          return { name: lastPersonSpeaker.name, kind: 'person', via: 'pronoun' };
      }
      // "the party said", "the group's spokesman said": the last organisation of that kind
      if (lw === 'the' || lw === 'its') {
        const head = words[k + 1]?.text.toLowerCase().replace(/'s$/, '');
        if (head && ORG_HEADS.has(head)) {
          const named = lastOrgNamed(w.start, head);
          const described = lastOrgDescribed(w.start, head);
          const near =
            (named && described
              ? described.start > named.start
                ? described
                : named
              : (named ?? described)) ?? lastOrgNear(w.start);
          const n = near ? entName(near) : (lastOrgByWords(w.start) ?? lastNamedSubject(w.start));
          if (n) return { ...n, via: 'subject' };
        }
      }
      if (STATEMENT_NOUNS.has(lw) || (lw === 'it' && lastOrgSpeaker)) {
        const st = statementIssuer(a, b);
        if (st) return { ...st, via: 'statement' };
      }
      // "al-Shabaab said it carried out the attack. In a statement …, it said …": "it" alone is the body named last
      if (lw === 'it' && words.filter((x) => /\p{L}/u.test(x.text)).length === 1) {
        const near = lastOrgNear(w.start);
        const n = near ? entName(near) : null;
        if (n) return { ...n, via: 'pronoun' };
      }
    }
    // "the spokesman said": the spokesman of the organisation that spoke last
    if (
      words.some((w) => /^(?:spokesman|spokeswoman|spokesperson|spokespeople)$/i.test(w.text)) &&
      !words.some((w) => w.pos === 'PROPN')
    ) {
      if (lastOrgSpeaker && pos - lastOrgSpeaker.at < 3000)
        return { name: lastOrgSpeaker.name, kind: lastOrgSpeaker.kind, via: 'subject' };
      const near = lastOrgNear(pos);
      const org = near ? entName(near) : lastOrgByWords(pos);
      if (org) return { ...org, via: 'subject' };
    }
    if (describe) {
      const d = describedIn(firstVerb ? words.filter((w) => w.start < firstVerb.start) : words);
      if (d) return { ...d, via: 'description' };
    }
    return null;
  }

  let lastSlogan: Span | null = null;
  for (const span of spans) {
    const raw = doc.text.slice(span.a, span.b).trim().replace(markRe, '');
    if (!raw) continue;
    const sent = sentenceAt(span.a);
    // the stretch of text the quote touches, outside any quote (at most a few hundred characters each side)
    const lastSent = sentenceAt(Math.max(span.a, span.b - 1));
    const from = Math.max(Math.min(sent.start, span.a), span.a - 600);
    const to = Math.min(Math.max(lastSent.end, span.b), span.b + 600);
    const outside = wordsBetween(from, to).filter((w) => w.text !== mark);
    const verbs = outside.filter(
      (w) => isSpeech(w) && !(w.text.toLowerCase() === 'read' && w.pos !== 'VERB'),
    );
    const n = wordsIn(raw);
    const before = doc.text.slice(Math.max(sent.start, span.a - 40), span.a - 1);
    const after = doc.text.slice(span.b + 1, Math.min(to, span.b + 40));
    const speechNear =
      /(\b(said|says|told|added|stated|declared|wrote|warned|called|saying|stressed|emphasi[sz]ed|that|read|reads)\b|:)\s*$/i.test(
        before,
      ) || /^\s*[,.]?\s*(\w+\s+){0,3}(said|says|added|told|wrote|stated)\b/i.test(after);
    const titleCase = raw.split(/\s+/).every((w) => /^[A-Z]|^(of|the|and|for|in|on|to)$/.test(w));
    // a short phrase quoted inside reported speech: 'X said the result was "a warning shot" for …'
    const vBeforeQuote = [...verbs].reverse().find((v) => v.end <= span.a && v.start >= sent.start);
    const partial =
      n >= 2 &&
      n <= 3 &&
      !span.open &&
      !titleCase &&
      vBeforeQuote !== undefined &&
      wordsIn(doc.text.slice(vBeforeQuote.end, span.a)) <= 15 &&
      !NAMING_BEFORE.test(doc.text.slice(Math.max(sent.start, span.a - 40), span.a - 1)) &&
      /^\s*(?:[,.;:!?)]|and\b|but\b|for\b|in\b|on\b|to\b|over\b|against\b|$)/i.test(
        doc.text.slice(span.b + 1, span.b + 12),
      );
    // words written on banners and signs, and a list of them: 'banners reading "A" and "B"'
    const slogan =
      SLOGAN_BEFORE.test(doc.text.slice(Math.max(sent.start, span.a - 60), span.a - 1)) ||
      (lastSlogan !== null &&
        lastSlogan.para === span.para &&
        /^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(doc.text.slice(lastSlogan.b + 1, span.a - 1)));
    if (slogan && !span.cont) {
      lastSlogan = span;
      continue;
    }
    // scare quotes: short phrases without speech right around them, or title-cased names
    if (
      (n <= 3 && !span.cont && !span.open && !(speechNear && n >= 3) && !partial) ||
      (titleCase && n <= 5 && !speechNear)
    )
      continue;
    let speaker: { name: string; kind: 'person' | 'org' | 'place'; via: string } | null = null;
    if (span.cont && prevQuote?.speaker) {
      speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'person', via: 'continuation' };
    }
    if (!speaker) {
      // "according to X"
      const acc = doc.text.slice(from, to).match(/according to\s+/i);
      // nearest speech verb: before the quote (subject on its left), else after it
      const vBefore = [...verbs].reverse().find((v) => v.end <= span.a);
      const vAfter = verbs.find((v) => v.start >= span.b);
      if (vBefore && vBefore.text.toLowerCase() !== 'according') {
        // comma segments left of the verb, nearest first, skipping introductory phrases
        const left = doc.text.slice(from, vBefore.start);
        const cuts = [0];
        for (let i = 0; i < left.length; i++) if (left[i] === ',' && !inQuote(from + i)) cuts.push(i + 1);
        cuts.push(left.length);
        // the segment right before the verb is its subject; blank ones and relative clauses before it do not count
        let nearest = true;
        for (let k = cuts.length - 2; k >= 0 && !speaker; k--) {
          const segText = left.slice(cuts[k], cuts[k + 1]);
          const first: boolean = nearest;
          if (!/\S/.test(segText)) continue;
          nearest = false;
          // a participle phrase between the speaker and the verb: "X, speaking on condition of anonymity, said"
          if (k > 0 && /^\s*[a-z]+ing\b/.test(segText)) {
            nearest = first;
            continue;
          }
          if (INTRO.test(segText) && k < cuts.length - 2) continue;
          if (k > 0 && /^\s*(?:who|which|whose|whom)\b/i.test(segText)) {
            // "The inquiry heard from a firefighter, who said …": "who" is the subject, the noun before it the speaker
            if (first && /^\s*who\s*$/i.test(segText)) {
              const prev = wordsBetween(from + cuts[k - 1], from + cuts[k]);
              let at = prev.length;
              while (at > 0 && !/^(?:VERB|ADP|AUX|SCONJ|CCONJ)$/.test(prev[at - 1].pos)) at--;
              if (at < prev.length) {
                speaker = candidateIn(prev[at].start, from + cuts[k], span.a, true);
                if (speaker) break;
              }
            }
            nearest = first; // "X, who attended …, said"
            continue;
          }
          if (
            k > 0 &&
            !(first && k === cuts.length - 2) &&
            /^\s*(?:the|a|an)\s+[a-z]/.test(segText) &&
            !/^\s*(?:the|a|an)\s+[a-z][\w'-]*\s*$/.test(segText) &&
            !INTRO.test(left.slice(cuts[k - 1], cuts[k]))
          ) {
            nearest = first; // an appositive: "X, the main force in ..., said"
            continue;
          }
          speaker = candidateIn(from + cuts[k], from + cuts[k + 1], span.a, first);
          if (speaker || INTRO.test(segText)) continue;
        }
      }
      if (!speaker && vAfter) {
        // "…," said X / "…," X said / "…," he added / "…," said its researcher, Jane Doe.
        const rest = doc.text.slice(vAfter.end, to);
        const segEnd = rest.search(SEG_END);
        const clauseEnd = rest.search(CLAUSE_END);
        const seg1 = doc.text.slice(vAfter.end, segEnd < 0 ? to : vAfter.end + segEnd);
        // "said Jaradat's sister, Huda": the name after an owner's relative
        // and "said a station guard, Jomar Pacquiao": the name after a description
        const owned =
          segEnd >= 0 &&
          (/^\s*(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*'s?\s+[a-z][a-z -]*$/u.test(seg1) ||
            /^\s*(?:a|an|the|one)\s+[a-z][a-z -]*$/.test(seg1));
        // "…," she told the court: what follows "told" is whom the words were told to, never who spoke
        const toldTo =
          /^(?:told|tells|tell|telling)$/i.test(vAfter.text) &&
          /\p{L}/u.test(doc.text.slice(span.b + 1, vAfter.start));
        speaker =
          candidateIn(span.b, vAfter.start, span.a) ??
          (owned && !toldTo
            ? appositiveName(vAfter.end + segEnd + 1, clauseEnd < 0 ? to : vAfter.end + clauseEnd)
            : null) ??
          (toldTo ? null : candidateIn(vAfter.end, segEnd < 0 ? to : vAfter.end + segEnd, span.a)) ??
          (clauseEnd > segEnd && !toldTo ? candidateIn(vAfter.end, vAfter.end + clauseEnd, span.a) : null) ??
          appositiveName(span.b, vAfter.start) ??
          agedPerson(span.b, vAfter.start) ??
          (toldTo ? null : agedPerson(vAfter.end, segEnd < 0 ? to : vAfter.end + segEnd)) ??
          candidateIn(span.b, vAfter.start, span.a, true) ??
          (toldTo ? null : candidateIn(vAfter.end, segEnd < 0 ? to : vAfter.end + segEnd, span.a, true));
      }
      if (!speaker && acc?.index !== undefined) {
        const at = from + acc.index + acc[0].length;
        speaker = candidateIn(at, Math.min(to, at + 80), span.a, true);
        if (speaker) speaker.via = 'according to';
      }
      if (!speaker) {
        // 'on which he "emphasized …"', 'X forces "received …"': the clause right before the quote
        const left = doc.text.slice(from, span.a);
        const cut = left.lastIndexOf(',');
        const seg = from + (cut >= 0 ? cut + 1 : 0);
        speaker = candidateIn(seg, span.a, span.a);
        // "The party's lead candidate, Jan Holm, 41, a former judge, dismissed the plan as "…"": the sentence's
        // subject, before its first verb, when that verb lies in the clause that leads into the quote
        if (!speaker && verbs.length === 0 && sent.start < seg) {
          const v = wordsBetween(seg, span.a).find((w) => w.pos === 'VERB');
          const head = doc.text.slice(sent.start, v ? v.start : sent.start).split(',')[0];
          if (v)
            speaker =
              (/\b[a-z]+\s*$/.test(head) ? appositiveName(sent.start + head.length + 1, v.start) : null) ??
              candidateIn(sent.start, v.start, span.a) ??
              appositiveName(sent.start, v.start);
        }
        if (speaker) speaker.via = 'clause';
      }
      if (!speaker && verbs.length === 0 && startsWithMark.test(doc.text.slice(sent.start, span.a))) {
        // 'The visitors' captain, Julien Marchetti, was more measured. "We attacked …"': a quotation standing as its own
        // sentence after a sentence about a person, in the same paragraph, is that person's
        const prev = S[sent.index - 1];
        const v =
          prev?.para === sent.para && !inQuote(prev.start)
            ? wordsBetween(prev.start, prev.end).find((w) => w.pos === 'VERB' || w.pos === 'AUX')
            : undefined;
        const subject = v
          ? (candidateIn(prev.start, v.start, span.a) ?? appositiveName(prev.start, v.start))
          : null;
        if (subject?.kind === 'person') speaker = { ...subject, via: 'previous sentence' };
      }
      if (!speaker && prevQuote?.speaker && prevQuote.sent === sent.index) {
        speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'person', via: 'same sentence' };
      }
      if (
        !speaker &&
        verbs.length === 0 &&
        startsWithMark.test(doc.text.slice(sent.start, span.a)) &&
        prevQuote?.speaker &&
        prevQuote.para >= span.para - 1
      ) {
        speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'person', via: 'continuation' };
      }
      if (!speaker && verbs.length === 0 && n <= 5) continue; // a short quoted phrase with no speech at all
      if (!speaker && prevQuote?.speaker && prevQuote.para >= span.para - 3) {
        // reported wording with no speech verb continues the last statement
        speaker = { name: prevQuote.speaker, kind: prevQuote.speakerKind ?? 'org', via: 'previous speaker' };
      }
    }
    if (speaker?.kind === 'person') speaker.name = withoutTitle(speaker.name);
    const q: Quote = {
      speaker: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
      text: raw,
      start: span.a,
      end: span.b,
      sent: sent.index,
      para: span.para,
      via: speaker?.via ?? null,
    };
    out.push(q);
    prevQuote = q;
    if (speaker?.kind === 'person') lastPersonSpeaker = { name: speaker.name, at: span.a };
    if (speaker && speaker.kind !== 'person' && speaker.via !== 'description')
      lastOrgSpeaker = { name: speaker.name, kind: speaker.kind, at: span.a };
  }
  return out;
}
