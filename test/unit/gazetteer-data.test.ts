import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normKey } from '../../src/lib/extract/gazetteer.ts';

const data = (file: string) => new URL(`../../data/gazetteer/${file}`, import.meta.url);

describe('shipped gazetteer data', () => {
  it('gives every city and province a two-letter country code (no blank or -99 placeholders)', () => {
    const cities = JSON.parse(readFileSync(data('cities.json'), 'utf8')) as unknown[][];
    const provinces = JSON.parse(readFileSync(data('provinces.json'), 'utf8')) as unknown[][];
    const bad = [...cities, ...provinces].filter(
      (row) => typeof row[2] !== 'string' || !/^[A-Z]{2}$/.test(row[2]),
    );
    expect(bad.map((row) => row[0])).toEqual([]);
    const pristina = cities.find((row) => row[0] === 'Pristina');
    expect(pristina?.[2]).toBe('XK');
  });

  it('gives every town a two-letter country code', () => {
    const lines = readFileSync(data('towns.tsv'), 'utf8')
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('#') && !line.startsWith('tz\t'));
    const bad = lines.filter((line) => !/^[A-Z]{2}$/.test(line.split('\t')[2] ?? ''));
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('gazetteer keys', () => {
  it('folds case, accents, apostrophes and hyphens the same for one bare word as for any name', () => {
    // (a word padded with spaces takes the general path)
    const bare = ['Kyiv', 'KYIV', 'U.S.', 'Route_66', 'Sana', ''];
    expect(bare.map(normKey)).toEqual(bare.map((w) => normKey(` ${w} `)));
    expect(bare.map(normKey)).toEqual(['kyiv', 'kyiv', 'u.s.', 'route_66', 'sana', '']);
    expect(["Sana'a", 'Côte d’Ivoire', 'Al-Shabaab', 'Port  au–Prince', ' Goma '].map(normKey)).toEqual([
      'sanaa',
      'cote divoire',
      'al shabaab',
      'port au prince',
      'goma',
    ]);
  });
});
