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

describe('words that name no explosion, or an event already told', () => {
  it('records no bomb blast for explosives that were confiscated', () => {
    const list = current(
      'Police raided a farmhouse outside Kismayo on Monday and confiscated two pistols and a roadside bomb hidden in a sack of maize, a regional official said.\n\n' +
        'Three men were taken in for questioning.',
    );
    expect(list.filter((i) => i.subType === 'Remote explosive/landmine/IED')).toEqual([]);
  });
  it('still records a bomb of the same kind that went off', () => {
    const list = current(
      'A roadside bomb hidden in a sack of maize exploded outside Kismayo on Monday, wounding two policemen, a regional official said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Remote explosive/landmine/IED']);
  });
  it('reads grenades thrown in an assault as its weapons, not a grenade attack of their own', () => {
    const list = current(
      'Gunmen stormed a border post near Tillaberi before dawn on Friday, spraying it with automatic weapons and grenades, and killed three guards, the army said.',
    );
    expect(list.map((i) => i.subType)).not.toContain('Grenade');
    expect(list).toHaveLength(1);
  });
  it('reads grenades fired with guns when armed men open fire as the weapons of a fight, not a grenade attack', () => {
    const list = current(
      'Smugglers opened fire with rifles and grenade launchers on a customs outpost at Zarkand ford late on Tuesday, and the guards fired back for an hour, the border service said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Armed clash']);
  });
  it('keeps a grenade lobbed after shots as a grenade attack when no arms are listed with it', () => {
    const list = current(
      'A man opened fire outside a nightclub in Kigoma on Saturday and then lobbed a grenade into the queue, wounding nine people, police said.',
    );
    expect(list.map((i) => i.subType)).toContain('Grenade');
  });
  it('keeps a grenade thrown on its own as a grenade attack', () => {
    const list = current(
      'An unknown attacker threw a grenade into a bar in Bujumbura on Friday night, wounding six people, police said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Grenade']);
  });
  it('reads "The shelling came a day after rebels ambushed a convoy near …" as the ambush', () => {
    const list = current(
      'Army artillery shelled rebel positions in the hills above Beni on Tuesday, killing four fighters, the army said.\n\n' +
        'The shelling came a day after rebels ambushed an army convoy near the town of Oicha, killing two soldiers.',
    );
    const clashes = list.filter((i) => i.place === 'Oicha');
    expect(clashes).toHaveLength(1);
    expect(clashes[0].subType).toBe('Armed clash');
  });
  it('places an event told only to date another one where it was aimed', () => {
    const list = current(
      'Families in Kano buried their dead on Sunday, two days after an air strike on Gusau that killed 30 villagers, officials said.',
    );
    expect(list.map((i) => i.place)).toEqual(['Gusau']);
  });
});

describe('events told in plain words', () => {
  it('records a shoot-out told with its toll', () => {
    const list = current(
      'Three suspected cartel gunmen and a soldier died in a shoot-out with an army patrol outside Culiacan on Saturday, state prosecutors said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Armed clash']);
  });
  it('adds no second fight for an exchange of fire told again without a toll', () => {
    const list = current(
      'Rebels attacked an army post near Butembo on Sunday night, killing three soldiers, the army said.\n\n' +
        'The rebels withdrew into the forest after an exchange of fire lasting about an hour, a local official told reporters on Monday.',
    );
    expect(list).toHaveLength(1);
  });
  it('records a bomb hidden in a cart that exploded at a market', () => {
    const list = current(
      'A bomb concealed in a vegetable cart exploded at a busy market in Baidoa on Thursday morning, killing three traders, a police officer said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Remote explosive/landmine/IED']);
  });
});

describe('a barrage partly intercepted', () => {
  const text =
    'Militants in Gaza fired a barrage of rockets and drones at southern Israel late on Friday, the army said.\n\n' +
    '"Nearly all" were intercepted by air defences before reaching populated areas, a military spokeswoman said.\n\n' +
    'Two rockets struck a school in Sderot, the army confirmed on Saturday morning, damaging classrooms but hurting no one.';
  it('records the interceptions and the hit, on the day of the barrage', () => {
    const list = current(text, '2025-05-18');
    const hit = list.find((i) => i.subType === 'Shelling/artillery/missile attack');
    expect(hit?.place).toBe('Sderot');
    expect(hit?.date?.slice(0, 10)).toBe('2025-05-16');
    expect(list.filter((i) => i.subType === 'Disrupted weapons use')).toHaveLength(1);
  });
});

describe('past events told in passing are background', () => {
  const lead =
    'Gunmen killed four police officers at a checkpoint outside Garissa on Tuesday, officials said.\n\n';
  it('dates an event by its own year, not by the day an earlier sentence of its paragraph gave', () => {
    const list = all(
      `${lead}Two weeks before, militants had attacked a police post in Lamu, killing one officer. Violence has surged since a rocket attack on a base in Mandera in 2023.`,
    );
    const rocket = list.find((i) => i.subType === 'Shelling/artillery/missile attack');
    expect(rocket?.background).toBe(true);
    expect(rocket?.date).toBe('2023');
  });
  it('reads the event a state of things dates from, in an earlier month, as background', () => {
    const list = all(
      `${lead}Soldiers have been on alert since militants kidnapped two aid workers in Lamu on April 1.`,
    );
    const kidnap = list.find((i) => i.subType === 'Abduction/forced disappearance');
    expect(kidnap?.background).toBe(true);
  });
  it('keeps an event of last week told in its own right as current', () => {
    const list = all(
      `${lead}Last Wednesday, militants kidnapped two aid workers in Lamu, the Red Cross said.`,
    );
    const kidnap = list.find((i) => i.subType === 'Abduction/forced disappearance');
    expect(kidnap?.background).toBe(false);
  });
});

describe('arrests told of one person', () => {
  it('records the arrest of a man said to be a rebel commander', () => {
    const list = current(
      'Rebels attacked an army post near Beni on Sunday, killing three soldiers, the army said.\n\n' +
        'On Friday, soldiers arrested a man they described as a senior rebel commander in the town of Kasindi. He had been hiding in a church.',
    );
    expect(list.map((i) => i.subType)).toContain('Arrests');
  });
  it('records no political arrest for a man held after a road crash', () => {
    const list = current(
      'Police arrested a man on suspicion of dangerous driving after a crash on the ring road in Leeds on Friday, a spokesman said.',
    );
    expect(list).toEqual([]);
  });
});

describe('shelling told in plain words', () => {
  const lead = 'Officials gave new figures on Tuesday.\n\n';
  it('records artillery rounds that landed on a market', () => {
    const list = current(
      `${lead}Two civilians were killed when artillery rounds landed on a market in Bakhmut on Monday, officials said.`,
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('records rockets launched at a town', () => {
    const list = current(
      `${lead}At least 20 rockets were launched at Sderot on Saturday night, the army said.`,
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('records tank fire that killed people', () => {
    const list = current(`${lead}Tank fire killed two people in Khan Younis on Monday, medics said.`);
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a day that belongs to the answer to events', () => {
  it('adds no event on the day a ministry protested against a wave of strikes', () => {
    const list = current(
      'Israeli jets struck two houses in the village of Aitaroun on Wednesday night, killing four people, the health ministry said.\n\n' +
        "Lebanon's foreign ministry summoned the ambassador of the United States on Friday in protest at a wave of Israeli air strikes on southern villages.",
    );
    expect(list.map((i) => i.date?.slice(0, 10))).not.toContain('2025-05-09');
  });
  it('reads a protest note handed to an envoy as diplomacy, and a crowd that protests as a demonstration', () => {
    const note = current(
      'Border guards of the two countries traded fire across the river on Tuesday night, wounding a farmer.\n\n' +
        "The foreign ministry summoned the neighbouring country's envoy in Astana on Wednesday to hand him a protest note; a second note of protest followed on Thursday.",
    );
    expect(note.some((i) => i.type === 'Protests')).toBe(false);
    // control: a crowd that protested
    const crowd = current(
      "About 300 farmers protested outside the regional governor's office in Astana on Tuesday against the closure of the border crossing, chanting slogans.",
    );
    expect(crowd.some((i) => i.type === 'Protests')).toBe(true);
  });
});

describe('drills and marches yet to come', () => {
  it('finds no strike in a story of a live-fire exercise', () => {
    const list = current(
      'Finnish and Swedish gunners test new rocket launchers in Lapland exercise\n\n' +
        'About 2,000 troops took part in the Northern Forest drills at the Rovajarvi training area on Tuesday, the army said.\n\n' +
        'On Tuesday afternoon, two rocket launchers fired rockets at targets 40 kilometres away, and howitzers shelled an old command post on the heath.\n\n' +
        'The exercise, which ends on Friday, rehearses the defence of the northern border. Officers said the live-fire phase went to plan, and the drills would be repeated next spring.',
    );
    expect(list).toEqual([]);
  });
  it('finds no attack in a missile fired into the sea, and keeps one fired at a ship', () => {
    const launch = (told: string) =>
      current(
        `Korvan military fires missile off east coast, Dalmoran officials say\n\n${told}, Dalmora's Joint Chiefs of Staff said. It flew about 400 kilometres and caused no damage.`,
      ).map((i) => i.subType);
    expect(
      launch('Korva fired a short-range ballistic missile into the East Sea on Tuesday morning'),
    ).toEqual([]);
    expect(launch('Korva fired a ballistic missile at a Dalmoran patrol boat on Tuesday morning')).toEqual([
      'Shelling/artillery/missile attack',
    ]);
  });
  it('finds no march in a story of one planned', () => {
    const list = current(
      'Nurses plan march against hospital cuts in Carlisle\n\n' +
        'Nurses opposing cuts at the Cumberland Infirmary will march through Carlisle on Saturday, their union said on Tuesday.\n\n' +
        "Saturday's march will be the first of a series, organisers said.",
    );
    expect(list).toEqual([]);
  });
  it('finds no march in one planned with a word between ("plan a silent march"), and keeps one held', () => {
    const story = (told: string) =>
      all(
        "Dorran miners' families keep up pressure over unpaid wages\n\n" +
          'A court in Dorran on Tuesday ordered the colliery to pay wages owed to 300 miners.\n\n' +
          `The ruling comes as ${told} through the centre of Dorran on Saturday, a spokeswoman for the families said.`,
      ).map((i) => i.subType);
    expect(story('families of the miners plan a silent march')).toEqual([]);
    expect(story('the union is planning another torchlit march')).toEqual([]);
    expect(story('families of the miners held a silent march')).toEqual(['Peaceful protest']);
  });
  it('finds no march in a parade’s march-past, and keeps a march told beside it', () => {
    const parade = (extra: string) =>
      current(
        'Veterans lead Liberation Day parade in Vessel\n\n' +
          'The governor took the salute on Monday as the 40-minute march-past of army and navy units wound along the harbour front of Vessel.' +
          extra,
      ).map((i) => i.subType);
    expect(parade('')).toEqual([]);
    expect(
      parade(
        ' Later on Monday, about 200 dockers marched to the port office in Vessel to demand back pay, chanting slogans.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('an abduction told as an attack', () => {
  it('records a raid on a village that carried people off as an abduction', () => {
    const list = current(
      'Armed men on motorbikes raided the village of Dansadau before dawn on Sunday, shooting dead two farmers and carrying off 14 women, residents said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Abduction/forced disappearance']);
  });
  it('reads "rescued 12 abducted Zamfara farmers" as people of the event, not an event of its own', () => {
    const list = current(
      'Gunmen kidnapped 12 farmers from their fields near Gusau on Monday, police said.\n\n' +
        'On Wednesday, soldiers in Kaura Namoda rescued 12 abducted Zamfara farmers after a search of the forest, the army said.',
    );
    expect(list.filter((i) => i.subType === 'Abduction/forced disappearance')).toHaveLength(1);
  });
});
