/**
 * A refugee's present-tense testimony of a round-up in a story of an appeal: no current incident; the same words told
 * of a raid of now keep their record. The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { storyKind } from '../../src/lib/extract/incidents/genre.ts';

const current = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2026-12-01' })
    .incidents.filter((i) => !i.background)
    .map((i) => `${i.subType}: ${i.evidence}`);

const TESTIMONY =
  "'We left with nothing': young refugees in the camps wait for a future\n\n" +
  'Published: 30 November 2026\n\n' +
  'Mohammed Salim, 19, says fighters of the Arakan Army stormed his village in Buthidaung and rounded up the young men. He remembers the night his family walked for four days to reach the river.\n\n' +
  'Now he lives in a bamboo shelter in Camp 13, one of more than 30 camps that house about a million refugees. He says he wants to study engineering.\n\n' +
  'Aid agencies say funding for the refugee response has fallen sharply this year. The World Food Programme cut food rations earlier in the year before donors pledged new money.\n\n' +
  'UNHCR says more than 60,000 new arrivals have been registered since last year. Humanitarian workers say malnutrition among displaced children is rising.';

const ROUND_UP =
  'Arakan Army fighters storm village in Buthidaung, round up young men\n\n' +
  'Published: 30 November 2026\n\n' +
  'Fighters of the Arakan Army stormed a village in Buthidaung township on Saturday and rounded up the young men, residents said.\n\n' +
  'The Arakan Army did not respond to requests for comment.';

describe('testimony', () => {
  it("a refugee's present-tense account of a round-up in a story of an appeal is no current arrest", () => {
    expect(storyKind(buildDoc(TESTIMONY))).toBe('relief');
    expect(current(TESTIMONY)).toEqual([]);
  });
  it('the round-up reported as news keeps its record', () => {
    expect(current(ROUND_UP).length).toBeGreaterThan(0);
  });
});
