/**
 * Companies named by one word (or a short run of capitals) that no list knows, recognised from how the text treats
 * them: "X's chief executive", "X shares", "shares in X", "a bid for X", "a contract with X", "X, the German arms
 * maker", "the Swedish online grocer X", "X, which makes …". Once one mention is read this way, the name's other
 * mentions are that company too; a town of the same name the lists know gives way, except where the text puts
 * something in it ("in X", "near X").
 */
import { normKey } from '../gazetteer.ts';
import { MONTHS, NOT_NAME, ORG_HEAD, STOP_CAPS, WEEKDAYS } from '../lexicon.ts';
import { givenName } from '../names.ts';
import type { EntityContext } from './context.ts';
import {
  holderJob,
  isTitle,
  LOCATIVE_PREP,
  lower,
  lowerWords,
  mentionOf,
  midSentenceCaps,
  sentenceOpener,
  spanText,
} from './shared.ts';
import type { Mention, Place } from './types.ts';

/** Kinds of business a name is introduced by: "the arms maker X", "X, a Norwegian shipping group". */
const BIZ_KIND =
  /^(?:company|companies|firm|maker|makers|manufacturer|producer|group|carrier|lender|bank|insurer|retailer|grocer|operator|giant|conglomerate|chipmaker|supplier|contractor|startup|start-up|airline|automaker|carmaker|shipbroker|broker|brokerage|consultancy|developer|rival|competitor|subsidiary|miner|shipper|exporter|importer|distributor|utility|outlet|platform|fund|manager|investor|owner)$/;
/** Kinds of business that introduce a name only after a word of trade ("fund manager", "asset manager"). */
const BIZ_KIND_AFTER_TRADE = /^(?:manager|investor|owner|fund|platform|outlet|utility|group)$/;
/** Words before "carrier" that make it a ship: "bulk carrier", "aircraft carrier". */
const SHIP_CARRIER = /^(?:bulk|aircraft|car|vehicle|lng|lpg|gas|oil|crude|ore|container|helicopter|troop)$/;
/** Nouns only a company owns: "X's chief executive", "X's shares", "X's board". */
const BIZ_OWNED =
  /^(?:shares?|stock|board|ceo|chief|executive|executives|chairman|chairwoman|founder|co-founder|shareholders|investors|profits?|revenues?|earnings|subsidiary|takeover)$/;
/** Nouns a company owns, and a town may too: "X's factory", "X's spokesman" (read only for names no list knows). */
const BIZ_OWNED_WEAK =
  /^(?:sales|brand|products?|factory|factories|plants?|output|orders|staff|employees|workers|spokes(?:man|woman|person)|director|directors|management|headquarters|offer|bid)$/;
/** Nouns right after a company's name: "X shares", "X shareholders", "a X spokesman". */
const BIZ_AFTER = /^(?:shares|shareholders|stock|spokes(?:man|woman|person)|executives|share)$/;
/** Words of trade before a kind noun: "online grocer", "arms maker", "fund manager", "shipping group". */
const TRADE_WORD =
  /^(?:online|arms|defen[cs]e|drone|chip|steel|oil|gas|energy|shipping|fund|asset|investment|hedge|private|equity|software|tech|technology|telecoms?|mining|logistics|data|data-storage|storage|payments?|retail|grocery|food|car|auto|aerospace|engineering|construction|pharmaceutical|drug|media|insurance|freight|container|ammunition|weapons|rival|state-owned|listed|private-equity|investment)$/;
/** What a company's "share" is before: "the Saab share price". */
const SHARE_OF = /^(?:price|prices|sale|sales|buyback|offering|issue|capital|count|register)$/;
/** Nouns of time that may follow a company's name: "a stake in X yesterday". */
const TIME_NOUN =
  /^(?:yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|week|month|year|last|this|next)$/;
/** Words before a name that make it an object of business: "shares in X", "a bid for X", "a contract with X". */
const BIZ_BEFORE: Record<string, RegExp> = {
  in: /^(?:shares|stake|stakes|holding|holdings|investment|investments|invested|invest|investing)$/,
  of: /^(?:shares|takeover|acquisition|purchase|buyout|owner|owners|shareholders|stake)$/,
  for: /^(?:bid|offer|offers|bids)$/,
  with: /^(?:merger|contract|contracts|deal|deals|partnership|venture|agreement)$/,
  at: /^(?:analysts|economists|strategists|executives|engineers|investors)$/,
};
/** Verbs after ", which" that tell a company's trade: "X, which makes drones". */
const TRADE_VERB =
  /^(?:makes|builds|produces|sells|owns|operates|runs|supplies|designs|develops|manufactures)$/;

export function findCompanies(cx: EntityContext): void {
  const { doc, gaz, W, mentions, orgs, places, byId, personWords, addOrg } = cx;
  if (!W.length) return;
  const at: (Mention | null)[] = new Array(W.length).fill(null);
  for (const m of mentions) for (let i = m.w0; i < m.w1; i++) if (!at[i]) at[i] = m;
  const personParts = new Set(cx.people.flatMap((p) => normKey(p.name).split(' ')));
  const midCaps = midSentenceCaps(W);

  const lowerSeen = lowerWords(W);
  /** A word that may be part of a company's name. */
  const nameWord = (k: number) =>
    W[k].cap &&
    W[k].pos !== 'PUNCT' &&
    /^\p{Lu}[\p{L}\d&.-]*$/u.test(W[k].text) &&
    !MONTHS.has(W[k].text) &&
    !WEEKDAYS.has(W[k].text) &&
    !isTitle(W[k]) &&
    !personWords.has(k);
  /**
   * Words `a`–`e` (exclusive) as a company's name: no person, date or title; no country, province, region, sea,
   * people or listed organisation; a town only when no place or preposition says it is one.
   */
  const usable = (a: number, e: number, strong: boolean): boolean => {
    if (e <= a || e - a > 3) return false;
    if (STOP_CAPS.has(W[a].text) && (a === 0 || W[a - 1].sent !== W[a].sent)) return false;
    for (let k = a; k < e; k++) if (!nameWord(k)) return false;
    const key = normKey(spanText(doc, a, e));
    if (key.split(' ').some((x) => personParts.has(x))) return false;
    if (e - a === 1 && (givenName(W[a].text) || NOT_NAME.has(W[a].text) || ORG_HEAD.has(lower(W[a]))))
      return false;
    // "Government spokesman Omar Diallo": a word capitalised only because it opens its sentence
    if (!strong && e - a === 1 && !midCaps.has(W[a].text)) return false;
    // "Separately, the agency said", "Small shareholders were divided"
    if (e - a === 1 && sentenceOpener(W, a, midCaps, lowerSeen)) return false;
    // "shares of Austin, Texas-based …": a town named with its state or country
    if (e < W.length && W[e].text === ',' && e + 1 < W.length && W[e + 1].sent === W[a].sent) {
      const m = at[e + 1];
      if (/-based$/.test(W[e + 1].text) || (m && m.kind === 'place' && m.w0 === e + 1)) return false;
    }
    if (gaz.phrases.get(key)?.some((x) => x.kind !== 'org' && x.kind !== 'city')) return false;
    if (!strong && (gaz.phrases.has(key) || gaz.towns.has(key))) return false;
    for (let k = a; k < e; k++) {
      const m = at[k];
      if (!m) continue;
      if (m.w0 < a || m.w1 > e) return false;
      if (m.kind === 'person' || m.kind === 'demonym') return false;
      if (m.kind === 'org') return false;
      const p = byId.get(m.id) as Place | undefined;
      if (!strong || !p || (p.kind !== 'city' && p.kind !== 'other')) return false;
    }
    return true;
  };
  /** The capitalised run that ends right before `e` (at most three words, inside the sentence). */
  const runBefore = (e: number): number => {
    let a = e;
    const s0 = doc.sentences[W[e - 1].sent].w0;
    while (a > s0 && e - a < 3 && nameWord(a - 1)) a--;
    return a;
  };
  /** The capitalised run that starts at `a`. */
  const runFrom = (a: number): number => {
    let e = a;
    const s1 = doc.sentences[W[a].sent].w1;
    while (e < s1 && e - a < 3 && nameWord(e)) e++;
    return e;
  };
  /** The run ends where a name ends: a stop, a verb, a preposition, a conjunction or a lower-case word. */
  const endsThere = (e: number) =>
    e >= W.length || W[e].sent !== W[e - 1].sent || !W[e].cap || W[e].pos === 'PUNCT';

  /**
   * The run before `e` names something the lower-case noun at `e` is ("the giant Tengiz field", "the giant Buddha
   * statues", "a deal with Central Asian consortium"), not a company.
   */
  const modifies = (e: number) =>
    e < W.length &&
    W[e].sent === W[e - 1].sent &&
    !W[e].cap &&
    W[e].pos === 'NOUN' &&
    !TIME_NOUN.test(lower(W[e]));
  const found = new Map<string, [number, number]>();
  const take = (a: number, e: number, strong = true) => {
    if (!usable(a, e, strong) || !endsThere(e)) return;
    const key = normKey(spanText(doc, a, e));
    if (!found.has(key)) found.set(key, [a, e]);
  };

  for (let k = 0; k < W.length; k++) {
    const t = lower(W[k]);
    const s = doc.sentences[W[k].sent];
    // "X's chief executive", "X's shares", "X's commercial director"
    if ((t === "'s" || t === '’s') && k > s.w0 && k + 1 < s.w1) {
      const n = lower(W[k + 1]);
      const n2 = k + 2 < s.w1 ? lower(W[k + 2]) : '';
      if (!W[k + 1].cap && BIZ_OWNED.test(n)) take(runBefore(k), k);
      else if (
        !W[k + 1].cap &&
        (BIZ_OWNED_WEAK.test(n) ||
          (W[k + 1].pos === 'ADJ' && /^(?:chief|director|executive|officer|manager)$/.test(n2)))
      )
        take(runBefore(k), k, false);
      continue;
    }
    // "X shares rose", "a X spokesman"
    if (BIZ_AFTER.test(t) && !W[k].cap && k > s.w0) {
      const a = runBefore(k);
      // "El Paso and Juárez share a skyline": "share" is a verb unless a price or a sale follows
      const shareVerb = t === 'share' && !(k + 1 < s.w1 && SHARE_OF.test(lower(W[k + 1])));
      if (a < k && !shareVerb && (a === s.w0 || W[a - 1].text !== "'s")) {
        // "a X spokesman" may speak for a town: a name no list knows only
        take(a, k, !/^spokes/.test(t));
      }
      continue;
    }
    // "shares in X", "a bid for X", "a contract with X", "analysts at X"
    const before = BIZ_BEFORE[t];
    if (before && k > s.w0 && before.test(lower(W[k - 1])) && k + 1 < s.w1) {
      let a = k + 1;
      if (lower(W[a]) === 'the' && a + 1 < s.w1) a++;
      // "a contract with the Norwegian company X": the kind is read below
      if (!W[a].cap || gaz.phrases.get(normKey(W[a].text))?.some((x) => x.kind === 'demonym')) continue;
      const e = runFrom(a);
      // "our own investment in Karlskoga": money goes into a town as well as into a company; "analysts at Kpler
      // estimate": the word after the employer is the analysts' verb
      if (t === 'at' || !modifies(e)) take(a, e, !/^invest/.test(lower(W[k - 1])));
      continue;
    }
    // "the Swedish online grocer X", "Norwegian rival X", "data-storage company X", "fund manager X"
    if (BIZ_KIND.test(t) && !W[k].cap && k + 1 < s.w1 && W[k + 1].cap) {
      const prev = k > s.w0 ? W[k - 1] : null;
      const prevT = prev ? lower(prev) : '';
      if (BIZ_KIND_AFTER_TRADE.test(t) && !TRADE_WORD.test(prevT)) continue;
      // "42-year-old grocer Abul Kashem": a trade after an age is a person's
      if (W.slice(Math.max(s.w0, k - 3), k).some((x) => /-year-old$/i.test(x.text))) continue;
      // "the Liberian-flagged bulk carrier X", "the aircraft carrier X": a ship
      if (
        t === 'carrier' &&
        (SHIP_CARRIER.test(prevT) || W.slice(Math.max(s.w0, k - 3), k).some((x) => /-flagged$/.test(x.text)))
      )
        continue;
      // "his rival X", "the rival X": a rival is a company only beside a nation or a trade
      if (/^(?:rival|competitor|owner|investor)$/.test(t)) {
        const dem = !!prev?.cap && !!gaz.phrases.get(normKey(prev.text))?.some((x) => x.kind === 'demonym');
        if (!dem && !TRADE_WORD.test(prevT)) continue;
      }
      const e = runFrom(k + 1);
      // "the company Chairman X", "the group Friday": no name
      if (e > k + 1 && !modifies(e)) take(k + 1, e);
      continue;
    }
    // "X, the German arms maker", "X, a Munich-based start-up", "X, maker of …", "X, which makes …"
    if (t === ',' && k > s.w0 && k + 2 < s.w1) {
      let d = k + 1;
      const n = lower(W[d]);
      let ok = false;
      if (n === 'which' && TRADE_VERB.test(lower(W[d + 1]))) ok = true;
      else if (/^(?:maker|makers|owner|operator|producer|manufacturer)$/.test(n) && lower(W[d + 1]) === 'of')
        ok = true;
      else if (n === 'the' || n === 'a' || n === 'an') {
        d++;
        for (let x = 0; x < 4 && d < s.w1; x++, d++) {
          const w = W[d];
          const lw = lower(w);
          if (BIZ_KIND.test(lw) && !w.cap) {
            const next = d + 1 < s.w1 ? W[d + 1] : null;
            // "X, a group of …" is a crowd; "X, the company's chief" a person's role
            ok = !next || (next.text !== 'of' && next.text !== "'s" && next.text !== '’s');
            // "X, a senior broker with a Mombasa firm": a person's job
            if (holderJob(W, k + 2, d)) ok = false;
            if (BIZ_KIND_AFTER_TRADE.test(lw) && !TRADE_WORD.test(lower(W[d - 1]))) ok = false;
            break;
          }
          const modifier =
            (w.cap && !!gaz.phrases.get(normKey(w.text))?.some((g) => g.kind === 'demonym')) ||
            /-based$/.test(w.text) ||
            (!w.cap && (w.pos === 'ADJ' || w.pos === 'NOUN' || TRADE_WORD.test(lw)));
          if (!modifier) break;
        }
      }
      if (ok) {
        const a = runBefore(k);
        // "X, the German arms maker" opens a sentence or follows a verb or a preposition, not another name
        if (a < k && (a === s.w0 || !W[a - 1].cap)) take(a, k);
      }
    }
  }
  if (!found.size) return;

  // every mention of a company's name is the company, except a town's where the text puts something in it
  const names = new Map<string, number>();
  for (const key of found.keys()) names.set(key, key.split(' ').length);
  // the words a company's name opens with, as written: only runs that open with one are looked at
  const openers = new Set<string>();
  for (const [a] of found.values()) openers.add(W[a].text);
  const located = (a: number) => a > 0 && W[a - 1].sent === W[a].sent && LOCATIVE_PREP.test(lower(W[a - 1]));
  const drop = new Set<Mention>();
  const added: [number, number][] = [];
  for (let a = 0; a < W.length; a++) {
    if (!W[a].cap || !openers.has(W[a].text)) continue;
    for (let n = 3; n >= 1; n--) {
      const e = a + n;
      if (e > W.length || W[e - 1].sent !== W[a].sent) continue;
      const key = normKey(spanText(doc, a, e));
      if (names.get(key) !== n) continue;
      // the run must be the whole name, not part of a longer one
      if ((a > 0 && W[a - 1].sent === W[a].sent && nameWord(a - 1)) || !endsThere(e)) continue;
      let clash = false;
      const inside: Mention[] = [];
      for (let k = a; k < e; k++) {
        const m = at[k];
        if (!m) continue;
        if (m.w0 < a || m.w1 > e || m.kind !== 'place') clash = true;
        else if (!inside.includes(m)) inside.push(m);
      }
      if (clash || personWords.has(a)) break;
      const [fa] = found.get(key) as [number, number];
      if (inside.length && a !== fa && located(a)) break;
      for (const m of inside) drop.add(m);
      added.push([a, e]);
      a = e - 1;
      break;
    }
  }
  for (const m of drop) {
    const p = places.get(m.id);
    if (p && --p.mentions <= 0) {
      places.delete(p.id);
      byId.delete(p.id);
    }
  }
  if (drop.size) {
    const keep = mentions.filter((m) => !drop.has(m));
    mentions.length = 0;
    mentions.push(...keep);
  }
  // "the Directorate …, known as the Hawks" … "Hawks spokesperson": a name already given to a body is that body
  const byName = new Map<string, string>();
  for (const o of orgs.values()) for (const n of [o.name, ...o.aliases]) byName.set(normKey(n), o.id);
  for (const [a, e] of added) {
    const name = spanText(doc, a, e);
    const known = orgs.get(byName.get(normKey(name)) ?? `org:${normKey(name)}`);
    if (known) {
      known.mentions++;
      mentions.push(mentionOf(doc, 'org', known.id, a, e));
    } else addOrg({ name, aliases: [], type: 'company', country: null }, name, a, e);
  }
  mentions.sort((x, y) => x.start - y.start);
}
