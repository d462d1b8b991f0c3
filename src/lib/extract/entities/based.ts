/**
 * "The ship's Piraeus-based manager, Halcyon Maritime, said", "Oslo-based fund manager Storebrand": a name introduced by
 * a role that says where its holder is based, when the name opens with no given name, is a company or another body
 * that does that job, not a person. Its mentions become the body's.
 */

import { givenName } from '../names.ts';
import { escapeRe } from '../regex.ts';
import type { EntityContext } from './context.ts';
import type { Person } from './types.ts';

/**
 * A role that opens by saying where its holder is based: "Piraeus-based manager", "London-based shipbroker" (not "a
 * senior economist at the Singapore-based bank", whose holder is a person at that body).
 */
const BASED_ROLE = /^(?:(?:the|an?|its|their|\S+['’]s)\s+)?\p{L}[\p{L}.'’-]*-based\s+\p{Ll}[\p{Ll}\s-]*$/u;

/**
 * True when a person found by the finders is such a body: not one whose role the text goes on with "who" ("Rajat
 * Bhandari, a Karnal-based exporter who ships …"), a person's pronoun.
 */
function isBasedBody(p: Person, text: string): boolean {
  if (!p.role || !BASED_ROLE.test(p.role)) return false;
  const first = p.name.split(/\s+/)[0];
  if (givenName(first) || p.gender) return false;
  const role = escapeRe(p.role).replace(/\s+/g, '\\s+');
  return !new RegExp(`${role}\\s+who\\b`, 'u').test(text);
}

export function basedBodies(cx: EntityContext): void {
  const { people, mentions, byId, personWords, addOrg } = cx;
  for (let n = people.length - 1; n >= 0; n--) {
    const p = people[n];
    if (!isBasedBody(p, cx.doc.text)) continue;
    const said = mentions.filter((m) => m.kind === 'person' && m.id === p.id);
    people.splice(n, 1);
    byId.delete(p.id);
    for (const m of said) {
      mentions.splice(mentions.indexOf(m), 1);
      for (let i = m.w0; i < m.w1; i++) personWords.delete(i);
    }
    for (const m of said)
      addOrg({ name: p.name, aliases: [], type: 'company', country: null }, m.text, m.w0, m.w1);
  }
}
