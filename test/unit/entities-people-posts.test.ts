/**
 * People named after a post or an honorific, and names the tagger reads badly: a titled name followed by where the
 * person serves ("Superintendent Declan Furey of Ennis Garda Station"), a post told with where it is held before
 * ", Name" ("Its spokesman in Bukavu, X"), honorifics and short titles of South Asian, Afghan and Nigerian papers, a
 * name the tagger reads as a verb ("Rose Akinyi") and a judge named "Justice".
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const people = (text: string) =>
  extractEntities(buildDoc(text)).people.map((p) => `${p.name}|${p.role ?? ''}`);

describe('a titled name followed by "of" or "and"', () => {
  it('ends the name before "of" the place or body the person serves, and before "and" the next titled one', () => {
    const got = people(
      '"It could have killed dozens," said Superintendent Declan Furey of Ennis Garda Station. Sergeant Major Kittipong Daoruang and Private Abdulloh Mahama died at the scene. Opposition lawmaker Orit Segal of Yesh Atid wrote on X.',
    );
    expect(got).toContain('Declan Furey|Superintendent');
    expect(got).toContain('Kittipong Daoruang|Sergeant Major');
    expect(got).toContain('Orit Segal|Opposition lawmaker');
  });

  it('still reads an untitled run before "of" or "and" a capitalised word as part of a longer name', () => {
    const got = people('Officials of West Yorkshire Fire and Rescue Service said the blaze was out.');
    expect(got).toEqual([]);
  });
});
