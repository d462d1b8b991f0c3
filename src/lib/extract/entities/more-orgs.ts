/**
 * Organisations without a capitalised head or a list entry: "Burkina Faso's army", "the interior ministry", bare
 * acronyms, employers and statement issuers, armed forces of a named country; merges short forms into full names.
 */
import type { Doc } from '../doc.ts';
import { type Gazetteer, normKey } from '../gazetteer.ts';
import {
  ADMIN_SUFFIX,
  MONTHS,
  NON_ENTITY_SUFFIX,
  NOT_NAME,
  ORG_HEAD,
  ORG_SUFFIX,
  STOP_CAPS,
  TITLE_WORDS,
  WEEKDAYS,
} from '../lexicon.ts';
import { givenName } from '../names.ts';
import { definedAcronyms } from './candidates.ts';
import {
  AREA_TITLE,
  afterDateline,
  BODY_KIND,
  FAITH_ADJ,
  GENERIC_MOD,
  holderJob,
  initials,
  isTitle,
  LOCATIVE_PREP,
  lower,
  lowerWords,
  mentionOf,
  midSentenceCaps,
  ORDINAL,
  type OrgInput,
  sentenceOpener,
  spanText,
  TIED,
  timeZoneWord,
} from './shared.ts';
import type { Mention, Org, Person, Place } from './types.ts';

interface OrgContext {
  mentions: Mention[];
  byId: Map<string, Person | Org | Place>;
  orgs: Map<string, Org>;
  personWords: Set<number>;
  people: Person[];
  addOrg: (o: OrgInput, surface: string, w0: number, w1: number) => void;
  /** The country the article is most about. */
  mainCountry: string | null;
  /** The places found so far (a place read inside a body's name gives way to it). */
  places?: Map<string, Place>;
}

/** Words before a person's other name: "his call sign Dovbush", "known by the nickname Tiger", "nom de guerre". */
const CALLED = /^(?:sign|callsign|call-sign|nickname|alias|guerre|pseudonym)$/i;
/**
 * Lower-case heads of descriptive organisation names: "Niger's armed forces", "the Kherson regional administration",
 * "Chile's southern naval command", "the Aleppo water directorate", "the Geneva cantonal court" ("department" is an
 * area, not a body); and "air force", a service like the army or the navy ("a task force" is none).
 */
const LOW_HEAD = new Set(
  'army forces command military police navy coalition administration government ministry council party movement commission authority militia channel television radio newspaper agency alliance junta group bloc directorate secretariat court'.split(
    ' ',
  ),
);
/**
 * Holders of a public post whose "office" is a body: "the Sinaloa state prosecutor's office", "the Prime Minister's
 * office", "the Cook County medical examiner's office".
 */
const OFFICE_HOLDER =
  /^(?:prosecutor|attorney-general|governor|mayor|minister|ombudsman|examiner|defender|commissioner|president|premier|chancellor|coroner|sheriff|investigator|envoy|auditor-general)$/i;
/** Words before "general" or "minister" that belong to the post: "attorney general", "Chief Minister". */
const HOLDER_LEAD = /^(?:attorney|auditor|solicitor|inspector|prime|chief|first)$/i;
/** Posts whose office is a standing body however little the text says where: "the attorney general's office". */
const BODY_POST =
  /^(?:prosecutor|attorney-general|attorney general|ombudsman|sheriff|coroner|prime minister)$/i;
/** Modifiers that tie an office to a tier of the state: "the regional prosecutor's office", "the state … office". */
const TIER_MOD =
  /^(?:state|regional|federal|provincial|national|public|district|county|municipal|city|military)$/i;
/** Heads naming a country's armed forces: two of them for one country are one actor. */
const ARMED = new Set(['army', 'forces', 'military', 'troops']);
/**
 * Kinds of body that are not a state's: rebels, militias, foreign forces and missions. "Sudan's army" is never the
 * Rapid Support Forces nor "Colombia's army" the National Liberation Army, though both are armed bodies of the country.
 */
const NON_STATE = new Set(['rebel', 'political_militia', 'identity_militia', 'external']);
/** A state's forces told by the bare word: "the army", "the military". */
const BARE_ARMED = /^(?:army|military)$/;
/** Upper-case words that are not organisations. */
const ACRO_STOP = new Set(
  'CEO CFO COO CTO GDP AM PM TV ID IED IEDS UAV UAVS GMT UTC AI PHD HIV AIDS COVID NGO NGOS MP MPS OK USD EUR GBP KM SUV ICU VIP FM DNA ATM LGBT LGBTQ PR IT HQ RPG AK II III IV VI VII VIII IX XI XII US UK EU UN DC PDF FAQ SMS GPS'.split(
    ' ',
  ),
);
/**
 * Words set in capitals that are no acronym: a page's labels and headings ("READ MORE", "REPORTER:", "RISK LEVEL:
 * HIGH"), a time zone, a currency's code.
 */
const CAPS_NOT_ACRONYM = new Set(
  `READ MORE NOT HIGH LOW MEDIUM MODERATE SEVERE CRITICAL EXTREME INCIDENT INCIDENTS REPORTER EDITOR ANCHOR UPDATE UPDATED
BREAKING LIVE WATCH ALERT WARNING NOTE SUMMARY ADVISORY ADVERTISEMENT SUBSCRIBE SHARE PHOTO VIDEO EXCLUSIVE RISK LEVEL
FIRMS
EAT CAT WAT SAST CET CEST EET EEST BST IST PST PDT EST EDT CST CDT MST MDT MSK AST WIB WITA PKT JST KST HKT SGT
CFA XOF XAF SEK NOK DKK CHF JPY CNY INR ZAR KES NGN GHS UGX TZS ETB EGP PKR BDT RUB UAH TRY AUD CAD NZD BRL MXN COP`.split(
    /\s+/,
  ),
);
/** A road's, a model's or a grid's code: "N150", "RN15", "TB2", "K9"; "M23" is a body only when listed or defined. */
const CODE = /^[A-Z]{1,3}\d{1,4}[A-Z]?$/;
/**
 * An upper-case word that is a label, a month ("NOVEMBER", "FEB"), a time zone, a currency or a code rather than a
 * body's initials, unless the text defines it in brackets after a name or gives it as a body's name ("the youth
 * movement M66").
 */
function capsWordNoAcronym(text: string, defined: Map<string, string>, named: Set<string>): boolean {
  if (defined.has(text) || named.has(text)) return false;
  const title = text[0] + text.slice(1).toLowerCase();
  return CAPS_NOT_ACRONYM.has(text) || MONTHS.has(title) || MONTHS.has(`${title}.`) || CODE.test(text);
}
/** Determiners that make what follows a description: "a", "another", "any", "no", "every". */
const INDEFINITE = /^(?:a|an|another|any|no|every|each|some)$/i;
/** Lower-case heads of non-state bodies that a nation's adjective only describes: "the Yemeni group". */
const DESCRIBED_HEAD = /^(?:group|movement|militia|faction|bloc|alliance|coalition|channel)$/;
/** Kinds of body that introduce the name they give themselves: "a group calling itself …", "a militia called …". */
const SELF_NAMED_KIND =
  /^(?:group|outfit|organi[sz]ation|militia|movement|faction|front|coalition|alliance|network|gang|cell|wing)$/;
/** Collective nouns after a campaign group's name. */
const GROUP_NOUN =
  /^(?:collective|campaign|group|coalition|movement|alliance|network|initiative|association|committee|platform|front|union|society)$/;
/** Lower-case portfolio words before "ministry": "the interior ministry", "the foreign affairs ministry". */
const PORTFOLIO =
  /^(?:defence|defense|interior|health|foreign|finance|housing|education|justice|agriculture|energy|environment|labour|labor|transport|economy|trade|information|culture|tourism|security|home|water|oil|mines|mining|communications|affairs|religious|social|public|works|sports|youth|women's|family|industry|commerce|planning|welfare|petroleum|fisheries|health)$/;
/** Portfolio words that can name a ministry on their own (not "public", "affairs", "social"). */
const PORTFOLIO_HEAD =
  /^(?:defence|defense|interior|health|foreign|finance|housing|education|justice|agriculture|energy|environment|labour|labor|transport|economy|trade|information|culture|tourism|security|home|water|oil|mines|mining|communications|sports|youth|industry|commerce|planning|welfare|petroleum|fisheries)$/;
/** People of a place: "residents of X said" is no statement of X. */
const INHABITANTS =
  /^(?:residents|inhabitants|people|villagers|locals|elders|families|survivors|witnesses|farmers|traders|youths|women|men|natives|citizens|mayor|chief|elder|resident|villager)$/;
const SPEAKS = /^(said|says|told|announced|reported|added|confirmed|denied|warned|stated|tweeted|posted)$/;
/** Kinds of place named "the X of Name": "the village of Nossombougou", "the town of Tera". */
const PLACE_OF =
  /^(?:village|town|city|district|territory|province|region|county|municipality|commune|hamlet)$/;

export function findMoreOrgs(doc: Doc, gaz: Gazetteer, cx: OrgContext): void {
  const W = doc.words;
  // a person's name words, a hyphenated one also whole ("Al-Khatib" of "Yasmin Al-Khatib")
  const personParts = new Set(
    cx.people.flatMap((p) => [...normKey(p.name).split(' '), ...p.name.split(/\s+/).map(normKey)]),
  );
  const wordMention: (Mention | null)[] = new Array(W.length).fill(null);
  const index = () => {
    wordMention.fill(null);
    for (const m of cx.mentions) for (let i = m.w0; i < m.w1; i++) if (!wordMention[i]) wordMention[i] = m;
  };
  index();
  const orgOf = (m: Mention | null) => (m && m.kind === 'org' ? (cx.byId.get(m.id) as Org) : null);
  const orgByKey = (key: string): Org | null => {
    for (const o of cx.orgs.values()) {
      if (normKey(o.name) === key || o.aliases.some((a) => normKey(a) === key)) return o;
      const first = normKey(o.name).split(' ')[0];
      if (first === key && o.name.split(/\s+/).length === 2) return o; // "Houthi" → "Houthi movement"
    }
    return null;
  };
  const alias = (o: Org, a: string) => {
    if (a !== o.name && !o.aliases.includes(a)) o.aliases.push(a);
  };
  /** One body under two names: `o`'s names, mentions and first place go to `full`, and `o` is gone. */
  const foldInto = (o: Org, full: Org) => {
    for (const a of [o.name, ...o.aliases]) alias(full, a);
    full.mentions += o.mentions;
    full.first = Math.min(full.first, o.first);
    cx.orgs.delete(o.id);
    cx.byId.delete(o.id);
    for (const m of cx.mentions) if (m.id === o.id) m.id = full.id;
  };

  const midCaps = midSentenceCaps(W);
  const lowerSeen = lowerWords(W);

  /**
   * "the federal aviation agency Rosaviatsia", "the news agency Qudsna": a capitalised name no list knows right after
   * a lower-case head is the body's own name; it is recorded with the description as an alias.
   */
  const nameAfterHead = (h: number): boolean => {
    const s1 = doc.sentences[W[h].sent].w1;
    let e = h + 1;
    while (
      e < s1 &&
      e - h <= 3 &&
      W[e].cap &&
      W[e].pos !== 'PUNCT' &&
      !wordMention[e] &&
      !cx.personWords.has(e)
    )
      e++;
    if (e === h + 1 || (e < s1 && W[e].cap)) return false;
    if (
      W.slice(h + 1, e).some(
        (x) => STOP_CAPS.has(x.text) || MONTHS.has(x.text) || WEEKDAYS.has(x.text) || isTitle(x),
      )
    )
      return false;
    if (e - h === 2 && givenName(W[h + 1].text)) return false;
    const name = spanText(doc, h + 1, e);
    if (gaz.phrases.get(normKey(name))?.some((x) => x.kind !== 'org')) return false;
    let d = h;
    while (
      d > doc.sentences[W[h].sent].w0 &&
      !W[d - 1].cap &&
      W[d - 1].pos !== 'PUNCT' &&
      !/^(?:the|a|an|its|their|his|her|'s|’s)$/i.test(W[d - 1].text) &&
      h - d < 3
    )
      d--;
    const bare = spanText(doc, d, h + 1);
    const description = d >= 2 && /^(?:'s|’s)$/.test(W[d - 1].text) ? spanText(doc, d - 2, h + 1) : bare;
    const descriptions = description === bare ? [bare] : [description, bare];
    const same = orgByKey(normKey(name));
    if (same) for (const x of descriptions) alias(same, x);
    else cx.addOrg({ name, aliases: descriptions, type: 'other', country: null }, name, h + 1, e);
    for (let x = h + 1; x < e; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
    return true;
  };

  /** The first word of a post's title right before "'s office" (word `h`), or -1: "the state prosecutor's office". */
  const officeHolder = (h: number, s0: number): number => {
    if (h - 2 < s0 || W[h - 1].text !== "'s" || !OFFICE_HOLDER.test(W[h - 2].text)) {
      // "the attorney general's office", "the Chief Minister's office"
      return h - 3 >= s0 &&
        W[h - 1].text === "'s" &&
        /^(?:general|minister)$/i.test(W[h - 2].text) &&
        HOLDER_LEAD.test(W[h - 3].text)
        ? h - 3
        : -1;
    }
    return h - 3 >= s0 && HOLDER_LEAD.test(W[h - 3].text) ? h - 3 : h - 2;
  };
  /** Offices named by their holder's post and tier alone, read once the named ones are known. */
  const bareOffices: [number, number, number][] = [];
  /**
   * An office named by its holder's post and tier alone (words `a`–`h`, the post from `p`); see the call. After a
   * named one ("the Sinaloa state prosecutor's office"), it is that body's short form ("the prosecutor's office").
   */
  const bareOffice = (a: number, p: number, h: number) => {
    if (a > 0 && /^(?:a|an|another|his|her|their|my|our|your)$/i.test(W[a - 1].text)) return;
    const post = W.slice(p, h - 1)
      .map((x) => x.text)
      .join(' ');
    if (!W[p].cap && !W.slice(a, p).some((x) => TIER_MOD.test(x.text)) && !BODY_POST.test(post)) return;
    if (W.slice(a, h + 1).some((x) => cx.personWords.has(x.i))) return;
    const surface = spanText(doc, a, h + 1).replace(/\s+'s\b/g, "'s");
    // "the regional governor's office" after "the North West governor's office": the one office of that post named
    const office = normKey(`${post}'s office`);
    const named = [...cx.orgs.values()].filter((o) =>
      [o.name, ...o.aliases].some((x) => normKey(x).endsWith(` ${office}`)),
    );
    const have = orgByKey(normKey(surface)) ?? (named.length === 1 ? named[0] : null);
    // two such offices named: the short form is one of them, no third
    if (!have && named.length > 1) return;
    // told again, the office is mentioned again: "The attorney general's office, known as the Public Ministry, …"
    if (have && have.id !== `org:${normKey(have.name)}`) {
      alias(have, surface);
      return;
    }
    cx.addOrg(have ?? { name: surface, aliases: [], type: 'other', country: null }, surface, a, h + 1);
    for (let x = a; x <= h; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
  };
  /** A person's name at `j`, after at most a comma and two capitalised ranks: "Colonel Name", ", Name". */
  const namedAfter = (j: number, end: number) => {
    if (W[j]?.text === ',') j++;
    for (let r = 0; r < 2 && j < end && W[j].cap && isTitle(W[j]) && !cx.personWords.has(j); r++) j++;
    return j < end && W[j].cap && cx.personWords.has(j);
  };
  // (a) a proper name or a place, a few modifiers, a lower-case head: "Burkina Faso's army", "Azimio la Umoja coalition"
  const armed = new Map<string, Org>();
  // "Dogon militias": a name with a plural head anywhere makes the singular a kind of body, not one body
  const pluralKinds = new Set<string>();
  // words inside a quotation: "the Russian occupation army" in someone's words is rhetoric, not a name
  const quoted = new Uint8Array(W.length);
  let inQuote = false;
  for (let x = 0; x < W.length; x++) {
    const t = W[x].text;
    if (t === '\u201c') inQuote = true;
    else if (t === '\u201d') inQuote = false;
    else if (t === '"') inQuote = !inQuote;
    else if (inQuote) quoted[x] = 1;
    if (x > 0 && W[x - 1].cap && !W[x].cap && /(?:ies|s)$/.test(t)) {
      const sing = t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.slice(0, -1);
      if (LOW_HEAD.has(sing) && sing !== 'force') pluralKinds.add(`${normKey(W[x - 1].text)} ${sing}`);
    }
  }
  for (const s of doc.sentences) {
    for (let h = s.w0 + 1; h < s.w1; h++) {
      const hw = W[h];
      const holder = hw.text === 'office' ? officeHolder(h, s.w0) : -1;
      if (
        hw.cap ||
        !(LOW_HEAD.has(hw.text) || (hw.text === 'force' && W[h - 1].text === 'air') || holder >= 0) ||
        wordMention[h]
      )
        continue;
      // "police station" is no body, but "police spokesman Name" names the police he speaks for, also with a rank or
      // a comma between ("Gauteng police spokesperson Colonel Name", "the Lagos police spokesperson, Name")
      if (
        h + 1 < s.w1 &&
        !W[h + 1].cap &&
        (W[h + 1].pos === 'NOUN' || LOW_HEAD.has(W[h + 1].text)) &&
        !(isTitle(W[h + 1]) && namedAfter(h + 2, s.w1))
      )
        continue;
      let k = holder >= 0 ? holder - 1 : h - 1;
      let mods = 0;
      while (
        k > s.w0 &&
        mods < 2 &&
        !W[k].cap &&
        // a participle describes the body as an adjective does: "the combined naval command"; right after a name it
        // is the name's verb ("Serbs attacked police", "Villagers in Hassu Khel blamed security forces")
        (W[k].pos === 'ADJ' ||
          W[k].pos === 'NOUN' ||
          (W[k].pos === 'VERB' && /ed$/.test(W[k].text) && !(W[k - 1].cap && W[k - 1].text !== "'s"))) &&
        !wordMention[k]
      ) {
        k--;
        mods++;
      }
      let end = k + 1; // the proper part ends before `end`
      if (W[k].text === "'s") {
        k--;
        end = k + 1;
      }
      if (k < s.w0 || !W[k].cap || (holder >= 0 && W[k].text === 'The')) {
        // "the Prime Minister's office", "the regional prosecutor's office": an office no proper name owns is a body
        // when its holder's title is capitalised, a tier of the state qualifies it, or the post is a standing body's
        if (holder >= 0 && W[k + 1]?.text !== "'s") bareOffices.push([k + 1, holder, h]);
        continue;
      }
      // "By Sunday evening police had arrested …": a day or a month is when, not whose
      if (WEEKDAYS.has(W[k].text) || MONTHS.has(W[k].text)) continue;
      const m = wordMention[k];
      let start: number;
      let country: string | null = null;
      if (m) {
        if (m.kind === 'person' || m.w1 !== k + 1) continue;
        if (m.kind === 'place') {
          const p = cx.byId.get(m.id) as Place;
          if (p.kind === 'facility' || p.kind === 'region' || p.kind === 'sea') continue;
          country = p.kind === 'country' ? p.country : null;
        }
        if (m.kind === 'demonym') country = m.id.replace('country:', '');
        start = m.w0;
      } else {
        // an unknown proper name, glue allowed: "Azimio la Umoja"
        start = k;
        while (
          start > s.w0 &&
          ((W[start - 1].cap && !wordMention[start - 1]) ||
            (/^(la|de|al|el|du|of)$/.test(W[start - 1].text) && start - 2 >= s.w0 && W[start - 2].cap))
        )
          start--;
        if (STOP_CAPS.has(W[start].text)) start++;
        // "Borno State police": the province's own name before its administrative word
        const pm = start > s.w0 ? wordMention[start - 1] : undefined;
        if (start === k && pm?.kind === 'place' && pm.w1 === start && ADMIN_SUFFIX.has(lower(W[start]))) {
          start = pm.w0;
          country = null;
        } else if (start > k || W[start].pos !== 'PROPN') continue;
        // "Riot police", "Security forces", "Human rights group": a capital that only starts the sentence
        // ("Interior ministry spokesman X said": a portfolio before "ministry" names the body wherever it stands)
        if (
          start === k &&
          (start === s.w0 || /^["'(]$/.test(W[start - 1].text) || afterDateline(W, start)) &&
          !midCaps.has(W[k].text) &&
          !(hw.text === 'ministry' && PORTFOLIO_HEAD.test(lower(W[k])))
        )
          continue;
        if (W.slice(start, k + 1).some((x) => personParts.has(normKey(x.text)))) continue;
      }
      // "The CSTO, a Moscow-led security bloc", "a mostly Tutsi rebel group", "any Kuki-Zo group": a description after
      // an indefinite article or a quantifier (an adverb between them) names no body
      {
        const d = start > s.w0 + 1 && W[start - 1].pos === 'ADV' ? start - 2 : start - 1;
        if (d >= s.w0 && INDEFINITE.test(W[d].text)) continue;
      }
      // "the Yemeni group says", "the Islamic extremist group al-Shabaab": a nation's or a faith's adjective before
      // a common kind of non-state body describes one already named; it names none (a state's "Nigerian army" does)
      if (
        DESCRIBED_HEAD.test(hw.text) &&
        ((m && (m.kind === 'demonym' || (m.kind === 'place' && country))) ||
          (!m && start === k && FAITH_ADJ.test(W[k].text)))
      )
        continue;
      // "its Telegram channel", "the group's X account": a body's channel on a platform is no body of its own
      if (
        hw.text === 'channel' &&
        start > s.w0 &&
        (/^(?:its|his|her|their|our)$/i.test(W[start - 1].text) || W[start - 1].text === "'s")
      )
        continue;
      if (pluralKinds.has(`${normKey(W[end - 1].text)} ${hw.text}`)) continue;
      // "the Russian occupation army" inside a quotation: a country and a common noun before the head are rhetoric
      if (
        m &&
        m.kind !== 'org' &&
        quoted[h] &&
        W.slice(end, h).some((x) => x.pos === 'NOUN' && !x.cap && !LOW_HEAD.has(x.text))
      )
        continue;
      // "Russia's federal aviation agency Rosaviatsia": the name after the head is the body's name
      if (nameAfterHead(h)) continue;
      // "the London-based rights group", "a U.S.-led alliance": where a body sits, or who leads, backs or is allied
      // to it, describes it and names none; a body run or owned by another is a body of its own ("the Houthi-run
      // health ministry"), but "the Taliban-run administration" is the Taliban's rule, a mention of the Taliban
      if (
        W.slice(start, end).every(
          (x) =>
            TIED.test(x.text) &&
            (!/-(?:run|owned)$/i.test(x.text) || /^(?:administration|government)$/.test(hw.text)),
        )
      )
        continue;
      const proper = doc.text.slice(W[start].start, W[end - 1].end);
      const surface = doc.text.slice(W[start].start, hw.end);
      const name = `${proper} ${W.slice(end === k + 1 && W[k + 1]?.text === "'s" ? k + 2 : end, h + 1)
        .map((x) => x.text)
        .join(' ')}`
        .replace(/\s+/g, ' ')
        .replace(/ 's\b/g, "'s");
      // a country or a demonym alone does not tell the body: the "Afghan defence ministry" is not "Afghan forces"
      const existing =
        m?.kind === 'org'
          ? orgOf(m)
          : m
            ? ([...cx.orgs.values()].find(
                (o) =>
                  normKey(o.name) === normKey(proper) ||
                  // "Salem police" is the "Salem Police Department" already named
                  (normKey(o.name).startsWith(`${normKey(proper)} `) &&
                    normKey(o.name).split(' ').includes(hw.text.toLowerCase())),
              ) ?? null)
            : orgByKey(normKey(proper));
      if (existing) {
        alias(existing, surface);
        continue;
      }
      const headCap = hw.text[0].toUpperCase() + hw.text.slice(1);
      // "Ethiopia's military" beside the "Ethiopian National Defense Force": a body of the country already known
      // as its army or military (by name or by alias) is the one meant
      const armedOf = (o: Org) =>
        o.country === country &&
        !NON_STATE.has(o.type) &&
        [o.name, ...o.aliases].some((x) => /\s(?:army|military|armed forces)$/i.test(x));
      // "Myanmar's military" is not the "People's Defence Force": a state's forces bear its name or "National"
      const stateNamed = (o: Org) => {
        if (!/\bDefen[cs]e Force\b/.test(o.name) || /\b(?:National|Army|Military)\b/.test(o.name))
          return true;
        const c = country ? gaz.countries.get(country) : undefined;
        return !!c && [c.name, ...c.demonyms].some((x) => o.name.includes(x));
      };
      const sameBody = country
        ? ((ARMED.has(hw.text) ? [...cx.orgs.values()].find(armedOf) : undefined) ??
          [...cx.orgs.values()].find(
            (o) =>
              !NON_STATE.has(o.type) &&
              (o.name.split(/\s+/).includes(headCap) ||
                (ARMED.has(hw.text) &&
                  /\b(Army|Forces|Military|Defen[cs]e Force)\b/.test(o.name) &&
                  stateNamed(o))) &&
              (o.country === country || (o.country === null && hw.text !== 'forces')),
          ))
        : null;
      if (sameBody) {
        alias(sameBody, surface);
        continue;
      }
      const key = country ?? normKey(proper);
      if (ARMED.has(hw.text) && armed.has(key)) {
        const o = armed.get(key) as Org;
        alias(o, name);
        o.mentions++;
        continue;
      }
      const aliases = surface !== name ? [surface] : [];
      if (!m && mods > 0) aliases.push(proper); // "the FARC guerrilla group" is FARC
      cx.addOrg({ name, aliases, type: 'other', country }, name, start, h + 1);
      for (let x = start; x <= h; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
      const id = `org:${normKey(name)}`;
      const o = cx.orgs.get(id);
      if (o && ARMED.has(hw.text)) armed.set(key, o);
    }
  }
  for (const [a, p, h] of bareOffices) bareOffice(a, p, h);
  index();

  // (a2) "the army said …": the army of the country the story is about. Its forces named by any route take the bare
  // word as an alias; named nowhere, the bare word is that country's army ("the military" before a noun is no body).
  {
    const c = cx.mainCountry;
    // "Nigerian", not "Nigerians"
    const demonym = c ? gaz.countries.get(c)?.demonyms.find((d) => !/s$/.test(d)) : undefined;
    // any state's forces named: in a story about the West Bank "the army" is Israel's, named as such
    const named = () =>
      [...cx.orgs.values()].filter(
        (o) =>
          !NON_STATE.has(o.type) &&
          [o.name, ...o.aliases].some((x) =>
            /\b(?:army|military|armed forces|defen[cs]e forces?|forces)$/i.test(x),
          ),
      );
    const paragraphCountry = (k: number): string | null => {
      const para = doc.sentences[W[k].sent].para;
      const countries = new Set<string>();
      for (const m of cx.mentions) {
        if (m.kind !== 'place' || doc.sentences[m.sent].para !== para) continue;
        const p = cx.byId.get(m.id) as Place | undefined;
        if (p?.country) countries.add(p.country);
      }
      return countries.size === 1 && !countries.has(c as string) ? [...countries][0] : null;
    };
    for (let k = 1; c && demonym && k < W.length; k++) {
      if (!BARE_ARMED.test(W[k].text) || !/^the$/i.test(W[k - 1].text) || wordMention[k] || quoted[k])
        continue;
      const next = W[k + 1];
      if (
        next &&
        (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || /^(?:-|'s|’s)$/.test(next.text))
      )
        continue;
      const bodies = named();
      if (bodies.length) {
        if (bodies.length === 1) alias(bodies[0], W[k].text);
        continue;
      }
      // (in a paragraph whose places all lie in one other country, that country's army: a roundup's Philippine
      // paragraph in a story mostly about Libya)
      const own = paragraphCountry(k);
      const ownDemonym = own ? gaz.countries.get(own)?.demonyms.find((d) => !/s$/.test(d)) : undefined;
      const name = `${ownDemonym ?? demonym} army`;
      const country = ownDemonym ? own : c;
      cx.addOrg({ name, aliases: [W[k].text], type: 'state', country }, W[k].text, k, k + 1);
      wordMention[k] = cx.mentions[cx.mentions.length - 1];
    }
  }

  // (b) "… known as the Hawks", "known by its Spanish initials EMC": an alias of the organisation just named
  for (const s of doc.sentences) {
    const re =
      /\b(?:known as|also called|referred to as|(?:known|identified) by its (?:[\w-]+ ){0,2}(?:initials|acronym|name))\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})/g;
    for (let mm = re.exec(s.text); mm; mm = re.exec(s.text)) {
      const at = s.start + mm.index;
      let o: Org | null = null;
      for (const m of cx.mentions) if (m.kind === 'org' && m.end <= at && m.sent === s.index) o = orgOf(m);
      if (!o) continue;
      // "the African Union mission in Somalia, known as AUSSOM": the other name may be another listed body's alias
      const other = [...cx.orgs.values()].find(
        (x) => x !== o && [x.name, ...x.aliases].some((n) => normKey(n) === normKey(mm[1])),
      );
      if (other) {
        // one organisation under two names: keep the longer name, move the other's mentions to it
        const [keep, drop] = other.name.length > o.name.length ? [other, o] : [o, other];
        for (const a of [drop.name, ...drop.aliases]) alias(keep, a);
        keep.mentions += drop.mentions;
        keep.first = Math.min(keep.first, drop.first);
        cx.orgs.delete(drop.id);
        for (const m of cx.mentions) if (m.id === drop.id) m.id = keep.id;
      } else alias(o, mm[1]);
    }
  }

  // (e) groups named "X for Y" / "X against Y" before a collective noun: "the Pensions for All collective"
  for (const s of doc.sentences) {
    for (let k = s.w0 + 1; k + 1 < s.w1; k++) {
      if ((W[k].text !== 'for' && W[k].text !== 'against') || !W[k - 1].cap || !W[k + 1].cap) continue;
      let a = k - 1;
      while (a > s.w0 && W[a - 1].cap && W[a - 1].pos !== 'PUNCT' && !wordMention[a - 1]) a--;
      if (STOP_CAPS.has(W[a].text)) a++;
      let e = k + 1;
      while (e < s.w1 && W[e].cap && W[e].pos !== 'PUNCT' && e - k <= 3) e++;
      if (a >= k || e >= s.w1 || !GROUP_NOUN.test(W[e].text)) continue;
      if (W.slice(a, e).some((x) => wordMention[x.i] || cx.personWords.has(x.i))) continue;
      const name = spanText(doc, a, e);
      cx.addOrg({ name, aliases: [`${name} ${W[e].text}`], type: 'other', country: null }, name, a, e + 1);
      for (let x = a; x <= e; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
      k = e;
    }
  }

  // (e2) "a shadowy group calling itself the Kashmir Tigers", "a militia called the Northern Lions": a body the text
  // introduces by the name it gives itself, whatever its head
  for (const s of doc.sentences) {
    for (let k = s.w0 + 2; k + 1 < s.w1; k++) {
      const two = `${lower(W[k - 1])} ${lower(W[k])}`;
      const intro =
        /^(?:calling|calls|called) itself$/.test(two) ||
        (/^(?:called|named)$/.test(lower(W[k])) && SELF_NAMED_KIND.test(lower(W[k - 1])));
      if (!intro) continue;
      if (
        /^(?:calling|calls|called) itself$/.test(two) &&
        !W.slice(Math.max(s.w0, k - 6), k - 1).some((x) => SELF_NAMED_KIND.test(lower(x)))
      )
        continue;
      let a = k + 1;
      if (a < s.w1 && lower(W[a]) === 'the') a++;
      let e = a;
      while (
        e < s.w1 &&
        e - a < 6 &&
        (W[e].cap || (/^(?:of|for|and)$/.test(W[e].text) && e + 1 < s.w1 && W[e + 1].cap && e > a)) &&
        W[e].pos !== 'PUNCT'
      )
        e++;
      if (e === a || W.slice(a, e).some((x) => cx.personWords.has(x.i))) continue;
      const name = spanText(doc, a, e);
      if (normKey(name).length < 3) continue;
      const known = orgByKey(normKey(name));
      const m = wordMention[a];
      if (known || (m && m.kind === 'org')) continue;
      // a place or a demonym read inside the name gives way to the body
      for (let x = cx.mentions.length - 1; x >= 0; x--) {
        const q = cx.mentions[x];
        if (q.w0 >= a && q.w1 <= e && q.kind !== 'person') {
          cx.mentions.splice(x, 1);
          const p = cx.byId.get(q.id) as Place | undefined;
          if (q.kind === 'place' && p && --p.mentions <= 0) {
            cx.byId.delete(q.id);
            cx.places?.delete(q.id);
          }
        }
      }
      cx.addOrg({ name, aliases: [], type: 'rebel', country: null }, name, a, e);
      for (let x = a; x < e; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
      k = e;
    }
  }

  // (f) a legislature named by its country: "Iceland's parliament", "the Icelandic parliament"
  for (const s of doc.sentences) {
    for (let k = s.w0 + 1; k < s.w1; k++) {
      if (!/^(?:parliament|legislature|congress)$/i.test(W[k].text) || wordMention[k]) continue;
      let c: string | null = null;
      let a = k;
      const m = wordMention[k - 1] ?? (W[k - 1].text === "'s" && k >= 2 ? wordMention[k - 2] : null);
      if (m && (m.w1 === k || m.w1 === k - 1)) {
        if (m.kind === 'demonym') c = m.id.slice(8);
        else if (m.kind === 'place') {
          const p = cx.byId.get(m.id) as Place;
          if (p.kind === 'country') c = p.country;
        }
        if (c) a = m.w0;
      }
      if (!c) {
        // the country's legislature already named: "the parliament" is one more mention of it
        const known = cx.mainCountry ? gaz.legislatures.get(cx.mainCountry) : undefined;
        const o = known ? cx.orgs.get(`org:${normKey(known.name)}`) : undefined;
        if (o && /^the$/i.test(W[k - 1].text)) {
          o.mentions++;
          cx.mentions.push(mentionOf(doc, 'org', o.id, k, k + 1));
        }
        continue;
      }
      const surface = spanText(doc, a, k + 1);
      const leg = gaz.legislatures.get(c);
      const country = gaz.countries.get(c)?.name ?? c;
      const entry: OrgInput = leg ?? {
        name: `Parliament of ${country}`,
        aliases: [],
        type: 'legislature',
        country: c,
      };
      cx.addOrg(entry, surface, a, k + 1);
      for (let x = a; x <= k; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
    }
  }

  // (g) a ministry by its portfolio in lower case, "the interior ministry", "the defence ministry": the ministry of the
  // country the article is about (one already named under a fuller name takes the mention)
  for (const s of doc.sentences) {
    for (let k = s.w0 + 2; k < s.w1; k++) {
      if (W[k].text !== 'ministry' || wordMention[k]) continue;
      let a = k - 1;
      while (a > s.w0 && a >= k - 2 && PORTFOLIO.test(W[a].text) && !wordMention[a]) a--;
      if (a === k - 1 || !/^(?:the|its|a)$/i.test(W[a].text)) continue;
      const portfolio = W.slice(a + 1, k).map((x) => x.text);
      if (!portfolio.some((x) => PORTFOLIO_HEAD.test(x))) continue;
      const name = `${portfolio.join(' ')} ministry`;
      const tail = portfolio.join(' ');
      const same = [...cx.orgs.values()].find((o) =>
        [o.name, ...o.aliases].some((n) => {
          const key = normKey(n);
          return (
            key === normKey(name) ||
            key.endsWith(` ${normKey(name)}`) ||
            key === `ministry of ${normKey(tail)}` ||
            key === `ministry of the ${normKey(tail)}`
          );
        }),
      );
      if (same) {
        alias(same, name);
        same.mentions++;
        cx.mentions.push(mentionOf(doc, 'org', same.id, a + 1, k + 1));
      } else {
        const cap = tail.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        cx.addOrg(
          { name, aliases: [`Ministry of ${cap}`], type: 'government', country: cx.mainCountry },
          name,
          a + 1,
          k + 1,
        );
      }
      for (let x = a + 1; x <= k; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
    }
  }

  // (h) a body named by the kind of body it is: "the Oslo-based shipbroker Fearnleys", "the news site Voz del Sur",
  // "Oregon Families First, a group collecting signatures": the name beside the kind noun
  // (small words inside such a name: "Voz del Sur", "Redes da Maré", "Amigos dos Povos")
  const NAME_GLUE = /^(?:del|de|la|da|do|dos|das|di|of|for|and)$/;
  const properRun = (a: number, s1: number): number => {
    let e = a;
    while (
      e < s1 &&
      e - a < 5 &&
      ((W[e].cap && W[e].pos !== 'PUNCT') ||
        (NAME_GLUE.test(W[e].text) && e > a && e + 1 < s1 && W[e + 1].cap)) &&
      !wordMention[e] &&
      !cx.personWords.has(e) &&
      !isTitle(W[e]) &&
      // "Families First", "Peace Now": a sentence-opening word inside a name, after its first word
      (!STOP_CAPS.has(W[e].text) || (e > a && /^(?:First|Now|Next|Last|Still|Only)$/.test(W[e].text))) &&
      !MONTHS.has(W[e].text) &&
      !WEEKDAYS.has(W[e].text)
    )
      e++;
    while (e > a && !W[e - 1].cap) e--;
    return e;
  };
  /** The name ends at a stop, a verb or a preposition, not before a lower-case word of its own ("Ain o Salish"). */
  const runEnds = (e: number, s1: number) =>
    e >= s1 ||
    W[e].pos === 'PUNCT' ||
    W[e].pos === 'VERB' ||
    W[e].pos === 'AUX' ||
    /^(?:in|at|on|said|says|and|to|for|with|has|had|was|is)$/.test(W[e].text);
  const knownNonOrg = (a: number, e: number) =>
    !!gaz.phrases.get(normKey(spanText(doc, a, e)))?.some((x) => x.kind !== 'org') ||
    (e - a === 1 && (givenName(W[a].text) || gaz.towns.has(normKey(W[a].text))));
  for (const s of doc.sentences) {
    for (let k = s.w0 + 1; k < s.w1; k++) {
      if (W[k].cap || !BODY_KIND.test(W[k].text) || wordMention[k]) continue;
      // the kind before the name: "the shipbroker Fearnleys", "the news site Voz del Sur"
      let d = k - 1;
      while (
        d > s.w0 &&
        ((!W[d].cap && (W[d].pos === 'ADJ' || W[d].pos === 'NOUN')) || /-based$/.test(W[d].text)) &&
        k - d < 3
      )
        d--;
      if (/^(?:the)$/i.test(W[d].text) && k + 1 < s.w1) {
        const e = properRun(k + 1, s.w1);
        if (e > k + 1 && runEnds(e, s.w1) && !knownNonOrg(k + 1, e)) {
          const name = spanText(doc, k + 1, e);
          const kind = spanText(doc, d + 1, k + 1).replace(/^\S+-based\s+/, '');
          const same = orgByKey(normKey(name));
          if (same) alias(same, `${name} ${W[k].text}`);
          else cx.addOrg({ name, aliases: [kind], type: 'other', country: null }, name, k + 1, e);
          for (let x = k + 1; x < e; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
          k = e;
          continue;
        }
      }
      // the name before ", a kind": "Oregon Families First, a group …"
      if (!/^(?:a|an)$/i.test(W[d].text) || d < s.w0 + 2 || W[d - 1].text !== ',') continue;
      let a = d - 1;
      while (a > s.w0 && (W[a - 1].cap || NAME_GLUE.test(W[a - 1].text)) && d - a < 6) a--;
      if (STOP_CAPS.has(W[a].text)) a++;
      // "Separately, a resistance group calling itself …": a sentence's opening word, no name
      if (a >= d - 1 || (a === d - 2 && sentenceOpener(W, a, midCaps, lowerSeen))) continue;
      // "Oregon Families First, a group": a place may start the name when more capitals follow it
      const lead = wordMention[a];
      const from = lead?.kind === 'place' && lead.w0 === a && lead.w1 < d - 1 ? lead.w1 : a;
      const e = properRun(from, d - 1);
      if (e !== d - 1 || (from > a && e - from < 1) || !W[a].cap || knownNonOrg(a, e)) continue;
      // "the Emergency Response Room in Abu Shouk, a volunteer group": a place after a preposition is no body
      if (a > s.w0 && (LOCATIVE_PREP.test(W[a - 1].text) || /^(?:of|from)$/.test(W[a - 1].text))) continue;
      // a person before ", a …" is no body: the appositive is a role
      if ((e - a >= 2 && givenName(W[a].text)) || holderJob(W, d + 1, k)) continue;
      const name = spanText(doc, a, e);
      if (!orgByKey(normKey(name))) {
        cx.addOrg({ name, aliases: [], type: 'other', country: null }, name, a, e);
        for (let x = a; x < e; x++) wordMention[x] = cx.mentions[cx.mentions.length - 1];
      }
    }
  }

  // (c) employers: "an analyst at Commerzbank", "a spokeswoman for Kallisto"
  for (let k = 1; k + 1 < W.length; k++) {
    const prep = W[k].text;
    if (prep !== 'at' && prep !== 'for' && prep !== 'with') continue;
    // "head of commodities research at Halden Capital": a title, its lower-case "of" tail, then the employer
    let t = k - 1;
    if (prep === 'at' && !TITLE_WORDS.has(W[t].text)) {
      while (t > 0 && k - t < 5 && !W[t].cap && W[t].sent === W[k].sent && !TITLE_WORDS.has(W[t].text)) t--;
      if (!(W[t + 1]?.text === 'of' && k - t >= 3)) t = k - 1;
    }
    if (W[t].cap || !TITLE_WORDS.has(W[t].text)) continue;
    // "the divisional officer for Mezam", "the governor for X": an official of an area, not of an employer
    if (prep === 'for' && AREA_TITLE.test(W[k - 1].text)) continue;
    let a = k + 1;
    if (W[a]?.text === 'the') a++;
    let e = a;
    while (e < W.length && W[e].sent === W[k].sent && W[e].cap && W[e].pos !== 'PUNCT' && !wordMention[e])
      e++;
    if (e === a || e - a > 4) continue;
    const next = W[e];
    if (next && next.sent === W[k].sent && !['PUNCT', 'VERB', 'AUX', 'ADP'].includes(next.pos)) continue;
    if (W.slice(a, e).some((x) => givenName(x.text) && e - a >= 2)) continue;
    const name = doc.text.slice(W[a].start, W[e - 1].end);
    if (gaz.phrases.get(normKey(name))?.some((x) => x.kind !== 'org')) continue;
    const same = orgByKey(normKey(name));
    if (same) {
      alias(same, name);
      same.mentions++;
      cx.mentions.push(mentionOf(doc, 'org', same.id, a, e));
      continue;
    }
    cx.addOrg({ name, aliases: [], type: 'other', country: null }, name, a, e);
  }
  index();

  // (d) single proper names that act like organisations: the first word of a known two-word name ("Nordwerk"),
  // "-bank" names, a name that speaks without being a person ("Ambrey said"); recurring or possessive acronyms
  const acroCount = new Map<string, number>();
  for (const w of W)
    if (/^[A-Z][A-Z0-9&]{1,7}$/.test(w.text)) acroCount.set(w.text, (acroCount.get(w.text) ?? 0) + 1);
  const firstWords = new Map<string, Org>();
  for (const o of cx.orgs.values()) {
    const parts = o.name.split(/\s+/);
    const k0 = normKey(parts[0]);
    if (
      parts.length >= 2 &&
      parts.length <= 3 &&
      !gaz.phrases.has(k0) &&
      !gaz.towns.has(k0) &&
      !NOT_NAME.has(parts[0]) &&
      !ORG_HEAD.has(k0)
    )
      firstWords.set(k0, o);
    for (const a of o.aliases) if (/^\p{Lu}[\p{Lu}0-9&-]{1,7}$/u.test(a)) firstWords.set(normKey(a), o);
  }
  // "the Joint Comprehensive Plan of Action (JCPOA)": an acronym the article gives a plan, treaty or deal names no body
  const defined = definedAcronyms(doc);
  const namedByKind = new Set<string>();
  for (let k = 1; k < W.length; k++) if (SELF_NAMED_KIND.test(W[k - 1].text)) namedByKind.add(W[k].text);
  const agreementAcronym = (acro: string) => {
    const words = defined.get(acro)?.split(' ') ?? [];
    return words.some((x) => NON_ENTITY_SUFFIX.has(x)) && !words.some((x) => ORG_SUFFIX.has(x));
  };
  // "Justice Wanjiru Kamau" … "Kamau said": a word the text also writes as the last of a run of names, after a name
  // word no list knows, is a person's surname, not a body that speaks. A name word is written in lower case after its
  // capital, or is a given name in capitals ("PATIENCE MOLOI", a transcript's speaker) or an initial ("R Venkatesh");
  // an accented word the lists know only as a people's adjective is a name ("Germán Ostos", not "German")
  const nameWord = (t: string) =>
    /\p{Ll}/u.test(t) || /^(?:\p{Lu}\.|[B-HJ-Z])$/u.test(t) || (/^\p{Lu}{2,}$/u.test(t) && !!givenName(t));
  const listedWord = (t: string) => {
    const es = gaz.phrases.get(normKey(t));
    return !!es && !(/[^\x00-\x7f]/.test(t) && es.every((e) => e.kind === 'demonym' && e.word !== t));
  };
  const lastOfNames = (k: number): boolean => {
    for (let i = 1; i < W.length; i++) {
      if (i === k || W[i].text !== W[k].text) continue;
      const p = W[i - 1];
      const next = W[i + 1];
      if (p.sent !== W[i].sent || !p.cap || p.pos === 'PUNCT' || !nameWord(p.text)) continue;
      if (next && next.sent === W[i].sent && next.cap && next.pos !== 'PUNCT') continue;
      const pk = p.text.toLowerCase();
      if (listedWord(p.text) || TITLE_WORDS.has(pk) || ORG_SUFFIX.has(pk) || STOP_CAPS.has(p.text)) continue;
      return true;
    }
    return false;
  };
  // "around Nyabiondo, in Masisi territory" … "The civil society of Masisi said", "the village of Nossombougou told": a
  // word the text writes as a place ("near X", "in X territory", "the village of X") is one; its people speak, not the
  // place ("in X" alone is not enough: "a stake in Fenwrightco")
  const placeWord = (k: number): boolean => {
    for (let i = 1; i < W.length; i++) {
      if (W[i].text !== W[k].text) continue;
      const p = W[i - 1];
      const next = W[i + 1];
      if (p.sent !== W[i].sent) continue;
      if (
        /^(?:near|outside|around|toward|towards)$/.test(p.text) ||
        (p.text === 'of' && i >= 2 && PLACE_OF.test(W[i - 2].text)) ||
        (LOCATIVE_PREP.test(p.text) && next?.sent === W[i].sent && PLACE_OF.test(next.text))
      )
        return true;
    }
    return false;
  };
  for (const s of doc.sentences) {
    for (let k = s.w0; k < s.w1; k++) {
      const w = W[k];
      if (wordMention[k] || !w.cap || w.pos === 'PUNCT') continue;
      const prevCap = k > s.w0 && W[k - 1].cap && W[k - 1].pos !== 'PUNCT';
      const nextCap = k + 1 < s.w1 && W[k + 1].cap && W[k + 1].pos !== 'PUNCT';
      if (prevCap || nextCap) continue;
      const key = normKey(w.text);
      const known = firstWords.get(key);
      const adjective =
        k + 1 < s.w1 &&
        !W[k + 1].cap &&
        W[k + 1].pos === 'NOUN' &&
        (w.pos === 'ADJ' || /(?:ic|ian|ean|ese|ish)$/.test(w.text));
      if (known && !adjective) {
        alias(known, w.text);
        known.mentions++;
        cx.mentions.push(mentionOf(doc, 'org', known.id, k, k + 1));
        continue;
      }
      // "N4.5bn": a currency sign and an amount written with a decimal point, no acronym
      const amount = /\d$/.test(w.text) && /^\.\d/.test(doc.text.slice(w.end, w.end + 2));
      const isAcro =
        /^[A-Z][A-Z0-9&]{1,7}$/.test(w.text) &&
        !ACRO_STOP.has(w.text) &&
        !capsWordNoAcronym(w.text, defined, namedByKind) &&
        !agreementAcronym(w.text) &&
        !amount &&
        !timeZoneWord(doc, w);
      if (isAcro) {
        if (gaz.phrases.get(key)?.some((x) => x.kind !== 'org')) continue;
        const owner = [...cx.orgs.values()].find((o) => initials(o.name, (x) => /^[A-Z]/.test(x)) === w.text);
        if (owner) {
          alias(owner, w.text);
          owner.mentions++;
          cx.mentions.push(mentionOf(doc, 'org', owner.id, k, k + 1));
          firstWords.set(key, owner);
          continue;
        }
        const possessed = k >= 2 && W[k - 1].text === "'s" && wordMention[k - 2]?.kind === 'place';
        const speaks = k + 1 < s.w1 && SPEAKS.test(W[k + 1].text);
        // "MOLOI:" after "PATIENCE MOLOI": a surname in capitals, no acronym
        if (((acroCount.get(w.text) ?? 0) >= 2 || possessed || speaks) && !lastOfNames(k)) {
          cx.addOrg({ name: w.text, aliases: [], type: 'other', country: null }, w.text, k, k + 1);
          const o = cx.orgs.get(`org:${key}`);
          if (o) firstWords.set(key, o);
        }
        continue;
      }
      if (
        w.pos !== 'PROPN' ||
        givenName(w.text) ||
        STOP_CAPS.has(w.text) ||
        MONTHS.has(w.text) ||
        WEEKDAYS.has(w.text)
      )
        continue;
      if (gaz.phrases.has(key) || personParts.has(key)) continue;
      if (k > s.w0 && LOCATIVE_PREP.test(W[k - 1].text)) continue;
      if (gaz.towns.has(key)) continue;
      const bank = /^[A-Z][a-z]{3,}bank$/.test(w.text);
      const speaks =
        k + 1 < s.w1 &&
        SPEAKS.test(W[k + 1].text) &&
        k > s.w0 &&
        !TITLE_WORDS.has(W[k - 1].text.toLowerCase());
      const particle = k > s.w0 && /^(van|von|de|der|da|al|bin|ibn|abu|le|la|di|del)$/i.test(W[k - 1].text);
      // "a brigade officer who gave his call sign as Dovbush said": a fighter's call sign or nickname is a person's
      let named = k - 1;
      if (named > s.w0 && /^(?:as|is|was)$/.test(W[named].text)) named--;
      if (named > s.w0 && CALLED.test(W[named].text)) continue;
      if (TITLE_WORDS.has(key)) continue; // "Controller said", "President said": a title, not a body
      // a head word alone is no name ("its Division said"); after an ordinal it names a unit: "the 3rd Division"
      if (ORG_SUFFIX.has(key)) {
        if (speaks && ORDINAL.test(W[k - 1].text) && !wordMention[k - 1])
          cx.addOrg(
            { name: `${W[k - 1].text} ${w.text}`, aliases: [], type: 'other', country: null },
            `${W[k - 1].text} ${w.text}`,
            k - 1,
            k + 1,
          );
        continue;
      }
      // "Residents of Mondoro told …", "Residents of Tripoli and Misrata reported …": the people of places speak,
      // not the places
      let of = k - 1;
      while (of > s.w0 && k - of < 8 && (W[of].cap || W[of].text === ',' || W[of].text === 'and')) of--;
      const peopleOf = of >= 1 && W[of].text === 'of' && INHABITANTS.test(W[of - 1].text.toLowerCase());
      if (
        bank ||
        (speaks &&
          k > s.w0 &&
          !cx.personWords.has(k) &&
          !particle &&
          !peopleOf &&
          !lastOfNames(k) &&
          !placeWord(k))
      ) {
        cx.addOrg({ name: w.text, aliases: [], type: 'other', country: null }, w.text, k, k + 1);
        const o = cx.orgs.get(`org:${key}`);
        if (o) firstWords.set(key, o);
      }
    }
  }
  // (z) "Armenia's National Assembly" beside the "National Assembly of Armenia": one body under two names
  const byKey = new Map<string, Org>();
  for (const o of cx.orgs.values()) byKey.set(normKey(o.name), o);
  for (const o of [...cx.orgs.values()]) {
    const c = o.country ? gaz.countries.get(o.country) : undefined;
    if (!c) continue;
    const full = byKey.get(normKey(`${o.name} of ${c.name}`));
    if (!full || full === o || full.country !== o.country) continue;
    foldInto(o, full);
  }
  // (y) "the Air Force" after the "Nigerian Air Force": a name of common words only is the short form of the one body
  // whose name ends with it (two such bodies leave it alone)
  for (const o of [...cx.orgs.values()]) {
    const words = o.name.split(/\s+/);
    if (
      words.length > 3 ||
      !words.every((x) => ORG_SUFFIX.has(x.toLowerCase()) || GENERIC_MOD.test(x.toLowerCase()))
    )
      continue;
    const tail = ` ${normKey(o.name).replace(/^the /, '')}`;
    const longer = [...cx.orgs.values()].filter(
      (x) =>
        x !== o &&
        normKey(x.name).replace(/^the /, '').endsWith(tail) &&
        (!o.country || !x.country || x.country === o.country),
    );
    if (longer.length !== 1) continue;
    const full = longer[0];
    foldInto(o, full);
  }
  cx.mentions.sort((x, y) => x.start - y.start);
}
