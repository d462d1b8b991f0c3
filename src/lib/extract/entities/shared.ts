/**
 * Helpers and word lists the entity modules share: word tests (title, name word), span text, mention records, the
 * country near a sentence, place ids, and the vocabularies more than one module reads.
 */
import type { Doc, Word } from '../doc.ts';
import type { GazEntry, OrgEntry, PlaceEntry } from '../gazetteer.ts';
import { HONORIFICS, MONTHS, SPEECH_VERBS, TITLE_WORDS, WEEKDAYS } from '../lexicon.ts';
import type { Mention, Org, Person, Place } from './types.ts';

export const lower = (w: Word) => w.text.toLowerCase();

/**
 * Capitalised words the text writes inside a sentence, not only at its start, after an opening quote or bracket, or
 * after a wire dateline's dash.
 */
export function midSentenceCaps(W: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < W.length; k++)
    if (
      W[k].cap &&
      W[k - 1].sent === W[k].sent &&
      !/^["'(\u201c]$/.test(W[k - 1].text) &&
      !afterDateline(W, k)
    )
      out.add(W[k].text);
  return out;
}

/** The word opens the story after a wire dateline's dash: "POPAYÁN (AP) — Riot police fired …". */
export const afterDateline = (W: readonly Word[], k: number): boolean =>
  k >= 2 && /^[—–]$/.test(W[k - 1].text) && W[k - 2].text === ')' && W[k - 2].sent === W[k].sent;

/** The words the text writes in lower case. */
export const lowerWords = (W: readonly Word[]): Set<string> =>
  new Set(W.filter((w) => !w.cap).map((w) => w.text));

/**
 * "Separately, a resistance group said", "Small shareholders were divided": a common word (an adverb, an adjective
 * or a number, a "-ly" word, a word the text also writes in lower case) that opens its sentence and is never
 * capitalised inside one is no one-word name, however the text goes on. `midCaps` is midSentenceCaps of the words,
 * `lowerSeen` their lowerWords.
 */
export function sentenceOpener(
  W: readonly Word[],
  a: number,
  midCaps: ReadonlySet<string>,
  lowerSeen: ReadonlySet<string>,
): boolean {
  return (
    (a === 0 || W[a - 1].sent !== W[a].sent) &&
    !midCaps.has(W[a].text) &&
    (['ADV', 'ADJ', 'NUM'].includes(W[a].pos) || /\p{Ll}ly$/u.test(W[a].text) || lowerSeen.has(lower(W[a])))
  );
}

/** Last words of a newspaper's or a news site's name: "Post", "Daily", "Times". */
export const OUTLET_TAIL =
  /^(?:Post|Daily|Times|Tribune|Herald|Journal|Gazette|Weekly|Chronicle|Observer|Telegraph|Express|Mail|Courier|Monitor|Insider|Online|Dispatch|Bulletin)$/;

/** Letters in capitals right after a clock time are its time zone, not a body: "10:42 TRT", "9 a.m. EAT". */
export const timeZoneWord = (doc: Doc, w: Word) =>
  /^[A-Z]{2,5}$/.test(w.text) &&
  /(?:\b\d{1,2}[:.]\d{2}|\b\d{1,2}\s*[ap]\.?m\.?)\s*$/i.test(
    doc.text.slice(Math.max(0, w.start - 12), w.start),
  );
/** Words that may join the parts of an organisation's name. */
export const ORG_GLUE = new Set([
  'of',
  'for',
  'and',
  '&',
  'on',
  'the',
  "'s",
  'de',
  'la',
  'du',
  'des',
  'al',
  'del',
  'da',
  'dos',
  'das',
  'von',
  'van',
  'der',
]);
/** An elided article before a capital inside a French or Italian name: "l'Aviation", "d'Ivoire". */
export const ELIDED_CAP = /^(?:[lLdD]|qu)['’]\p{Lu}/u;
/**
 * Ranks written short without a stop, as British and Commonwealth papers do ("Lt Col", "Det Insp", "Brig Gen"), and
 * the words they stand for.
 */
export const RANK_SHORT: Record<string, string> = {
  Lt: 'Lieutenant',
  Col: 'Colonel',
  Gen: 'General',
  Brig: 'Brigadier',
  Maj: 'Major',
  Capt: 'Captain',
  Sgt: 'Sergeant',
  Cpl: 'Corporal',
  Pte: 'Private',
  Pvt: 'Private',
  Det: 'Detective',
  Insp: 'Inspector',
  Supt: 'Superintendent',
  Cmdr: 'Commander',
  Cdr: 'Commander',
  Adm: 'Admiral',
  Const: 'Constable',
  Comr: 'Commissioner',
};
/** A title joined to its charge by hyphens: "officer-in-charge", "editor-in-chief". */
const TITLE_COMPOUND = /^([a-z]+)-(?:in|of|at)-[a-z]+$/;
export const isTitle = (w: Word) =>
  TITLE_WORDS.has(lower(w)) ||
  TITLE_WORDS.has(lower(w).replace(/^then-/, '')) ||
  Object.hasOwn(RANK_SHORT, w.text) ||
  TITLE_WORDS.has(TITLE_COMPOUND.exec(lower(w))?.[1] ?? '');
export const isNameWord = (w: Word) =>
  w.cap &&
  /[a-z]/.test(w.text) &&
  !/[0-9]/.test(w.text) &&
  !MONTHS.has(w.text) &&
  !WEEKDAYS.has(w.text) &&
  !HONORIFICS.has(lower(w)) &&
  w.pos !== 'PUNCT' &&
  !/^[A-Z]{2,}$/.test(w.text);

/**
 * The first letters of a name's parts (split at spaces and hyphens), for telling whether an acronym stands for it;
 * `keep` chooses the parts that count: "Nigerian Correctional Service" → "NCS". The one helper behind every initials
 * test of the entity finders.
 */
export function initials(name: string, keep: (part: string) => boolean = () => true): string {
  return name
    .split(/[\s-]+/)
    .filter((part) => part && keep(part))
    .map((part) => part[0])
    .join('');
}

export function spanText(doc: Doc, w0: number, w1: number): string {
  return doc.text.slice(doc.words[w0].start, doc.words[w1 - 1].end);
}

/** An organisation to record: a gazetteer entry or one found in the text. */
export type OrgInput = OrgEntry | { name: string; aliases: string[]; type: string; country: string | null };

/** A list phrase found in the text: words `w0` to `w1` (exclusive) and the entries it may be. */
export interface GazHit {
  w0: number;
  w1: number;
  entries: GazEntry[];
}

export const placeId = (p: PlaceEntry) => `place:${p.kind}:${p.country}:${p.name}`;
export const p2 = (p: PlaceEntry) => p.pop ?? 0;
/** A place of the article for a gazetteer entry, first named at `first` (under `name` when the text shortens it). */
export const newPlace = (p: PlaceEntry, first: number, name = p.name): Place => ({
  id: placeId(p),
  name,
  kind: p.kind,
  country: p.country,
  admin1: p.admin1 ?? null,
  lat: p.lat,
  lon: p.lon,
  tz: p.tz,
  mentions: 0,
  first,
});

export function mentionOf(doc: Doc, kind: Mention['kind'], id: string, w0: number, w1: number): Mention {
  const W = doc.words;
  return {
    kind,
    id,
    w0,
    w1,
    start: W[w0].start,
    end: W[w1 - 1].end,
    sent: W[w0].sent,
    text: spanText(doc, w0, w1),
  };
}

/** The country of the latest place mentioned in or before a sentence. */
export function nearCountry(
  mentions: Mention[],
  byId: Map<string, Person | Org | Place>,
  sent: number,
): string | null {
  let best: string | null = null;
  for (const m of mentions) {
    if (m.kind !== 'place' || m.sent > sent || m.sent < sent - 1) continue;
    const p = byId.get(m.id) as Place | undefined;
    if (p?.country) best = p.country;
  }
  return best;
}

// Word lists read by more than one finder.

/** Common modifiers of generic body names: "Security Forces", "Emergency Service", "Special Forces". */
export const GENERIC_MOD =
  /^(?:security|special|emergency|rescue|support|air|defence|defense|civil|border|armed|military|state|local|regional|federal|joint|task|response|rapid|medical|health|fire|coast|public|government|intelligence|riot|the)$/;
/** Heads of armed units, which may carry a name of their own after them: "Brigade Iron Wolf", "Task Force Dragon". */
export const UNIT_HEAD =
  /^(?:brigade|battalion|regiment|division|corps|force|unit|squadron|detachment|legion)$/;
/** An ordinal before a unit's name: "3rd", "101st", "22nd". */
export const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/**
 * The endings of compounds that tie something to a body or a place: "Iran-backed", "KNU-aligned", "Taliban-run",
 * "London-based". Such a compound describes a name that follows it and is no part of that name.
 */
export const TIE_ENDING =
  'linked|led|backed|affiliated|allied|aligned|run|inspired|funded|sponsored|controlled|held|loyal|based|born|owned|registered|headquartered';
/** A word that is such a compound: "KNU-aligned". */
export const TIED = new RegExp(`-(?:${TIE_ENDING})$`, 'i');
/** Heads of organisations that are also sites: a hospital, a school, a university. */
export const SITE_ORG_HEAD = /^(?:hospital|school|university|college|clinic|infirmary)$/;
export const ATTACK_WORD =
  /^(?:hit|hits|struck|strikes|attacked|attacks|shelled|shells|bombed|bombs|raided|raids|stormed|storms|targeted|targets|damaged|destroyed|looted|torched|besieged|seized|overran)$/;
export const LOCATIVE_PREP = /^(?:near|outside|in|at|into|toward|towards|around)$/;
/** First words of agencies named head first: "Statistics Indonesia", "Bank Indonesia", "Radio Andalus". */
export const ORG_LEAD =
  /^(?:Statistics|Bank|Banco|Banque|Radio|Television|Agence|Agencia|Instituto|Institut|Office|Ministry|Ministerio|Ministère|Bureau|Council|Commission|Committee|Department)$/;
/** Titles held over an area: the name after "for" is a place ("the senior divisional officer for Mezam"). */
export const AREA_TITLE =
  /^(?:officer|governor|prefect|mayor|administrator|commissioner|mp|senator|representative|lawmaker)$/;
/** Bodies every state has, named by their portfolio or service alone: an owner country tells them apart. */
export const GENERIC_STATE_BODY =
  /^(?:(?:State\s+)?(?:Ministry|Defen[cs]e|Foreign|Interior|Justice|Health|Finance|Home|Information|Border|Coast|Air|Navy|Naval|National|General|Security|Emergency|Emergencies|Intelligence|Armed|Special|Prosecutor|Public)\b.*\b(?:Ministry|Office|Service|Guard|Force|Forces|Police|Army|Navy|Staff|Committee|Directorate|Agency)|Ministry\s+of\s+\S.*)$/;
/** Words after a name that make it a province's: "Zaporizhzhia regional governor", "Balochistan provincial government". */
export const PROVINCE_ADJ = /^(?:regional|provincial|oblast|gubernatorial)$/;
/** First words of Arabic, Hebrew and Kurdish place names: "Kafr Nabl", "Beit Lahiya", "Tel Abyad", "Deir al-Balah". */
export const PLACE_PREFIX =
  /^(?:Kafr|Kfar|Kefar|Beit|Bayt|Beth|Tel|Tell|Tal|Ain|Ein|Deir|Dayr|Khan|Bir|Ras|Jisr|Qasr|Mazraat|Khirbet|Khirbat|Arab|Tall|Jabal|Jebel|Wadi|Nahr|Umm)$/;
/** A settlement word after a name: "Kafr Qaddum village", "Dogo Nahawa village". */
/**
 * ", a village in …", ", a small town near …", ", a farming community about …", ", the provincial capital": an
 * appositive that makes the name before it a settlement (the head noun ends the phrase: "a village elder" does not).
 */
export const SETTLEMENT_APPOSITIVE =
  /^,\s+(?:an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet|settlement|suburb|port|commune|municipality|township|locality|community)|the\s+(?:(?:provincial|regional|state|district|county|administrative|provincial)\s+)?capital)(?=[,.;]|\s+(?:in|of|near|outside|about|some|on|that|which|where|close|just|roughly|around|\d))/;
export const SETTLEMENT_AFTER = /^(?:village|town|hamlet|township|settlement)$/;
/** A country's adjective for a name: the longest singular demonym that shares the name's start ("Azerbaijani"). */
export function adjectiveOf(c: { name: string; demonyms: string[] } | undefined): string | undefined {
  if (!c) return undefined;
  const singular = c.demonyms.filter((d) => !(d.endsWith('s') && c.demonyms.includes(d.slice(0, -1))));
  const stem = c.name.slice(0, 3).toLowerCase();
  const like = singular.filter((d) => d.toLowerCase().startsWith(stem)).sort((x, y) => y.length - x.length);
  return like[0] ?? singular[0];
}
/** Lower-case nouns for a kind of body, written beside its name: "the shipbroker Fearnleys", "X, a charity". */
export const BODY_KIND =
  /^(?:group|organi[sz]ation|coalition|campaign|company|firm|charity|ngo|nonprofit|non-profit|consultancy|shipbroker|broker|brokerage|lender|insurer|bank|watchdog|monitor|think-tank|broadcaster|newspaper|site|outlet|startup|start-up|manufacturer|maker|carrier|operator|union|association|collective|network|movement|militia|faction|party|agency|foundation|institute|fund)$/;

/** Ranks that make the kind after them a person's job: "a senior broker", "a veteran campaigner". */
const HOLDER_RANK = /^(?:senior|junior|chief|veteran|retired)$/i;
/**
 * "Njeri Wambugu Kariuki, a senior broker with a Mombasa firm", "X, a broker who …": the kind of body at `k` (after
 * the words from `d`) in an appositive is a person's job when a rank qualifies it or "who" goes on after it.
 */
export const holderJob = (W: readonly Word[], d: number, k: number): boolean =>
  W.slice(d, k).some((x) => HOLDER_RANK.test(x.text)) || W[k + 1]?.text === 'who';

/** Nouns after "X's" that belong to a country or a town, not to a person: "Jordan's government". */
const PLACE_OWNED =
  /^(?:government|army|military|capital|border|borders|king|queen|economy|parliament|ministry|cities|towns|north|south|east|west|centre|center|people|population|coast|president|prime|foreign|interior|authorities|police|forces|navy|airspace|territory)$/i;
const PLACE_BEFORE =
  /^(?:in|near|outside|at|from|into|across|toward|towards|throughout|inside|within|around)$/i;

/**
 * The words around a one-word name that read it as a place: after a locative preposition ("in Jordan"), as the owner
 * of a country's body ("Jordan's government"), or after a town and a comma ("Amman, Jordan").
 */
export function placeContext(W: Word[], i: number, isPlaceWord: (k: number) => boolean): boolean {
  const prev = i > 0 && W[i - 1].sent === W[i].sent ? W[i - 1] : null;
  const next = i + 1 < W.length && W[i + 1].sent === W[i].sent ? W[i + 1] : null;
  if (prev && PLACE_BEFORE.test(prev.text)) return true;
  if (next?.text === "'s" && i + 2 < W.length && PLACE_OWNED.test(W[i + 2].text)) return true;
  return !!prev && prev.text === ',' && i >= 2 && W[i - 2].cap && isPlaceWord(i - 2);
}

/**
 * The words around a one-word name that read it as a person: a speech verb after it ("Jordan said"), a title or an
 * honorific before it ("Dr Jordan"), a relative clause ("Jordan, who …"), "according to Jordan" or "said Jordan".
 */
export function personContext(W: Word[], i: number): boolean {
  const prev = i > 0 && W[i - 1].sent === W[i].sent ? W[i - 1] : null;
  const next = i + 1 < W.length && W[i + 1].sent === W[i].sent ? W[i + 1] : null;
  if (next && SPEECH_VERBS.has(lower(next)) && lower(next) !== 'according') return true;
  if (next?.text === ',' && i + 2 < W.length && /^(?:who|whose)$/i.test(W[i + 2].text)) return true;
  if (prev && (isTitle(prev) || HONORIFICS.has(lower(prev)))) return true;
  if (prev && /^(?:said|says|told|added|asked)$/i.test(prev.text)) return true;
  return !!prev && lower(prev) === 'to' && i >= 2 && lower(W[i - 2]) === 'according';
}

/** Adjectives of a faith or a creed: "the Islamic extremist group", "a Buddhist monastery" describe, they name nothing. */
export const FAITH_ADJ =
  /^(?:Islamic|Islamist|Jihadist|Christian|Muslim|Sunni|Shia|Shiite|Shi'ite|Druze|Alawite|Buddhist|Hindu|Sikh|Jewish|Catholic|Orthodox|Maoist|Marxist)$/;
