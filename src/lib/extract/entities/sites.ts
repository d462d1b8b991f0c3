/**
 * "2. Borno: troops repel attack on Marte base" over "an attack on a military base in Marte": a site named by its
 * town and a lower-case head, when the text also tells a site of that kind to be in that town, is no named site; the
 * town is the place.
 */

import type { Doc } from '../doc.ts';
import { escapeRe } from '../regex.ts';

const cache = new WeakMap<Doc, Map<string, string | null>>();

/**
 * The town a facility's name opens with, when the text says a site of its head's kind is in, at, near or outside that
 * town ("a military base in Marte" for "Marte base"); null otherwise.
 */
export function siteTownName(doc: Doc, facility: string): string | null {
  let seen = cache.get(doc);
  if (!seen) {
    seen = new Map();
    cache.set(doc, seen);
  }
  const known = seen.get(facility);
  if (known !== undefined) return known;
  let out: string | null = null;
  const m = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\s+(\p{Ll}+)$/u.exec(facility);
  if (m) {
    const [, name, head] = m;
    const re = new RegExp(
      `\\b${escapeRe(head)}s?\\s+(?:in|at|near|outside)\\s+(?:the\\s+(?:town|village|city)\\s+of\\s+)?${escapeRe(name)}\\b`,
    );
    if (re.test(doc.text)) out = name;
  }
  seen.set(facility, out);
  return out;
}
