/** Incident slots: who did it, who is blamed or claims it, and the toll, on texts written for these tests. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { casualtiesIn } from '../../src/lib/extract/incidents/casualties.ts';

const current = (text: string, published = '2025-06-11') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('attribution of an interception tally', () => {
  it('reads a side that reports downing the other side’s drones as blaming them, not claiming the event', () => {
    const list = current(
      "Poland's air force said its units shot down 14 Belarusian drones over the Podlaskie region on Monday night.",
    );
    const downed = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(downed).toBeDefined();
    expect(downed?.attribution).toMatch(/^blamed on Belarusian forces by /);
  });
  it('reads a tally of drones downed with no launcher named as not ascribed, and the reporter as no attacker', () => {
    const list = current(
      "Romania's air force said its units shot down 31 drones and four missiles over the Tulcea region on Monday night.",
    );
    const downed = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(downed?.attribution).toMatch(/^not ascribed/);
    expect(downed?.attacker).not.toMatch(/Romania/);
  });
});

describe('attribution told with "stated" for "said"', () => {
  // (a spun copy writes "stated" and "states" for "said" and "says"; plain English uses them too)
  it('reads officials who "stated" what a force did as blaming it', () => {
    const list = current(
      'Shelling hits Kherson market\n\nRussian forces shelled a market in Kherson on Monday morning, killing two people and wounding five, regional officials stated.\n',
      '2026-09-04',
    );
    expect(list[0]?.attribution).toBe('blamed on Russian forces by regional officials');
  });
  it('reads a group that "states it struck" as claiming the strike', () => {
    const list = current(
      'Rebels hit base\n\nBOGOTA, Sept 4 - The ELN states it struck an army base in Tibu with drones late on Thursday, killing two soldiers.\n',
      '2026-09-04',
    );
    expect(list[0]?.attribution).toMatch(/^claimed by /);
  });
});

describe('a claim told as "have been behind" or "in the back of"', () => {
  // (a spun copy writes "have been in the back of" for "were behind")
  it('reads a group that says it has been behind an attack, or in the back of it, as claiming it', () => {
    for (const words of ['have been behind', 'have been in the back of', 'had been at the back of']) {
      const list = current(
        `Rebels hit base\n\nBOGOTA, Sept 4 - The ELN rebels said on Friday they ${words} a drone attack on an army base in Tibu late on Thursday that killed two soldiers.\n`,
        '2026-09-04',
      );
      expect(list[0]?.attribution).toMatch(/^claimed by /);
    }
  });
});

describe('blame told as "held accountable" or "pinned on"', () => {
  // (a spun copy writes these for "held responsible" and "blamed … on"; plain English uses them too)
  it('reads a group held accountable for an attack, or an attack pinned on it, as blamed on it', () => {
    for (const words of [
      'The governor held Boko Haram accountable for the bombing.',
      'The army pinned the attack on Boko Haram.',
    ]) {
      const list = current(
        `Market bombing\n\nA bomb exploded at a market in Bama on Monday, killing six people. ${words}\n`,
        '2026-09-04',
      );
      expect(list[0]?.attribution).toMatch(/^blamed on Boko Haram by /);
    }
  });
});

describe('casualties told as one victim and a counted group', () => {
  it('adds the one victim to the group killed with them', () => {
    const list = current(
      'Gunmen attacked a bus station in Maiduguri on Monday. A 12-year-old girl and two women were killed, and nine people were injured, police said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ killed: 3, injured: 9 });
  });
});

describe('casualties in the words of a force', () => {
  it('counts armed men a force says it "neutralised" as killed, but not weapons it neutralised', () => {
    const struck = current(
      'The army said its jets struck a rebel camp near the village of Kabo on Sunday and that "some 30 insurgents were neutralised".',
    );
    expect(struck[0]).toMatchObject({ subType: 'Air/drone strike', killed: 30 });
    const downed = current(
      'Air defences neutralised 12 drones over the Belgorod region on Sunday night, the Russian defence ministry said.',
    );
    expect(downed[0]?.killed ?? null).toBeNull();
  });
});

describe('the doer a source names', () => {
  it('makes the army a rebel group says bombed a market the doer, blamed by the group, not the group itself', () => {
    const list = current(
      'Fighters of the Ogaden National Liberation Front shelled the town of Degehabur on Saturday, killing four people, officials of the Ethiopian military said.\n\n' +
        'The following day, the Ogaden National Liberation Front said army jets had bombed a livestock market in Kebri Dahar, killing six people.',
    );
    const bombed = list.find((i) => i.place === 'Kebri Dahar');
    expect(bombed).toBeDefined();
    expect(bombed?.attacker).toMatch(/Ethiopian|army/i);
    expect(bombed?.attribution).toMatch(/^blamed on .* by Ogaden National Liberation Front/);
  });
});

describe('the wounded a hospital received', () => {
  it('counts "received 31 wounded people" as injured, not killed', () => {
    const list = current(
      'Gunmen attacked a cattle market in the town of Gwoza on Sunday, killing nine traders, police said. The general hospital in Gwoza said it had received 31 wounded people, many of them with gunshot wounds.',
    );
    expect(list[0]).toMatchObject({ killed: 9, injured: 31 });
  });
});

describe('the doer named after "fired by"', () => {
  it('stops the doer at the verb and reads a later spokesman of the group as its claim', () => {
    const list = current(
      "A missile fired by Yemen's Houthi rebels slammed into a tanker in the Red Sea on Tuesday, starting a fire on deck.\n\n" +
        "The Houthis' military spokesman, Yahya Saree, said in a televised address that the rebels had targeted the vessel because of its links to Israel.",
    );
    expect(list).toHaveLength(1);
    expect(list[0].attacker).toBe("Yemen's Houthi rebels");
    expect(list[0].attribution).toMatch(/^claimed by Houthis/);
  });
});

describe('a side telling of an attack on itself', () => {
  it('is no doer and no self-report: a minister’s blame stands', () => {
    const list = current(
      'At least five rockets struck a military base outside the town of Tarhuna on Tuesday, wounding nine soldiers, Libyan military officials said.\n\n' +
        'No group claimed responsibility for the attack. But Khaled Mazen, the deputy defence minister, blamed the Kaniyat Brigade, a militia that controlled parts of Tarhuna until last year.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].attacker).toBe('Kaniyat Brigade');
    expect(list[0].attribution).toMatch(/^blamed on Kaniyat Brigade by /);
  });
});

describe('casualties told with a possessive or as no one hurt', () => {
  it('counts the wounded named by whose they are ("wounding his two grandsons")', () => {
    const list = current(
      'Artillery shells hit the village of Zarghun in Khost province on Tuesday, killing a 60-year-old farmer and wounding his two grandsons, a district official said.',
    );
    expect(list[0]).toMatchObject({ killed: 1, injured: 2 });
  });
  it('reads "no one had been hurt" and "injuring no one" as none killed and none hurt', () => {
    const hurt = current(
      'Drones hit a fuel depot in the town of Rasskazovo overnight and started a fire, the regional governor said on Telegram, adding that no one had been hurt.',
    );
    expect(hurt[0]).toMatchObject({ killed: 0, injured: 0 });
    const none = current(
      'A rocket hit a parking lot in Kharkiv on Monday night, damaging cars but injuring no one.',
    );
    expect(none[0]).toMatchObject({ killed: 0, injured: 0 });
  });
  it('reads "no one has been killed" as none killed, and says nothing of the wounded', () => {
    const list = current(
      'Gunmen abducted 17 people from the village of Dogon Daji on Sunday night. No one has been killed, police said.',
    );
    expect(list[0]?.killed).toBe(0);
    expect(list[0]?.injured ?? null).toBeNull();
  });
});

describe('the doer told in other writers’ phrasing', () => {
  it('reads "Gunmen killed …" as the gunmen’s act, and "said it was behind the attack" as a claim', () => {
    const list = current(
      'Gunmen killed nine traders on the road outside the town of Kurmuk on Sunday.\n\n' +
        "On Monday, the Sudan People's Liberation Movement-North said it was behind the attack.",
    );
    expect(list).toHaveLength(1);
    expect(list[0].attacker).toBe("Sudan People's Liberation Movement-North");
    expect(list[0].attribution).toMatch(/^claimed by Sudan People's Liberation Movement-North/);
    const plain = current('Gunmen killed nine traders on the road outside the town of Kurmuk on Sunday.');
    expect(plain[0].attacker).toBe('gunmen');
  });
  it('keeps a blame named with its kind noun when the group then denies it', () => {
    const list = current(
      'Gunmen killed 12 villagers in Dogo in central Mali on Sunday, local officials said. Officials blamed the Dan Na Ambassagou militia.\n\n' +
        'The Dan Na Ambassagou militia denied any involvement in the killings.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].attacker).toMatch(/^Dan Na Ambassagou/);
    expect(list[0].attribution).toMatch(/^blamed on Dan Na Ambassagou/);
  });
  it('does not read who uses a target ("sites used by X") as who struck it', () => {
    const list = current(
      'American fighter jets struck two depots in eastern Syria used by Iran-backed militias on Wednesday, the Pentagon said.',
    );
    expect(list[0].attacker).not.toMatch(/militias/);
  });
  it('carries a group the headline names to the body that tells only of gunmen', () => {
    const list = current(
      'Mali: Katiba Macina fighters kill 14 herders in raid near Mopti\n\n' +
        'Dozens of gunmen on motorcycles killed at least 14 herders in an attack on a camp near the town of Sofara in central Mali, local officials said on Tuesday.\n\n' +
        'The assailants arrived at around dusk on Monday and opened fire on the men.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].attacker).toBe('Katiba Macina');
    expect(list[0].attribution).toMatch(/^blamed on Katiba Macina/);
  });
});

describe('tolls in other writers’ words', () => {
  it('reads "claimed the lives of", "sustained injuries" and "suffered burns"', () => {
    const lives = current(
      'A car bomb at a checkpoint in Afgooye on Sunday claimed the lives of nine people, police said.',
    );
    expect(lives[0]?.killed).toBe(9);
    const sustained = current(
      'A car bomb exploded at a checkpoint in Afgooye on Sunday. Nine people sustained injuries, police said.',
    );
    expect(sustained[0]?.injured).toBe(9);
    const burns = current(
      'Drones struck a refinery in Ryazan overnight. A worker suffered burns, the governor said.',
    );
    expect(burns[0]?.injured).toBe(1);
  });
  it('does not count the wounded as dead when the noun of the first figure carries over ("nine dead and 14 injured")', () => {
    const list = current(
      'A car bomb exploded at a checkpoint in Afgooye on Sunday, leaving at least nine dead and 14 injured.',
    );
    expect(list[0]).toMatchObject({ killed: 9, injured: 14 });
  });
});

describe('tolls: ages, parts of a group, "martyred" and counts the number finder misses', () => {
  it('does not read an age in apposition as a toll', () => {
    const list = current(
      'Gunmen opened fire on a bus near Tando Adam on Sunday, killing two passengers, police said. "They shot at the cab," said Imran Soomro, 31, a mechanic who was wounded in the arm.',
    );
    expect(list[0]).toMatchObject({ killed: 2 });
    expect(list[0].injured).not.toBe(31);
  });
  it('reads "were martyred" as killed and keeps the others injured apart', () => {
    const list = current(
      'Three guards were martyred and six others injured when militants stormed a checkpost in Lakki Marwat on Friday night, officials said.',
    );
    expect(list[0]).toMatchObject({ killed: 3, injured: 6 });
  });
  it('counts a group the number finder did not take as a count ("Three U.S. service members were treated for …")', () => {
    const text = 'Three U.S. contractors were treated for burns at the base clinic.';
    expect(casualtiesIn(text, [], 0, text.length, text)).toMatchObject({ killed: null, injured: 3 });
    const dead = 'Two U.N. engineers were killed when the convoy was ambushed.';
    expect(casualtiesIn(dead, [], 0, dead.length, dead)).toMatchObject({ killed: 2 });
  });
});

describe('attribution: who claims and whose forces a ministry speaks for', () => {
  it('takes the name a group goes by, not the patron named in its aside', () => {
    const list = current(
      'Gunmen opened fire on a wedding party in Pulwama on Saturday, killing four guests. A little-known group calling itself the Valley Hawks, which police describe as a cover for the Lashkar-e-Taiba, claimed responsibility in a post on social media.',
    );
    expect(list[0].attribution).toMatch(/^claimed by Valley Hawks/);
  });
  it('takes the name nearest the claim, not a label before it', () => {
    const list = current(
      'A car bomb exploded outside a hotel in Baidoa on Tuesday, killing seven people, police said. The Islamist militant group al-Shabaab claimed responsibility.',
    );
    expect(list[0].attribution).toBe('claimed by al-Shabaab');
    expect(list[0].attacker).toBe('al-Shabaab');
  });
  it('reads a state’s army telling of its own country’s strike as its own report, not blame', () => {
    const list = current(
      'An Israeli drone struck a motorbike near the Lebanese town of Bint Jbeil on Wednesday, killing its rider, the Israel Defense Forces said.',
    );
    expect(list[0].attribution).toMatch(/^claimed by Israel Defense Forces/);
  });
  it('reads the state’s men named by their noun, told by the state in a statement, as its own report', () => {
    const [own] = current(
      'Troops killed eight militants in an operation in the Spinwam area of North Waziristan on Monday morning, the army said in a separate statement, adding that weapons were recovered.',
    );
    expect(own.attribution).toMatch(/^carried out by troops \(told by /);
    // (witnesses are no source of attribution)
    const [told] = current(
      'Troops killed eight militants in an operation in the Spinwam area of North Waziristan on Monday morning, residents said.',
    );
    expect(told.attribution).toBe('not ascribed');
  });
});

describe('doer of an event told in a phrase of time', () => {
  it('does not make the subject of the main clause the doer of the event after "after"', () => {
    const list = current(
      'Kenya asked for the withdrawal of Ugandan troops from the border on Friday, a day after a mortar attack on a market in Lokichoggio killed three traders.',
    );
    const att = list.find((i) => /Shelling/.test(i.subType));
    expect(att).toBeDefined();
    expect(att?.attacker).not.toMatch(/Ugandan/);
  });
});

describe('victims and targets are not the doer', () => {
  it('does not take the unit the victims belong to, named with its acronym, as the doer', () => {
    const list = current(
      'Three troopers of the Border Security Force (BSF) were killed and two injured when a landmine blew up under their jeep near Kanker on Monday.',
    );
    expect(list[0]).toMatchObject({ killed: 3, injured: 2 });
    expect(list[0].attacker).not.toMatch(/Border|troopers|BSF/);
  });
  it('does not take what a violent verb struck as the doer of a later weapon', () => {
    const list = current(
      'Around 20 insurgents attacked the Wana police headquarters on Friday night, firing mortars and grenades before they were driven off, officials said.',
    );
    expect(list[0].attacker).not.toMatch(/police/i);
  });
});

describe('tolls of other events and of groups with one more', () => {
  it('counts a group killed with one more ("four soldiers and a civilian")', () => {
    const list = current(
      'A roadside bomb exploded near a checkpoint outside Jowhar on Thursday, killing three policemen and a shopkeeper, a police officer said.',
    );
    expect(list[0].killed).toBe(4);
  });
  it('does not take a year’s total of many attacks told in the account as the toll', () => {
    const list = current(
      'A roadside bomb hit an army truck near Turbat on Tuesday, wounding five soldiers, the military said. According to a research institute, more than 250 soldiers were killed in militant attacks in 2025, the deadliest year in a decade.',
    );
    expect(list[0].killed).not.toBe(250);
    expect(list[0].injured).toBe(5);
  });
});

describe('claims in other words', () => {
  it('does not read "could not independently verify the claims" as no claim', () => {
    const list = current(
      'Fighters of the Kachin Independence Army overran an army base near Bhamo on Friday, a spokesman for the group said. Reporters could not independently verify the claims.',
    );
    const taken = list.find((i) => /territory/i.test(i.subType));
    expect(taken?.attribution ?? '').not.toMatch(/verify/);
  });
  it('takes a group named before its kind noun as the one that says it did it', () => {
    const list = current(
      'A bomb exploded at a bus stop in Beledweyne on Monday, killing six people, police said. The al Qaeda-linked al Hijra group said in a statement on its radio station that its fighters had killed "enemy soldiers."',
    );
    expect(list[0].attribution).toBe('claimed by al Hijra');
    expect(list[0].attacker).toBe('al Hijra');
  });
});

describe('the side that answers an attack', () => {
  it('takes the unnamed doer of a passive verb, not the troops who rescued the victims', () => {
    const list = current(
      'Malian troops have freed 12 traders who were abducted by gunmen near Nioro on Monday, the army said.',
    );
    const taken = list.find((i) => /Abduction/.test(i.subType));
    expect(taken).toBeDefined();
    expect(taken?.attacker).not.toMatch(/Malian/);
  });
});

describe('the day of a night told as the span of two days', () => {
  const night = (time: string) =>
    current(
      'Gunmen raided the hamlet of Tanvelo in northern Ghana in the night from Thursday to Friday, killing six farmers, a district officer said.\n\n' +
        `The attackers came on foot ${time} and burned the grain stores before they left, residents said.`,
      '2025-06-11',
    );
  it('dates the event by the second day when a time after midnight is told for it', () => {
    expect(night('shortly after 2 a.m.')[0]?.date?.slice(0, 10)).toBe('2025-06-06');
  });
  it('keeps the first day when the time is in the evening, or no time is told (controls)', () => {
    expect(night('at about 11 p.m.')[0]?.date?.slice(0, 10)).toBe('2025-06-05');
    expect(night('from the river')[0]?.date?.slice(0, 10)).toBe('2025-06-05');
  });
});

describe('a day told outright beside one counted from another event', () => {
  it('takes the day told outright', () => {
    const ied = current(
      'Gunmen ambushed an army convoy near Ansongo late on Monday, killing two soldiers, the army said.\n\n' +
        'Hours later, on Tuesday morning, a bomb hidden on a track outside Ansongo went off under a lorry, injuring its driver.',
      '2026-05-14',
    ).find((i) => i.subType === 'Remote explosive/landmine/IED');
    expect(ied?.date?.slice(0, 10)).toBe('2026-05-12');
  });
});

describe('a night told with no day of its own', () => {
  it('is the night before the report: dated by the day the report came out', () => {
    const downed = current(
      'Air defences shot down 37 of 45 attack drones over the Mykolaiv and Kirovohrad regions overnight, the air force said.',
      '2026-02-19',
    );
    expect(downed[0]?.date?.slice(0, 10)).toBe('2026-02-19');
  });
  it('keeps the day a night is told with, and gives none to a record told with no night (controls)', () => {
    expect(
      current(
        'Air defences shot down 37 of 45 attack drones over the Mykolaiv region overnight into Tuesday, the air force said.',
        '2026-02-19',
      )[0]?.date?.slice(0, 10),
    ).toBe('2026-02-17');
    expect(
      current(
        'Air defences shot down 37 of 45 attack drones over the Mykolaiv region, the air force said.',
        '2026-02-19',
      )[0]?.date,
    ).toBeNull();
  });
});

describe('a story of one day', () => {
  const nakuru =
    'Police fired tear gas at striking nurses in Nakuru on Tuesday as a strike over unpaid wages entered its third week.\n\n';
  const mombasa =
    'In Mombasa, several hundred nurses marched to the county offices and handed over a petition, the local radio said.';
  const march = (text: string) => current(text, '2026-07-08').find((i) => i.place === 'Mombasa');
  it('dates an event told with no day by the one day of the story', () => {
    expect(march(nakuru + mombasa)?.date?.slice(0, 10)).toBe('2026-07-07');
  });
  it('leaves it undated when the story tells two days (control)', () => {
    expect(
      march(`${nakuru}Gunmen killed two herders near Eldoret on Sunday, police said.\n\n${mombasa}`)?.date,
    ).toBeNull();
  });
});

describe('a night told by its two dates', () => {
  it('dates the event by the second date when a time after midnight is told for it', () => {
    const list = current(
      'Drones struck a fuel depot at the Morozovsk air base on the night of 13 to 14 January, the army said.\n\n' +
        'The attack began at about 3 a.m., a local official said, and started a large fire.',
      '2026-01-16',
    );
    expect(list[0]?.date?.slice(0, 10)).toBe('2026-01-14');
  });
});

describe('people killed when armed men came', () => {
  it('is an attack on them, with its toll and not the ages of the dead', () => {
    const [a] = current(
      'Three herders, aged 19, 22 and 64, were killed when a band of armed men rode into the camp at Doma on Monday night and set fire to the tents, police said.',
    );
    expect([a?.subType, a?.killed]).toEqual(['Attack', 3]);
  });
  it("is a state's men fighting when the dead were soldiers, and no event when no one armed came (controls)", () => {
    expect(
      current(
        'Three soldiers were killed when militants entered the camp at Doma on Monday night, the army said.',
      ).map((i) => i.subType),
    ).not.toContain('Attack');
    expect(
      current('Two men were killed when their car hit a tree near Doma on Monday, police said.'),
    ).toEqual([]);
  });
});

describe('the outlet a source spoke to', () => {
  it('is never the doer: neither the agency told nor the wire credited in a second dateline', () => {
    const [told] = current(
      "Drones set fire to the oil depot at Yeysk before dawn on Tuesday. An official of Ukraine's HUR intelligence agency told AFP that the agency's drones had struck the depot.",
    );
    expect(told?.attacker).not.toBe('Agence France-Presse');
    const items = current(
      'Troops repelled an attack near Dusa on Tuesday, the army said.\n\nBAIDOA, June 10 (AFP) - Several mortar shells landed near the airport in Baidoa late on Tuesday, police said.',
    );
    expect(items.map((i) => i.attacker)).not.toContain('Agence France-Presse');
  });
});

describe('a day told before the doer', () => {
  it('reads the doer without the day that opens the sentence', () => {
    const [c] = current(
      'On Tuesday gunmen shot dead two traders on the market road at Pelk, the district chief said.',
    );
    expect(c.attacker).toBe('gunmen');
    const [d] = current(
      'Late on Friday night soldiers shot dead three farmers at a well outside Pelk, a spokesman said.',
    );
    expect(d.attacker).not.toMatch(/Friday/);
  });
});

describe('a doer told by what they are, as the subject of the act', () => {
  it('reads raiders, bandits, settlers and armed or masked men who did the act as its doer', () => {
    const raiders = current('Armed raiders drove off 300 goats from Kavuri on Monday, killing two herders.');
    expect(raiders[0]?.attacker).toMatch(/raiders/i);
    const settlers = current(
      'Israeli settlers set fire to a mosque in the village of Qusra on Friday night, residents said.',
    );
    expect(settlers[0]?.attacker).toMatch(/settlers/i);
    const men = current(
      'Masked men burst into a wedding hall in Tolmin on Sunday and fired at guests, killing three, police said.',
    );
    expect(men[0]?.attacker).toMatch(/masked men/i);
    const bandits = current(
      'Bandits stormed the hamlet of Gora on Sunday and abducted 12 farmers, police said.',
    );
    expect(bandits[0]?.attacker).toMatch(/bandits/i);
  });
  it('reads armed men killed as victims, not doers', () => {
    const victims = current(
      'Three armed men were killed when a bomb exploded at a checkpoint in Tolmin on Sunday, police said.',
    );
    expect(victims[0]?.attacker ?? 'unknown').not.toMatch(/men/i);
  });
});

describe('a side that says it held off an assault', () => {
  const held =
    'The Kessik Liberation Front said on Thursday that its units had fought off an assault by Tanzanian troops on the ridge above Marugo on Wednesday, killing nine of the attackers. A commander of the front accused the Tanzanian government of lying about its losses.';
  it('reads its word as its claim of the fight, over an accusation told after it, and does not make it the assailant', () => {
    const clash = current(held).find((i) => i.subType === 'Armed clash');
    expect(clash?.attribution).toBe('claimed by Kessik Liberation Front');
    expect(clash?.attacker).not.toMatch(/Kessik/);
  });
  it('still makes a side that says its units attacked the doer of the attack it claims', () => {
    const clash = current(held.replace('fought off an assault by', 'attacked')).find(
      (i) => i.subType === 'Armed clash',
    );
    expect(clash?.attribution).toBe('claimed by Kessik Liberation Front');
    expect(clash?.attacker).toBe('Kessik Liberation Front');
  });
  it('keeps blame told after an act no side says it did', () => {
    const clash = current(
      'Fighting broke out between Tanzanian troops and rebels on the ridge above Marugo on Wednesday, killing nine people, residents said. A commander of the Kessik Liberation Front accused the Tanzanian army of starting it.',
    ).find((i) => i.subType === 'Armed clash');
    expect(clash?.attribution).toMatch(/^blamed on Tanzanian/);
  });
});

describe('a toll told in the paragraph after the account', () => {
  const shelled =
    'Artillery shells fell on a covered market in Kebri Dahar on Sunday afternoon, the regional governor said.';
  const toll = (later: string) => current(`${shelled}\n\n${later}`).find((i) => i.date === '2025-06-08');
  it('takes the dead and the hurt told there in words that do not point back', () => {
    expect(
      toll(
        'By evening, six stallholders were dead and 13 shoppers were hurt, according to staff at the district clinic.',
      ),
    ).toMatchObject({ killed: 6, injured: 13 });
  });
  it('leaves out a toll of another year, of another place or a running tally of the war (controls)', () => {
    for (const later of [
      'Six traders were dead and 13 were hurt on the same street in 2023.',
      'Six traders were dead and 13 hurt there last winter, residents recalled.',
      'By evening, six stallholders were dead and 13 shoppers were hurt at a market in Mogadishu, according to the clinic.',
      'More than 900 civilians are dead across the region since the war began.',
    ])
      expect(toll(later), later).toMatchObject({ killed: null, injured: null });
  });
});

describe('casualties told with verbs of shooting and of the hospital', () => {
  const toll = (text: string) => current(text).find((i) => i.place === 'Kebri Dahar');
  it('reads "gunning down", a hospital the hurt were taken to and a toll "put at" a figure', () => {
    expect(
      toll(
        'Gunmen raided a roadside inn in Kebri Dahar on Friday night, gunning down 4 travellers, police said.',
      ),
    ).toMatchObject({ killed: 4 });
    expect(
      toll(
        'A drone hit a fuel depot in Kebri Dahar on Friday. Four porters were rushed to a field hospital with burns.',
      ),
    ).toMatchObject({ injured: 4 });
    expect(
      toll(
        'Gunmen attacked a bus depot in Kebri Dahar on Friday; the regional police put the death toll at 12.',
      ),
    ).toMatchObject({ killed: 12 });
  });
  it('does not count people taken to a hospital to visit others as hurt (control)', () => {
    expect(
      toll(
        'A drone hit a fuel depot in Kebri Dahar on Friday. Four officials were taken to the district hospital to visit the staff.',
      ),
    ).toMatchObject({ injured: null });
  });
});

describe('blame told with the one blamed as the object', () => {
  const record = (text: string) => current(text)[0];
  it('reads a bare named object with its bracketed short form and a clause after it', () => {
    const r = record(
      'A drone struck the livestock market in El Obeid on Sunday, killing 14 people. The North Kordofan government blamed the Rapid Support Forces (RSF), which have besieged the city for months.',
    );
    expect(r?.attribution).toMatch(/^blamed on Rapid Support Forces/);
  });
  it('reads "pointed the finger at" and a side named by its noun ("the security forces")', () => {
    expect(
      record(
        'Mortar rounds hit the airport in Baidoa on Monday night, wounding three people. The regional security minister pointed the finger at al-Shabaab.',
      )?.attribution,
    ).toMatch(/^blamed on al-Shabaab/);
    expect(
      record(
        'A drone strike hit a house in Hasu Khel on Tuesday, killing four children. Tribal elders blamed the security forces, saying the drone had circled the village for an hour.',
      )?.attribution,
    ).toMatch(/^blamed on the security forces/);
  });
  it('does not read blame on a phrase that names no one as a verdict (control)', () => {
    expect(
      record(
        'Gunmen attacked a police post in Kapedo on Monday, killing two officers. Local leaders blamed bandits from the hills.',
      )?.attribution,
    ).not.toMatch(/^blamed/);
  });
});

describe('a claim outranks blame', () => {
  it('reads the doer’s own statement told after another side’s blame as its claim', () => {
    const list = current(
      'An Israeli drone strike on a car in Kfar Roummane killed two men on Tuesday, the Lebanese Health Ministry said.\n\n' +
        'The Israeli military said its aircraft had "eliminated a Hezbollah terrorist" who was rebuilding rocket launchers in the area.',
    );
    expect(list[0]?.attribution).toMatch(/^claimed by Israel/);
  });
  it('reads a claim of responsibility later in the account over the blame told before it', () => {
    const list = current(
      'A roadside bomb hit a police vehicle near Elwak on Tuesday, killing three officers. The county commissioner blamed al-Shabaab. Al-Shabaab claimed responsibility for the attack on its Radio Andalus.',
    );
    expect(list[0]?.attribution).toMatch(/^claimed by/);
  });
  it('keeps the blame when the doer’s statement says it leaves this act out (control)', () => {
    const list = current(
      'Russian artillery shelled Nikopol on Monday, killing two people, the regional governor said.\n\n' +
        'Russia’s defence ministry made no mention of Nikopol but said its forces had struck military targets in the region.',
    );
    expect(list[0]?.attribution).toMatch(/^blamed on Russian/);
  });
});

describe('the state’s own forces told by the state', () => {
  it('reads the doer a trigger starts with, with the words that say whose force it is', () => {
    const list = current(
      'On Monday morning, security forces killed eight militants in an intelligence-based operation in the Spinwam area of North Waziristan, ISPR said in a statement.',
    );
    expect(list[0]?.attacker).toBe('security forces');
    expect(list[0]?.attribution).toMatch(/^carried out by security forces/);
  });
  it('reads a force "posted" on a ridge as the doer, not as one who posts a statement', () => {
    const list = current(
      'Early on Tuesday, CRPF personnel posted on a ridge above Zairawn exchanged fire with unidentified gunmen for nearly 40 minutes.',
    );
    expect(list[0]?.attacker).toBe('CRPF personnel');
  });
  it('reads a bare "the army" telling what its country’s troops did as its own report, and another country’s as blame', () => {
    const own = current('Nigerian troops killed 20 bandits in Zamfara on Sunday, the army said.');
    expect(own[0]?.attribution).toMatch(/^claimed by/);
    const other = current(
      'Armenian forces fired on Azerbaijani positions near Tovuz on Sunday, wounding a soldier, the army said.',
    );
    expect(other[0]?.attribution).toMatch(/^blamed on Armenian forces/);
  });
  it('reads a group that posted that it did the act as claiming it', () => {
    const list = current(
      'The Houthis posted on Telegram that they had attacked a ship in the Red Sea on Monday.',
    );
    expect(list[0]?.attribution).toMatch(/^claimed by Houthis/);
  });
});

describe('an interception report with the launcher named', () => {
  it('reads weapons "launched by" a country, or a group’s weapons, as blamed on it by the reporter', () => {
    const launched = current(
      "Ukraine's air force said it had shot down 41 of 58 drones launched by Russia over the Odesa region on Monday night.",
    );
    expect(launched[0]?.attribution).toMatch(/^blamed on Russian forces by /);
    expect(launched[0]?.attacker).not.toMatch(/Ukrain/);
    const group = current(
      'U.S. Central Command said on Thursday that one of its destroyers had shot down three Houthi drones over the Red Sea.',
    );
    expect(group[0]?.attribution).toMatch(/^blamed on Houthis? by /);
  });
});

describe('a claim of an act by its own name', () => {
  it('reads a group that "claimed the incursion" or "claimed the blast" as claiming it', () => {
    const raid = current(
      'Gunmen stormed the village of Chai in Macomia district on Saturday, killing six people. The Islamic State group claimed the incursion on Sunday through its Amaq news agency.',
    );
    expect(raid[0]?.attribution).toMatch(/^claimed by Islamic State/);
    const blast = current(
      'A bomb exploded at a bus stop in Turbat on Monday, killing four people. The Baloch Liberation Front claimed the blast in a message to journalists.',
    );
    expect(blast[0]?.attribution).toMatch(/^claimed by .*Liberation Front/);
  });
});

describe('a bomb made safe', () => {
  it('reads the force named after "by" as the actor of a bomb made safe in the passive, not the teller', () => {
    const [made] = current(
      'A viable pipe bomb was found near an army barracks in Newry on Monday. It was later made safe by army technical officers, police said.',
    ).filter((i) => i.subType === 'Disrupted weapons use');
    expect(made?.attacker).toMatch(/army/i);
    expect(made?.attacker).not.toMatch(/police/i);
  });
  it('reads the force that defused it as the actor, its own open act, whatever is said of the planters', () => {
    const list = current(
      'The Explosive Ordnance Disposal team of the 6th Infantry Division safely defused an improvised explosive device planted under a culvert along the national highway in Datu Hoffer Ampatuan on Sunday. No group has claimed the device.',
    );
    const made = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(made?.attacker).toMatch(/6th Infantry Division/);
    expect(made?.attribution).toMatch(/^carried out by /);
  });
  it('keeps the blame for the bomb on its planters, and the defuser as the actor (control)', () => {
    const list = current(
      'Army technical officers defused a pipe bomb left outside the home of a councillor in Derry on Tuesday night. The Police Service of Northern Ireland blamed the New IRA for the device.',
    );
    const made = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(made?.attribution).toMatch(/^blamed on (?:the )?New IRA/);
    expect(made?.attacker).not.toMatch(/IRA/);
  });
  it('reads a spokesman who tells of the defusal as its teller, not the one who claims it', () => {
    const list = current(
      'Nigerian police on Monday defused a bomb planted near a busy market in Maiduguri, police spokesman Daso Nahum said.\n\n"Our sappers defused it before it could harm anyone," Nahum told reporters.',
    );
    const made = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(made?.attacker).toBe('Nigerian police');
    expect(made?.attribution).toMatch(
      /^carried out by Nigerian police \(a bomb made safe, told by Daso Nahum\)/,
    );
  });
});

describe('arrests made in a raid', () => {
  it('reads the raiders’ arrests as their own open act, and bare "officers" of the police as police officers', () => {
    const list = current(
      'Police in Kaduna State seized weapons from a hideout in Kajuru on Tuesday. The police spokesman, Mansir Hassan, said officers acting on intelligence raided the building and arrested three suspects.',
    );
    const held = list.find((i) => i.subType === 'Arrests');
    expect(held?.attribution).toMatch(/^carried out by /);
    expect(held?.attacker).toBe('police officers');
  });
});

describe('no claim by a group named by another noun', () => {
  it('reads "No faction claimed the attack" and "No militant group has claimed it" as not ascribed', () => {
    for (const none of ['No faction claimed the attack.', 'No militant group has claimed the attack.']) {
      const list = current(
        `A bomb exploded at a bus stop in Quetta on Monday, killing four people and wounding 11, police said. ${none}`,
      );
      expect(list[0]?.attribution).toMatch(/^not ascribed/);
    }
  });
});

describe('arrests and the act they are made for', () => {
  it('keeps a force that says it arrested men as the actor of its arrests', () => {
    const list = current(
      "Pakistan's Counter Terrorism Department said on Thursday it had arrested four suspected militants in Quetta and recovered explosives from their hideout.",
    );
    const held = list.find((i) => i.subType === 'Arrests');
    expect(held?.attacker).toMatch(/Counter Terrorism Department/);
  });
  it('does not make the arresting police the doer or the claimant of the act the men are held for', () => {
    const blast = current(
      'Police in Kano said on Wednesday they had arrested four suspects over a bomb blast at the Sabon Gari market that killed two traders on Monday.',
    ).find((i) => i.subType === 'Remote explosive/landmine/IED');
    expect(blast?.attribution ?? '').not.toMatch(/police/i);
    const killing = current(
      'Kenyan police said on Monday they had arrested three men over the killing of a trader in Kisumu last week.',
    ).find((i) => i.subType !== 'Arrests');
    expect(killing?.attacker ?? 'unknown').not.toMatch(/police/i);
    expect(killing?.attribution ?? '').not.toMatch(/^claimed/);
  });
});

describe('a bomb made safe, told by an official', () => {
  it('reads the team’s act told by a ministry spokesman as its own open act, not as blame', () => {
    const list = current(
      'An engineering team from the General Security service found a second car loaded with explosives parked near a school in the al-Zahra district of Homs on Monday and dismantled the device shortly before midnight, interior ministry spokesman Hassan al-Rifai said.',
    );
    const made = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(made?.attribution).toMatch(/^(?:claimed|carried out)/);
  });
});
