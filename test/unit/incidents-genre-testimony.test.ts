/**
 * A refugee's present-tense testimony of a round-up in a story of an appeal, and match reports of a title fight and a
 * Test match whose headlines call the game an ambush: no current incident; the same words told of a raid of now, or
 * gunmen who ambush fans after a title fight, keep their record. The articles are invented.
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

const BOUT =
  'Ambush in Cardiff: Morgan stops Ruiz in seventh to claim heavyweight title\n\n' +
  'Welsh heavyweight Rhys Morgan laid an ambush for Carlos Ruiz in Cardiff on Saturday night, dropping the Mexican twice before the referee stopped the bout in the seventh round to crown a new champion.\n\n' +
  'Ruiz came out firing, landing a heavy left hook in the second round. But Morgan weathered the attack, and a right uppercut in the sixth left Ruiz on the canvas.\n\n' +
  '"He walked straight into the ambush," Morgan said in the ring. The judges had Morgan ahead on two cards at the time of the stoppage, and the crowd of 70,000 at the stadium roared as the belt was strapped around his waist.\n\n' +
  'A unification fight with the other heavyweight champion could follow next summer. Morgan improves to 24-0 with 19 knockouts.';

const FANS =
  'Gunmen ambush boxing fans after title fight in Cardiff\n\n' +
  'Gunmen ambushed a bus carrying boxing fans outside the stadium in Cardiff on Saturday night after the heavyweight title fight, killing two men and wounding five, police said.\n\n' +
  'The attackers opened fire on the bus as it left the car park, police said. No arrests have been made.\n\n' +
  'The bout between Rhys Morgan and Carlos Ruiz had ended in the seventh round when the referee stopped the fight.';

describe('testimony and title fights', () => {
  it("a refugee's present-tense account of a round-up in a story of an appeal is no current arrest", () => {
    expect(storyKind(buildDoc(TESTIMONY))).toBe('relief');
    expect(current(TESTIMONY)).toEqual([]);
  });
  it('the round-up reported as news keeps its record', () => {
    expect(current(ROUND_UP).length).toBeGreaterThan(0);
  });
  it('a title fight whose headline calls it an ambush is sport, and no incident', () => {
    expect(storyKind(buildDoc(BOUT))).toBe('sport');
    expect(current(BOUT)).toEqual([]);
  });
  it('gunmen who ambush fans after a title fight keep their attack', () => {
    expect(current(FANS).length).toBeGreaterThan(0);
  });
});
