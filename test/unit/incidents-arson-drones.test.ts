/** Fires set on purpose in a story of arson, and bombs told as dropped by a drone or jets that destroyed a target. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-06-20') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('fires set on purpose in a story of arson or sabotage', () => {
  const story =
    'Police in the north are investigating a string of suspected arson attacks on power lines and a grain store.\n\n' +
    'On Saturday night, a transformer station outside Lindmoor was set on fire, cutting power to 2,000 homes.\n\n' +
    'On Tuesday, a grain silo near Barrowfield caught fire shortly after midnight; detectives found a jerrycan nearby.';
  it('finds each fire with a day of its own as property destruction', () => {
    const list = incidents(story);
    const fires = list.filter((i) => i.subType === 'Looting/property destruction');
    expect(fires).toHaveLength(2);
    expect(fires.map((f) => f.date?.slice(0, 10))).toEqual(['2025-06-14', '2025-06-17']);
  });
  it('finds no fire in a story that tells of no arson or sabotage', () => {
    const list = incidents(
      'A grain silo near Barrowfield caught fire on Tuesday shortly after midnight, the fire service said. Crews blamed a faulty dryer.',
    );
    expect(list.filter((i) => i.subType === 'Looting/property destruction')).toHaveLength(0);
  });
  it('reads one sentence afresh in each story: a fire only in the story of sabotage', () => {
    const fire = 'On Friday a storage shed at the Helmsby ferry yard caught fire before dawn.';
    const sabotage = `Detectives suspect sabotage after a run of break-ins at the ferry yard.\n\n${fire}`;
    const kind = (text: string) =>
      incidents(text).filter((i) => i.subType === 'Looting/property destruction').length;
    expect([kind(sabotage), kind(fire), kind(sabotage)]).toEqual([1, 0, 1]);
  });
  it('finds a building told as damaged or gutted by a fire in a story of arson', () => {
    const fires = (text: string) =>
      incidents(text).filter((i) => i.subType === 'Looting/property destruction').length;
    expect(
      fires(
        'Detectives are treating it as arson. An empty community hall in Lindmoor was gutted by a blaze early on Monday; an accelerant was found at the back door.',
      ),
    ).toBe(1);
    expect(
      fires(
        'The old mill at Barrowfield, empty since the spring, was badly damaged in a fire on Sunday night. Police suspect arsonists.',
      ),
    ).toBe(1);
    // (the same words in a story that tells of no arson: an accident)
    expect(
      fires(
        'The old mill at Barrowfield was badly damaged in a fire on Sunday night. Crews said an electrical fault was the likely cause.',
      ),
    ).toBe(0);
  });
  it('leaves a fire told with no day of its own to the account around it', () => {
    const list = incidents(
      'Investigators said the arson wave had cost the rail operator millions. A signal cabin was set alight as well, officials said.',
    );
    expect(list.filter((i) => i.subType === 'Looting/property destruction')).toHaveLength(0);
  });
});

describe('a fire set at a home with people in it', () => {
  const kinds = (text: string) => incidents(text).map((i) => i.subType);
  it('reads it as an attack on the people inside, however the fire is told', () => {
    expect(
      kinds(
        'Someone threw a petrol bomb through the window of a house in Kelmore where a family of five slept early on Sunday, police said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Attackers set fire to a hostel housing migrant workers in Dunmarra on Friday night; two men were treated for burns.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Police in Velhas are treating a fire at a shelter that houses 40 refugees as arson after the blaze broke out on Monday night.',
      ),
    ).toEqual(['Attack']);
  });
  it('finds no attack in an empty building burned or an accidental house fire', () => {
    expect(
      kinds(
        'Vandals set fire to an empty hotel earmarked for asylum seekers in Kelmore on Sunday night, police said.',
      ),
    ).not.toContain('Attack');
    expect(
      kinds(
        'A fire at a house where an elderly couple lived in Kelmore on Sunday was caused by a faulty heater, firefighters said.',
      ),
    ).toEqual([]);
  });
});

describe('bombs from drones and targets destroyed by jets', () => {
  it('reads a drone flown into a post with its charge as a drone strike', () => {
    const list = incidents(
      'On Thursday the provincial command accused the rebels of sending a drone packed with explosives into a police post near Vardenik, wounding two officers.',
    );
    expect(list.map((i) => i.subType)).toContain('Air/drone strike');
  });
  it('reads explosives dropped by a drone as a drone strike, not a roadside bomb', () => {
    const list = incidents(
      'Grenades dropped from a small drone hit a market stall in Kessaro on Monday morning, wounding four traders, the mayor said.',
    );
    expect(list[0]?.subType).toBe('Air/drone strike');
  });
  it('makes a blast told by its bomb a drone strike when a later sentence says the bomb fell from a drone', () => {
    const list = incidents(
      'On Thursday evening, a bomb exploded at the Kereni camp for displaced families, killing three people.\n\n' +
        'A nurse at the camp said the bomb was dropped by a drone that circled for several minutes before the blast.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.subType).toBe('Air/drone strike');
  });
  it('reads a drone that had struck a house as a drone strike', () => {
    const list = incidents(
      'The coast guard said on Wednesday that an armed drone had struck a warehouse in Port Tellin used by smugglers, killing two men.',
    );
    expect(list[0]?.subType).toBe('Air/drone strike');
  });
  it('reads jets that destroyed a target as an air strike', () => {
    const list = incidents(
      'The air force said its jets destroyed a fuel convoy on the highway south of Amran on Sunday afternoon.',
    );
    expect(list[0]?.subType).toBe('Air/drone strike');
  });
});

describe('a kind of drone named by what it is for', () => {
  it('reads "attack drones" shown at an exhibition as a weapon, and keeps an attack drone that hit a building', () => {
    expect(
      incidents(
        'Ukrainian companies displayed dozens of new interceptor drones at a defence exhibition in Kyiv on Tuesday, as the country races to counter Russia’s Shahed attack drones.',
      ),
    ).toEqual([]);
    expect(
      incidents(
        'In Kharkiv, a Shahed attack drone hit an apartment building on Tuesday shortly after midnight, killing two people, the governor said.',
      ).map((i) => i.subType),
    ).toEqual(['Air/drone strike']);
  });
});

describe('one person who smashes or defaces property', () => {
  it('reads a lone vandal as property destruction, and a crowd that smashes windows as a riot (control)', () => {
    const kinds = (text: string) => incidents(text).map((i) => i.subType);
    expect(
      kinds(
        'Police in Ghent are searching for an unidentified man who daubed slogans and smashed windows at a Sikh temple on Friday night.',
      ),
    ).toEqual(['Looting/property destruction']);
    expect(
      kinds(
        'Hundreds of rioters daubed slogans and smashed windows at the town hall in Ghent on Friday night.',
      ),
    ).toEqual(['Violent demonstration']);
  });
});

describe('things set on fire by people', () => {
  const kinds = (text: string) => incidents(text).map((i) => i.subType);
  it('reads any building or vehicle set on fire, one or many, with words between', () => {
    expect(
      kinds(
        'Hooded men set fire to nine grain lorries at a depot outside Varnholm early on Sunday, police said.',
      ),
    ).toEqual(['Looting/property destruction']);
    expect(
      kinds(
        'Arsonists set fire to the constituency office of a Varnholm councillor early on Sunday, police said.',
      ),
    ).toEqual(['Looting/property destruction']);
    expect(
      kinds(
        'Miscreants set fire to at least four minibuses in Varnholm on Sunday night, hours before a strike.',
      ),
    ).toEqual(['Looting/property destruction']);
  });
  it('keeps a crowd that sets a car on fire a riot', () => {
    expect(kinds('Protesters set fire to a police van outside the Varnholm town hall on Sunday.')).toEqual([
      'Violent demonstration',
    ]);
  });
  it('reads no event from a figure of speech', () => {
    expect(
      kinds('On Sunday the mayor set fire to the debate over the Varnholm budget with a single remark.'),
    ).toEqual([]);
  });
});
