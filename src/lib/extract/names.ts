/**
 * Given names (data/names/first-names.json, built by scripts/build-names.ts from public-domain lists plus names from
 * outside the English-speaking world): evidence that a run of proper nouns is a person, and the person's likely
 * gender for "he"/"she" back-references. Loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Gender = 'f' | 'm' | 'u';

let names: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  if (names) return names;
  const file = fileURLToPath(new URL('../../../data/names/first-names.json', import.meta.url));
  const data = JSON.parse(readFileSync(file, 'utf8')) as { names: Record<string, Gender> };
  names = new Map(Object.entries(data.names));
  return names;
}

/** The gender a given name usually has ('u' when used for both), or null when the word is not a known given name. */
export function givenName(word: string): Gender | null {
  const k = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z'-]/g, '');
  return load().get(k) ?? null;
}

/** Preloads the list. */
export function loadNames(): void {
  load();
}

/** Gender implied by an honorific or a gendered title ("Mr.", "Mrs", "spokeswoman"), or null. */
export function genderOfTitle(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (
    /^(mr|sir|king|prince|sheikh|emir|sultan|lord|spokesman|chairman|congressman|councilman|businessman|u|ko)$/.test(
      w,
    )
  )
    return 'm';
  if (
    /^(mrs|ms|miss|dame|queen|princess|lady|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|daw)$/.test(
      w,
    )
  )
    return 'f';
  return null;
}
