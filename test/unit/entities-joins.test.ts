/**
 * One body under two names the text ties together, on short texts written for these tests: an acronym in brackets
 * after a name written with a possessive inside it, or written in capitals outside the Latin alphabet's A to Z.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const orgs = (text: string) => extractEntities(buildDoc(text)).orgs;

describe('an acronym in brackets after a name', () => {
  it('joins the acronym to a name with a possessive inside it ("the Velmar Attorney General\'s Office (FGV)")', () => {
    const text =
      "Gunmen burst into a bar in Celaya late on Sunday, killing eight people, the Velmar Attorney General's Office (FGV) said on Monday.\n\nOne of the wounded died before dawn, the FGV said, bringing the toll to eight.";
    const found = orgs(text);
    expect(found.map((o) => o.name)).toEqual(["Velmar Attorney General's Office"]);
    expect(found[0].aliases).toContain('FGV');
  });

  it('joins an acronym with a capital outside A to Z ("Velmar Aerospace Industries (VAŞ)")', () => {
    const text =
      'An Ankara court accepted an indictment against nine people over the attack on Velmar Aerospace Industries (VAŞ) in Kahramankazan in October 2024.\n\nVAŞ, which builds drones and trainer jets, said in a statement that its staff would never forget their colleagues.';
    const found = orgs(text);
    expect(found.map((o) => o.name)).toEqual(['Velmar Aerospace Industries']);
    expect(found[0].aliases).toContain('VAŞ');
  });
});
