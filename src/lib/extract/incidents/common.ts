/**
 * Small helpers every part of the incident engine uses: the clause around a trigger, quotation marks, names of
 * mentions, demonyms, and the nouns that name an actor.
 */
import type { Entities, Mention, Org, Person, Place } from '../entities.ts';
import { loadGazetteer, normKey } from '../gazetteer.ts';

/** The clause of a sentence around a position: from the last comma or semicolon before it to the next one after it. */
export function clauseAround(text: string, at: number, len: number): string {
  const before = text.slice(0, at);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const rest = text.slice(at + len);
  const end = rest.search(/[,;:]/);
  return text.slice(from, end < 0 ? text.length : at + len + end);
}
/** A demonym ("Iraqi") names no place. */
export const isDemonym = (name: string) =>
  loadGazetteer()
    .phrases.get(normKey(name))
    ?.some((e) => e.kind === 'demonym') ?? false;
export const ACTOR_NOUN_SRC =
  '(?:forces|troops|soldiers|servicemembers|service members|military|army|navy|police(?: officers)?|officers|militants|fighters|militias?|gunmen|insurgents|rebels|jihadists|protesters|demonstrators|rioters|civilians|coalition(?: forces)?|personnel|workers|guards|villagers|residents|volunteers|passengers)';
export function mentionName(ents: Entities, m: Mention): string | null {
  const e = ents.byId.get(m.id);
  if (!e) return null;
  if (m.kind === 'person') return (e as Person).name;
  if (m.kind === 'org') return (e as Org).name;
  if (m.kind === 'place') return (e as Place).name;
  return null;
}
export const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The position `at` of a sentence lies inside quotation marks. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}
