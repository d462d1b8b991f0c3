/**
 * People after honorifics that may also be names or places (the Burmese "U", "Ko" and "Daw", the Hausa "Kachalla"),
 * and after the titles of an ombudsman, on short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const people = (text: string) =>
  extractEntities(buildDoc(text)).people.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''}`);

describe('honorifics before a name', () => {
  it('reads "U", "Ko" and "Daw" as Burmese honorifics before a name of two words or more', () => {
    const got = people(
      "Myanmar's own envoy, U Kyaw Zin Thant, did not speak to reporters. The drone struck at around 11 p.m., according to Ko Zaw Lin Htet, a spokesman for the local defence force. Daw Khin Thida Win was not reached.",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "Kyaw Zin Thant (Myanmar's own envoy)",
        'Zaw Lin Htet (spokesman for the local defence force)',
        'Khin Thida Win',
      ]),
    );
  });

  it('leaves an island named with "Ko" alone', () => {
    expect(people('Tourists flocked to Ko Samui on Monday, officials said.')).toEqual([]);
  });

  it('reads "Kachalla" before a name as a bandit leader\'s title, and after one as a surname', () => {
    const got = people(
      "Residents blamed a gang led by a bandit leader known as Kachalla Bodere. The group's local commander, Modu Kachalla, told AFP the road was closed.",
    );
    expect(got.some((p) => p.startsWith('Bodere'))).toBe(true);
    expect(got.some((p) => p.startsWith('Modu Kachalla'))).toBe(true);
  });
});

describe('an ombudsman named in an appositive', () => {
  it('reads "Ombudsman" and "Public Defender" as titles', () => {
    const got = people(
      "The Ombudsman, Josué Gutiérrez, said force was unacceptable. Georgia's Public Defender, Levan Gabunia, called for an inquiry.",
    );
    expect(got).toEqual(
      expect.arrayContaining(['Josué Gutiérrez (Ombudsman)', "Levan Gabunia (Georgia's Public Defender)"]),
    );
  });
});
