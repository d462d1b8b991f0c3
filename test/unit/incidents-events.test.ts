/**
 * One event model per article: a record is an event of its own only when something contradicts every event already
 * known (another place the map or the text keeps apart, another day, other sides, another kind of violence, words
 * that say so); otherwise it tells a known event again and lends it its slots. Texts and records written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { settleEvents } from '../../src/lib/extract/incidents/events.ts';
import type { Candidate } from '../../src/lib/extract/incidents/types.ts';
import { place, told, world } from '../support/incident-world.ts';

describe('records joined into one event', () => {
  it('joins a spot no map knows to the town of the event, and keeps the day with its hour', () => {
    const { doc, ents, record } = world([
      'Factions traded fire in Ardent over the weekend, killing five.',
      'The fighting began at 11pm on Friday near the Clock Tower roundabout.',
    ]);
    const town = place('Ardent', 'city');
    const spot = place('Clock Tower roundabout', 'facility', { lat: null, lon: null });
    const found = [
      record(0, { placeRef: town, date: '2026-01-10', killed: 5 }),
      record(1, { placeRef: spot, date: '2026-01-09T23:00', localTime: '23:00', injured: 8 }),
    ];
    settleEvents(found, doc, ents, [told(doc, 1, '2026-01-09T23:00')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe('2026-01-09T23:00');
    expect(found[0].killed).toBe(5);
    expect(found[0].injured).toBe(8);
  });
  it('takes a night that runs past midnight as one day', () => {
    const { doc, ents, record } = world([
      'Raiders stormed two hamlets of Kessa province on Sunday night.',
      'They reached Lower Dunmo shortly after midnight.',
    ]);
    const found = [
      record(0, {
        placeRef: place('Kessa', 'province'),
        date: '2026-01-11',
        subType: 'Attack',
        type: 'Violence against civilians',
      }),
      record(1, {
        placeRef: place('Lower Dunmo', 'city', { lat: null, lon: null }),
        date: '2026-01-12T00:10',
        localTime: '00:10',
        subType: 'Attack',
        type: 'Violence against civilians',
      }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-11'), told(doc, 1, '2026-01-12T00:10')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe('2026-01-12T00:10');
  });
  it('codes a demonstration by what it became, at the spot of the town it was told at', () => {
    const { doc, ents, record } = world([
      'Marchers and counter-marchers brawled in Corvel on Saturday.',
      'Two marchers were taken to Corvel General Hospital.',
    ]);
    const found = [
      record(0, {
        placeRef: place('Corvel', 'city'),
        date: '2026-01-10',
        subType: 'Violent demonstration',
        type: 'Riots',
      }),
      record(1, {
        placeRef: place('Corvel General Hospital', 'facility', { lat: null, lon: null }),
        subType: 'Peaceful protest',
        type: 'Protests',
      }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-10')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].subType).toBe('Violent demonstration');
  });
});

describe('what a record that gives little of its own joins', () => {
  const strike = { subType: 'Air/drone strike', type: 'Explosions/Remote violence' };
  it('joins a record of another sub-type of the same type that has no day, doer or toll of its own', () => {
    const { doc, ents, record } = world([
      'A drone hit a bus depot in Holm on Monday, killing two.',
      'Holm still has unexploded rounds.',
    ]);
    const holm = place('Holm', 'city');
    const found = [
      record(0, {
        ...strike,
        placeRef: holm,
        date: '2026-01-12',
        killed: 2,
        attacker: 'Vandor Liberation Front',
      }),
      record(1, {
        placeRef: holm,
        subType: 'Shelling/artillery/missile attack',
        type: 'Explosions/Remote violence',
      }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-12')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].subType).toBe('Air/drone strike');
  });
  it('keeps such a record apart when it names its own toll, and never joins an interception to a strike', () => {
    const { doc, ents, record } = world([
      'A drone hit a bus depot in Holm on Monday.',
      'Shells killed three in Holm.',
    ]);
    const holm = place('Holm', 'city');
    const found = [
      record(0, { ...strike, placeRef: holm, date: '2026-01-12' }),
      record(1, {
        placeRef: holm,
        subType: 'Shelling/artillery/missile attack',
        type: 'Explosions/Remote violence',
        killed: 3,
      }),
      record(1, { placeRef: holm, subType: 'Disrupted weapons use', type: 'Strategic developments' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-12')] as never);
    expect(found).toHaveLength(3);
  });
  it('joins a part told as "a second" strike to the area-wide summary of the strikes, with the part’s own toll', () => {
    const { doc, ents, record } = world([
      'Jets bombed a village and a clinic in Dunmere on Sunday, killing 11.',
      'A second jet struck the clinic in Tarrow, killing four.',
    ]);
    const found = [
      record(0, {
        ...strike,
        placeRef: place('Dunmere', 'province', { admin1: 'Dunmere' }),
        date: '2026-01-11',
        killed: 11,
      }),
      record(1, {
        ...strike,
        placeRef: place('Tarrow', 'city', { admin1: 'Dunmere' }),
        date: '2026-01-11',
        killed: 4,
      }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-11'), told(doc, 1, '2026-01-11')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].place).toBe('Tarrow');
    expect(found[0].killed).toBe(4);
  });
  it('reads a province the map spells otherwise as the one its town lies in', () => {
    const { doc, ents, record } = world([
      'A drone struck the market of Kessaly.',
      'The government blamed rebels for the attack on the Upper Tassala capital.',
    ]);
    const found = [
      record(0, {
        ...strike,
        placeRef: place('Kessaly', 'city', { admin1: 'Upper Tessalu' }),
        date: '2026-01-12',
      }),
      record(1, {
        ...strike,
        placeRef: place('Upper Tassala', 'province', { admin1: 'Upper Tassala' }),
        attacker: 'Free Army of the Hills',
      }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-12')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].attacker).toBe('Free Army of the Hills');
  });
  it('takes a body written short and written out as one side', () => {
    const { doc, ents, record } = world([
      'Fighters of the Free Army of the Hills raided Holm.',
      'The FAH fighters clashed with police in Holm.',
    ]);
    const holm = place('Holm', 'city');
    const found = [
      record(0, { placeRef: holm, attacker: 'Free Army of the Hills' }),
      record(1, { placeRef: holm, attacker: 'FAH' }),
    ];
    settleEvents(found, doc, ents, [] as never);
    expect(found).toHaveLength(1);
  });
});

describe('records kept apart', () => {
  const two = (
    a: Partial<Candidate>,
    b: Partial<Candidate>,
    sentences = ['One thing happened.', 'Officials gave details later.'],
    bodies: string[] = [],
  ) => {
    const { doc, ents, record, addGroups } = world(sentences);
    addGroups(bodies);
    const found = [record(0, a), record(1, b)];
    settleEvents(found, doc, ents, [] as never);
    return found.length;
  };
  it('keeps two towns the map puts in two provinces apart, even when the text lists them with a comma', () => {
    const north = place('Holm', 'city', { admin1: 'North' });
    const south = place('Brack', 'city', { admin1: 'South' });
    expect(
      two({ placeRef: north, date: '2026-01-10' }, { placeRef: south, date: '2026-01-10' }, [
        'Marches in Holm, Brack drew crowds.',
        'In Brack police fired tear gas.',
      ]),
    ).toBe(2);
  });
  it('keeps a town no map knows apart from another town', () => {
    const mapped = place('Holm', 'city', { admin1: 'North' });
    const unmapped = place('Little Ferrow', 'city', { lat: null, lon: null });
    expect(two({ placeRef: mapped, date: '2026-01-10' }, { placeRef: unmapped, date: '2026-01-10' })).toBe(2);
  });
  it('keeps an area told after a town it cannot be shown to hold apart, and joins one told before', () => {
    const town = place('Little Ferrow', 'city', { lat: null, lon: null });
    const area = place('Dunmere', 'province', { lat: null, lon: null });
    expect(two({ placeRef: town, date: '2026-01-10' }, { placeRef: area, date: '2026-01-10' })).toBe(2);
    expect(two({ placeRef: area, date: '2026-01-10' }, { placeRef: town, date: '2026-01-10' })).toBe(1);
  });
  it('keeps two days each told as the event’s own apart, unless one night spans them', () => {
    const { doc, ents, record } = world(['Fighting in Holm on Monday.', 'Fighting in Holm on Tuesday.']);
    const holm = place('Holm', 'city');
    const found = [
      record(0, { placeRef: holm, date: '2026-01-12' }),
      record(1, { placeRef: holm, date: '2026-01-13' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-01-12'), told(doc, 1, '2026-01-13')] as never);
    expect(found).toHaveLength(2);
  });
  it('keeps a late evening apart from the next day’s morning or afternoon told as a record’s own', () => {
    const story = (when: string) =>
      briefArticle(
        {
          text:
            'LENDRA — A mob set fire to a bus depot in Lendra at around 10 p.m. on Friday after a driver ran over a child, police said.\n\n' +
            `${when}, traders protesting the closure of the depot threw stones at police in Lendra, and officers fired tear gas.`,
          origin: 'text',
        },
        { published: '2026-03-14' },
      ).incidents.map((i) => i.subType);
    expect(story('On Saturday afternoon')).toEqual(['Mob violence', 'Violent demonstration']);
    // (the small hours of the next day, or a day with no time of its own, may be the same night's)
    expect(story('Early on Saturday morning')).toEqual(['Mob violence']);
    expect(story('On Saturday')).toEqual(['Mob violence']);
  });
  it('keeps another kind of violence, another body’s strike and an event told as another apart', () => {
    const holm = place('Holm', 'city');
    expect(
      two(
        { placeRef: holm },
        { placeRef: holm, subType: 'Air/drone strike', type: 'Explosions/Remote violence' },
      ),
    ).toBe(2);
    expect(
      two(
        {
          placeRef: holm,
          subType: 'Air/drone strike',
          type: 'Explosions/Remote violence',
          attacker: 'Vandor Liberation Front',
        },
        {
          placeRef: holm,
          subType: 'Air/drone strike',
          type: 'Explosions/Remote violence',
          attacker: 'Kessite Popular Guard',
        },
        undefined,
        ['Vandor Liberation Front', 'Kessite Popular Guard'],
      ),
    ).toBe(2);
    expect(
      two({ placeRef: holm }, { placeRef: holm }, [
        'Fighting in Holm.',
        'Separately, fighting broke out in Holm.',
      ]),
    ).toBe(2);
    expect(two({ placeRef: holm }, { placeRef: holm }, ['Fighting in Holm.', 'More fighting in Holm.'])).toBe(
      1,
    );
  });
});

describe('whole articles', () => {
  const current = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-02-10' }).incidents.filter(
      (i) => !i.background,
    );
  it('keeps a raid on a base told in one province apart from an ambush told next in another, a night apart', () => {
    const list = current(
      'Soldiers repelled an attack by jihadist fighters on a barracks in Gubio, northern Borno, in the early hours of Monday, the army said, adding that troops killed 11 of the attackers in the gunfight.\n\n' +
        'In Benue State, gunmen opened fire on a police checkpoint around 10 p.m. on Sunday, killing two officers, police said.',
    );
    expect(list).toHaveLength(2);
  });
  it('keeps two protests in two cities of one country apart', () => {
    const list = current(
      'Thousands of farmers marched through Lyon on Saturday against cuts to subsidies, and police used tear gas when some threw stones.\n\n' +
        'In Bordeaux, about 400 farmers held a peaceful rally outside the prefecture on Saturday.',
    );
    expect(list.filter((i) => /protest|demonstration/i.test(i.subType))).toHaveLength(2);
  });
});

describe('a record told again from another place name', () => {
  const current = (text: string) =>
    briefArticle({ text, origin: 'text' }, { published: '2026-02-10' }).incidents.filter(
      (i) => !i.background,
    );
  it('reads a town told "X, in western Y" as lying in the state Y even when a town of that name is on the map', () => {
    const { doc, ents, record } = world([
      'Gunmen ambushed a supply convoy near Calvera, in eastern Monteverde, on Tuesday, killing four guards.',
      "Tuesday's ambush was the worst attack on the army in Monteverde since March.",
    ]);
    const town = place('Calvera', 'city');
    const stateTown = place('Monteverde', 'city', { admin1: 'Monteverde' });
    const found = [
      record(0, { placeRef: town, date: '2026-02-03', killed: 4 }),
      record(1, { placeRef: stateTown, date: '2026-02-03' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-02-03'), told(doc, 1, '2026-02-03')] as never);
    expect(found).toHaveLength(1);
    expect(found[0].place).toBe('Calvera');
  });
  it('keeps a second town apart when nothing places the first one in it', () => {
    const { doc, ents, record } = world([
      'Gunmen ambushed a supply convoy near Calvera on Tuesday, killing four guards.',
      'Gunmen also stormed a checkpoint in Monteverde on Tuesday, killing two police officers.',
    ]);
    const found = [
      record(0, { placeRef: place('Calvera', 'city'), date: '2026-02-03', killed: 4 }),
      record(1, { placeRef: place('Monteverde', 'city', { admin1: 'Monteverde' }), date: '2026-02-03' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-02-03'), told(doc, 1, '2026-02-03')] as never);
    expect(found).toHaveLength(2);
  });
  it('does not place an event where help came from', () => {
    const list = current(
      'Gunmen ambushed a police patrol near Tlaxiaco on Thursday night, killing three officers, the state prosecutor said.\n\n' +
        'The attackers had blocked the road with a burning truck, a survivor told local radio.\n\n' +
        'Police shot back and a firefight followed for 40 minutes before backup units arrived from Oaxaca, officials said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Tlaxiaco');
  });
  it('does not place an event where the side that tells it has its spokesman', () => {
    const list = current(
      'Mortar shells fired across the frontier struck the town of Kupwara on Monday evening, killing two farmers and wounding six, police said.\n\n' +
        'Residents said the shelling lasted about two hours.\n\n' +
        'A defence spokesman in Jammu said the other side had opened "unprovoked fire" with mortars and heavy guns along the frontier.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Kupwara');
  });
  it('still tells an event in the town a spokesman names as hit, and one a force sent from a town fought elsewhere', () => {
    const hit = current(
      'Mortar shells struck the town of Kupwara on Monday evening, killing two farmers, police said.\n\n' +
        'Separately, an army spokesman said rockets hit a market in Jammu on Tuesday morning, wounding five shoppers.',
    );
    expect(hit.map((i) => i.place).sort()).toEqual(['Jammu', 'Kupwara']);
    const sent = current(
      'Gunmen ambushed a police patrol near Tlaxiaco on Thursday night, killing three officers.\n\n' +
        'On Saturday, soldiers who arrived from Tlaxiaco clashed with the gang in Oaxaca, the army said, killing five of its members.',
    );
    expect(sent.map((i) => i.place).sort()).toEqual(['Oaxaca', 'Tlaxiaco']);
  });
});

describe('the attribution of records joined into one event', () => {
  const joined = (first: string, second: string, secondDoer = 'unknown') => {
    const { doc, ents, record } = world([
      'A bomb hidden in a cart tore through the cattle market of Verrin on Monday, the governor said.',
      'The bombing at the market in Verrin on Monday was the work of its fighters, the group said later.',
    ]);
    const town = place('Verrin', 'city');
    const kind = { type: 'Explosions/Remote violence', subType: 'Remote explosive/landmine/IED' };
    const found = [
      record(0, {
        ...kind,
        placeRef: town,
        date: '2026-02-09',
        attacker: 'Ashen Brotherhood',
        attribution: first,
      }),
      record(1, { ...kind, placeRef: town, date: '2026-02-09', attacker: secondDoer, attribution: second }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-02-09'), told(doc, 1, '2026-02-09')] as never);
    return found;
  };
  it("takes a side's own claim over another's blame of that side, in either order", () => {
    const a = joined(
      'blamed on Ashen Brotherhood by the governor',
      'claimed by Ashen Brotherhood (its spokesman)',
    );
    expect(a).toHaveLength(1);
    expect(a[0].attribution).toBe('claimed by Ashen Brotherhood (its spokesman)');
    const b = joined('claimed by the Brotherhood', 'blamed on Ashen Brotherhood by police');
    expect(b[0].attribution).toBe('claimed by the Brotherhood');
  });
  it('keeps the blame when the claim is made by another side', () => {
    const a = joined('blamed on Ashen Brotherhood by the governor', 'claimed by Red Dawn Movement');
    expect(a[0].attribution).toBe('blamed on Ashen Brotherhood by the governor');
  });
});

describe('the lead event told again in detail at a place no map holds', () => {
  const settle = (second: string, o: Partial<Candidate> = {}) => {
    const { doc, ents, record } = world([
      'Herders of the Upland Guard and river militiamen fought for hours near Korrat Ford on Sunday, leaving six dead.',
      second,
    ]);
    const ford = place('Korrat Ford', 'city', { lat: null, lon: null });
    const hamlet = place('Sebbin', 'city', { lat: null, lon: null });
    const found = [
      record(0, { placeRef: ford, date: '2026-02-08', attacker: 'Upland Guard', killed: 6 }),
      record(1, { placeRef: hamlet, date: '2026-02-08', attacker: 'Upland Guard fighters', killed: 2, ...o }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-02-08'), told(doc, 1, '2026-02-08')] as never);
    return found;
  };
  it('joins the next paragraph that tells the fight of the same side on that day at a village', () => {
    const found = settle(
      'The river council said two of its men died when Upland Guard fighters stormed a checkpoint by the hamlet of Sebbin on Sunday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].place).toBe('Korrat Ford');
    expect(found[0].killed).toBe(6);
  });
  it('keeps it apart when it tells a further fight, another day, another side, or comes later in the story', () => {
    expect(
      settle(
        'Upland Guard fighters also stormed a checkpoint by the hamlet of Sebbin on Sunday, killing two.',
      ),
    ).toHaveLength(2);
    expect(
      settle('Upland Guard fighters stormed a checkpoint by the hamlet of Sebbin on Monday, killing two.', {
        date: '2026-02-09',
      }),
    ).toHaveLength(2);
    expect(
      settle('Gunmen stormed a checkpoint by the hamlet of Sebbin on Sunday, killing two.', {
        attacker: 'gunmen',
      }),
    ).toHaveLength(2);
    expect(
      settle('Upland Guard fighters stormed a checkpoint by the hamlet of Sebbin on Sunday, killing two.', {
        firstPara: 4,
        lastPara: 4,
      }),
    ).toHaveLength(2);
  });
});

describe('a fight and an act told within it', () => {
  const grenade = { subType: 'Grenade', type: 'Explosions/Remote violence' };
  const bomb = { subType: 'Remote explosive/landmine/IED', type: 'Explosions/Remote violence' };
  const attack = { subType: 'Attack', type: 'Violence against civilians' };
  const drone = { subType: 'Air/drone strike', type: 'Explosions/Remote violence' };
  const holm = place('Holm', 'city', { admin1: 'North' });
  const settle = (sentences: string[], a: Partial<Candidate>, b: Partial<Candidate>, days: string[] = []) => {
    const { doc, ents, record, addGroups } = world(sentences);
    addGroups(['Vandor Liberation Front', 'Kessite Popular Guard']);
    const found = [record(0, a), record(1, b)];
    settleEvents(found, doc, ents, days.map((d, k) => told(doc, k, d)) as never);
    return found;
  };
  it('codes a grenade thrown in the fight once, as the fight, with the toll the grenade told', () => {
    const found = settle(
      [
        'Smugglers and the frontier watch traded rifle fire across the Holm ford through Tuesday evening.',
        'One of the smugglers lobbed a grenade over the sandbags, wounding three watchmen.',
      ],
      { placeRef: holm, date: '2026-01-13', attacker: 'frontier watch' },
      { ...grenade, placeRef: holm, injured: 3 },
      ['2026-01-13'],
    );
    expect(found).toHaveLength(1);
    expect(found[0].subType).toBe('Armed clash');
    expect(found[0].injured).toBe(3);
  });
  it('codes a bomb that opened an ambush told first as the fight told after it, at the narrower place', () => {
    const spot = place('Holm ferry ramp', 'facility', { lat: null, lon: null });
    const found = settle(
      [
        'A buried charge ripped through the second lorry of a supply column at the Holm ferry ramp on Friday, killing two drivers.',
        'Raiders on the bluff then poured fire into the column, and the escort shot back until dusk.',
      ],
      { ...bomb, placeRef: spot, date: '2026-01-09', killed: 2, attacker: 'raiders' },
      { placeRef: holm, attacker: 'raiders' },
      ['2026-01-09'],
    );
    expect(found).toHaveLength(1);
    expect(found[0].subType).toBe('Armed clash');
    expect(found[0].type).toBe('Battles');
    expect(found[0].killed).toBe(2);
    expect(found[0].date).toBe('2026-01-09');
  });
  it('joins an attack told in one of the fight’s own sentences, however far the fight’s account ran', () => {
    const found = settle(
      [
        'Militiamen overran a police post in Holm and fought the garrison until dawn.',
        'A cook who hid in the pantry said the assailants shot two porters before the police answered.',
      ],
      { placeRef: holm, sents: [0, 1] },
      { ...attack, placeRef: holm, firstPara: 1, lastPara: 1, killed: 2 },
    );
    expect(found).toHaveLength(1);
    expect(found[0].subType).toBe('Armed clash');
  });
  it('joins an attack told far down the story by the fight’s doers named back, and no other', () => {
    const fight = 'Two rival gangs shot it out in the lanes of Holm on Saturday night, leaving three dead.';
    const count = (second: string) =>
      settle(
        [fight, second],
        { placeRef: holm, date: '2026-01-10', killed: 3 },
        {
          ...attack,
          placeRef: holm,
          firstPara: 5,
          lastPara: 5,
          trig: { re: /burst into/, type: attack.type, subType: attack.subType, strength: 0.7 },
        },
        ['2026-01-10'],
      ).length;
    expect(
      count('Neighbours said the gunmen, wearing hoods, burst into a barber shop by the Holm bus depot.'),
    ).toBe(1);
    // (doers not told before, or told as acting later)
    expect(
      count('Neighbours said gunmen wearing hoods burst into a barber shop by the Holm bus depot.'),
    ).toBe(2);
    expect(count('Hours later, the gunmen burst into a barber shop by the Holm bus depot.')).toBe(2);
  });
  it('keeps apart an act told later, elsewhere, as a further one, far off, by another side, or a strike from the air', () => {
    const brack = place('Brack', 'city', { admin1: 'South' });
    const fight = ['Herders and settlers fought with rifles in Holm on Monday.'];
    const count = (second: string, b: Partial<Candidate>, a: Partial<Candidate> = {}) =>
      settle([...fight, second], { placeRef: holm, date: '2026-01-12', ...a }, b, ['2026-01-12']).length;
    // hours later at the market
    expect(
      count('Hours later, a bomb hidden in a cart went off at the Holm market.', { ...bomb, placeRef: holm }),
    ).toBe(2);
    // in a town of another province
    expect(count('A grenade was hurled into a tea house in Brack.', { ...grenade, placeRef: brack })).toBe(2);
    // a further attack
    expect(
      count('Settlers also shot a shepherd on the road out of Holm.', { ...attack, placeRef: holm }),
    ).toBe(2);
    // far down the story
    expect(
      count('A grenade went off in Holm.', { ...grenade, placeRef: holm, firstPara: 5, lastPara: 5 }),
    ).toBe(2);
    // by a side the fight does not hold
    expect(
      count(
        'The Kessite Popular Guard threw a grenade at a bus in Holm.',
        { ...grenade, placeRef: holm, attacker: 'Kessite Popular Guard' },
        { attacker: 'Vandor Liberation Front', target: 'Tarn Rangers' },
      ),
    ).toBe(2);
    // a drone strike is coded on its own
    expect(count('A drone struck a barn in Holm.', { ...drone, placeRef: holm })).toBe(2);
    // the same act, told beside the fight with nothing that sets it apart, is the fight's
    expect(count('A grenade burst among the settlers in Holm.', { ...grenade, placeRef: holm })).toBe(1);
  });
});

describe('an event told again with a place that is not where it happened', () => {
  const SHELL = { subType: 'Shelling/artillery/missile attack', type: 'Explosions/Remote violence' };
  const east = place('Orrin', 'city', { admin1: 'East' });
  const west = place('Tolvey', 'city', { admin1: 'West' });
  const settle = (second: string, weak: boolean) => {
    const { doc, ents, record } = world([
      'A rocket slammed into the grain silos at Orrin on Tuesday, killing three workers.',
      second,
    ]);
    const found = [
      record(0, { ...SHELL, placeRef: east, date: '2026-02-10', killed: 3 }),
      record(1, { ...SHELL, placeRef: west, placeWeak: weak, date: '2026-02-10' }),
    ];
    settleEvents(found, doc, ents, [told(doc, 0, '2026-02-10'), told(doc, 1, '2026-02-10')] as never);
    return found;
  };
  it('joins a sentence that opens on the thing already told and names another town only outside its act', () => {
    const found = settle('The rocket came down as a lorry was loading, its cargo bound for Tolvey.', true);
    expect(found).toHaveLength(1);
    expect(found[0].place).toBe('Orrin');
    expect(found[0].killed).toBe(3);
  });
  it('keeps apart a sentence that does not open on it, or that names the other town as where it hit', () => {
    expect(settle('Drivers bound for Tolvey said a rocket came down.', true)).toHaveLength(2);
    expect(settle('The rockets then fell on Tolvey, wounding two.', false)).toHaveLength(2);
  });
  it('reads the same in a whole article', () => {
    const head =
      'Missile kills six at Chernihiv market\n\nA Russian missile struck a covered market in Chernihiv on Tuesday morning, killing six people, the regional governor said.\n\n';
    const places = (then: string) =>
      briefArticle({ text: head + then, origin: 'text' }, { published: '2026-02-10' })
        .incidents.filter((i) => !i.background)
        .map((i) => i.place);
    expect(
      places(
        'The missile hit as shoppers were boarding minibuses, most of them bound for Kyiv, officials said.',
      ),
    ).toEqual(['Chernihiv']);
    // (no sentence opening on the missile told, or a town told as hit: two events)
    expect(
      places(
        'Shoppers were boarding minibuses, most of them bound for Kyiv, when a missile hit, officials said.',
      ),
    ).toEqual(['Chernihiv', 'Kyiv']);
    expect(places('The missiles then hit Kyiv, wounding three, officials said.')).toEqual([
      'Chernihiv',
      'Kyiv',
    ]);
  });
});
