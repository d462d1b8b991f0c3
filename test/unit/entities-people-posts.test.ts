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

describe('a post told with where it is held, before ", Name"', () => {
  it('reads the name after "Its spokesman in Bukavu," and "the head of the UN mission\'s office in Bria,"', () => {
    const got = people(
      'Its spokesman in Bukavu, Désiré Rwigamba, said forty suspects were held. The head of the UN mission\'s office in Bria, Aïssata Kone-Diallo, called the ceremony a signal. "We waited," said a spokesman for the prime minister\'s office in Port-au-Prince, Jean-Robert Salnave.',
    );
    expect(got).toContain('Désiré Rwigamba|spokesman in Bukavu');
    expect(got).toContain("Aïssata Kone-Diallo|head of the UN mission's office in Bria");
    expect(got).toContain("Jean-Robert Salnave|spokesman for the prime minister's office in Port-au-Prince");
  });

  it('gives no post from a title that is the object of "to" or "with"', () => {
    const got = people('Speaking to the minister in Goma, Kambale Sikuli said the road was open.');
    expect(got).toEqual(['Kambale Sikuli|']);
  });
});

describe('honorifics and short titles of South Asian, Afghan and Nigerian papers', () => {
  it('reads the name after "Hon.", "Mawlawi" and the titles "ASI", "OC", "MK"', () => {
    const got = people(
      'A member of the national parliament from the area, Hon. Mary Nyandeng Kuol, put the toll at 22. Mawlawi Abdul Basir Haqyar, a spokesman for the Afghan delegation, said talks would go on. The wounded were moved, said police outpost in-charge ASI Saiful Islam. Police came late, said Raipura Police Station OC Kamrul Islam. MK Yossi Avital of the Likud dismissed the rallies.',
    ).map((x) => x.split('|')[0]);
    expect(got).toEqual(
      expect.arrayContaining([
        'Mary Nyandeng Kuol',
        'Abdul Basir Haqyar',
        'Saiful Islam',
        'Kamrul Islam',
        'Yossi Avital',
      ]),
    );
  });
});

describe('a name the tagger reads as a verb or an adjective', () => {
  it('reads "Rose Akinyi" inside a sentence as a person, with the evidence a name needs', () => {
    const got = people(
      'His mother, Rose Akinyi, wept outside the court. "They took him," said Hope Wanjiru.',
    );
    expect(got).toContain('Rose Akinyi|mother');
    expect(got).toContain('Hope Wanjiru|');
  });

  it('still reads no person from a capitalised word the tagger reads as a common noun', () => {
    expect(people('The airport stayed closed, LATAM and Sky Airline said.')).toEqual([]);
  });
});

describe('a judge named "Justice"', () => {
  it('reads "Justice X Y" as a judge before two name words, not "Justice Ministry" or "Justice Minister X"', () => {
    const got = people(
      'A bench headed by Justice Priyanthi Wijesekera said the Treasury had paid. Justice Abimbola Fashola-Coker granted the adjournment. The Justice Ministry said. Justice Minister Yariv Levin said it.',
    );
    expect(got).toEqual([
      'Priyanthi Wijesekera|Justice',
      'Abimbola Fashola-Coker|Justice',
      'Yariv Levin|Justice Minister',
    ]);
  });
});
