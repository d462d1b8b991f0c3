/**
 * Words of violence that tell no event of their own: people described by what was done to them, an event named as
 * what something else is, arms seized, people retaken or set free, and headlines in a list of links. Each case is an
 * invented text worded unlike the articles the rules came from, with a twin that still tells an event.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import {
  listedLink,
  settleUntied,
  untiedRecord,
  untoldAct,
} from '../../src/lib/extract/incidents/not-events.ts';
import { bestTrigger } from '../../src/lib/extract/incidents/triggers.ts';

const current = (text: string, published = '2025-08-20') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
/** The reason `untoldAct` gives for the strongest trigger of a sentence. */
const untold = (text: string) => {
  const b = bestTrigger(text);
  if (!b) throw new Error(`no trigger in: ${text}`);
  return untoldAct(text, b.at, b.len, b.trig);
};

describe('people described by what was done to them', () => {
  it('reads "the 40 protesters arrested were freed on bail" as no act of its own', () => {
    expect(
      untold('The governor said the 40 protesters arrested in Kisumu were freed on bail on Friday.'),
    ).toBe('described');
  });
  it('still reads "40 students were arrested" as an act', () => {
    expect(
      untold('Police said 40 students were arrested outside the university gates in Kisumu on Tuesday.'),
    ).toBe(null);
  });
});

describe('an event named as what something else is', () => {
  it('reads "it was a massacre" as a judgement, not an event', () => {
    expect(
      untold('"Firing into a packed bus station is not self-defence, it was a massacre," the bishop said.'),
    ).toBe('kind');
  });
  it('still reads "a massacre of 30 herders" as told', () => {
    expect(untold('Survivors described a massacre of 30 herders near the river on Sunday.')).toBe(null);
  });
});

describe('arms seized are no attack', () => {
  it('records no grenade attack for grenades found in a raid on a warehouse', () => {
    const list = current(
      'Detectives searched a warehouse in the port district of Mombasa on Thursday and seized two assault rifles, 300 rounds of ammunition and four hand grenades, the interior ministry said.',
    );
    expect(list.map((i) => i.subType)).not.toContain('Grenade');
  });
  it('records no grenade attack for grenades seized after a shootout whose dead the sentence tells first', () => {
    const list = current(
      'Two robbers were killed in a shootout with detectives in Likoni on Friday, and officers seized two pistols and three grenades from their car, police said.',
    );
    expect(list.map((i) => i.subType)).not.toContain('Grenade');
  });
  it('still records a grenade found that then went off and killed', () => {
    const list = current(
      'Traders found a grenade under a stall in Likoni market on Friday; it exploded as a policeman picked it up, killing him, police said.',
    );
    expect(list.map((i) => i.subType)).toContain('Grenade');
  });
  it('still records a grenade thrown into a bar', () => {
    const list = current(
      'A man threw a grenade into a crowded bar in the port district of Mombasa on Thursday night, wounding six people, the police said.',
    );
    expect(list.map((i) => i.subType)).toContain('Grenade');
  });
});

describe('people retaken or set free hold no ground', () => {
  it('finds no territory regained when escaped inmates are recaptured', () => {
    const b = bestTrigger('Guards and soldiers recaptured 31 inmates in the hills above Gulu on Sunday.');
    expect(b?.trig.subType).not.toBe('Government regains territory');
  });
  it('finds no territory regained when hostages are liberated', () => {
    const b = bestTrigger('Nine of the hostages were liberated by commandos near Maiduguri on Sunday.');
    expect(b?.trig.subType).not.toBe('Government regains territory');
  });
  it('still reads a town recaptured as territory regained', () => {
    const b = bestTrigger(
      'Government troops recaptured the town of Mabanga on Sunday after a week of fighting.',
    );
    expect(b?.trig.subType).toBe('Government regains territory');
  });
});

describe('gunmen who open fire on a crowd attack civilians', () => {
  it('reads armed men firing on a crowd at a well as an attack, not a protest met with force', () => {
    const list = current(
      'About a dozen gunmen rode into the village of Tessit on motorbikes on Wednesday evening and opened fire on the crowd gathered at the well, killing nine people, a local official said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Attack']);
  });
  it('still reads police firing on a crowd of protesters as a protest met with force', () => {
    const list = current(
      'Police opened fire on the crowd of protesters outside the governor’s office in Tessit on Wednesday, wounding four, witnesses said.',
    );
    expect(list.map((i) => i.subType)).not.toContain('Attack');
  });
});

describe('headlines in a list of links', () => {
  const page =
    'Flooding cuts the coast road north of Lamu\n\n' +
    'Heavy rain on Tuesday washed away a bridge on the coast road north of Lamu, cutting off four villages, county officials said. Engineers expect to reopen the road within a week.\n\n' +
    'Trending now\n' +
    '1. Teachers vote to end three-week strike after pay deal with county\n' +
    '2. Herder shot dead near Garissa, 200 goats stolen from his family\n' +
    '3. Port tariffs to rise in January, shipping lines warn importers\n' +
    '4. Lamu ferry operators ask for new landing jetty before the rains\n';
  it('finds an item of a numbered list of titles', () => {
    const list = '1. Teachers vote to end strike 2. Herder shot dead near Garissa 3. Port tariffs to rise';
    expect(listedLink(list, list.indexOf('Herder shot'))).toBe(true);
  });
  it('records no incident, not even a past one, for the headline of another story in the list', () => {
    expect(briefArticle({ text: page, origin: 'text' }, { published: '2025-08-20' }).incidents).toEqual([]);
  });
  it('finds no list of links in numbered sentences or in a list of two', () => {
    const told = '1. Bandits shot dead two herders near Garissa. 2. The road was closed. 3. Schools shut.';
    expect(listedLink(told, told.indexOf('Bandits shot'))).toBe(false);
    const two = '1. Teachers vote to end strike 2. Herder shot dead near Garissa';
    expect(listedLink(two, two.indexOf('Herder shot'))).toBe(false);
  });
});

describe('a record tied to no place and no day', () => {
  it('is untied only when current with neither a place nor a day', () => {
    expect(untiedRecord({ background: false, place: null, date: null })).toBe(true);
    expect(untiedRecord({ background: false, place: 'Lamu', date: null })).toBe(false);
    expect(untiedRecord({ background: false, place: null, date: '2025-08-19' })).toBe(false);
    expect(untiedRecord({ background: true, place: null, date: null })).toBe(false);
  });
});

describe('a march people are made to walk', () => {
  it('finds no protest in captives marched into the hills', () => {
    const b = bestTrigger('The headmaster, 58, was marched into the hills with the pupils, a teacher said.');
    expect(b?.trig.subType).not.toBe('Peaceful protest');
  });
  it('finds no protest in passengers forced to march', () => {
    const b = bestTrigger('The kidnappers ordered the travellers to march towards the river at gunpoint.');
    expect(b?.trig.subType).not.toBe('Peaceful protest');
  });
  it('still finds a protest in nurses who marched', () => {
    const b = bestTrigger('Nurses marched to the ministry on Monday to demand unpaid wages.');
    expect(b?.trig.subType).toBe('Peaceful protest');
  });
});

describe('people named by an act done to them before', () => {
  it('reads "the release of the arrested activists" as no arrest', () => {
    expect(
      untold(
        'Parents blocked the highway at Kericho to demand the release of the arrested activists, witnesses said.',
      ),
    ).toBe('described');
  });
  it('reads "the girls whom the gang had kidnapped" as no abduction of its own', () => {
    expect(untold('Police said they rescued four girls whom the gang had kidnapped from a farm.')).toBe(
      'described',
    );
  });
  it('still reads "the gang kidnapped four girls" as told', () => {
    expect(untold('Police said the gang kidnapped four girls from a farm near Kericho on Sunday.')).toBe(
      null,
    );
  });
});

describe('aircraft that bombard a place', () => {
  it('reads an army plane that bombarded a village as an air strike', () => {
    const list = current(
      'An army plane bombarded the village of Dorein in the early hours of Tuesday, killing four farmers, a local administrator said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Air/drone strike']);
  });
  it('still reads guns that bombarded a village as shelling', () => {
    const list = current(
      'Army howitzers bombarded the village of Dorein in the early hours of Tuesday, killing four farmers, a local administrator said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a clash of people marching with the police', () => {
  it('reads marching farmers who clashed with police as a riot, not a battle', () => {
    const list = current(
      'Sugarcane growers marching on the state assembly in Lucknow clashed with police on Tuesday, and 14 people were hurt.',
    );
    expect(list.map((i) => i.type)).not.toContain('Battles');
  });
});

describe('records tied to no place and no day', () => {
  const rec = (place: string | null, date: string | null, attacker: string, target: string | null) => ({
    background: false,
    place,
    date,
    attacker,
    target,
    confidence: 0.8,
    lowConfidence: false,
  });
  it('keeps the only record of a text, flagged, even with no named side', () => {
    const found = [rec(null, null, 'unknown', null)];
    settleUntied(found);
    expect(found.map((f) => [f.lowConfidence, f.confidence])).toEqual([[true, 0.45]]);
  });
  it('drops one with no named side beside a placed event and flags one with a named side', () => {
    const found = [
      rec(null, null, 'unknown', null),
      rec(null, null, 'forces', null),
      rec(null, null, 'unknown', 'Garissa herders'),
      rec('Garissa', null, 'unknown', null),
    ];
    settleUntied(found);
    expect(found.map((f) => [f.target, f.place, f.lowConfidence, f.confidence])).toEqual([
      ['Garissa herders', null, true, 0.45],
      [null, 'Garissa', false, 0.8],
    ]);
  });
});

describe('people driven off on foot', () => {
  it('reads travellers forced to walk into the forest as an abduction', () => {
    const list = current(
      'Gunmen stopped a minibus near Kumbo on Friday, shot the driver and forced the passengers to walk into the forest, police said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Abduction/forced disappearance']);
  });
  it('still reads gunmen who shot a driver and fled as an attack', () => {
    const list = current(
      'Gunmen stopped a minibus near Kumbo on Friday, shot the driver and fled into the forest, police said.',
    );
    expect(list.map((i) => i.subType)).not.toContain('Abduction/forced disappearance');
  });
});

describe('acts a law would allow, a training was about, or a count that rose', () => {
  const told = (text: string) => current(text, '2026-03-12');
  it('tells no event', () => {
    expect(
      told(
        'A draft law that would let police shoot down drones over prisons was debated in Vilnius on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      told(
        'The six-week course at the Koulikoro camp, which ended on Friday, focused on repelling ambushes and clearing roadside bombs.',
      ),
    ).toEqual([]);
    expect(
      told(
        'The number of soldiers killed by roadside bombs in northern Mali rose sharply last year, a report released in Bamako on Tuesday said.',
      ),
    ).toEqual([]);
  });
  it('keeps the acts themselves, and a toll that rose to a figure (controls)', () => {
    expect(told('Police shot down two drones over a prison in Vilnius on Tuesday.')).toHaveLength(1);
    expect(
      told('Soldiers repelled an ambush near Koulikoro on Friday, killing four attackers.'),
    ).toHaveLength(1);
    expect(
      told(
        "The number of people killed in Sunday's clash between two groups of herders near Gao rose to three on Tuesday after an injured man died in hospital.",
      ),
    ).toHaveLength(1);
  });
});

describe('shells, rockets or missiles found or recovered', () => {
  it('tell no attack', () => {
    expect(
      current(
        'Police found two unexploded mortar shells near the market in Cotabato on Friday.',
        '2026-03-07',
      ),
    ).toEqual([]);
    expect(
      current(
        'Investigators recovered fragments of a phone and a 60mm mortar round that had served as the main charge, he said.',
        '2026-03-07',
      ),
    ).toEqual([]);
  });
  it('still tell one that went off (control)', () => {
    expect(
      current(
        'Two mortar shells exploded near the market in Cotabato on Friday, wounding three vendors.',
        '2026-03-07',
      ),
    ).toHaveLength(1);
  });
});

describe('animals harmed and month-long tallies', () => {
  it('reads an animal shot dead as no one harmed, and people shot beside cattle stolen as an attack', () => {
    expect(
      current(
        'On Monday, rangers shot dead a young male leopard that had killed goats in the village of Kereti for a week.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Gunmen shot dead two herders and drove off 200 cattle near the village of Kereti on Monday.',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
    expect(
      current('Gunmen opened fire on traders at the cattle market of Kereti on Monday, killing four.').map(
        (i) => i.subType,
      ),
    ).toEqual(['Attack']);
  });
  it('reads drones downed by the thousand as a tally, and a night’s count as an event', () => {
    expect(
      current('The air force said it downed 2,815 of the drones, or 83%, and 97 of the missiles, about 61%.'),
    ).toEqual([]);
    expect(
      current(
        'The air force said it downed 96 of the drones launched overnight into Tuesday over the Odesa region.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
});

describe('words of violence in a retort, a vigil and a drill', () => {
  it('reads a rival who fired back from a radio studio as no shelling, and troops who fired back as a fight', () => {
    expect(
      current(
        'His main rival, former Cali mayor Rosa Quintero, fired back on Thursday morning from a radio studio in Bogotá, calling the plan "the same bombardment of slogans we have heard for years".',
      ),
    ).toEqual([]);
    expect(
      current(
        'Gunmen attacked an army post near Tumaco on Thursday, killing two soldiers, and troops fired back, the army said.',
      ).map((i) => i.subType),
    ).toEqual(['Armed clash']);
  });
  it('reads an attack during a night vigil as no protest', () => {
    expect(
      current(
        'The attack on the parish of Mongbalu during a night vigil on Monday killed 12 worshippers, the diocese said.',
      ).map((i) => i.subType),
    ).not.toContain('Peaceful protest');
  });
  it('reads the attack of a mock drill as staged', () => {
    const drill =
      'Three men in black stormed the atrium of the Riverside Mall just after 10am on Wednesday, firing blanks and taking shoppers hostage.\n\nIt was a drill. The exercise, held by the police and the fire service, tested how quickly the agencies could seal the building.';
    expect(current(drill)).toEqual([]);
  });
});

describe('arrests by an army', () => {
  it('reads a military’s arrests as an event, and a shoplifter’s arrest as none', () => {
    expect(
      current(
        'The military said its forces detained 11 wanted men in the old city of Hebron before dawn on Wednesday.',
        '2026-07-22',
      ).map((i) => i.subType),
    ).toEqual(['Arrests']);
    expect(current('Police arrested a man for shoplifting in Leeds on Wednesday.', '2026-07-22')).toEqual([]);
  });
});

describe('an act that is only what something was like', () => {
  it('reads a comparison of a storm with a barrage as a figure', () => {
    expect(
      untold('"It felt as though the whole ridge was shelling our roofs," said a shepherd in Kalavryta.'),
    ).toBe('figure');
    expect(untold('The hail on the tin roofs sounded like an artillery barrage, one farmer said.')).toBe(
      'figure',
    );
  });
  it('reads a likeness to a time of violence as a figure ("looking like after shelling")', () => {
    expect(untold("Storm leaves Odesa 'looking like after shelling'")).toBe('figure');
    expect(
      untold('"It looks like after a missile attack," said Ihor Lytvyn, pointing at a crushed car.'),
    ).toBe('figure');
  });
  it('still reads the act after a comparison that ends at "after"', () => {
    expect(
      untold('The square was like a tip after soldiers shelled the market in Kalavryta on Sunday.'),
    ).toBe(null);
  });
  it('invents no incident in a story of a storm told with war similes, and keeps a shelling told beside a simile', () => {
    const storm =
      'Hail flattens orchards in Naoussa\n\nA hailstorm tore through the orchards of Naoussa on Sunday, stripping peach trees bare.\n\n"It was like the sky was shelling the valley," said grower Nikos Papas, 58.';
    expect(current(storm)).toEqual([]);
    const war =
      'Shelling hits Orikhiv market\n\nRussian artillery shelled the market in Orikhiv on Sunday morning, wounding four traders, the regional governor said.\n\n"It was like the end of the world," said trader Halyna Koval.';
    expect(current(war).map((i) => i.subType)).toContain('Shelling/artillery/missile attack');
  });
});

describe('a name given to an act told elsewhere', () => {
  it('reads "called the raid a massacre" as a label', () => {
    expect(untold('The opposition called the night raid a massacre of the innocent.')).toBe('label');
    expect(untold('Rights groups described the killings as a massacre of herders.')).toBe('label');
  });
  it('reads a label quoted in a headline, with no article before its object', () => {
    expect(untold("Farmers' union calls water verdict 'a massacre of the valley'")).toBe('label');
  });
  it('keeps an act told after a call to someone ("called the police an hour after the massacre")', () => {
    expect(
      untold('Residents called the police an hour after the massacre of herders near Dand on Friday.'),
    ).toBe(null);
  });
  it('still reads an act whose noun follows "called in" or stands alone', () => {
    expect(untold('The patrol called in an air strike on the ridge above Dand on Friday.')).toBe(null);
    expect(untold('The massacre of 12 herders near Dand was carried out on Friday.')).toBe(null);
  });
});

describe('an act done before now at no time of its own', () => {
  it('reads "has been looted before" and "once ambushed" as no event', () => {
    expect(untold('The depot in Bolgatanga has been looted before, staff said.')).toBe('pattern');
    expect(untold('The group has previously raided villages on the lake.')).toBe('pattern');
    expect(untold('Where bandits once ambushed lorries, they now tax them at roadblocks.')).toBe('pattern');
  });
  it('still reads an act of a day, even one "before" something', () => {
    expect(untold('Bandits raided the village of Tuma near Bolgatanga on Sunday, police said.')).toBe(null);
    expect(untold('The depot in Bolgatanga was looted before dawn on Sunday, staff said.')).toBe(null);
  });
});

describe('war words told of a debate or a broadcast', () => {
  it('invents no clash from rivals who exchanged fire in a studio debate', () => {
    const text =
      'Mayoral rivals spar on air\n\nThe two mayoral hopefuls exchanged fire for an hour on Wednesday evening in a studio debate on Radio Lusaka, each calling the other a liar on water tariffs.';
    expect(current(text, '2025-08-21')).toEqual([]);
  });
  it('still reads gunfire during a council sitting as an event', () => {
    const text =
      'Shots at council\n\nGunmen opened fire on Wednesday during a council sitting in Kitwe, wounding two guards, police said.';
    expect(current(text, '2025-08-21').length).toBeGreaterThan(0);
  });
});

describe('what "you" do in the present, and an animal of any kind shot', () => {
  it("reads a player's missions as no act", () => {
    expect(
      untold(
        "In the second chapter you guard a pipeline, then ambush a smugglers' column and set off a car bomb.",
      ),
    ).toBe('kind');
    expect(
      current(
        'Dust Road review\n\nIn the second chapter of Dust Road, released on Thursday, you guard a pipeline near Tobruk, then set off a car bomb under a bridge.',
        '2025-08-22',
      ),
    ).toEqual([]);
  });
  it('still reads an act someone told "you" about, or one done to "you"', () => {
    expect(untold('"You know, they shelled the clinic on Monday," the nurse said.')).toBe(null);
    expect(untold('"You shelled our clinic on Monday," the nurse told the major.')).toBe(null);
  });
  it('reads a shot animal described by any word as no one harmed, and a man shot as an attack', () => {
    expect(
      current(
        'On Monday, wardens shot dead a limping hyena that had raided poultry sheds in Kereti for a week.',
      ),
    ).toEqual([]);
    expect(
      current('On Monday, gunmen shot dead a limping herder near the poultry sheds in Kereti.').map(
        (i) => i.subType,
      ),
    ).toEqual(['Attack']);
  });
});

describe('a habit told in a quote, dated only by the day of the saying', () => {
  it('reads "they shelled us every morning," she said on Saturday as no event', () => {
    expect(
      current(
        'A nurse remembers\n\n"They shelled our ward every morning at dawn," the retired nurse said in a long conversation at her flat in Zadar on Saturday.',
      ),
    ).toEqual([]);
  });
  it('still reads a habit told with a day of its own inside the quote', () => {
    expect(
      current(
        'Siege of Zadar\n\n"They shelled our ward every morning, and on Saturday they shelled it twice," the nurse said.',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("a weapon that is the reader's", () => {
  it('reads "save your grenades" as a weapon held, and grenades thrown at a crowd as an act', () => {
    expect(untold('Top tip: keep your last two grenades for the boss fight.')).toBe('held');
    expect(untold('Rioters threw grenades at a crowd in Bujumbura on Sunday.')).toBe(null);
  });
});

describe('animals of the wild and the farm shot', () => {
  it('reads a tusker or a bull shot dead as no one harmed', () => {
    expect(current('On Monday, wardens shot dead a tusker that had flattened huts near Tezpur.')).toEqual([]);
    expect(
      current('On Monday, police shot dead a bull that had gored a vendor in the Tezpur market.'),
    ).toEqual([]);
  });
});

describe('a trigger noun that only modifies another noun', () => {
  it('reads "the shelling season" and "the interception contest" as no act', () => {
    expect(untold('Farmers in the valley dread the shelling season that starts when the snow melts.')).toBe(
      'kind',
    );
    expect(untold('"We are behind in the interception contest," the air force spokesman admitted.')).toBe(
      'kind',
    );
  });
  it('still reads the noun as an act when it heads its phrase', () => {
    expect(untold('Shelling continued in Kherson through Monday, the governor said.')).toBe(null);
    expect(untold('The interception of the drones over Lutsk on Monday was a success.')).toBe(null);
  });
});

describe('an act told as the record of a career or a life', () => {
  it('reads "a career in which he shot down dozens of missiles" as no act of a day', () => {
    expect(
      current(
        'The air force paid tribute to a career in which he shot down dozens of Russian cruise missiles over Kyiv.',
      ),
    ).toEqual([]);
  });
  it('keeps the missiles he shot down in one night', () => {
    expect(
      current(
        'The air force said on Wednesday that he shot down four cruise missiles over Kyiv in one night.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
});

describe('a war as the only time of an act', () => {
  it('reads "his jets shot down several aircraft in the war" as a past war\'s deed', () => {
    expect(current('His Mirage jets shot down several aircraft in the war.')).toEqual([]);
  });
  it('keeps drones shot down on a day, in the heaviest raid of the war', () => {
    expect(
      current(
        'Ukrainian jets shot down several Russian drones over Kyiv on Tuesday, the air force said, in the heaviest raid of the war.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
});

describe('a place named by the weapon that went off there', () => {
  it('reads "laying carnations where the bombs went off" as no act of its own', () => {
    expect(
      untold(
        'Relatives gathered at the station on Friday to mark the anniversary, laying red carnations where the bombs went off.',
      ),
    ).toBe('described');
  });
  it('keeps the missile that struck there on a day of its own', () => {
    expect(
      current(
        'Rescuers searched the rubble of the market where the missile struck on Tuesday, killing four people.',
      ).map((i) => i.subType),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});
