/** One short, hand-written text per extraction mechanism (people evidence, roles, organisations, quotes, incidents). */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { genderOfTitle, givenName } from '../../src/lib/extract/names.ts';

const brief = (text: string, published = '2025-05-14') =>
  briefArticle({ text, origin: 'text' }, { published });
const names = (text: string) => brief(text).people.map((p) => p.name);
const roleOf = (text: string, name: string) => brief(text).people.find((p) => p.name === name)?.role ?? null;

describe('people: a run of proper nouns needs person evidence', () => {
  it('knows given names and their usual gender, across languages', () => {
    expect(givenName('Margaret')).toBe('f');
    expect(givenName('Oleksandr')).toBe('m');
    expect(givenName('Nordwerk')).toBeNull();
    expect(genderOfTitle('Mrs.')).toBe('f');
    expect(genderOfTitle('spokesman')).toBe('m');
  });
  it('accepts an untitled name that starts with a given name', () => {
    expect(names('The plan was drawn up by Margaret Oyelaran and approved in March.')).toContain(
      'Margaret Oyelaran',
    );
  });
  it('rejects untitled runs of proper nouns without evidence (companies, fields, slogans)', () => {
    const found = names(
      'Velmont Dynamics will open a plant in the valley. Funding comes from Applied Optics research. Quantum Harbor is a slogan now.',
    );
    expect(found).toEqual([]);
  });
  it('accepts a title plus a given name even when the surname looks like a place word', () => {
    expect(names('"It works," chief executive Pieter van Dam said on Monday.')).toContain('Pieter van Dam');
  });
  it('accepts an honorific with a single surname', () => {
    expect(names('Mr. Obuya declined to comment on the proposal.')).toContain('Obuya');
  });
});

describe('people: roles written as plain nouns', () => {
  it('takes the noun phrase of an appositive, without the age or the relative clause', () => {
    expect(
      roleOf(
        '"We waited," said Joseph Mwangi, a 41-year-old bus driver who lost his route.',
        'Joseph Mwangi',
      ),
    ).toBe('bus driver');
    expect(
      roleOf('"It was loud," said Irina Koval, 58, a retired nurse whose flat was hit.', 'Irina Koval'),
    ).toBe('retired nurse');
  });
  it('takes an occupational title written before the name', () => {
    expect(roleOf('Station manager Peter Holt said the fire was out by noon.', 'Peter Holt')).toBe(
      'Station manager',
    );
  });
  it('keeps the owner and modifiers of a role written before ", Name,"', () => {
    expect(roleOf("Bavaria's finance minister, Klaus Weber, said the budget was tight.", 'Klaus Weber')).toBe(
      "Bavaria's finance minister",
    );
  });
});
