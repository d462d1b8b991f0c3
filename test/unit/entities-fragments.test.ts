/**
 * Organisations cut short, or read from words that name no body, on short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const orgNames = (text: string) => extractEntities(buildDoc(text)).orgs.map((o) => o.name);

describe('organisation fragments', () => {
  it('ends a sentence after a temperature', () => {
    const names = orgNames(
      'Hundreds of young men blocked the road on Sunday after the third power cut in a day, with temperatures above 50C. Police fired tear gas and water cannon.',
    );
    expect(names).not.toContain('C. Police');
  });
  it('reads a newspaper named on its masthead and in its footer in full', () => {
    const names = orgNames(
      'Lagos News Weekly | Monday, March 2, 2026\n\nGunmen shot dead three traders at a market in Lagos on Sunday, police said.\n\nLagos News Weekly – The Lagos News Weekly Newsletter: get the top stories every morning.',
    );
    expect(names).toContain('Lagos News Weekly');
    expect(names).not.toContain('Lagos News');
  });
  it("keeps a unit's number written after No.", () => {
    const names = orgNames(
      '"This area has been the safe haven of the PLGA\'s Battalion No. 1 for years," the police chief said on Monday.',
    );
    expect(names).toContain('Battalion No. 1');
    expect(names).not.toContain('Battalion No.');
  });
  it('reads the small words of a Portuguese name before ", a … group"', () => {
    const names = orgNames(
      'Police raided the favelas on Tuesday. Redes da Maré, a community organisation that monitors police violence, said it had confirmed ten deaths.',
    );
    expect(names).toContain('Redes da Maré');
    expect(names).not.toContain('Maré');
  });
  it("reads a job word before a person's name as no body", () => {
    const names = orgNames(
      'Robbers blew open the safe and escaped with R4.2 million. Guard Sipho Ndlovu, 38, was killed and his colleague wounded.',
    );
    expect(names.filter((n) => n.includes('Sipho'))).toEqual([]);
  });
  it("reads a tournament's pool as no body", () => {
    const names = orgNames(
      'Sudan top Group F after the win, and the Confederation of African Football said the return leg would be played in Benghazi.',
    );
    expect(names).not.toContain('Group F');
  });
  it("reads a fighter's call sign as no body", () => {
    const names = orgNames(
      '"They come in small groups now," a brigade officer who gave his call sign as Dovbush said by phone.',
    );
    expect(names).not.toContain('Dovbush');
  });
  it('reads "Office" after "Head of" as part of a post', () => {
    const names = orgNames(
      '"We are running out of money," said Mariana Sitoe, Head of Office for OCHA Mozambique, on Monday.',
    );
    expect(names).not.toContain('Office for OCHA Mozambique');
    expect(names).not.toContain('Head of Office');
  });
  it('leaves "Former" out of a body named at the start of a sentence', () => {
    const names = orgNames(
      'Economists were divided. Former Nepal Rastra Bank deputy governor Keshav Raj Acharya called the plan reckless.',
    );
    expect(names).toContain('Nepal Rastra Bank');
    expect(names).not.toContain('Former Nepal Rastra Bank');
  });
  it('leaves an owner before an apostrophe and a body it is tied to out of a name', () => {
    const names = orgNames(
      "A spokesperson of the Maoists' Bihar-Jharkhand Special Area Committee said on Thursday that the men were shot. The Islamic Jihad-affiliated Tubas Brigade said in a statement that its fighters fired at the troops.",
    );
    expect(names).toContain('Bihar-Jharkhand Special Area Committee');
    expect(names).toContain('Tubas Brigade');
    expect(names.filter((n) => /Maoists'|Jihad-affiliated/.test(n))).toEqual([]);
  });
  it('reads "von" and "van" inside a name by form', () => {
    const names = orgNames(
      'Political scientist Ute Sommerfeld of the Otto von Guericke University Magdeburg said the party was firing its last rounds.',
    );
    expect(names.filter((n) => n.includes('Guericke'))).toEqual([
      expect.stringMatching(/^Otto von Guericke University/),
    ]);
  });
});
