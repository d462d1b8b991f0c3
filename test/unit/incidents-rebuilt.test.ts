/**
 * A place rebuilt or reopened after the act that wrecked it: the reopening is the news, and its day is not the act's
 * ("Mosque destroyed in air strike reopens after five-year restoration"); an act with a recent day of its own stays
 * current ("A school that was hit by a Russian drone on Monday reopened … on Friday"). The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const current = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2026-12-01' })
    .incidents.filter((i) => !i.background)
    .map((i) => `${i.subType}: ${i.evidence}`);

const MOSQUE =
  'Mosque destroyed in air strike reopens after five-year restoration\n\n' +
  'A mosque that was destroyed by an air strike during the war reopened in the old city of Taiz on Friday, as hundreds of worshippers gathered for the first prayers under its rebuilt dome.\n\n' +
  'The restoration, funded by UNESCO and a Gulf foundation, took five years. Craftsmen carved new wooden doors and restored the plaster inscriptions.\n\n' +
  '"Today we pray again in the house of our grandfathers," the imam said after the ceremony.';

const SCHOOL =
  'School hit by drone reopens in Kharkiv\n\n' +
  'A school that was hit by a Russian drone on Monday reopened in Kharkiv on Friday after builders replaced its windows, the city council said.\n\n' +
  'Two pupils were wounded in the strike. "The children wanted to come back," the head teacher said.';

describe('a place rebuilt after the act that wrecked it', () => {
  it("a mosque's reopening gives no current air strike", () => {
    expect(current(MOSQUE)).toEqual([]);
  });
  it('a school hit on a day of its own that reopened days later keeps its strike', () => {
    expect(current(SCHOOL).length).toBeGreaterThan(0);
  });
});
