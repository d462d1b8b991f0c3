/**
 * Organisation head words learned from the shipped organisation lists: the last word of their multi-word names
 * ("Joint Operations Command", "Fitch Ratings", "Sudan Doctors Network"), so that a body the lists do not know is
 * still read whole when its name ends the way known bodies' names end. Added to the hand-kept `ORG_HEAD`.
 */
import { type Gazetteer, normKey } from '../gazetteer.ts';
import { ADMIN_SUFFIX, NON_ENTITY_SUFFIX, ORG_HEAD } from '../lexicon.ts';

const cache = new WeakMap<Gazetteer, ReadonlySet<string>>();
/**
 * Heads added by hand because the counting below cannot learn them from the lists: "confederation" stands first in
 * its names ("the Confederation of Indonesian Workers' Unions"), never last, and "body" ends too few listed names
 * ("the Students' Executive Body").
 */
const EXTRA_HEADS = ['confederation', 'body'];
/** Words that join a name's parts; the word before a head is counted only when it is not one of these. */
const GLUE = /^(?:of|for|the|and|in|on|without|sans|de|del|la|al|el)$/i;

/**
 * A learned head ends the names of at least three listed organisations, after at least three different words, and
 * ends more often than it stands inside a name; it is no place, people or named organisation in the lists, and no
 * word that makes a name an agreement, an event or an area ("Accord", "Conference").
 */
export function orgHeads(gaz: Gazetteer): ReadonlySet<string> {
  const have = cache.get(gaz);
  if (have) return have;
  const last = new Map<string, number>();
  const inside = new Map<string, number>();
  const before = new Map<string, Set<string>>();
  for (const o of gaz.orgs) {
    const ends = new Set<string>();
    const all = new Set<string>();
    for (const n of [o.name, ...o.aliases]) {
      const ws = n.split(/\s+/);
      if (ws.length < 2) continue;
      for (const w of ws) if (/^\p{Lu}\p{Ll}+$/u.test(w)) all.add(w.toLowerCase());
      const end = ws[ws.length - 1];
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(end)) continue;
      const h = end.toLowerCase();
      ends.add(h);
      const prev = ws[ws.length - 2];
      if (!GLUE.test(prev)) {
        const b = before.get(h) ?? new Set<string>();
        b.add(prev.toLowerCase());
        before.set(h, b);
      }
    }
    for (const h of ends) last.set(h, (last.get(h) ?? 0) + 1);
    for (const w of all) inside.set(w, (inside.get(w) ?? 0) + 1);
  }
  const heads = new Set([...ORG_HEAD, ...EXTRA_HEADS]);
  for (const [h, n] of last) {
    if (n < 3 || n < 0.6 * (inside.get(h) ?? n) || (before.get(h)?.size ?? 0) < 3) continue;
    if (NON_ENTITY_SUFFIX.has(h) || ADMIN_SUFFIX.has(h) || gaz.phrases.has(normKey(h))) continue;
    heads.add(h);
  }
  cache.set(gaz, heads);
  return heads;
}
