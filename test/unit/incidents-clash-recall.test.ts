/**
 * Armed clashes the triggers used to miss or misread, each on invented text: fights of armed villagers or vigilantes
 * told beside a march or a rescue (a battle, not a riot or an attack on civilians).
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-05-04') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string, published?: string) => incidents(text, published).map((i) => i.subType);

describe('fights of armed volunteers and vigilantes', () => {
  it('reads armed village volunteers who exchanged fire before a march as an armed clash, not a riot', () => {
    expect(
      kinds(
        'Hours before the march, on the night of Saturday into Sunday, armed village volunteers from the two sides exchanged fire near Moirang in Bishnupur district for nearly two hours, police said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads police and vigilantes who engaged kidnappers in a gun duel as an armed clash, not an attack', () => {
    expect(
      kinds(
        'On Sunday afternoon, police tactical teams working with local vigilantes engaged the kidnappers in a gun duel in a forest near Kajuru, some 15 kilometres from the village, and rescued five of the victims.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('still reads stones thrown by marchers at the police as a violent demonstration', () => {
    expect(
      kinds(
        'Marchers threw stones at the police in Imphal on Sunday after the rally was stopped near the governor’s residence, officials said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
});
