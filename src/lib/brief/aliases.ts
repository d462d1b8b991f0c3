/**
 * Which of an organisation's aliases are worth showing next to its name. The gazetteer knows many
 * (spellings, translations, former names); a reader needs the ones the article itself uses, and at most a
 * couple of others to recognise the group by.
 */

/** `alias` as a whole-phrase pattern (acronyms and short forms by exact case). */
function phrase(alias: string): RegExp {
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const flags = /^[^a-z]*$/.test(alias) || alias.length <= 4 ? 'gu' : 'giu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The aliases `text` uses in their own right: longer names are found first, so "Revolutionary Guard Corps"
 * inside "Islamic Revolutionary Guard Corps" or "Department of Defense" inside "U.S. Department of Defense"
 * does not count.
 */
function usedIn(name: string, aliases: readonly string[], text: string): Set<string> {
  const taken = new Uint8Array(text.length);
  const used = new Set<string>();
  for (const n of [name, ...aliases].sort((x, y) => y.length - x.length)) {
    for (const m of text.matchAll(phrase(n))) {
      const end = m.index + m[0].length;
      if (taken.subarray(m.index, end).includes(1)) continue;
      taken.fill(1, m.index, end);
      used.add(n);
    }
  }
  return used;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Edit distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** Lower-case words without a plural -s: "Guards" and "Guard" are one word here. */
const words = (s: string) =>
  (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/(?<=\w{3})s$/, ''));

/**
 * Whether `alias` adds nothing next to `other`: another spelling or a plural ("Qods Forces" next to
 * "Quds Force"), or the same name with more words ("Iranian Revolutionary Guard" next to "Revolutionary Guard").
 */
function isRedundant(alias: string, other: string): boolean {
  const a = squash(alias);
  const b = squash(other);
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 6 && withinEdits(a, b, 2)) return true;
  const mine = new Set(words(alias));
  const theirs = words(other);
  return theirs.length > 0 && theirs.length < mine.size && theirs.every((w) => mine.has(w));
}

/**
 * The aliases to show for an organisation: those `text` uses, then at most `known` others from the list, in
 * the list's order; an alias redundant next to the name or a shorter chosen alias is left out.
 */
export function aliasesToShow(name: string, aliases: readonly string[], text: string, known = 2): string[] {
  const used = usedIn(name, aliases, text);
  const chosen: string[] = [];
  const fresh = (a: string) => !chosen.includes(a) && ![name, ...chosen].some((c) => isRedundant(a, c));
  for (const a of aliases.filter((x) => used.has(x)).sort((x, y) => x.length - y.length))
    if (fresh(a)) chosen.push(a);
  let extra = 0;
  for (const a of aliases) {
    if (extra >= known) break;
    if (used.has(a) || !fresh(a)) continue;
    chosen.push(a);
    extra++;
  }
  return aliases.filter((a) => chosen.includes(a));
}
