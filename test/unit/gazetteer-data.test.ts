import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
