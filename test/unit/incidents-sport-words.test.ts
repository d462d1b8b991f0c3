/**
 * The words of a game, kept in one place (SPORT_WORDS in incidents/common.ts): a cricket line in a news digest
 * ("Naseem Shah shelled the stumps twice in two overs") gives no shelling, while the digest's attack and a real
 * shelling told beside a stadium keep their records; a match report is still read as sport. The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { storyKind } from '../../src/lib/extract/incidents/genre.ts';

const current = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2026-12-01' })
    .incidents.filter((i) => !i.background)
    .map((i) => i.subType);

const DIGEST =
  "Evening briefing: the day's news in brief\n\n" +
  'Sunday 29 November 2026\n\n' +
  'Gunmen killed three police officers at a checkpoint in Dera Ismail Khan on Sunday morning, police said. No group has claimed the attack.\n\n' +
  'The State Bank of Pakistan left its policy rate unchanged at 11 per cent, citing easing inflation.\n\n' +
  'In Multan, Naseem Shah shelled the stumps twice in two overs as England slumped to 143 all out.\n\n' +
  'Heavy fog disrupted flights at Lahore airport for a second day.';

const STADIUM =
  'Russian forces shell Kharkiv stadium district\n\n' +
  'Russian forces shelled the area around the Metalist stadium in Kharkiv on Sunday night, wounding three people, the regional governor said.';

const MATCH =
  'England collapse as Pakistan seamers run riot in Multan\n\n' +
  "Pakistan's seamers bombarded England's top order with short balls on the fourth morning in Multan, and the visitors were bowled out for 143 before tea.\n\n" +
  'Shaheen Afridi took five for 38, trapping Joe Root lbw with the second ball of his third over. Naseem Shah shelled the stumps twice in two overs.\n\n' +
  '"We were blitzed," England\'s captain said. Pakistan need 112 runs to win the three-match series 2-0.';

describe('the words of a game', () => {
  it("a cricket line in a news digest is no shelling; the digest's attack stays", () => {
    expect(current(DIGEST)).toEqual(['Armed clash']);
  });
  it('a shelling told beside a stadium keeps its record', () => {
    expect(current(STADIUM)).toContain('Shelling/artillery/missile attack');
  });
  it('a match report is read as sport and gives no incident', () => {
    expect(storyKind(buildDoc(MATCH))).toBe('sport');
    expect(current(MATCH)).toEqual([]);
  });
});
