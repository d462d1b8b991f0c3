/**
 * The incident lexicon is written in the commonest news wording ("gunmen attacked the village, killing three"). Rarer
 * synonyms of that wording, used by some reporters and favoured by the thesaurus spinners of content farms ("armed
 * men assaulted the hamlet, slaying three"), are read as the common word: the incident engine reads a copy of the text
 * in plain wording, and each record's evidence is mapped back to the article's own words.
 *
 * Only words whose plain form means the same in any news sentence are listed; a word that is a synonym in one sense
 * only is listed with the context of that sense ("assaulted", not "sexually assaulted"). The list holds the words the
 * lexicon does not know in their rare form.
 */
import { applyEdits, type TextEdit } from '../../edits.ts';
import { buildDoc, type Doc } from '../doc.ts';

/** [rare wording (a regex source, matched case-insensitively), plain wording ($1: the rare wording's first group)]. */
const PLAIN: [string, string][] = [
  // killing
  ['slaying', 'killing'],
  ['slays', 'kills'],
  ['slay', 'kill'],
  ['(?<!\\ba )slew(?! of\\b)', 'killed'],
  ['slain', 'killed'],
  ['lifeless', 'dead'],
  ['deceased', 'dead'],
  ['perished', 'died'],
  ['corpses', 'bodies'],
  ['corpse', 'body'],
  // the idiom of some armed forces' statements: "six khwarij were sent to hell"
  ['were sent to hell', 'were killed'],
  ['was sent to hell', 'was killed'],
  // attacking and fighting
  ['(?<!\\b(?:sexually|indecently) )assaulted', 'attacked'],
  ['(?<!\\b(?:sexually|indecently) )assaulting', 'attacking'],
  // the noun where it is aimed at someone ("an assault on the town", "assaults against troops")
  [
    '(?<!\\b(?:sexual|indecent|common|aggravated|verbal) )(?:assault|onslaught)(s?) (on|against)',
    'attack$1 $2',
  ],
  ['waylaid', 'ambushed'],
  ['waylaying', 'ambushing'],
  ['waylays?', 'ambush'],
  ['ambuscades?', 'ambush'],
  ['battled', 'fought'],
  ['battling', 'fighting'],
  ['(?:began|started|commenced) (?:firing|shooting)', 'opened fire'],
  // weapons and what they do
  ['an? unmanned (?:aerial )?(?:aircraft|vehicle|system)', 'a drone'],
  ['unmanned (?:aerial )?(?:aircraft|vehicles|systems)', 'drones'],
  ['(?:air)?planes?', 'aircraft'],
  // (the thesaurus's word for a roadside bomb, found in the copies of five writers who spun by hand)
  ['(?:roadside|wayside) explosives?(?! device)', 'roadside bomb'],
  // a vehicle packed with explosives is a car bomb ("a car packed with explosives blew up outside a police post")
  [
    '(car|truck|van|vehicle|lorry|motorcycle|motorbike|minibus) (?:packed|laden|loaded|rigged|filled|stuffed) with explosives',
    '$1 bomb',
  ],
  [
    'explosives?-(?:laden|packed|filled|rigged) (car|truck|van|vehicle|lorry|motorcycle|motorbike|minibus)',
    '$1 bomb',
  ],
  ['wayside', 'roadside'],
  ['felled', 'downed'],
  ['(?:wrecked|annihilated|demolished|obliterated)', 'destroyed'],
  ['(?:wrecking(?! (?:ball|crew)s?\\b)|annihilating|demolishing|obliterating)', 'destroying'],
  ['touched down', 'landed'],
  ['hand[- ]bomb(s?)', 'grenade$1'],
  // who and what
  ['brigands', 'bandits'],
  ['brigand', 'bandit'],
  ['inhabitants', 'residents'],
  ['emplacements', 'positions'],
  ['automobiles', 'cars'],
  ['automobile', 'car'],
];
/**
 * Each rule as read with the u flag, and as read without it (`ascii`). The rules are ASCII, and the u flag folds only
 * two other characters to ASCII letters, the long s (ſ) and the Kelvin sign (K): on a text without either the two
 * match alike, and the pattern without the flag runs about twenty times faster.
 */
const RULES = PLAIN.map(([src, to]) => ({
  re: new RegExp(`\\b${src}\\b`, 'giu'),
  ascii: new RegExp(`\\b${src}\\b`, 'gi'),
  to,
}));
/** The characters the u flag folds to an ASCII letter. */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;
/**
 * Any rule's wording, as one pattern (each rule is one of its alternatives, so a text it does not match has none): most
 * articles have no rare wording, and one pass over them replaces a pass of every rule.
 */
const ANY_RULE = new RegExp(PLAIN.map(([src]) => `\\b${src}\\b`).join('|'), 'i');
const ANY_RULE_U = new RegExp(ANY_RULE.source, 'iu');

/** The plain word in the case of the word it replaces ("Slain" → "Killed", "SLAIN" → "KILLED"). */
function inCaseOf(word: string, plain: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return plain.toUpperCase();
  return /^\p{Lu}/u.test(word) ? plain[0].toUpperCase() + plain.slice(1) : plain;
}

/** The edits that put a text in plain wording, in text order and not overlapping (the earlier rule wins a tie). */
function editsOf(text: string): TextEdit[] {
  const folded = FOLDS_TO_ASCII.test(text);
  if (!(folded ? ANY_RULE_U : ANY_RULE).test(text)) return [];
  const all: TextEdit[] = [];
  for (const { re, ascii, to } of RULES)
    for (const m of text.matchAll(folded ? re : ascii))
      all.push({
        start: m.index,
        end: m.index + m[0].length,
        to: inCaseOf(
          m[0],
          to.replace(/\$(\d)/g, (_, g) => m[Number(g)].toLowerCase()),
        ),
      });
  all.sort((a, b) => a.start - b.start);
  const out: TextEdit[] = [];
  for (const e of all) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}

/** The article's text in plain wording: the document to read incidents from, and the way back to the article's words. */
export interface PlainReading {
  doc: Doc;
  /** The article's own words for a span of the plain document's text (a record's evidence). */
  original(plain: string, near: number): string;
}

/**
 * The plain-wording reading of an article whose laid-out document is `doc`, built from the same input `raw`; null when
 * the text has no rare wording, or when the plain text would not lay out like the article (then the article is read as
 * it is).
 */
export function plainReading(raw: string, doc: Doc): PlainReading | null {
  const rawEdits = editsOf(raw);
  if (!rawEdits.length) return null;
  const edits = editsOf(doc.text);
  const pdoc = buildDoc(applyEdits(raw, rawEdits));
  if (
    pdoc.text !== applyEdits(doc.text, edits) ||
    pdoc.sentences.length !== doc.sentences.length ||
    pdoc.paragraphs.length !== doc.paragraphs.length
  )
    return null;
  /** A position of the plain text in the article's text (`end`: a span's end inside an edit maps to the edit's end). */
  const back = (p: number, end: boolean) => {
    let delta = 0;
    for (const e of edits) {
      const pStart = e.start - delta;
      if (p < pStart || (p === pStart && end)) break;
      const pEnd = pStart + e.to.length;
      if (p < pEnd || (p === pEnd && !end)) return end ? e.end : e.start;
      delta = e.end - pEnd;
    }
    return p + delta;
  };
  return {
    doc: pdoc,
    original(plain, near) {
      let at = pdoc.text.indexOf(plain, near);
      if (at < 0) at = pdoc.text.indexOf(plain);
      return at < 0 ? plain : doc.text.slice(back(at, false), back(at + plain.length, true));
    },
  };
}
