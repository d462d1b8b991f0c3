/**
 * People: name runs introduced by a title, an honorific, a known given name, speech or an appositive, with their
 * normalised role and country ("Iraqi Foreign Minister Fouad Hussein", "his deputy, Esmail Qaani", "two
 * businessmen, X and Y"); later surname-only mentions linked to the full name; `normaliseRole`.
 */
import type { Word } from '../doc.ts';
import { namesNation, nationOf, normKey } from '../gazetteer.ts';
import {
  ADMIN_SUFFIX,
  FACILITY_SUFFIX,
  HONORIFICS,
  MONTHS,
  NON_ENTITY_SUFFIX,
  NOT_NAME,
  ORG_HEAD,
  ROLE_DROP,
  ROLE_EXPAND,
  SPEECH_VERBS,
  STOP_CAPS,
  STREET_SUFFIX,
  TITLE_GLUE,
  TITLE_WORDS,
  WEEKDAYS,
} from '../lexicon.ts';
import { genderOfTitle, givenName } from '../names.ts';
import type { EntityContext } from './context.ts';
import { LANDMARK_BEFORE, STREET_HEAD } from './landmarks.ts';
import {
  BODY_KIND,
  isNameWord,
  isTitle,
  lower,
  PLACE_PREFIX,
  RANK_SHORT,
  SETTLEMENT_APPOSITIVE,
  spanText,
  UNIT_HEAD,
} from './shared.ts';
import type { Person } from './types.ts';

/** "Imam Khomeini Street", "Jalan … Square": a street named after a person. */
const PERSON_STREET = new RegExp(`^${STREET_HEAD}$`);

/** Country names that are also given names: "Jordan Pike", "Israel Katz", "Chad Daniels". */
const COUNTRY_GIVEN = new Set(['Jordan', 'Chad', 'Georgia', 'Israel', 'India', 'Kenya', 'Cuba']);

/**
 * 1. People: name runs with a title ("Iraqi Foreign Minister Fouad Hussein", "State Department spokesperson Jalina
 * Porter"), an honorific, a known given name, speech, an appositive or a plural title shared by coordinated names.
 */
/** Family words that give a role in an appositive: "a mother of five". */
const KIN =
  /^(?:mother|father|grandmother|grandfather|widow|widower|wife|husband|son|daughter|brother|sister)$/;

/** A place's head noun after a name: "… and Ghulam Khan crossings", "Ahmed Khel village" (not "village elder"). */
const PLACE_HEAD_AFTER =
  /^\s+(?:crossings?|border crossing|village|villages|hamlet|township|forests?|checkpoint|camps?|district)\b(?!\s+(?:chief|head|elder|leader|official|council|councillor|administrator|commissioner|police|spokesman|spokeswoman|resident))/;

/** Areas a country is divided into: "the departments of Alta Verapaz and Petén", "the town of X". */
const AREA_OF =
  /^(?:city|cities|town|towns|village|villages|district|districts|province|provinces|region|regions|county|counties|suburb|suburbs|neighbourhood|neighborhood|department|departments|state|states|municipality|municipalities|governorate|governorates|prefecture|prefectures|commune|communes|oblast|oblasts|islands?|emirates?)$/i;

/** A part of a body a person leads, named after the body: "the Northern Front faction led by …". */
const BODY_PART = /^(?:faction|wing|splinter)$/;
/**
 * Nouns that say who a person is in an event or a body without being titles: as an appositive ("The assailant, Karim
 * Benali", "a member of the council") they are a role; before a bare name they prove nothing.
 */
const POST_NOUN = new Set(
  `member suspect assailant attacker gunman victim survivor accused mother father son daughter wife husband brother
  sister eyewitness witness`.split(/\s+/),
);
const isPost = (w: Word) => isTitle(w) || POST_NOUN.has(lower(w));
/**
 * A word that names a person before the comma of an appositive: a post, a relative ("his uncle, X") or a lower-case
 * noun naming what someone does ("a dock foreman, X", "the composer, X") but no kind of body.
 */
const personNoun = (w: Word) =>
  isPost(w) ||
  KIN_NAMED.test(lower(w)) ||
  // ("the terminal's operator, Scheldt Gateway Terminals": a kind of body, not a person)
  (agentNoun(w) && !BODY_KIND.test(lower(w)));
/** Lower-case words that qualify a title without being one ("former president", "managing director"). */
const ROLE_MODIFIER = /^(?:former|senior|acting|retired|interim|managing|lead|outgoing|incoming|elected)$/;
/** Verbs of a relative clause that tell a person's post, and the post: "who heads …" → "head of …". */
const POST_VERB: Record<string, string> = {
  heads: 'head',
  headed: 'head',
  leads: 'leader',
  led: 'leader',
  commands: 'commander',
  commanded: 'commander',
  chairs: 'chair',
  directs: 'director',
  manages: 'manager',
  owns: 'owner',
  // (a shop; anything else one runs is not told as a post)
  runs: 'owner',
  sits: 'member',
  represents: 'representative',
};
/** Relatives a person may have lost: "who lost her brother", "whose son was among the dead". */
const KIN_LOST =
  /^(?:brothers?|sisters?|sons?|daughters?|father|mother|parents|husband|wife|child|children|nephews?|nieces?|cousins?|uncles?|aunts?|grandsons?|granddaughters?|grandchildren|grandfather|grandmother|relatives?)$/;
/** Nouns that name a person by what they do: "underwriter", "educator", "economist", "lifeguard", "partner". */
const AGENT_NOUN = /(?:[^e]er|or|ist|ian|ant|ent|man|woman|guard|partner|fellow)$/;
/** Words of those endings that name no person. */
const NOT_AGENT = new Set(
  `number quarter corner water border order paper letter matter power tower river center chapter cluster layer
  meter metre parameter percent moment element segment department government statement agreement event incident
  component movement equipment payment shipment settlement management environment apartment compartment document
  restaurant plant`.split(/\s+/),
);
/** A lower-case noun naming what someone does: "foreman", "underwriter", "composer" (AGENT_NOUN, less NOT_AGENT). */
const agentNoun = (w: Word) =>
  !w.cap && w.pos === 'NOUN' && AGENT_NOUN.test(lower(w)) && !NOT_AGENT.has(lower(w));
/**
 * A lower-case noun naming a kind of armed or organised body ("the armed group X", "the militia X", "the party X"):
 * the name after it is the body's. Not one that may name a person's trade too ("a crane operator X").
 */
const bodyNoun = (w: Word) => !w.cap && BODY_KIND.test(lower(w)) && !agentNoun(w);
/** Relatives named by a possessive before a name: "his brother X". */
const KIN_NAMED =
  /^(?:brother|sister|son|daughter|father|mother|husband|wife|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother)$/;
/** What the kin of a relative clause suffered: "whose son was killed", "was among the dead". */
const KIN_HARM = /^(?:killed|among|shot|murdered|died|slain|abducted|kidnapped|missing)$/;
/** Vehicles a driver drives: "who drives a minibus" → "minibus driver". */
const VEHICLE =
  /^(?:bus|minibus|taxi|cab|truck|lorry|tanker|ambulance|tractor|van|rickshaw|tuk-tuk|motorcycle|motorbike|train|tram|boda-boda|matatu|okada|keke)$/;
/** Verbs by which a teller gives a person's post: "whom it described as", "who police said was". */
const TELLING = /^(?:described|named|identified|called|said|says)$/;
/** What a shop keeper runs (anything else a person runs, they head). */
const BUSINESS =
  /^(?:shop|stall|store|bakery|restaurant|cafe|café|diner|kiosk|hotel|business|company|pharmacy|garage|farm|bar|salon|workshop|firm|butchery|grocery|boutique|bookshop|teahouse|guesthouse)$/;
/** Words that end a post's object: where the post is, not what it is ("a bakery across the road"). */
const PLACE_AFTER = new Set([
  'across',
  'near',
  'opposite',
  'outside',
  'behind',
  'beside',
  'next',
  'since',
  'for',
  'with',
]);

/** Verbs of leading a body and the role they give: "led by" → "leader". */
const LED_VERB: Record<string, string> = {
  led: 'leader',
  headed: 'head',
  commanded: 'commander',
  founded: 'founder',
};

export function findPeople(cx: EntityContext): void {
  const { doc, W, hits, claimed, people, byId, personWords, addMention } = cx;
  const personByKey = new Map<string, Person>();
  // name keys are asked for again and again while a long text is read: each is computed once
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) {
      k = normKey(name);
      keys.set(name, k);
    }
    return k;
  };
  // the first person known by each last word; a longer form keeps the last word, so this never goes stale
  const bySurname = new Map<string, Person>();
  const indexSurname = (p: Person) => {
    const last = keyOf(p.name).split(' ').pop() ?? '';
    if (!bySurname.has(last)) bySurname.set(last, p);
  };
  // people by their whole key and by each shorter key their name ends in ("biden" for "joe biden"), with their
  // place in the list: a new name is a longer or shorter form of the first person either index gives
  const order = new Map<Person, number>();
  const byWhole = new Map<string, Set<Person>>();
  const byEnding = new Map<string, Set<Person>>();
  const endings = (key: string): string[] => {
    const out: string[] = [];
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) out.push(key.slice(i + 1));
    return out;
  };
  const put = (index: Map<string, Set<Person>>, key: string, p: Person) => {
    const set = index.get(key);
    if (set) set.add(p);
    else index.set(key, new Set([p]));
  };
  const indexPerson = (p: Person) => {
    if (!order.has(p)) order.set(p, order.size);
    const key = keyOf(p.name);
    put(byWhole, key, p);
    for (const e of endings(key)) put(byEnding, e, p);
    indexSurname(p);
  };
  for (const p of people) indexPerson(p);
  const formOf = (key: string): Person | undefined => {
    let best: Person | undefined;
    let rank = Number.POSITIVE_INFINITY;
    const consider = (set: Set<Person> | undefined) => {
      for (const x of set ?? []) {
        const r = order.get(x) ?? Number.POSITIVE_INFINITY;
        if (r < rank) [best, rank] = [x, r];
      }
    };
    consider(byEnding.get(key));
    for (const e of endings(key)) consider(byWhole.get(e));
    return best;
  };
  /** "Mr Justice Colm Devlin", "Lady Justice Amina Odhiambo", "Chief Justice …": a judge's title, not a name. */
  // "Mr Justice Reid", and "Justice Grace Wanjala" before a known given name (not "Justice Ministry")
  // "Justice Priyanthi Wijesekera", "Justices Meera Patwardhan and …": before two name words that name no body
  const judgeTitle = (k: number) =>
    (W[k].text === 'Justice' &&
      ((k > 0 && /^(?:Mr|Mrs|Ms|Madam|Lady|Lord|Chief)\.?$/.test(W[k - 1].text)) ||
        (k + 2 < W.length && isNameWord(W[k + 2]) && givenName(W[k + 1].text) !== null))) ||
    (/^Justices?$/.test(W[k].text) &&
      k + 2 < W.length &&
      [W[k + 1], W[k + 2]].every(
        (x) =>
          x.sent === W[k].sent &&
          isNameWord(x) &&
          x.pos === 'PROPN' &&
          !isTitle(x) &&
          !ORG_HEAD.has(lower(x)) &&
          !NOT_NAME.has(x.text),
      ));
  // "Sr. Comr.": senior before a rank is part of it (after a name, "Sr." is the name's)
  const seniorRank = (k: number) =>
    /^(?:Sr|Snr)\.?$/.test(W[k].text) && k + 1 < W.length && isTitle(W[k + 1]);
  const isTitleAt = (k: number) => isTitle(W[k]) || judgeTitle(k) || seniorRank(k);
  /**
   * Honorifics that may also be names, taken as honorifics only before a name: the Burmese "U" and "Ko" for a man
   * before two name words or more ("U Kyaw Zin Thant", "Ko Zaw Lin Htet"; "Ko Samui" and "Ko Lanta" are islands), and
   * the Hausa "Kachalla" of a bandit leader before one ("a bandit leader known as Kachalla Bodere"; "the group's
   * commander, Modu Kachalla, told AFP" keeps it as a surname).
   */
  const prefixHonorific = (k: number) => {
    if (k < 0) return false;
    const n = /^(?:U|Ko)$/.test(W[k].text) ? 2 : W[k].text === 'Kachalla' ? 1 : 0;
    return (
      n > 0 &&
      k + n < W.length &&
      W.slice(k + 1, k + 1 + n).every((x) => x.sent === W[k].sent && isNameWord(x) && !isTitle(x))
    );
  };
  /** Each person's mentions in reading order, for "his brother X" to point back to. */
  const named: { w0: number; p: Person }[] = [];
  const addPerson = (w0: number, w1: number, role: string | null, country: string | null): Person => {
    const name = spanText(doc, w0, w1).replace(/'s$/, '');
    const key = keyOf(name);
    let p = personByKey.get(key);
    if (!p) {
      // a longer form of a known name ("Joe Biden" after "Biden") or a known surname
      p = formOf(key);
      if (p && key.length > keyOf(p.name).length) {
        personByKey.delete(keyOf(p.name));
        byWhole.get(keyOf(p.name))?.delete(p);
        p.name = name;
        indexPerson(p);
      }
    }
    if (!p) {
      p = { id: `person:${key}`, name, role, country, mentions: 0, first: W[w0].start };
      people.push(p);
      byId.set(p.id, p);
      indexPerson(p);
    }
    personByKey.set(keyOf(p.name), p);
    if (role && (!p.role || p.role.length < role.length)) p.role = role;
    if (!p.country && country) p.country = country;
    p.mentions++;
    for (let i = w0; i < w1; i++) personWords.add(i);
    addMention('person', p.id, w0, w1);
    named.push({ w0, p });
    return p;
  };
  /**
   * "his brother Hassan Ahmat", "her aunt, Ana Ruiz": kin of the person the possessive points back to, the last one
   * named before of that gender or of none known.
   */
  const kinOf = (i: number, s0: number): string | null => {
    let k = i - 1;
    if (k > s0 && W[k].text === ',') k--;
    if (k - 1 < s0 || !KIN_NAMED.test(lower(W[k]))) return null;
    const his = lower(W[k - 1]);
    if (his !== 'his' && his !== 'her') return null;
    for (let x = named.length - 1; x >= 0; x--) {
      const { w0, p } = named[x];
      if (w0 >= k - 1) continue;
      if (p.gender && p.gender !== 'u' && p.gender !== (his === 'his' ? 'm' : 'f')) continue;
      return `${lower(W[k])} of ${p.name}`;
    }
    return null;
  };

  /** A token written against the previous one with no space: a piece of the same word. */
  const glued = (k: number) =>
    k > 0 && W[k].start === W[k - 1].end && /^\p{L}+$/u.test(W[k].text) && W[k].pos !== 'PUNCT';
  const glue = 4;
  /** An initial that opens a name: "P. Jesuraja", "K. R. Meena". */
  const initial = (k: number): boolean =>
    /^\p{Lu}\.$/u.test(W[k].text) &&
    k + 1 < W.length &&
    W[k + 1].sent === W[k].sent &&
    ((isNameWord(W[k + 1]) && !isTitle(W[k + 1])) || initial(k + 1));
  /**
   * A lower-case particle right before the run's last word ("Joris van Dam", "Pieter de Port"): the word is a surname,
   * not the head of a facility's name ("Mosul Dam").
   */
  const surnameParticle = (i: number, j: number): boolean =>
    j - 2 > i && /^(?:van|von|de|der|den|ter|du|da|dos|del)$/.test(W[j - 2].text);
  const nameRunAt = (i: number, s1: number): number => {
    // "Kafr Nabl", "Beit Lahiya", "Deir al-Balah": a place name by its first word, not a person
    if (/^Operation$/.test(W[i].text) && i + 1 < s1 && W[i + 1].cap) return i;
    if (
      PLACE_PREFIX.test(W[i].text) &&
      i + 1 < s1 &&
      (W[i + 1].cap || /^(?:al|el|ez|ed|es|ash|an|ar|as)-/i.test(W[i + 1].text))
    )
      return i;
    // a name: 1–4 name words (particles allowed inside), ending before a non-name word
    let j = i;
    while (j < s1 && j - i < 5 + glue) {
      const w = W[j];
      if (
        (isNameWord(w) && !isTitle(w) && (claimed[j] < 0 || isWeak(j))) ||
        // (a middle initial too: "Rommel S. Dayrit", "George W. Bush")
        (initial(j) && (j === i || /^\p{Lu}\.$/u.test(W[j - 1].text) || isNameWord(W[j - 1])))
      ) {
        j++;
        // letters the tokeniser split off a word ("Radovanović" read as "Radovanovi" + "ć")
        while (j < s1 && glued(j)) j++;
      } else if (
        /^(bin|ibn|al|el|de|da|dos|das|van|von|der|abu|bint)$/i.test(w.text) &&
        j + 1 < s1 &&
        isNameWord(W[j + 1]) &&
        j > i
      )
        j++;
      else break;
    }
    return j;
  };
  const isWeak = (i: number) => {
    const h = hits[claimed[i]];
    // "Jordan Pike": a country's name used as a given name before a surname
    if (
      h.w1 - h.w0 === 1 &&
      (givenName(W[i].text) || COUNTRY_GIVEN.has(W[i].text)) &&
      i + 1 < W.length &&
      W[i + 1].sent === W[i].sent &&
      isNameWord(W[i + 1]) &&
      claimed[i + 1] < 0 &&
      !ORG_HEAD.has(lower(W[i + 1])) &&
      !NOT_NAME.has(W[i + 1].text)
    )
      return true;
    // "Michael Bloomberg", "Robert Fitch": a one-word organisation or place after a given name is a surname
    if (
      h.w1 - h.w0 === 1 &&
      i > 0 &&
      W[i - 1].sent === W[i].sent &&
      isNameWord(W[i - 1]) &&
      givenName(W[i - 1].text) &&
      (claimed[i - 1] < 0 ||
        hits[claimed[i - 1]].entries.every((e) => e.kind === 'city' || e.kind === 'province')) &&
      // a country as a surname only after a title or an honorific: "Dr Michael Jordan"
      (!namesNation(h.entries) ||
        (h.entries.every((e) => e.kind !== 'demonym') &&
          i >= 2 &&
          W[i - 2].sent === W[i].sent &&
          (isTitle(W[i - 2]) || HONORIFICS.has(lower(W[i - 2]))))) &&
      (i + 1 >= W.length || !W[i + 1].cap || W[i + 1].sent !== W[i].sent)
    )
      return true;
    return h.entries.every((e) => e.kind === 'city' || e.kind === 'province');
  };

  const roleBefore = (
    nameStart: number,
    s0: number,
  ): { role: string | null; country: string | null; start: number } => {
    let k = nameStart - 1;
    let sawTitle = false;
    let modified = -1;
    let country: string | null = null;
    while (k >= s0) {
      const w = W[k];
      const lw = lower(w);
      if (personWords.has(k)) break;
      if (isTitleAt(k)) sawTitle = true;
      else if (
        sawTitle &&
        !w.cap &&
        (w.pos === 'NOUN' || w.pos === 'ADJ' || ROLE_MODIFIER.test(lw)) &&
        nameStart - k <= 4 &&
        (isTitle(W[k + 1]) || modified === k + 1)
      ) {
        // "district police chief", "federal interior minister", "former president", "managing director"
        modified = k;
        /* "district police chief" */
      } else if (
        TITLE_GLUE.has(lw) &&
        k > s0 &&
        modified !== k + 1 &&
        (W[k - 1].cap || isTitle(W[k - 1]) || TITLE_GLUE.has(lower(W[k - 1])))
      ) {
        /* "Secretary of Defense for the Middle East" */
      } else if (/^u\.s\.?$/i.test(w.text)) country = country ?? 'US';
      else if (
        w.text === '.' &&
        k > s0 &&
        Object.hasOwn(RANK_SHORT, W[k - 1].text) &&
        W[k - 1].end === w.start
      ) {
        /* "Maj. Gen.": a short rank whose stop the tokeniser split off */
      } else if (
        w.cap &&
        w.pos !== 'PUNCT' &&
        !STOP_CAPS.has(w.text) &&
        !WEEKDAYS.has(w.text) &&
        !MONTHS.has(w.text)
      ) {
        const h = claimed[k] >= 0 ? hits[claimed[k]] : null;
        const dem = nationOf(h?.entries);
        if (dem && !country) country = dem;
      } else break;
      k--;
    }
    if (!sawTitle) return { role: null, country: null, start: nameStart };
    let a = k + 1;
    while (a < nameStart && (ROLE_DROP.has(lower(W[a])) || TITLE_GLUE.has(lower(W[a])))) a++;
    if (a >= nameStart) return { role: null, country: null, start: nameStart };
    const role = normaliseRole(W.slice(a, nameStart).map((w) => w.text));
    return { role, country, start: a };
  };

  /** The role written before ", Name": "Saxony's economy minister, Thomas Krüger" (titles, their modifiers, an owner). */
  const roleLeftOf = (comma: number, s0: number): string | null => {
    let k = comma - 1;
    if (k < s0 || !personNoun(W[k])) return null;
    while (k > s0) {
      const w = W[k - 1];
      if (isTitle(w) || (w.cap && !ROLE_DROP.has(lower(w)) && !STOP_CAPS.has(w.text) && w.pos !== 'PUNCT'))
        k--;
      else if (
        !w.cap &&
        (w.pos === 'NOUN' || w.pos === 'ADJ' || ROLE_MODIFIER.test(lower(w))) &&
        comma - k <= 3 &&
        !ROLE_DROP.has(lower(w))
      )
        k--;
      else if (w.text === "'s" && k - 1 > s0 && (W[k - 2].cap || W[k - 2].pos === 'NOUN')) k -= 2;
      else break;
    }
    return normaliseRole(W.slice(k, comma).map((x) => x.text));
  };
  /**
   * "The suspect, identified as Travis Kettering", "a procurement official it named as Ali Nashiri", "the victim was
   * identified as Ana Ruiz": the post of the one a teller names.
   */
  const namedAs = (i: number, s0: number): string | null => {
    if (i - 3 < s0 || lower(W[i - 1]) !== 'as' || !/^(?:identified|named|described)$/.test(lower(W[i - 2])))
      return null;
    let k = i - 3;
    while (k > s0 && i - k <= 6 && (W[k].text === ',' || W[k].pos === 'PRON' || W[k].pos === 'AUX')) k--;
    return roleLeftOf(k + 1, s0);
  };
  /**
   * A title with its "of/for …" tail before ", Name": "the governor of Batken region, Abdikadyr Toktosunov", or with
   * where the person serves: "Its spokesman in Bukavu, X", "The head of the UN mission's office in Bria, X".
   */
  const titledPhraseBefore = (comma: number, s0: number): string | null => {
    let k = comma - 1;
    let glue = false;
    for (let steps = 0; k >= s0 && steps < 9; steps++, k--) {
      const w = W[k];
      const lw = lower(w);
      // (a title before "'s" owns what follows: "the prime minister's office")
      if (isTitle(w) && glue) {
        let e = k + 1;
        while (e < comma && isTitle(W[e])) e++;
        if (W[e].text !== "'s") break;
      }
      if (/^(?:of|for|at|in|on|from)$/.test(lw)) glue = true;
      else if (!w.cap && (w.pos === 'NOUN' || w.pos === 'ADJ')) {
        /* the tail's own words: "a reporter for the N1 television channel", "head of office for Darfur" */
      } else if (!(w.cap || lw === 'the' || w.text === "'s" || ADMIN_SUFFIX.has(lw)) || personWords.has(k))
        return null;
    }
    if (k < s0 || !isTitle(W[k]) || !glue) return null;
    let a = k;
    while (
      a > s0 &&
      (isTitle(W[a - 1]) || (!W[a - 1].cap && W[a - 1].pos === 'ADJ' && !ROLE_DROP.has(lower(W[a - 1]))))
    )
      a--;
    // "Speaking to the minister in Goma, X said": the title is an object, not X's appositive
    let b = a - 1;
    while (b > s0 && ROLE_DROP.has(lower(W[b]))) b--;
    if (b >= s0 && /^(?:to|with)$/.test(lower(W[b])) && !(b > s0 && lower(W[b - 1]) === 'according'))
      return null;
    return normaliseRole(W.slice(a, comma).map((x) => x.text));
  };
  /** "MSF's emergency coordinator": a title, up to two words after the owner's "'s". */
  const ownerTitle = (k: number, s1: number): boolean => {
    for (let x = k; x < s1 && x <= k + 2; x++) {
      if (isTitle(W[x])) return true;
      // "CPJ's Mexico representative": a place or a portfolio may sit between the owner and the title
      if (W[x].cap ? W[x].pos !== 'PROPN' || personWords.has(x) : W[x].pos !== 'NOUN' && W[x].pos !== 'ADJ')
        return false;
    }
    return false;
  };
  /** The role in an appositive after a name: ", a 29-year-old market trader who …" → "market trader". */
  const appositiveRole = (at: number, s1: number): string | null => {
    let k = at;
    while (k < s1 && W[k].text !== ',' && W[k].text !== '.' && k - at < 12) k++;
    const phrase = W.slice(at, k);
    // determiners, ages and numbers dropped; cut at a relative clause or a verb
    const out: Word[] = [];
    for (const x of phrase) {
      const lx = lower(x);
      if (/^(who|whose|which|that|whom|where|with|from|since|after|before|said|says|told|and|\()$/.test(lx))
        break;
      if ((x.pos === 'VERB' || x.pos === 'AUX') && !isTitle(x)) {
        // ", the attackers entered the town": a clause's subject after the name, not its appositive
        if (x === phrase[out.length] && !out.some(isPost)) return null;
        break;
      }
      if (out.length === 0 && (ROLE_DROP.has(lx) || /^\d/.test(lx) || /-year-old$/.test(lx))) continue;
      out.push(x);
    }
    while (out.length && TITLE_GLUE.has(lower(out[out.length - 1]))) out.pop();
    // "one of the strike organisers": one of a group is one of its members
    if (out.length >= 4 && lower(out[0]) === 'one' && lower(out[1]) === 'of' && lower(out[2]) === 'the') {
      const group = out.slice(3);
      if (group.length > 3 || !group.every((x) => x.pos === 'NOUN' || x.pos === 'ADJ')) return null;
      const last = lower(group[group.length - 1]);
      if (!/s$/.test(last)) return null;
      return normaliseRole([
        ...group.slice(0, -1).map((x) => x.text),
        last.replace(/ies$/, 'y').replace(/s$/, ''),
      ]);
    }
    // too long for a role: first drop where the person is ("… at Halden Capital in Singapore")
    if (out.length > 8) {
      const at = out.findLastIndex(
        (x, n) => lower(x) === 'in' && n > 1 && out.slice(n + 1).every((y) => y.cap),
      );
      if (at > 1) out.length = at;
    }
    // too long for a role: keep it up to its last title word ("the deputy defence minister in the … Government")
    if (out.length > 8) {
      let t = -1;
      for (let x = 0; x < 8; x++) if (isTitle(out[x])) t = x;
      if (t >= 0 && out[t + 1] && /^(?:in|at|from|on)$/.test(lower(out[t + 1]))) out.length = t + 1;
    }
    const head = out[out.length - 1];
    if (!head || out.length > 8) return null;
    // "a mother of five", "a father of three": a person's place in a family is a role too
    const kin = out.length <= 4 && KIN.test(lower(out[0])) && (out.length === 1 || lower(out[1]) === 'of');
    if (!out.some(isPost) && !kin && (out.length > 4 || head.pos !== 'NOUN') && !workAt(out)) return null;
    return normaliseRole(out.map((x) => x.text));
  };
  /**
   * "a partner at a Johannesburg law firm", "a marine underwriter at a Lloyd's syndicate", "an educator in Kiryat
   * Shmona": a noun naming what someone does (an agent noun), then where they do it.
   */
  const workAt = (out: Word[]): boolean => {
    const adp = out.findIndex((x) => x.pos === 'ADP');
    if (adp < 1 || adp > 3 || !/^(?:at|for|with|in|on)$/.test(lower(out[adp]))) return false;
    const noun = out[adp - 1];
    return (
      agentNoun(noun) && out.slice(0, adp - 1).every((x) => !x.cap && (x.pos === 'NOUN' || x.pos === 'ADJ'))
    );
  };

  /**
   * The post a relative clause after a name tells: ", who heads the town's hospital" → "head of the town's hospital",
   * ", who runs a bakery across the road" → "owner of a bakery", ", who sits on the council" → "member of the council".
   * The clause's object is taken up to a place told after it, a comma or another clause.
   */
  const relativePost = (at: number, s1: number, gender: string | null): string | null => {
    if (at + 2 >= s1) return null;
    if (lower(W[at]) === 'whose') return victimKin(kinHarmed(at + 1, s1), gender);
    if (lower(W[at]) !== 'who') return null;
    return postOfVerb(at + 1, s1) ?? lifePost(at + 1, s1, gender);
  };
  /** "brother was among the dead", "17-year-old son was killed" at `k`: the relative a person lost. */
  const kinHarmed = (k0: number, s1: number): string | null => {
    const k = k0 < s1 && /^\d+-year-old$/.test(W[k0].text) ? k0 + 1 : k0;
    if (k >= s1 || !KIN_LOST.test(lower(W[k]))) return null;
    for (let x = k + 1; x < s1 && x <= k + 6; x++) {
      const t = lower(W[x]);
      if (t === 'was' || t === 'were')
        return x + 1 < s1 && KIN_HARM.test(lower(W[x + 1])) ? lower(W[k]) : null;
      if (W[x].pos === 'PUNCT' || W[x].pos === 'VERB') return null;
    }
    return null;
  };
  /** Who one is whose relative was a victim: a widow, a mother or father (by the person's gender), or a relative. */
  const victimKin = (kin: string | null, gender: string | null): string | null => {
    if (!kin) return null;
    if (kin === 'husband') return 'widow of a victim';
    if (kin === 'wife') return 'husband of a victim';
    if (/^(?:sons?|daughters?|child|children)$/.test(kin) && (gender === 'f' || gender === 'm'))
      return `${gender === 'f' ? 'mother' : 'father'} of a victim`;
    return 'relative of a victim';
  };
  /**
   * Who a person is from what a relative clause says they do or did: "who lives on the fourth floor" (a resident),
   * "who lives next door" (a neighbour), "who survived the siege", "who lost her brother" (a victim's relative), "who
   * sells tea near the market" (a tea seller), "who drives a minibus", "who is running for Congress" (a candidate),
   * "who farms", "who teaches maths", "who works as a nurse", "who was standing near the stop" (a witness).
   */
  const lifePost = (v0: number, s1: number, gender: string | null): string | null => {
    let v = v0;
    while (v < s1 - 1 && /^(?:is|was|has|had|have|still|now|also)$/.test(lower(W[v]))) v++;
    const verb = lower(W[v]);
    const after = W.slice(v + 1, Math.min(s1, v + 5)).map(lower);
    if (/^(?:lives|lived|resides|resided|living)$/.test(verb)) {
      if (after[0] === 'next' && after[1] === 'door') return 'neighbour';
      if (/^doors?$/.test(after[1] ?? '') && /^(?:away|down)$/.test(after[2] ?? '')) return 'neighbour';
      return after[0] === 'in' && after[1] === 'exile' ? null : 'resident';
    }
    if (verb === 'survived') return 'survivor';
    if (/^(?:farms|farmed)$/.test(verb)) return 'farmer';
    // "who was standing a few metres from the stop", "who saw the blast": a witness
    if (/^(?:witnessed|saw)$/.test(verb) && /^(?:the|it)$/.test(after[0] ?? '')) return 'witness';
    if (
      /^(?:standing|stood)$/.test(verb) &&
      /^(?:near|nearby|beside|next|a|just|only|outside)$/.test(after[0] ?? '')
    )
      return 'witness';
    if (/^(?:works|worked)$/.test(verb) && after[0] === 'as') return postFrom(v + 2, s1);
    if (/^(?:teaches|taught)$/.test(verb)) {
      // "who teaches maths at a secondary school" → "maths teacher"
      const subject = v + 1 < s1 && W[v + 1].pos === 'NOUN' && !W[v + 1].cap ? `${lower(W[v + 1])} ` : '';
      return `${subject}teacher`;
    }
    if (verb === 'lost') {
      const k =
        v + 1 + (/^(?:a|an|his|her|their|two|three|four|five|several|both)$/.test(after[0] ?? '') ? 1 : 0);
      return k < s1 && KIN_LOST.test(lower(W[k])) ? victimKin(lower(W[k]), gender) : null;
    }
    if (verb === 'running' && after[0] === 'for') {
      const out: string[] = [];
      for (let x = v + 2; x < s1 && out.length < 6; x++) {
        const t = lower(W[x]);
        if (W[x].pos === 'PUNCT' || W[x].pos === 'VERB' || (W[x].pos === 'ADP' && t !== 'of')) break;
        out.push(W[x].text);
      }
      return out.some((t) => /^\p{Lu}/u.test(t)) ? normaliseRole(['candidate', 'for', ...out]) : null;
    }
    if (/^(?:sells|sold|selling|drives|drove|driving)$/.test(verb)) {
      // the goods or the vehicle: the nouns right after the verb ("sells grilled meat", "drives a minibus")
      let k = v + 1;
      if (k < s1 && /^(?:a|an|the|his|her)$/.test(lower(W[k]))) k++;
      const nouns: string[] = [];
      while (k < s1 && nouns.length < 2 && W[k].pos === 'NOUN' && !W[k].cap) nouns.push(lower(W[k++]));
      const noun = nouns[nouns.length - 1] ?? '';
      if (verb.startsWith('dr')) return VEHICLE.test(noun) ? `${noun} driver` : 'driver';
      // the goods in the singular: "sells phones" → "phone seller" (not "bus", "glass")
      const head = noun
        .replace(/ies$/, 'y')
        .replace(/oes$/, 'o')
        .replace(/([^sui])s$/, '$1');
      return head ? `${head} seller` : null;
    }
    return null;
  };
  /** "heads the town's hospital" at `v` → "head of the town's hospital" (see relativePost). */
  const postOfVerb = (v: number, s1: number): string | null => {
    const verb = lower(W[v]);
    let k = v + 1;
    if (verb === 'sits' && lower(W[k]) === 'on') k++;
    const post = POST_VERB[verb];
    if (!post) return null;
    const out: Word[] = [];
    for (; k < s1 && out.length < 9; k++) {
      const x = W[k];
      if (x.pos === 'PUNCT' && x.text !== "'s" && x.text !== "'") break;
      if (
        x.pos === 'VERB' ||
        x.pos === 'AUX' ||
        x.pos === 'CCONJ' ||
        x.pos === 'PRON' ||
        PLACE_AFTER.has(lower(x))
      )
        break;
      out.push(x);
    }
    // what is run is the object up to its first place ("a pharmacy on the main street")
    const at0 = out.findIndex((x) => x.pos === 'ADP' && lower(x) !== 'of');
    const object = at0 > 0 ? out.slice(0, at0) : out;
    const head = object[object.length - 1];
    if (!head || object.length < 2 || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return null;
    if (post === 'owner')
      return BUSINESS.test(lower(head)) ? normaliseRole(['owner', 'of', ...object.map((x) => x.text)]) : null;
    return normaliseRole([post, 'of', ...out.map((x) => x.text)]);
  };

  /**
   * The post a teller gives a person in a relative clause: ", whom it described as the commander of the rocket
   * units", ", who the army said was a finance officer of the rebels", ", who it said headed the unit".
   */
  const toldPost = (at: number, s1: number): string | null => {
    if (at + 3 >= s1 || !/^(?:who|whom)$/.test(lower(W[at]))) return null;
    let k = at + 1;
    while (k < s1 && k - at <= 3 && !TELLING.test(lower(W[k]))) {
      if (W[k].pos === 'PUNCT' || W[k].pos === 'VERB' || W[k].pos === 'AUX') return null;
      k++;
    }
    if (k === at + 1 || k + 2 >= s1 || !TELLING.test(lower(W[k]))) return null;
    const next = lower(W[k + 1]);
    let start: number;
    if (next === 'as' && lower(W[k]) !== 'said' && lower(W[k]) !== 'says') start = k + 2;
    else if (next === 'was' || next === 'is') start = k + 2;
    else return POST_VERB[next] ? postOfVerb(k + 1, s1) : null;
    return postFrom(start, s1);
  };
  /** "X, 24, was a farmer", "X is a nurse at the clinic": the post a copula gives the name before it. */
  const copulaPost = (k: number, s1: number): string | null =>
    k + 2 < s1 && /^(?:was|is)$/.test(lower(W[k])) && /^(?:a|an)$/.test(lower(W[k + 1]))
      ? postFrom(k + 1, s1)
      : null;
  /** A post phrase from `start` to the end of its clause, if it holds a title or a post noun. */
  const postFrom = (start: number, s1: number): string | null => {
    const out: Word[] = [];
    for (let x = start; x < s1 && out.length < 12; x++) {
      const w = W[x];
      if (w.pos === 'PUNCT' && w.text !== "'s" && w.text !== "'") break;
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'CCONJ' || /^(?:who|which|that)$/.test(lower(w)))
        break;
      out.push(w);
    }
    // a title or a post, not a name ("whom it named as Ali Jaber")
    const first = out.find((w) => !ROLE_DROP.has(lower(w)));
    if (!first || (first.cap && !isPost(first)) || !out.some(isPost)) return null;
    return normaliseRole(out.map((w) => w.text));
  };

  /**
   * "the RSF, led by Name", "the Northern Front faction led by Name": the body's name and the verb give the role
   * ("RSF leader").
   */
  const ledBy = (i: number, s0: number): string | null => {
    if (i - 4 < s0 || W[i - 1].text !== 'by' || !(W[i - 3].text === ',' || BODY_PART.test(W[i - 3].text)))
      return null;
    const noun = LED_VERB[lower(W[i - 2])];
    if (!noun) return null;
    let a = i - 4;
    while (a > s0 && a > i - 8 && W[a - 1].cap && W[a - 1].pos !== 'PUNCT' && !STOP_CAPS.has(W[a - 1].text))
      a--;
    if (!W[i - 4].cap || STOP_CAPS.has(W[a].text) || personWords.has(i - 4)) return null;
    if (claimed[i - 4] >= 0 && hits[claimed[i - 4]].entries.every((e) => e.kind !== 'org')) return null;
    return `${spanText(doc, a, i - 3)} ${noun}`;
  };

  let pluralRole: { role: string; sent: number } | null = null;
  for (const s of doc.sentences) {
    for (let i = s.w0; i < s.w1; i++) {
      if (personWords.has(i)) continue;
      const w = W[i];
      if (
        !(isNameWord(w) || initial(i)) ||
        isTitleAt(i) ||
        prefixHonorific(i) ||
        (claimed[i] >= 0 && !isWeak(i))
      )
        continue;
      if (
        (ORG_HEAD.has(lower(w)) || NOT_NAME.has(w.text)) &&
        i + 2 < s.w1 &&
        isNameWord(W[i + 1]) &&
        isNameWord(W[i + 2]) &&
        i > s.w0 + 1 &&
        TITLE_GLUE.has(lower(W[i - 1])) &&
        isTitle(W[i - 2])
      )
        continue;
      // "But Abdelsalam Bin Omran, …": a function word opening the sentence is not part of the name
      if (i === s.w0 && STOP_CAPS.has(w.text) && i + 1 < s.w1 && isNameWord(W[i + 1])) continue;
      const prev = i > s.w0 ? W[i - 1] : null;
      if (
        prev &&
        isNameWord(prev) &&
        !isTitleAt(i - 1) &&
        !prefixHonorific(i - 1) &&
        !(claimed[i - 1] >= 0 && !isWeak(i - 1)) &&
        !(i - 1 === s.w0 && STOP_CAPS.has(prev.text)) &&
        // "Superintendent of Police Vikas Sharma": the institution ends the title, a given name starts the name
        !(
          (ORG_HEAD.has(lower(prev)) || NOT_NAME.has(prev.text)) &&
          i >= s.w0 + 3 &&
          TITLE_GLUE.has(lower(W[i - 2])) &&
          isTitle(W[i - 3]) &&
          i + 1 < s.w1 &&
          isNameWord(W[i + 1])
        )
      )
        continue; // not a run start
      const j = nameRunAt(i, s.w1);
      if (j === i) continue;
      let n = 0;
      for (let k = i; k < j; k++) if (!glued(k)) n++;
      const next = j < s.w1 ? W[j] : null;
      const lastWord = lower(W[j - 1]);
      // evidence that the run is a person: a title before it, a known given name, an honorific, speech, an appositive
      const rb =
        prev && TITLE_GLUE.has(lower(prev)) ? { role: null, country: null, start: i } : roleBefore(i, s.w0);
      const { country } = rb;
      const role = rb.role ?? ledBy(i, s.w0);
      const given = n >= 2 ? givenName(w.text) : null;
      const honorific = prev ? genderOfTitle(prev.text) : null;
      const honored = !!prev && (HONORIFICS.has(lower(prev)) || prefixHonorific(i - 1));
      const speech =
        (!!next && SPEECH_VERBS.has(lower(next)) && lower(next) !== 'according') ||
        // (not "told X": the one told, often a paper or a radio, "told Studio Tamani", "told Enab Baladi")
        (!!prev && /^(said|says|added|asked|according)$/.test(lower(prev)));
      // coordinated with a person just named: "Johan Botha and Kagiso Molefe"
      const coordinated =
        !!prev && (prev.text === 'and' || prev.text === ',') && i >= 2 && personWords.has(i - 2);
      const ageAfter =
        next?.text === ',' && j + 2 < s.w1 && /^\d{1,3}$/.test(W[j + 1].text) && W[j + 2].text === ',';
      const apAt = ageAfter ? j + 3 : j + 1;
      const appositive =
        next?.text === ',' &&
        apAt < s.w1 &&
        (['the', 'a', 'an'].includes(lower(W[apAt])) ||
          isTitle(W[apAt]) ||
          (lower(W[apAt]) === 'one' && lower(W[apAt + 1] ?? W[apAt]) === 'of') ||
          (W[apAt].cap && W[apAt + 1]?.text === "'s" && ownerTitle(apAt + 2, s.w1)));
      // the comma of an appositive before the name, past an honorific or an age ("The driver, 41-year-old X")
      const lead = prev && i - 2 > s.w0 && (honored || /^\d+-year-old$/.test(prev.text)) ? i - 2 : i - 1;
      const apposBefore = lead > s.w0 && W[lead].text === ',' && personNoun(W[lead - 1]);
      // "a spokesman for the Kyrgyz Border Service, Nurlan Asanov", "the governor of Batken region, Abdikadyr …"
      const apposLong =
        W[lead]?.text === ',' && !apposBefore && lead >= 3 ? titledPhraseBefore(lead, s.w0) : null;
      const strong = (role !== null || honored) && (given !== null || n >= 2);
      if (!strong || !given) {
        if (
          ORG_HEAD.has(lastWord) ||
          ORG_HEAD.has(lower(w)) ||
          // "the 47th Mechanised Brigade Magura said": a unit's head inside the run makes it a unit's name
          W.slice(i + 1, j - 1).some((x) => x.cap && UNIT_HEAD.test(lower(x))) ||
          NON_ENTITY_SUFFIX.has(lastWord) ||
          (FACILITY_SUFFIX.has(lastWord) && !surnameParticle(i, j)) ||
          ADMIN_SUFFIX.has(lastWord)
        )
          continue;
        if (
          next &&
          (ORG_HEAD.has(lower(next)) ||
            NON_ENTITY_SUFFIX.has(lower(next)) ||
            FACILITY_SUFFIX.has(lower(next)))
        )
          continue;
        if (next?.cap && claimed[j] >= 0 && !isWeak(j) && hits[claimed[j]].entries[0].kind === 'org')
          continue;
        if (STREET_SUFFIX.has(lastWord) || (next && STREET_SUFFIX.has(lower(next)))) continue;
        // part of a longer name: "West Yorkshire Fire and Rescue Service", "Economic Community of West African States";
        // after a title, "of" tells where the person serves and "and" joins the next one ("Superintendent Declan Furey
        // of Ennis Garda Station", "Sergeant Major Kittipong Daoruang and Private Abdulloh Mahama")
        if (
          next &&
          !given &&
          !strong &&
          ['and', 'of', 'for', '&', 'de', 'du'].includes(lower(next)) &&
          j + 1 < s.w1 &&
          W[j + 1].cap
        )
          continue;
        if (next && next.text === '(' && j + 1 < s.w1 && W[j + 1].cap) continue;
        // "Deputy Finance Minister Mher Tonoyan": a portfolio between two titles, before a name, is part of the title
        if (
          next?.cap &&
          isTitle(next) &&
          prev &&
          isTitle(prev) &&
          n <= 2 &&
          !given &&
          j + 1 < s.w1 &&
          isNameWord(W[j + 1])
        )
          continue;
      }
      // after "the city of", "near", "in": a place we do not know, not a person
      if (!role && prev && /^(?:near|outside|in|at|from|into|across|toward|towards)$/i.test(prev.text))
        continue;
      if (!role && prev && prev.text === 'of' && i >= 2 && AREA_OF.test(W[i - 2].text)) continue;
      if (!role && !honored) {
        // "Unguwar Bawa, a hamlet about …", "Sharana, the provincial capital", "Ghulam Khan crossings": a place
        const after = doc.text.slice(W[j - 1].end, W[j - 1].end + 60);
        if (SETTLEMENT_APPOSITIVE.test(after) || PLACE_HEAD_AFTER.test(after)) continue;
        // "Gulfstar Ship Management, a Dubai-based company": an appositive naming a kind of body makes the name a body
        if (next?.text === ',' && j + 1 < s.w1 && /^(?:a|an)$/i.test(W[j + 1].text)) {
          let k = j + 2;
          while (
            k < s.w1 &&
            k - j < 5 &&
            (/-based$/.test(W[k].text) ||
              (!W[k].cap && !isTitle(W[k]) && (W[k].pos === 'ADJ' || W[k].pos === 'NOUN'))) &&
            !BODY_KIND.test(W[k].text)
          )
            k++;
          const after = k + 1 < s.w1 ? W[k + 1] : null;
          // "a party member", "the group's founder": the kind noun modifies a role, the name is a person
          if (
            k < s.w1 &&
            BODY_KIND.test(W[k].text) &&
            (!after ||
              (after.text !== "'s" && after.pos !== 'NOUN' && after.pos !== 'PROPN' && !isTitle(after)))
          )
            continue;
        }
        // "the Amber Lagoon", "Ministry of External Affairs", "Observatory for Human Rights": a thing or a body's tail
        if (prev && /^the$/i.test(prev.text)) continue;
        // "The armed group Jabhat al-Nur said": a name right after a kind of body names the body
        if (prev && bodyNoun(prev)) continue;
        // "the Consorcio de Compensación de Seguros": a run after a particle that follows a capitalised word is the
        // tail of a longer name
        if (
          prev &&
          /^(?:de|del|da|do|dos|das|du|des|di|van|von|der)$/.test(prev.text) &&
          i >= 2 &&
          W[i - 2].cap
        )
          continue;
        if (
          prev &&
          /^(?:of|for|on)$/.test(prev.text) &&
          i >= 2 &&
          W[i - 2].cap &&
          (ORG_HEAD.has(lower(W[i - 2])) || NOT_NAME.has(W[i - 2].text))
        )
          continue;
      }
      // "from Kosti and Port Sudan", "Lagos and Port Harcourt": a run that is exactly a town, province or country of
      // several words the lists know is that place, unless a title, an honorific or speech makes it a person
      if (!role && !honored && !speech && n >= 2 && claimed[i] >= 0) {
        const h = hits[claimed[i]];
        if (
          h.w0 === i &&
          h.w1 === j &&
          h.entries.some((e) => e.kind === 'city' || e.kind === 'province' || e.kind === 'country') &&
          !h.entries.some((e) => e.kind === 'org')
        )
          continue;
      }
      // "Jalan Gatot Subroto", "Imam Khomeini Street": a street named after a person is a place
      if (
        (j < s.w1 && PERSON_STREET.test(W[j].text)) ||
        (LANDMARK_BEFORE[lower(W[i])] === 'other' && W[i].cap)
      )
        continue;
      // a run made only of weak place words with no title is a place, not a person
      let allWeak = true;
      for (let k = i; k < j; k++) if (!(claimed[k] >= 0 && isWeak(k))) allWeak = false;
      // a single word is a person only with a title or an honorific, or as a known surname
      const single = n === 1;
      const known = bySurname.get(keyOf(spanText(doc, i, j)));
      // the full name of someone already named
      if (!single && personByKey.has(keyOf(spanText(doc, i, j).replace(/'s$/, '')))) {
        addPerson(i, j, role, country);
        i = j - 1;
        continue;
      }
      if (allWeak && !role && !given && !honored && !(single && known)) continue;
      const firstOfSentence = i === s.w0 || (prev !== null && /^["'(]$/.test(prev.text) && i === s.w0 + 1);
      if (single) {
        // "the SSP East", "the DIG North": a compass word after a title names an office's area, not a person
        if (/^(?:North|South|East|West|Central)$/.test(w.text)) continue;
        if (known) {
          addPerson(i, j, null, null);
          continue;
        }
        if (!role && !honored) continue;
      } else if (!role && !honored) {
        // untitled multiword run: a person only with evidence (a given name, speech, an appositive) and proper nouns
        if (firstOfSentence && STOP_CAPS.has(w.text)) continue;
        // ", who …" follows a person ("which" a thing), though a club or a band may take it too ("Shakhtar Donetsk, who")
        const who =
          next?.text === ',' &&
          apAt < s.w1 &&
          /^(?:who|whom|whose)$/.test(lower(W[apAt])) &&
          W.slice(i, j).every((x) => claimed[x.i] < 0);
        if (
          !given &&
          !speech &&
          !appositive &&
          !apposBefore &&
          !apposLong &&
          !coordinated &&
          !ageAfter &&
          !who
        )
          continue;
        // a particle inside the run ("Joris van Dam") or an Arabic article glued to a surname ("Ezzeldin al-Safi") is a
        // name's part, whatever the tagger made of it; so is a capitalised word the tagger reads as a verb or an
        // adjective ("Rose Akinyi", "identified as Wade Harlan Pruett") inside the sentence, beside a word it reads as a
        // proper noun (not one it reads as a common noun: "LATAM and Sky Airline said")
        const midSentence = !firstOfSentence && W.slice(i, j).some((x) => x.pos === 'PROPN');
        const namePart = (x: Word) =>
          x.pos === 'PROPN' ||
          (x.i > i && (!x.cap || /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/iu.test(x.text))) ||
          (midSentence && x.cap && (x.pos === 'VERB' || x.pos === 'ADJ'));
        if (!given && W.slice(i, j).some((x) => !namePart(x) || NOT_NAME.has(x.text))) continue;
        if (W.slice(i, j).some((x) => NOT_NAME.has(x.text) && x.i !== i)) continue;
        if (n > 4 || (n > 3 && !given)) continue;
      }
      let r = role;
      if (!r || isRank(r)) {
        // a rank tells the grade, an appositive the post: "Brig. Gen. Ana Cruz, commander of the 4th Brigade", "a
        // spokesman for the navy, Capt. Ali Reza" keep both
        const rankComma = r && rb.start > s.w0 && W[rb.start - 1].text === ',' ? rb.start - 1 : -1;
        // a post before the comma ("The gunman, X") comes first; a noun that only says what someone does or whose kin
        // they are ("The dead man, X, 24, was a farmer", "Her aunt, X") is weaker than any post read after it
        const appos = apposBefore ? roleLeftOf(lead, s.w0) : null;
        const post =
          (apposBefore && isPost(W[lead - 1]) ? appos : null) ??
          apposLong ??
          (appositive ? appositiveRole(apAt, s.w1) : null) ??
          (next?.text === ','
            ? (relativePost(apAt, s.w1, honorific ?? given) ?? toldPost(apAt, s.w1))
            : null) ??
          copulaPost(ageAfter ? apAt : j, s.w1) ??
          kinOf(i, s.w0) ??
          namedAs(i, s.w0) ??
          (rankComma > s.w0 ? (roleLeftOf(rankComma, s.w0) ?? titledPhraseBefore(rankComma, s.w0)) : null) ??
          appos;
        if (!r) r = post;
        else if (post && !isRank(post) && post.split(' ').some((x) => TITLE_WORDS.has(x.toLowerCase())))
          r = `${r}, ${post}`;
      }
      // "two businessmen, Johan Botha and Kagiso Molefe": the second name shares the plural title
      if (!r && coordinated && pluralRole && pluralRole.sent === s.index) r = pluralRole.role;
      const titleAt = apposBefore ? lead - 1 : prev && isTitle(prev) ? i - 1 : -1;
      if (r && titleAt >= 0 && /(?:men|s)$/.test(W[titleAt].text) && isTitle(W[titleAt]))
        pluralRole = { role: r, sent: s.index };
      const p = addPerson(i, j, r, country);
      const g = honorific ?? genderOfTitle(r?.split(' ').pop() ?? '') ?? given;
      if (g && g !== 'u' && !p.gender) p.gender = g;
      else if (!p.gender) {
        const fg = givenName(W[i].text);
        if (fg && fg !== 'u' && n >= 2) p.gender = fg;
      }
      i = j - 1;
    }
  }
}

/** 4. Surname-only and possessive mentions of known people ("Biden", "Soleimani's") not caught before. */
export function linkSurnames(cx: EntityContext): void {
  const { W, people, mentions, addMention } = cx;
  const surnames = new Map<string, Person>();
  for (const p of people) {
    const parts = p.name.split(/\s+/);
    if (parts.length > 1) surnames.set(normKey(parts[parts.length - 1]), p);
    // two-part surnames ("Andrés Cárdenas Mejía" is "Cárdenas"): any later part that is not a given name
    for (let k = 1; k < parts.length - 1; k++)
      if (/^\p{Lu}/u.test(parts[k]) && !givenName(parts[k]) && !surnames.has(normKey(parts[k])))
        surnames.set(normKey(parts[k]), p);
  }
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.w0; i < m.w1; i++) taken.add(i);
  for (let i = 0; i < W.length; i++) {
    if (taken.has(i) || !W[i].cap) continue;
    const p = surnames.get(normKey(W[i].text));
    if (p && !(i + 1 < W.length && W[i + 1].cap && W[i + 1].sent === W[i].sent && !taken.has(i + 1))) {
      p.mentions++;
      addMention('person', p.id, i, i + 1);
    }
  }
}

/** Grades of armed and police services: a role made only of them says a person's rank, not their post. */
const RANKS = new Set(
  `general lieutenant colonel major brigadier captain sergeant corporal private admiral vice-admiral rear-admiral
  commodore marshal field air commander lieutenant-colonel major-general lieutenant-general brigadier-general
  colonel-major senior chief pol commissioner superintendent inspector constable detective`.split(/\s+/),
);
const isRank = (role: string) => role.split(' ').every((w) => RANKS.has(w.toLowerCase()));

/** "Gen." → "General", "then-President" → "President", leading articles dropped. */
export function normaliseRole(words: string[]): string | null {
  const out: string[] = [];
  for (const w0 of words) {
    let w = w0.replace(/^then-/i, '').replace(/^former-/i, '');
    const e = ROLE_EXPAND[w.toLowerCase()] ?? (Object.hasOwn(RANK_SHORT, w) ? RANK_SHORT[w] : undefined);
    if (e) w = e;
    if (w === '.' || (out.length === 0 && (ROLE_DROP.has(w.toLowerCase()) || w === ','))) continue;
    out.push(w);
  }
  while (out.length && TITLE_GLUE.has(out[out.length - 1].toLowerCase())) out.pop();
  // one person's role is singular: "businessmen" → "businessman", "ministers" → "minister"
  const n = out.length - 1;
  if (n >= 0 && /[a-z]/.test(out[n])) {
    const last = out[n];
    if (/(?:wo)?men$/.test(last) && TITLE_WORDS.has(last.toLowerCase())) out[n] = last.replace(/men$/, 'man');
    else if (/[^s]s$/.test(last) && TITLE_WORDS.has(last.slice(0, -1).toLowerCase()))
      out[n] = last.slice(0, -1);
  }
  const s = out
    .join(' ')
    .replace(/\s+'s\b/g, "'s")
    .replace(/s '(?=\s|$)/g, "s'")
    .replace(/\s*,\s*$/, '')
    .trim();
  return s || null;
}
