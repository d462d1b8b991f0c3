/**
 * Violence a story names only as the object of news of another kind, as a hazard, or as examples a speaker or a
 * document lists: a travel warning's reasons, a sanctions list's charge, a council briefer's list of incidents. Each
 * case is an invented text worded unlike the articles the rules were measured on; each has a control that keeps the
 * event when it is told as news.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const PUB = '2026-05-20';
const all = (text: string) => briefArticle({ text, origin: 'text' }, { published: PUB }).incidents;
const current = (text: string) => all(text).filter((i) => !i.background);

describe('a word of violence named as a hazard', () => {
  it('reads a consular warning of abduction and fighting as no event', () => {
    const text =
      'Norland tells citizens to leave the Varsh highlands\n\n' +
      'The Norland foreign ministry on Tuesday urged its citizens to avoid all travel to the Varsh highlands and the city of Kelmo because of banditry, road closures and abduction by armed gangs.\n\n' +
      'The ministry said there was a high risk of kidnapping on the roads north of Kelmo and that militia attacks could happen without warning.\n\n' +
      'Tour operators said bookings had fallen by half.';
    expect(current(text)).toEqual([]);
  });
  it('reads a word quoted as a word as no event', () => {
    const text =
      'Hotels in Kelmo empty out after new travel rating\n\n' +
      'Hotel owners in Kelmo said on Monday that most foreign groups had cancelled their spring stays after the rating change.\n\n' +
      '"Guests read the word \'abduction\' and book somewhere else," said Mara Lind, who runs a guesthouse near the old market.';
    expect(all(text)).toEqual([]);
  });
  it('still reports an abduction the warning follows, told as news of these days', () => {
    const text =
      'Gunmen seize two engineers near Kelmo\n\n' +
      'Gunmen abducted two foreign engineers from a quarry outside Kelmo on Monday night, police said, hours before Norland raised its travel warning for the region.\n\n' +
      'The ministry said the risk of kidnapping on the northern roads was high.';
    expect(current(text).some((i) => i.subType === 'Abduction/forced disappearance')).toBe(true);
  });
});

describe('violence that news of another kind is about', () => {
  it('reads the air raids a sanctions decision names in its lead as background', () => {
    const text =
      'Union freezes assets of Dorvan air commanders over raids on villages\n\n' +
      'The Union on Thursday froze the assets of three Dorvan air force commanders and two fuel traders it accuses of ordering or supplying airstrikes on villages and clinics in Esk and Morrow provinces.\n\n' +
      'The commanders are also barred from entering the bloc. Dorvan called the decision interference.';
    expect(current(text)).toEqual([]);
  });
  it('keeps an ambush a government blames on a group when it is told as an act of these days', () => {
    const text =
      'Interior minister blames Red Ridge group for ambush on border patrol\n\n' +
      "Osterland's interior minister on Wednesday blamed the Red Ridge group for an ambush that killed six border guards near Tamsk this week, although another faction had claimed it.\n\n" +
      'The guards were returning to their post when gunmen opened fire from both sides of the road.';
    expect(current(text).length).toBeGreaterThan(0);
  });
});

describe('events listed as examples', () => {
  it('reads the incidents a council briefer lists, however recent, as background', () => {
    const text =
      'Council fails to agree on aid corridor for Harrow valley\n\n' +
      'The Security Council on Tuesday failed to adopt a resolution on an aid corridor into the Harrow valley after two members voted against it.\n\n' +
      'Briefing members, the relief coordinator recounted several incidents her office had confirmed. On May 9, a drone hit a water station in Pell, killing five people. On May 14, artillery struck a clinic in Ostra, killing two nurses.\n\n' +
      'Members will meet again next week.';
    expect(current(text)).toEqual([]);
    expect(all(text).filter((i) => i.background).length).toBeGreaterThan(0);
  });
  it('keeps the same events as news when the lead reports them', () => {
    const text =
      'Drone kills five at water station in Pell\n\n' +
      'A drone hit a water station in Pell on May 19, killing five people, local officials said.\n\n' +
      'The relief coordinator recounted several incidents her office had confirmed. On May 14, artillery struck a clinic in Ostra, killing two nurses.';
    expect(current(text).some((i) => i.place === 'Pell')).toBe(true);
  });
});

describe('testimony given today of killings long ago', () => {
  it('reads the massacre a survivor "told a special court on Tuesday" about as past, not as Tuesday’s', () => {
    const text =
      'A survivor of the 1998 Kanama massacre told a special court on Tuesday how militiamen lined villagers up at a river and shot them.';
    expect(current(text)).toEqual([]);
  });
  it('keeps the day a survivor gives to killings of this week, told to a visiting delegation', () => {
    const list = current(
      'A survivor told a visiting delegation on Tuesday how militiamen shot dead six men in Kiwanja on Sunday.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].date?.slice(0, 10)).toBe('2026-05-17');
  });
});

describe('a clock time glossed by the event it marks', () => {
  it('finds no event in a bell rung "at 6:15 a.m., the moment the first bomb went off", years on', () => {
    const text =
      'Hundreds gathered at the harbour memorial in Galle on Sunday to remember the 31 people killed when a ferry was bombed there in 2009.\n\n' +
      'At 6:15 a.m., the moment the first bomb went off, a bell was rung and the names of the dead were read out.';
    expect(all(text)).toEqual([]);
  });
  it('keeps a bombing told with its own time, and its second blast told by that gloss, as one event', () => {
    const text =
      'A bomb went off at 6:15 a.m. on Sunday at the ferry terminal in Galle, killing two people, police said.\n\n' +
      'At 6:40 a.m., the moment the second bomb went off, rescuers were already at the scene.';
    const list = current(text);
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Galle');
  });
});
