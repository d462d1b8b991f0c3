/**
 * Incidents from loose words, past events told as current ones, and events told in plain words: each case is an
 * invented text worded unlike the articles the rules came from.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const all = (text: string, published = '2025-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents;
const current = (text: string, published = '2025-05-14') => all(text, published).filter((i) => !i.background);

describe('a story of elections or parliaments tells its war words as figures', () => {
  const race =
    'Labour and the Liberals trade blows as mayoral race tightens in Leeds\n\n' +
    'LEEDS — With ten days left before the mayoral election, the Liberal candidate, Priya Doyle, has opened a fresh front against the Labour incumbent, accusing him of running the city "like a private club".\n\n' +
    'A poll by a local university puts the two candidates level on 34 percent, with the Greens third. Turnout in the last election was 29 percent.\n\n' +
    'Doyle addressed about 400 supporters at a rally in Headingley on Sunday night, promising free buses for under-18s. "This is the battleground for the north," she told the crowd.\n\n' +
    'The incumbent, Martin Cole, hit back on Monday with a blitz of leaflets and a radio ad that stormed up the local charts of complaints. His campaign said it was "firing on all cylinders".\n\n' +
    'Party strategists expect the vote to split along the ring road. Voters go to the polls on May 24, and the count will be held in the town hall the next morning.';
  it('finds no incident in a campaign told with a rally, a battleground and a blitz', () => {
    expect(current(race)).toEqual([]);
  });
  it('still records a rally attacked with stones in such a story', () => {
    const text = race.replace(
      'Party strategists expect',
      "On Tuesday, a group of men threw stones at Doyle's campaign bus in Armley, injuring two volunteers, police said.\n\nParty strategists expect",
    );
    const list = current(text);
    expect(list.length).toBe(1);
    expect(list[0].place).toBe('Armley');
  });
  it('keeps a protest against something in a campaign story', () => {
    const text = race.replace(
      'Party strategists expect',
      'Outside the town hall on Tuesday, about 300 people rallied against plans to close two libraries, chanting and holding placards.\n\nParty strategists expect',
    );
    expect(current(text).map((i) => i.subType)).toEqual(['Peaceful protest']);
  });
});
