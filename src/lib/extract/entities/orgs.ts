/**
 * Organisations named by form: a capitalised run around a head noun ("Leeds General Infirmary", "Office of the Special
 * Envoy for Yemen"), a run ending in an organisation suffix ("Iranian Foreign Ministry") or followed by its acronym
 * ("Name (ACRO)"), named military operations; unnamed facilities by their suffix, and named hospitals or schools
 * reported as attacked, which are sites too.
 */
import type { Doc, Word } from '../doc.ts';
import { type Gazetteer, namesNation, normKey, type OrgEntry } from '../gazetteer.ts';
import {
  FACILITY_SUFFIX,
  MONTHS,
  NON_ENTITY_SUFFIX,
  ORG_HEAD,
  ORG_SUFFIX,
  STOP_CAPS,
  WEEKDAYS,
} from '../lexicon.ts';
import { givenName } from '../names.ts';
import type { EntityContext } from './context.ts';
import { orgHeads } from './heads.ts';
import { titleCaseLine } from './lines.ts';
import { confirmedOutsideTitleLine, quotedSlogan, siteAfterHead, venueName } from './org-form.ts';
import {
  ATTACK_WORD,
  adjectiveOf,
  ELIDED_CAP,
  GENERIC_MOD,
  GENERIC_STATE_BODY,
  initials,
  isTitle,
  lower,
  nearCountry,
  ORDINAL,
  ORG_GLUE,
  ORG_LEAD,
  OUTLET_TAIL,
  SITE_ORG_HEAD,
  spanText,
  TIED,
  UNIT_HEAD,
} from './shared.ts';
import type { Org } from './types.ts';
import { nameCountry } from './variants.ts';

/** Counts written as words or figures: "Six", "Dozens", "12". */
const COUNT_WORD =
  /^(?:\d[\d,]*|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Fifty|Dozens|Scores|Hundreds|Thousands)$/;
/** Where a text is posted or followed: "… on WhatsApp" is no subject of a body ("Commission on Human Rights"). */
const SOCIAL_PLATFORM =
  /^(?:WhatsApp|Telegram|Facebook|Twitter|X|Instagram|TikTok|YouTube|Threads|LinkedIn|Signal)$/;
/** The word before a unit's number: "Battalion No. 1", "Battalion Number 3". */
const UNIT_NUMBER = /^(?:No\.?|Number)$/;
/** Verbs that put a person at the head of a body: "led by", "headed by". */
const LEADER_VERB = /^(?:led|headed|commanded|founded|chaired|run)$/;
/**
 * "the faction led by Idris Malual Garang (WPM-S)": a name after "led by" whose initials do not open the acronym after
 * it is the leader's; the acronym is the body's he leads.
 */
function leaderBefore(W: Doc['words'], a: number, w0: number, acro: string): boolean {
  if (a - 2 < w0 || W[a - 1].text !== 'by' || !LEADER_VERB.test(W[a - 2].text)) return false;
  let caps = '';
  for (let k = a; k < W.length && k < a + 8 && W[k].text !== '('; k++) if (W[k].cap) caps += W[k].text[0];
  return !caps.startsWith(acro.slice(0, 2));
}
/** Nouns after "Name (ACRO)" that make the name a grade, a product or a measure: "(WTI) crude futures". */
const PRODUCT_AFTER =
  /^(?:crude|futures|oil|gas|prices?|index|indices|contracts?|benchmark|grade|blend|shares|stocks?|bonds?|rates?|figures|data|readings?|scores?|vaccines?|missiles?|rockets?|drones?|rifles?)$/;
/**
 * The acronym in brackets at `i`, in capitals of any alphabet ("Tehreek-e-Taliban Pakistan (TTP)", "Turkish Aerospace
 * Industries (TUSAŞ)"), or null: none there, a grade or a measure
 * ("West Texas Intermediate (WTI) crude", "the Consumer Price Index (CPI) figures"), or a country that says where
 * ("BELGOROD REGION (RUSSIA).").
 */
function bracketAcronym(W: readonly Word[], i: number, s1: number, gaz: Gazetteer): string | null {
  if (W[i].text !== '(' || !/^\p{Lu}[\p{Lu}0-9-]{1,9}$/u.test(W[i + 1]?.text ?? '') || W[i + 2]?.text !== ')')
    return null;
  if (i + 3 < s1 && PRODUCT_AFTER.test(W[i + 3].text)) return null;
  const acro = W[i + 1].text;
  return gaz.phrases.get(normKey(acro))?.some((x) => x.kind === 'country') ? null : acro;
}
/** 2b–3b'. Organisations by their form, and the sites among them. */
export function findNamedOrgs(cx: EntityContext): void {
  const { doc, gaz, W, hits, claimed, orgs, places, mentions, byId, personWords, addOrg, addPlace } = cx;
  /**
   * The end of a unit's own name starting at `t` (right after its head; `j` ends the capitalised run): one to three
   * capitalised words that are no title, date, person, country or people, or one number, then a stop, a verb, a
   * preposition or "and". Returns `t` when there is no such name.
   */
  const unitNameEnd = (t: number, j: number, s1: number): number => {
    let e = t;
    if (t < s1 && /^\d{1,5}$/.test(W[t].text)) e = t + 1;
    // "the PLGA's Battalion No. 1", "Battalion Number 3": the unit's number written after "No."
    else if (t + 1 < s1 && UNIT_NUMBER.test(W[t].text) && /^\d{1,5}$/.test(W[t + 1].text)) e = t + 2;
    else
      while (
        e < j &&
        e - t < 3 &&
        W[e].cap &&
        W[e].pos !== 'PUNCT' &&
        /^\p{Lu}[\p{L}-]*$/u.test(W[e].text) &&
        !isTitle(W[e]) &&
        !MONTHS.has(W[e].text) &&
        !WEEKDAYS.has(W[e].text) &&
        !STOP_CAPS.has(W[e].text) &&
        !personWords.has(e) &&
        !(claimed[e] >= 0 && namesNation(hits[claimed[e]].entries))
      )
        e++;
    if (e === t) return t;
    const next = W[e];
    const ends =
      e >= s1 ||
      next.text === 'and' ||
      ['PUNCT', 'VERB', 'AUX', 'ADP', 'CCONJ', 'PART'].includes(next.pos) ||
      (!next.cap && next.pos !== 'NOUN' && next.pos !== 'NUM' && next.pos !== 'PROPN');
    return ends && (e === j || next.text === 'and' || !next.cap) ? e : t;
  };
  // a church body: "Archdiocese of Bamenda", "the National Episcopal Conference of Cameroon" (a conference of bishops
  // is a standing body, not a meeting)
  const churchBody = (k: number) =>
    /^(?:archdiocese|diocese|archeparchy|eparchy|patriarchate)$/i.test(W[k].text) ||
    (/^conference$/i.test(W[k].text) && k > 0 && /^(?:episcopal|bishops'?|catholic)$/i.test(W[k - 1].text));
  /** "Six National Guard members": a count opens the run from `a` to `j`, and a plural noun after it says what of. */
  const countOpens = (a: number, j: number, s1: number) =>
    a + 1 < j &&
    COUNT_WORD.test(W[a].text) &&
    j < s1 &&
    !W[j].cap &&
    W[j].pos === 'NOUN' &&
    /[^s]s$/.test(W[j].text);
  const heads = orgHeads(gaz);
  const midSentence = new Map<string, boolean>();
  const allGeneric = (a: number, j: number) =>
    W.slice(a, j).every((w) => ORG_SUFFIX.has(lower(w)) || GENERIC_MOD.test(lower(w)));
  /** A run of common words only, opening its sentence, that the text never writes capitalised elsewhere. */
  const genericAtStart = (a: number, j: number, s0: number) => {
    if (a !== s0 && !/^["'(\u201c]$/.test(W[a - 1].text)) return false;
    if (!allGeneric(a, j)) return false;
    const words = W.slice(a, j);
    const phrase = words.map((w) => w.text).join(' ');
    let mid = midSentence.get(phrase);
    if (mid === undefined) {
      // one scan per phrase keeps this linear
      mid = false;
      for (let at = doc.text.indexOf(phrase); at >= 0 && !mid; at = doc.text.indexOf(phrase, at + 1))
        mid = !/(?:^|[.!?"'\u201c])\s*$/.test(doc.text.slice(Math.max(0, at - 3), at));
      midSentence.set(phrase, mid);
    }
    return !mid;
  };
  // 2b. Organisations named by a capitalised run around a head noun, place names allowed inside:
  // "Leeds General Infirmary", "Office of the Special Envoy for Yemen", "Restoration Council of Shan State"
  const orgWords = new Set<number>();
  for (const m of mentions) if (m.kind === 'org') for (let i = m.w0; i < m.w1; i++) orgWords.add(i);
  // "the Jakarta Metropolitan Police": a listed body of another country ("Metropolitan Police", London's) right after
  // a place name is part of a longer name, the place's own body
  const foreignOrgWords = new Set<number>();
  const placeEndingAt = new Map<number, string | null>();
  for (const m of mentions)
    if (m.kind === 'place') placeEndingAt.set(m.w1, places.get(m.id)?.country ?? null);
  for (const m of mentions) {
    if (m.kind !== 'org' || !placeEndingAt.has(m.w0)) continue;
    const oc = orgs.get(m.id)?.country;
    const pc = placeEndingAt.get(m.w0);
    if (oc && pc && oc !== pc) for (let i = m.w0; i < m.w1; i++) foreignOrgWords.add(i);
  }
  /** The end of a country's name (after an optional "the") written from word `k`, or `k` when none is. */
  const missionCountryEnd = (k: number): number => {
    const s1 = doc.sentences[W[k]?.sent ?? 0]?.w1 ?? k;
    let a = k;
    if (W[a]?.text === 'the') a++;
    for (let n = 4; n >= 1; n--) {
      if (a + n > s1 || !W[a].cap) continue;
      if (gaz.phrases.get(normKey(spanText(doc, a, a + n)))?.some((x) => x.kind === 'country')) return a + n;
    }
    return k;
  };
  for (const s of doc.sentences) {
    for (let i = s.w0; i < s.w1; i++) {
      if (personWords.has(i) || !W[i].cap || W[i].pos === 'PUNCT') continue;
      let j = i;
      while (j < s.w1) {
        const w = W[j];
        // "a post on X. The Foreign Ministry said": a sentence the splitter missed after a one-letter name
        if (j > i && STOP_CAPS.has(w.text) && /\.$/.test(W[j - 1].text)) break;
        // an elided article before a capital stays inside the name: "Office National de l'Aviation Civile"
        if ((w.cap || (j > i && ELIDED_CAP.test(w.text))) && w.pos !== 'PUNCT' && !personWords.has(j)) j++;
        // a plural possessive inside the name: "Madrid Tenants' Union"
        else if (
          (w.text === "'" || w.text === '’') &&
          j > i &&
          W[j - 1].end === w.start &&
          /s$/.test(W[j - 1].text) &&
          j + 1 < s.w1 &&
          W[j + 1].cap
        )
          j++;
        else if (w.text === 'in' && j > i && W[j - 1].text === 'Mission' && missionCountryEnd(j + 1) > j + 1)
          // "the UN Mission in South Sudan", "… Stabilization Mission in the Central African Republic"
          j = missionCountryEnd(j + 1);
        else if (
          j > i &&
          ORG_GLUE.has(w.text) &&
          j + 1 < s.w1 &&
          // "the Office for Reparations on Monday": a date after a glue word is no part of the name
          !MONTHS.has(W[j + 1].text) &&
          !WEEKDAYS.has(W[j + 1].text) &&
          (W[j + 1].cap ||
            ELIDED_CAP.test(W[j + 1].text) ||
            (W[j + 1].text === 'the' && j + 2 < s.w1 && W[j + 2].cap))
        ) {
          j++;
        } else break;
      }
      while (j > i && !W[j - 1].cap) j--;
      let a = i;
      while (
        a < j &&
        (STOP_CAPS.has(W[a].text) ||
          MONTHS.has(W[a].text) ||
          WEEKDAYS.has(W[a].text) ||
          TIED.test(W[a].text) ||
          // "Former Nepal Rastra Bank deputy governor …": a holder's past, no word of the body's name
          (a === s.w0 && W[a].text === 'Former'))
      )
        a++;
      // "Six National Guard members killed", "Two Guard soldiers": a count opening the run counts the people named
      // by the plural noun after it; it is no word of the name
      if (countOpens(a, j, s.w1)) a++;
      // "Follow The Guardian Post on WhatsApp": a verb opening the sentence before "The" bids the reader; no word of it
      if (a === s.w0 && a + 1 < j && W[a].pos === 'VERB' && W[a + 1].text === 'The') a++;
      // "the 9th Armoured Division", "the 91st Division": the ordinal before a unit is part of its name
      if (a === i && a > s.w0 && ORDINAL.test(W[a - 1].text) && !orgWords.has(a - 1)) a--;
      // "the 444 Combat Brigade", "the army's 444 Brigade": a number between an article or a possessive and a unit's
      // name is the unit's number (a count is no "the 444 …")
      else if (
        a === i &&
        a - 1 > s.w0 &&
        /^\d{1,4}$/.test(W[a - 1].text) &&
        /^(?:the|'s|’s)$/i.test(W[a - 2].text) &&
        UNIT_HEAD.test(lower(W[j - 1])) &&
        !orgWords.has(a - 1)
      )
        a--;
      if (j - a < 2) {
        i = Math.max(i, j - 1);
        continue;
      }
      // "Employees on the Damboa General Hospital": words before "on" with no head of their own are no part of the name
      for (let g = a + 1; g < j - 1; g++) {
        if (W[g].text !== 'on') continue;
        let own = false;
        for (let x = a; x < g; x++) if (heads.has(lower(W[x])) || churchBody(x)) own = true;
        if (!own) {
          a = W[g + 1].text === 'the' ? g + 2 : g + 1;
        }
        break;
      }
      if (j - a < 2) {
        i = Math.max(i, j - 1);
        continue;
      }
      // "Mariana Sitoe, Head of Office for OCHA Mozambique", "Head of Mission of …": the head word right after "Head
      // of" or "Chief of" ends a post's title; the body is the name after it
      if (
        a >= s.w0 + 2 &&
        a === i &&
        W[a - 1].text === 'of' &&
        /^(?:Head|Chief)$/.test(W[a - 2].text) &&
        a + 2 < j &&
        /^(?:for|of)$/.test(W[a + 1].text)
      ) {
        i = a + 1;
        continue;
      }
      // the last head noun ends the name unless an "of/for …" tail follows it
      let head = -1;
      for (let k = a; k < j; k++) {
        if (k > a && (W[k].text === 'of' || W[k].text === 'for')) break;
        // "Rajasthan Armed Constabulary and the Rapid Action Force": two names, not one
        if (W[k].text === 'and' && head >= 0) break;
        // "the DEM Party and the Republican People's Party": a listed name closed before "and the" is a name of its own
        if (W[k].text === 'and' && k > a && orgWords.has(k - 1) && W[k + 1]?.text === 'the') break;
        if ((heads.has(lower(W[k])) || churchBody(k)) && (!orgWords.has(k) || foreignOrgWords.has(k)))
          head = k;
      }
      // "the Port of Tema Authority": a name whose only head closes it after an "of" tail is one name
      if (
        head < 0 &&
        j - a >= 4 &&
        (W[a + 1].text === 'of' || W[a + 1].text === 'for') &&
        !isTitle(W[a]) &&
        heads.has(lower(W[j - 1])) &&
        !orgWords.has(j - 1) &&
        W.slice(a + 2, j - 1).every((w) => w.cap)
      )
        head = j - 1;
      // "Collective Security Treaty Organization" is an organisation; "the Paris Agreement" is not
      if (head < 0 || W.slice(head + 1, j).some((w) => NON_ENTITY_SUFFIX.has(lower(w)) && !churchBody(w.i))) {
        // "Volunteers of the Malawi Red Cross Society": try again after the first glue word
        let g = a + 1;
        while (g < j && W[g].cap) g++;
        i = head < 0 && g < j ? g : j - 1;
        continue;
      }
      // "across Court Street", "the Central Air Force Training Ground": a site named after a body is a place
      // "signs reading "Trust Teachers"": a slogan in quotation marks; a headline's capitals name nothing on their own
      if (
        siteAfterHead(W, head + 1, j, s.w1) ||
        venueName(W, a, head + 1) ||
        quotedSlogan(W, a, j) ||
        (titleCaseLine(W, s.w0, s.w1) && !confirmedOutsideTitleLine(doc, a, j))
      ) {
        i = j - 1;
        continue;
      }
      // "Al-Shabaab's Radio Andalus", "the Maoists' Bihar-Jharkhand Special Area Committee": the owner named before
      // "'s" or a plural's apostrophe is not part of the name; nor is a body it is tied to ("the Islamic
      // Jihad-affiliated Tubas Brigade")
      for (let k = a + 1; k < head; k++)
        if (
          ((W[k].text === "'s" || ((W[k].text === "'" || W[k].text === '’') && /s$/.test(W[k - 1].text))) &&
            claimed[k - 1] >= 0) ||
          TIED.test(W[k].text)
        )
          a = k + 1;
      let e = head + 1;
      const leads = head === a || /^(radio|television|tv)$/.test(lower(W[head]));
      // "the National Commission on Human Rights": an "on …" tail names the subject, unless it is a date
      // "… on WhatsApp", "… on Telegram": where a text is posted names no subject
      const onTail =
        e + 1 < j &&
        W[e].text === 'on' &&
        !MONTHS.has(W[e + 1].text) &&
        !WEEKDAYS.has(W[e + 1].text) &&
        !SOCIAL_PLATFORM.test(W[e + 1].text);
      // "the Army and the Jammu and Kashmir Police": a head that opens the run ends its name before "and"
      const leadsAnd = leads && e < j && W[e].text === 'and';
      // "the joint session of the Chamber of Deputies and the Senate": "and the" in the tail before a listed body or
      // a run of capitals with a head of its own begins a second body ("the Ministry of Culture and the Arts" is one)
      let tailEnd = j;
      for (let k = e + 1; k + 2 < j; k++) {
        if (W[k].text !== 'and' || W[k + 1].text !== 'the' || !W[k + 2].cap) continue;
        let r = k + 2;
        while (r + 1 < j && W[r + 1].cap) r++;
        if (orgWords.has(k + 2) || heads.has(lower(W[r]))) tailEnd = k;
        break;
      }
      // "the PLGA's Battalion No. 1": a unit's number after "No." ends its name
      if (UNIT_HEAD.test(lower(W[head])) && e === head + 1 && e < j && UNIT_NUMBER.test(W[e].text))
        e = unitNameEnd(e, j, s.w1);
      else if (
        e < j &&
        !leadsAnd &&
        (W[e].text === 'of' ||
          W[e].text === 'for' ||
          W[e].text === 'in' ||
          onTail ||
          // "the Mission's Bangladeshi contingent", "the Parliament's Altiero Spinelli entrance": what a body owns
          (leads && W[e].text !== "'s"))
      )
        e = tailEnd;
      // "PKO Bank Polski said", "Santander Bank Polska dropped": one last word of the name's own after the head, at
      // the end of the run and before a verb or a stop, that is no title, date, place or person
      else if (
        e + 1 === j &&
        j - a >= 2 &&
        !isTitle(W[e]) &&
        !MONTHS.has(W[e].text) &&
        !WEEKDAYS.has(W[e].text) &&
        !STOP_CAPS.has(W[e].text) &&
        !personWords.has(e) &&
        claimed[e] < 0 &&
        !orgWords.has(e) &&
        /^\p{Lu}\p{Ll}+$/u.test(W[e].text) &&
        (j >= s.w1 || ['PUNCT', 'VERB', 'AUX'].includes(W[j].pos))
      )
        e = j;
      // "The Mexico News Daily Newsletter", "Mexico News Daily | Thursday": a newspaper's last words after a head of
      // news ("Daily", "Weekly", "Online") are words of the outlet's name, whatever follows them
      else if (e < j && /^(?:News|Media|Press)$/.test(W[head].text) && OUTLET_TAIL.test(W[e].text))
        while (e < j && OUTLET_TAIL.test(W[e].text)) e++;
      // "the Mechanised Infantry Brigade Iron Wolf", "Task Force Dragon", "Task Force 59": a unit's own name after its
      // head word (up to three capitalised words, or a number)
      else if (UNIT_HEAD.test(lower(W[head])) && e === head + 1) e = unitNameEnd(head + 1, j, s.w1);
      // "the Federal Government of Somalia and Somali security forces": a demonym after "and" that qualifies a common
      // noun begins a second body, not a word of this one
      for (let k = head + 2; k + 1 < e; k++)
        if (
          W[k].text === 'and' &&
          e === j &&
          k + 2 === e &&
          e < s.w1 &&
          !W[e].cap &&
          W[e].pos !== 'PUNCT' &&
          gaz.phrases.get(normKey(W[k + 1].text))?.some((x) => x.kind === 'demonym')
        ) {
          e = k;
          break;
        }
      // "Nordic Ferry Operators Forum (ADF)": a name by a learned head with its acronym after it is read with the
      // acronym below
      if (!ORG_HEAD.has(lower(W[head])) && e === head + 1 && e < s.w1 && W[e].text === '(') {
        i = j - 1;
        continue;
      }
      // "Guard Sipho Ndlovu, 38, was killed": a head word that opens the run before a given name and an age is a
      // person's job ("University Joseph Ki-Zerbo" is named after one); "Group F", "Pool B" are a tournament's pools
      if (
        head === a &&
        e > head + 1 &&
        ((givenName(W[head + 1].text) && W[e]?.text === ',' && /^\d{1,3}$/.test(W[e + 1]?.text ?? '')) ||
          (e === head + 2 && /^(?:Group|Pool)$/.test(W[head].text) && /^[A-H]$/.test(W[head + 1].text)))
      ) {
        i = e - 1;
        continue;
      }
      // "Bank Indonesia Governor": the title after the name is a person's role
      if (leads && !W.slice(a, e).some((x) => x.text === 'of' || x.text === 'for'))
        while (e - 1 > head && isTitle(W[e - 1])) e--;
      // "Superintendent of Police Vikas Sharma": a person's title, not an organisation
      if (isTitle(W[a]) && personWords.has(e)) {
        i = e - 1;
        continue;
      }
      // "Security Forces said …", "Emergency Service crews …": common words capitalised by the sentence start
      // "the army said its Air Defence Division …": a unit of the body just named, told by common words alone
      if (genericAtStart(a, e, s.w0) || (a > s.w0 && lower(W[a - 1]) === 'its' && allGeneric(a, e))) {
        i = e - 1;
        continue;
      }
      // "the West Bank": a run that is exactly a listed place is that place, whatever its last word
      if (
        mentions.some(
          (m) => m.kind === 'place' && m.w0 === a && m.w1 === e && (places.get(m.id)?.lat ?? null) !== null,
        )
      ) {
        i = e - 1;
        continue;
      }
      // a run that is only a known organisation is not a new one
      if (W.slice(a, e).every((x) => orgWords.has(x.i))) {
        i = e - 1;
        continue;
      }
      if (e - a < 2 && !(e < j)) {
        i = j - 1;
        continue;
      }
      // "the October 10 Peace Association", "the 6 April Youth Movement": a date the name opens with is part of it
      if (
        a - 3 >= s.w0 &&
        /^the$/i.test(W[a - 3].text) &&
        ((/^\d{1,2}$/.test(W[a - 1].text) && MONTHS.has(W[a - 2].text)) ||
          (MONTHS.has(W[a - 1].text) && /^\d{1,2}$/.test(W[a - 2].text)))
      )
        a -= 2;
      // a title after the head is a person's role: "European Council President" → "European Council"
      const name = spanText(doc, a, e)
        .replace(/\s+'s\b/g, "'s")
        .replace(/'s$/, '');
      if (normKey(name).split(' ').length < 2) {
        // the second body after "and" is read on its own
        i = leadsAnd ? e : j - 1;
        continue;
      }
      const known = gaz.phrases.get(normKey(name))?.find((x): x is OrgEntry => x.kind === 'org');
      const dem = nameCountry(gaz, name);
      let country = dem ?? null;
      // "Kyrgyzstan's Border Service": the owner country, and the name as written with it
      const ownerAt = a >= 2 && W[a - 1].text === "'s" ? claimed[a - 2] : -1;
      const owner = ownerAt >= 0 ? hits[ownerAt].entries.find((x) => x.kind === 'country') : undefined;
      if (owner && owner.kind === 'country' && !country) country = owner.country;
      // organisations named inside the longer name ("Red Cross" in "Kenya Red Cross Society") give way to it
      const id = `org:${normKey((known ?? { name }).name)}`;
      for (let x = mentions.length - 1; x >= 0; x--) {
        const m = mentions[x];
        if (m.kind !== 'org' || m.w0 < a || m.w1 > e || m.id === id) continue;
        mentions.splice(x, 1);
        const inner = orgs.get(m.id);
        if (inner && --inner.mentions <= 0) orgs.delete(m.id);
      }
      // a continent or a sea inside the name is no place of the story: "U.S. Africa Command"; nor a town whose name
      // is a word of the name ("Fulton Superior Court"), unless the name says it is there ("… of Shan State")
      for (let x = mentions.length - 1; x >= 0; x--) {
        const m = mentions[x];
        if (m.kind !== 'place' || m.w0 < a || m.w1 > e || m.w0 === a) continue;
        const p = places.get(m.id);
        const inner =
          (p?.kind === 'city' || p?.kind === 'province') &&
          !/^(?:of|for|in|de|du|des|la)$/i.test(W[m.w0 - 1].text) &&
          W[m.w0 - 1].text !== "'s";
        if (!p || (p.kind !== 'region' && p.kind !== 'sea' && !inner)) continue;
        mentions.splice(x, 1);
        if (--p.mentions <= 0) {
          places.delete(m.id);
          byId.delete(m.id);
        }
      }
      // a body every country has ("Defence Ministry", "Coast Guard") owned by a named country is that country's:
      // "Russia's Defence Ministry" is the Russian Defence Ministry, apart from Syria's
      const ownerDem =
        owner && owner.kind === 'country' && !dem && GENERIC_STATE_BODY.test(name)
          ? adjectiveOf(gaz.countries.get(owner.country as string))
          : undefined;
      const ownedName = ownerDem ? `${ownerDem} ${name}` : name;
      addOrg(
        known ?? {
          name: ownedName,
          aliases: owner
            ? [`${spanText(doc, hits[ownerAt].w0, hits[ownerAt].w1)}'s ${name}`, ...(ownerDem ? [name] : [])]
            : [],
          type: 'other',
          country,
        },
        ownedName,
        a,
        e,
      );
      for (let k = a; k < e; k++) orgWords.add(k);
      i = e - 1;
    }
  }

  // 3. Organisations by form: "Iranian Foreign Ministry", "Wilson Center", "Name (ACRO)"; unnamed facilities and provinces
  const used = new Set<number>();
  /** An attack verb or "attack on" at most three words before word `a` in its sentence: "shells hit the X Hospital". */
  const attackedBefore = (a: number, s0: number) => {
    for (let k = a - 1; k >= Math.max(s0, a - 4); k--) {
      const t = lower(W[k]);
      if (ATTACK_WORD.test(t)) return true;
      if (t === 'on' && k > s0 && /^(?:attacks?|strikes?|raids?|assaults?)$/.test(lower(W[k - 1])))
        return true;
    }
    return false;
  };
  /** "X Hospital in Y was shelled": a passive attack verb within a few words after the name (`e`, in its sentence). */
  const attackedAfter = (e: number) => {
    for (let k = e; k < Math.min(W.length - 1, e + 5) && W[k].sent === W[e - 1].sent; k++)
      if (/^(?:was|were)$/.test(lower(W[k])) && ATTACK_WORD.test(lower(W[k + 1]))) return true;
    return false;
  };
  for (const m of mentions) if (m.kind !== 'demonym') for (let i = m.w0; i < m.w1; i++) used.add(i);
  for (const s of doc.sentences) {
    for (let i = s.w0; i < s.w1; i++) {
      if (used.has(i) || !W[i].cap || (STOP_CAPS.has(W[i].text) && i === s.w0)) continue;
      // a capitalised run (glue words allowed inside)
      let j = i;
      while (j < s.w1) {
        const w = W[j];
        if (j > i && STOP_CAPS.has(w.text) && /\.$/.test(W[j - 1].text)) break;
        if ((w.cap && w.pos !== 'PUNCT' && !used.has(j)) || /^U\.S\.?$/.test(w.text)) j++;
        else if (
          ['of', 'for', 'and', 'the', 'on'].includes(w.text) &&
          j + 1 < s.w1 &&
          W[j + 1].cap &&
          j > i &&
          !MONTHS.has(W[j + 1].text) &&
          !WEEKDAYS.has(W[j + 1].text)
        )
          j++;
        else break;
      }
      while (j > i && !W[j - 1].cap) j--;
      if (j === i) continue;
      let a = i;
      while (a < j && (STOP_CAPS.has(W[a].text) || MONTHS.has(W[a].text) || WEEKDAYS.has(W[a].text))) a++;
      if (countOpens(a, j, s.w1)) a++;
      if (a >= j) {
        i = j - 1;
        continue;
      }
      const last = lower(W[j - 1]);
      const runText = spanText(doc, a, j);
      const acro = j + 2 < s.w1 ? bracketAcronym(W, j, s.w1, gaz) : null;
      if (
        NON_ENTITY_SUFFIX.has(last) ||
        (!ORG_SUFFIX.has(last) && W.slice(a, j).some((w) => NON_ENTITY_SUFFIX.has(lower(w))))
      ) {
        i = j - 1;
        continue;
      }
      if (isTitle(W[a]) && personWords.has(j)) {
        /* a title before a person's name: "Superintendent of Police Vikas Sharma" */
      } else if (
        ORG_SUFFIX.has(last) &&
        j - a >= 2 &&
        (genericAtStart(a, j, s.w0) || (a > s.w0 && lower(W[a - 1]) === 'its' && allGeneric(a, j)))
      ) {
        /* "Security Forces said …": common words capitalised by the sentence start; "its Air Defence Division": a unit */
      } else if (
        ORG_SUFFIX.has(last) &&
        j - a >= 2 &&
        (quotedSlogan(W, a, j) || (titleCaseLine(W, s.w0, s.w1) && !confirmedOutsideTitleLine(doc, a, j)))
      ) {
        /* a slogan in quotation marks; a headline's capitals with no other use in the text */
      } else if (ORG_SUFFIX.has(last) && venueName(W, a, j)) {
        /* "the City Convention Centre": a venue, no body */
      } else if (ORG_SUFFIX.has(last) && j - a >= 2) {
        const country = nameCountry(gaz, runText) ?? null;
        addOrg(
          { name: runText.replace(/'s$/, ''), aliases: acro ? [acro] : [], type: 'other', country },
          runText,
          a,
          j,
        );
        for (let k = a; k < j; k++) used.add(k);
      } else if (acro && j - a >= 2 && !leaderBefore(W, a, s.w0, acro)) {
        addOrg({ name: runText, aliases: [acro], type: 'other', country: null }, runText, a, j);
      } else if (FACILITY_SUFFIX.has(last) && j - a >= 2) {
        addPlace(
          {
            // a bridge is a stretch of road rather than a site: "the Darnytskyi Bridge"
            kind: last === 'bridge' ? 'other' : 'facility',
            name: runText,
            country: nearCountry(mentions, byId, W[a].sent),
            lat: null,
            lon: null,
            tz: null,
          },
          a,
          j,
        );
      }
      i = j - 1;
    }
  }

  // 3a. A named hospital, school or university stays an organisation, and is also a site where something happened
  // to it: "a drone struck Tawila Hospital", "gunmen stormed the X University campus". (A hospital that never speaks
  // is then told as the site alone: `hospitalsAsSites` in ../entities.ts.)
  for (const m of [...mentions]) {
    if (m.kind !== 'org') continue;
    const words = m.text.split(/\s+/);
    if (
      !SITE_ORG_HEAD.test(words[words.length - 1].toLowerCase()) ||
      !(attackedBefore(m.w0, doc.sentences[m.sent].w0) || attackedAfter(m.w1))
    )
      continue;
    addPlace(
      {
        kind: 'facility',
        name: m.text.replace(/^the\s+/i, '').replace(/'s$/, ''),
        country: nearCountry(mentions, byId, m.sent),
        lat: null,
        lon: null,
        tz: null,
      },
      m.w0,
      m.w1,
    );
  }

  // 3b. "Tehreek-e-Taliban Pakistan (TTP)": a capitalised name followed by its acronym in brackets is an organisation
  for (const s of doc.sentences) {
    for (let i = s.w0 + 2; i + 1 < s.w1; i++) {
      const acro = bracketAcronym(W, i, s.w1, gaz);
      if (!acro) continue;
      if (orgs.size && [...orgs.values()].some((o) => o.aliases.includes(acro) || o.name === acro)) continue;
      // a body found right before the brackets, however its name is written ("the Guanajuato Attorney General's
      // Office (FGE)"), takes the acronym
      const before = mentions.find((m) => m.kind === 'org' && m.w1 === i);
      if (before) {
        const o = byId.get(before.id) as Org;
        if (!o.aliases.includes(acro)) o.aliases.push(acro);
        continue;
      }
      let a = i;
      // "Office National de l'Aviation Civile (OFNAC)": French and Spanish names keep their articles and an elided
      // article before a capital ("l'Aviation") inside the name
      const nameWord = (w: (typeof W)[number]) => w.cap || ELIDED_CAP.test(w.text);
      while (
        a > s.w0 &&
        (nameWord(W[a - 1]) ||
          (['of', 'for', 'and', 'the', 'de', 'del', 'la', 'du', 'des'].includes(W[a - 1].text) &&
            a - 2 >= s.w0 &&
            W[a - 2].cap))
      )
        a--;
      while (a < i && !W[a].cap) a++;
      if (i - a < 2 || W.slice(a, i).some((w) => NON_ENTITY_SUFFIX.has(lower(w)) || personWords.has(w.i)))
        continue;
      if (
        W.slice(a, i).every((w) => used.has(w.i)) &&
        mentions.some((m) => m.kind === 'org' && m.w0 >= a && m.w1 <= i)
      )
        continue;
      const caps = W.slice(a, i)
        .filter((w) => w.cap)
        .map((w) => initials(w.text.replace(/[^A-Za-z-]/g, '')))
        .join('')
        .toUpperCase();
      // "the faction led by Idris Malual Garang (WPM-S)": the acronym after a leader's name is the body's he leads,
      // and the name is a person's
      if (leaderBefore(W, a, s.w0, acro)) continue;
      if (
        !caps.includes(acro[0]) &&
        !ORG_LEAD.test(W[a].text) &&
        !ORG_HEAD.has(lower(W[i - 1])) &&
        !gaz.phrases.get(normKey(W[i - 1].text))?.some((x) => x.kind === 'country')
      )
        continue;
      addOrg(
        { name: spanText(doc, a, i), aliases: [acro], type: 'other', country: null },
        spanText(doc, a, i),
        a,
        i,
      );
    }
  }

  // 3b'. A named military operation, reported as an actor: "Operation Hadin Kai", "Operation Inherent Resolve"
  {
    const inMention = new Uint8Array(W.length);
    for (const m of mentions) for (let i = m.w0; i < m.w1; i++) inMention[i] = 1;
    const ops: { name: string; w0: number; w1: number }[] = [];
    for (let i = 0; i + 1 < W.length; i++) {
      if (W[i].text !== 'Operation' || inMention[i] || personWords.has(i + 1)) continue;
      let j = i + 1;
      while (
        j < W.length &&
        j - i <= 3 &&
        W[j].sent === W[i].sent &&
        W[j].cap &&
        W[j].pos !== 'PUNCT' &&
        !inMention[j] &&
        !MONTHS.has(W[j].text) &&
        !WEEKDAYS.has(W[j].text)
      )
        j++;
      if (j === i + 1) continue;
      const name = spanText(doc, i, j);
      ops.push({ name, w0: i, w1: j });
      i = j - 1;
    }
    // "troops of Operation Hadin Kai", "Operation Safe Haven's media officer", "Operation Lafiya Dole troops",
    // "deployed under Operation Shujaa", "the task force, Operation Safe Haven, said": an operation whose people speak
    // or act is a force; one only told as an event ("during Operation Medusa in 2006", "a year after Operation
    // Spiderweb", "Operation Escudo, launched in …") names no body
    const actor = (w0: number, w1: number) =>
      OPERATION_ACTS.test(W[w1]?.text ?? '') ||
      (W[w1]?.text === ',' && /^(?:which|who)$/i.test(W[w1 + 1]?.text ?? '')) ||
      OPERATION_PEOPLE.test(W[w1]?.text ?? '') ||
      W[w0 - 1]?.text === ',' ||
      /^(?:under|by|with|joined)$/i.test(W[w0 - 1]?.text ?? '') ||
      (/^(?:of|for|from|in)$/i.test(W[w0 - 1]?.text ?? '') && OPERATION_PEOPLE.test(W[w0 - 2]?.text ?? ''));
    const acting = new Set(ops.filter((o) => actor(o.w0, o.w1)).map((o) => normKey(o.name)));
    for (const o of ops)
      if (acting.has(normKey(o.name)))
        addOrg({ name: o.name, aliases: [], type: 'operation', country: null }, o.name, o.w0, o.w1);
  }
}

/** What follows an operation that speaks or acts: "Operation X said", "Operation X's spokesman", "… would patrol". */
const OPERATION_ACTS =
  /^(?:'s|’s|said|says|told|announced|reported|added|confirmed|denied|claimed|stated|would|will|has|had|have)$/i;
/** People or units of an operation: "troops of", "a spokesman for", "the patrol from", "part of". */
const OPERATION_PEOPLE =
  /^(?:soldiers|troops|troopers|forces|personnel|men|officers|members|units?|patrol|part|spokes(?:man|woman|person)|commander|headquarters|officials?)$/i;
