/**
 * Arrests told by what the people held are (activists, journalists, insurgents, a rebel leader), in the active or the
 * passive, and the words that tell no arrest. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const kinds = (text: string, published = '2026-12-01') =>
  briefArticle({ text, origin: 'text' }, { published })
    .incidents.filter((i) => !i.background)
    .map((i) => i.subType);

describe('arrests told by who was held', () => {
  it('reads insurgents arrested in the passive, told by a spokesman, as arrests', () => {
    expect(
      kinds('JOS - Four suspected insurgents were arrested in Bokkos on Tuesday, a police spokesman said.'),
    ).toEqual(['Arrests']);
  });
  it('reads an opposition figure, a journalist and a rebel leader held as arrests', () => {
    expect(
      kinds(
        'TBILISI - Authorities detained opposition activist Giorgi Beridze at Tbilisi airport on Monday.',
      ),
    ).toEqual(['Arrests']);
    expect(
      kinds('MINSK - A journalist was detained by police in Minsk on Friday, her colleagues said.'),
    ).toEqual(['Arrests']);
    expect(
      kinds(
        'MANILA - Troops arrested a suspected communist rebel leader in Samar on Wednesday, the army said.',
      ),
    ).toEqual(['Arrests']);
  });
  it('reads militants captured by the army as arrests', () => {
    expect(
      kinds(
        'MAIDUGURI - The army said it had captured three militants during an operation near Bama on Saturday.',
      ),
    ).toEqual(['Arrests']);
  });
  it('finds no arrest in a decline arrested, a driver detained by traffic or an arrest years ago', () => {
    expect(
      kinds('LAGOS - The new policy arrested the decline of the naira on Monday, the central bank said.'),
    ).toEqual([]);
    expect(
      kinds('LAGOS - The party leader was detained by traffic on the way to the rally in Ikeja on Monday.'),
    ).toEqual([]);
    expect(
      kinds(
        'ABUJA - The court on Monday freed Musa Bello, an opposition activist who was arrested in 2019 and held without trial.',
      ),
    ).toEqual([]);
  });
});
