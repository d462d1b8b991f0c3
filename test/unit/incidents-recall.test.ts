/** Incidents as war reporters tell them: one short hand-written text per mechanism (triggers, slots, attribution). */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-03-15') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('attribution read from the source of a barrage', () => {
  it('blames the launcher on the speaker set off by commas mid-sentence', () => {
    const list = incidents(
      'Russia attacked Ukraine with 40 drones overnight, the Ukrainian air force said on Saturday, and drones that got through hit a school in the city of Sumy, wounding three people.',
    );
    const hit = list.find((i) => i.subType === 'Air/drone strike');
    expect(hit?.attribution).toMatch(/^blamed on Russia.* by .*air force/i);
  });
  it('blames the launcher when the air force reports what its air defences downed', () => {
    const list = incidents(
      'Russia launched 30 drones at Ukraine overnight into Saturday.\n\nThe air force said in a statement that air defence units had shot down 25 of the drones over the Poltava and Kharkiv regions.',
    );
    const down = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(down?.attribution).toMatch(/^blamed on Russian forces by air force/i);
  });
});

describe('border fire told by the side that was hit', () => {
  it('finds fire on positions as an armed clash, blamed on the other country by the ministry', () => {
    const list = incidents(
      "Georgia's Defence Ministry said on Friday that two of its soldiers had been wounded when Russian forces fired on its positions near the village of Ergneti at about 10 p.m. on Thursday.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Armed clash', attacker: 'Russian forces', injured: 2 });
    expect(list[0].attribution).toMatch(/^blamed on Russian forces by/);
  });
});

describe('an army telling of its own air strike', () => {
  it('finds "its air force had struck … neutralising" and keeps the army, not a country named in a history paragraph', () => {
    const list = incidents(
      'Fighters attacked a checkpoint near Djibo on Monday, killing four gendarmes, the army said.\n\n' +
        'Two days later, the army said its air force had struck a column of fighters near Arbinda, "neutralising about 15 terrorists."\n\n' +
        'The junta expelled French troops in 2022 and turned to Russia for help.',
    );
    const air = list.find((i) => i.subType === 'Air/drone strike');
    expect(air).toBeDefined();
    expect(air?.place).toBe('Arbinda');
    expect(air?.attacker).not.toMatch(/French/);
    expect(air?.attribution).toMatch(/^claimed/);
  });
});

describe('a strike an army says it carried out', () => {
  it('makes the army that says "it had killed" the doer, dated by its statement, not by an anchored clock time', () => {
    const list = incidents(
      'The army said on Tuesday that it had killed a senior militia commander in a drone strike on his car in northern Syria.\n\n' +
        'The commander had organised attacks on the army since March 3, when the truce collapsed. According to local media, the car was struck at around 9:40 a.m. on the road between Azaz and Mare.',
      '2025-07-16',
    );
    const [strike] = list.filter((i) => i.subType === 'Air/drone strike');
    expect(strike.attacker).toMatch(/army/i);
    expect(strike.attribution).toMatch(/^claimed/);
    expect(strike.date?.slice(0, 10)).toBe('2025-07-15');
  });
  it('finds a single fighter jet striking a house', () => {
    const list = incidents(
      'Later on Tuesday, an Israeli fighter jet struck a house in the village of Aitaroun, killing two men, the health ministry said.',
      '2024-07-17',
    );
    expect(list[0]).toMatchObject({ subType: 'Air/drone strike', place: 'Aitaroun', killed: 2 });
  });
  it('does not count a war tally further down as the toll of the strike', () => {
    const list = incidents(
      'Hezbollah fired dozens of rockets at army positions near Metula on Tuesday. Hezbollah claimed the barrage in a statement.\n\n' +
        "The army says it has killed more than 350 of the group's members since the fighting began.",
      '2024-07-17',
    );
    const shelling = list.find((i) => i.attacker === 'Hezbollah');
    expect(shelling?.attribution).toMatch(/^claimed by Hezbollah/);
    expect(shelling?.killed).not.toBe(350);
  });
});

describe('ships hit at sea, claimed later by a spokesman', () => {
  const text =
    "Yemen's Houthi rebels said Friday they had struck two merchant ships the day before.\n\n" +
    "A missile hit the deck of a Malta-flagged container ship, the Blue Heron, west of Hodeida on Thursday morning, the British military's United Kingdom Maritime Trade Operations center said. No one was hurt.\n\n" +
    'Hours later, the Liberia-flagged tanker Sea Lark was struck by what a private security firm described as "a one-way attack drone" southeast of Aden. One sailor was injured.\n\n' +
    'Yahya Saree, a military spokesman for the Houthis, claimed both attacks in a televised address.\n\n' +
    '"Our naval forces targeted two ships," Saree said.';
  it('finds the drone strike told as "struck by what a firm described as a drone"', () => {
    const list = incidents(text, '2025-06-20');
    const air = list.find((i) => i.subType === 'Air/drone strike');
    expect(air).toBeDefined();
    expect(air?.attacker).not.toMatch(/^what\b/);
  });
  it('reads the claim of both attacks by the group the spokesman speaks for', () => {
    const list = incidents(text, '2025-06-20');
    const air = list.find((i) => i.subType === 'Air/drone strike');
    expect(air?.attribution).toMatch(/^claimed by (?:the )?Houthis/);
  });
  it('takes the reporting office of a foreign military for no doer', () => {
    const list = incidents(text, '2025-06-20');
    expect(list.some((i) => /British/.test(i.attacker ?? ''))).toBe(false);
  });
});

describe('a town taken, then struck from the air', () => {
  const text =
    'Rebels of the Popular Front say they have taken full control of Kosti after three days of fighting with the army.\n\n' +
    'The army has not confirmed the loss of the city, which lies on the road between Rabak and Sennar.\n\n' +
    'On Monday morning, the army said its air force had struck rebel gatherings on the eastern edge of the town, destroying "dozens of combat vehicles".';
  it('reads "say they have taken full control" as the group\'s own claim', () => {
    const taken = incidents(text, '2025-10-28').find((i) => /overtakes territory/.test(i.subType));
    expect(taken?.attribution).toMatch(/^claimed/);
  });
  it('places a strike "on the edge of the town" in the town of the event told before it', () => {
    const air = incidents(text, '2025-10-28').find((i) => i.subType === 'Air/drone strike');
    expect(air?.place).toBe('Kosti');
  });
});

describe('interceptions reported by the side that was attacked', () => {
  it('blames the launcher, not the other side\'s claim of a strike, and takes "Moscow time" for no place', () => {
    const list = incidents(
      'Russia\'s Defence Ministry said its air defence forces had "intercepted and destroyed" 40 Ukrainian drones over the Kursk and Oryol regions between midnight and 6 a.m. Moscow time on Sunday. ' +
        "Ukraine's General Staff said in a statement that its forces had hit an ammunition depot, which it described as a military target.",
      '2025-09-14',
    );
    const down = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(down?.attribution).toMatch(/^blamed on Ukrainian forces by Russian Defen[cs]e Ministry/);
    expect(down?.place).not.toBe('Moscow');
  });
});

describe('the source of a border strike', () => {
  const text =
    'Turkish artillery fire hit the village of Zakho in northern Iraq on Tuesday, killing a 60-year-old farmer, a district official in Dohuk said on Wednesday.\n\n' +
    'Relations between the two governments have soured since then; more than 40 soldiers were killed last year, according to the Ankara Institute for Security Studies.';
  it('reads "a district official in X said" as the source that blames the striker', () => {
    const [hit] = incidents(text, '2025-06-12');
    expect(hit.attribution).toMatch(/^blamed on .*Turk.* by (?:a )?district official/);
  });
});

describe('the attacker and attribution slots', () => {
  it('reads a claim in the present tense of a headline ("X claim responsibility")', () => {
    const list = incidents(
      'Rocket attack on army camp near Gao kills two; Katiba Serma claim responsibility\n\nGAO, Mali — Rockets hit an army camp on the edge of Gao on Thursday, killing two soldiers, local officials said.',
    );
    const hit = list.find((i) => i.subType === 'Shelling/artillery/missile attack');
    expect(hit?.attribution).toMatch(/^claimed by .*Katiba Serma/);
    expect(hit?.attacker).toMatch(/Katiba Serma/);
  });
  it('makes a state force that says its troops retook a town the doer, named by its country', () => {
    const list = incidents(
      "Ruritania's army said on Monday that its troops had recaptured the town of Lindavar from separatist fighters after four days of fighting.",
    );
    const taken = list.find((i) => i.subType === 'Government regains territory');
    expect(taken?.attacker).toBe('Ruritania army');
    expect(taken?.attribution).toMatch(/^claimed by Ruritania army/);
  });
  it('names a bare "army" by the one country force the article names', () => {
    const list = incidents(
      'The Nigerien Armed Forces said they were hunting the gunmen who attacked a convoy last week.\n\nOn Saturday, the army said its air force had struck a group of fighters near Tillia, killing about 15 militants.',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attacker).toBe('Nigerien Armed Forces');
  });
  it('reads "the Kyiv regime" that a governor blames as the forces of the country', () => {
    const list = incidents(
      'A drone hit a power substation near the city of Yelets shortly after 3 a.m. on Friday, cutting power to 20,000 homes, Governor Igor Artamonov said, blaming the attack on the Kyiv regime.',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attacker).toBe('Ukrainian forces');
  });
});

describe('the doer told outside the trigger sentence', () => {
  it("takes the country a headline puts on the strike when the lead says only 'an air strike'", () => {
    const list = incidents(
      'Turkish strike kills three in border village\n\nAn air strike hit a farmhouse in the village of Klow on Tuesday evening, killing three people, the regional health office said.',
    );
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attacker).toBe('Turkish forces');
  });
  it('does not read the defenders downing part of a barrage as a claim of the strike that got through', () => {
    const list = incidents(
      'Russia struck the city of Kremenchuk with missiles overnight, killing two people, the Ukrainian air force said on Friday. The air force said it had shot down nine of the 14 missiles.',
    );
    const hit = list.find((i) => i.subType === 'Shelling/artillery/missile attack');
    expect(hit?.attacker).toBe('Russian forces');
    expect(hit?.attribution).not.toMatch(/^claimed/);
  });
});

describe("a force's spokesman confirming the hit", () => {
  it('reads "a spokesman for X said was hit successfully" as a claim by X', () => {
    const list = incidents(
      'On Thursday, drones hit a fuel depot near the town of Kresty, which Colonel Pavlo Dmytrenko, a spokesman for the Special Operations Forces, said was "hit successfully".',
    );
    const hit = list.find((i) => i.subType === 'Air/drone strike');
    expect(hit?.attribution).toMatch(/^claimed by .*Special Operations Forces/);
  });
});

describe('recall round 2: places, raids and the ways reporters tell an event', () => {
  it('does not take the country a barrage was launched from as the place it was downed over', () => {
    const list = incidents(
      'Sirens sounded in Kiryat Shmona on Tuesday afternoon. The army said some 30 rockets were launched from Lebanon, and that air defences intercepted most of them.',
    );
    const down = list.find((i) => i.subType === 'Disrupted weapons use');
    expect(down?.place).toBe('Kiryat Shmona');
  });
  it('does not take the place of the event a claim answers ("in response to … the massacre in X")', () => {
    const list = incidents(
      'Militants fired a barrage of rockets at army positions on Tuesday.\n\nThe group claimed the barrage, saying it had targeted the positions "with dozens of rockets" in response to "the massacre in Aitaroun."',
    );
    expect(list.some((i) => i.place === 'Aitaroun')).toBe(false);
  });
  it('types a raid that ends in arrests, told in the next paragraph, as arrests', () => {
    const list = incidents(
      'On Tuesday, counter-terrorism units raided three houses in the village of Al-Zab in the Hawija district, the service said.\n\nFour suspects were detained, including a man the service described as a local commander.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Arrests']);
  });
  it('keeps a raid with a firefight a battle', () => {
    const list = incidents(
      'On Tuesday, soldiers raided a hideout in the village of Al-Zab in the Hawija district and exchanged fire with militants, the army said.\n\nFour suspects were detained.',
    );
    expect(list.some((i) => i.subType === 'Arrests')).toBe(false);
  });
  it('types gunmen killing people (no armed side named) as an attack on civilians', () => {
    const list = incidents(
      'Gunmen killed nine people in an attack on the village of Kurmin Masara in Kaduna state on Sunday, police said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Attack']);
  });
  it('does not take a dateline with no agency ("LONDON, Nov 4 —") as the place of the event', () => {
    const list = incidents(
      'Rockets hit market\n\nLONDON, Nov 4 — Rockets slammed into a crowded market on Saturday, killing five people, officials in the region said.',
      '2024-11-04',
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).not.toBe('London');
  });
});

describe('recall round 3: blasts, bombing from the air, counts destroyed, separate strikes, the capital', () => {
  it('finds a blast that ripped through a market as a remote explosive', () => {
    const list = incidents(
      'An explosion ripped through a crowded market in the town of Kalma on Friday, killing 15 people, police said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Remote explosive/landmine/IED']);
    expect(list[0].place).toBe('Kalma');
  });
  it('does not take a gas explosion for an attack', () => {
    const list = incidents(
      'A gas explosion ripped through a restaurant in the town of Kalma on Friday, killing three people.',
    );
    expect(list).toHaveLength(0);
  });
  it('types a military that bombed a village as an air strike, and shelling as shelling', () => {
    const air = incidents(
      "Myanmar's military bombed the village of Tan Hpe on Tuesday, killing 12 people, residents said.",
    );
    expect(air.map((i) => i.subType)).toEqual(['Air/drone strike']);
    const shell = incidents(
      'The army shelled the village of Tan Hpe on Tuesday, killing 12 people, residents said.',
    );
    expect(shell.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('finds the interceptions in "adding that 15 drones were destroyed"', () => {
    const list = incidents(
      'Russia launched 40 drones at Ukraine overnight into Saturday, the air force said, adding that 15 drones were destroyed.',
    );
    expect(list.some((i) => i.subType === 'Disrupted weapons use')).toBe(true);
  });
  it('dates a strike told "Separately" with no day by the events around it', () => {
    const list = incidents(
      'Mortars hit a market in the town of Kresty on Thursday, killing two people, the governor said.\n\nSeparately, a drone hit a school in the village of Hola, wounding four people.\n\nThe regional governor said on Saturday that repairs had begun.',
    );
    expect(list.find((i) => i.place === 'Hola')?.date).toBe('2025-03-13');
  });
  it('resolves "the capital" to the capital of the country the article names', () => {
    const list = incidents(
      'A car bomb exploded in the capital on Sunday, killing six people, officials in Somalia said.',
    );
    expect(list.map((i) => i.place)).toEqual(['Mogadishu']);
  });
});

describe('bare strike', () => {
  const kinds = (text: string) => incidents(text, '2025-03-05').map((i) => [i.subType, i.place, i.date]);
  it('finds a strike told by the nation that struck', () => {
    expect(kinds('Israeli strikes killed 12 people in Gaza on Tuesday, health officials said.')).toEqual([
      ['Air/drone strike', 'Gaza Strip', '2025-03-04'],
    ]);
    expect(kinds('A Russian strike on Kharkiv killed three people on Tuesday, officials said.')).toEqual([
      ['Air/drone strike', 'Kharkiv', '2025-03-04'],
    ]);
    expect(kinds('A U.S. strike in Syria killed a militant leader on Tuesday, CENTCOM said.')).toHaveLength(
      1,
    );
    expect(kinds('An Israeli strike on a car in Khan Younis killed two men, medics said.')).toEqual([
      ['Air/drone strike', 'Khan Younis', null],
    ]);
  });
  it('finds a strike carried out by a military, or a retaliatory one that wounded', () => {
    expect(
      kinds(
        'The Israeli military said it carried out a strike in Beirut on Tuesday that killed a Hezbollah commander.',
      ),
    ).toEqual([['Air/drone strike', 'Beirut', '2025-03-04']]);
    expect(
      kinds('A retaliatory strike on a base in Iraq wounded four soldiers on Tuesday, officials said.'),
    ).toHaveLength(1);
  });
  it('finds strikes an air force carried out, their words in quotes or not', () => {
    expect(
      kinds(
        'On Monday, the air force carried out "surgical strikes" on a hideout near Maiduguri, killing "scores of criminals", a statement said.',
      ),
    ).toEqual([['Air/drone strike', 'Maiduguri', '2025-03-03']]);
    expect(kinds('The Malian air force hit a convoy near Gao on Monday.')).toEqual([
      ['Air/drone strike', 'Gao', '2025-03-03'],
    ]);
  });
  it('types a strike with a missile named in its sentence as shelling', () => {
    expect(
      kinds(
        'A Russian strike on Kharkiv with Iskander missiles killed three people on Tuesday, officials said.',
      ),
    ).toEqual([['Shelling/artillery/missile attack', 'Kharkiv', '2025-03-04']]);
  });
  it('finds no incident in a strike by workers', () => {
    for (const text of [
      'Workers went on strike in Lagos on Tuesday, the union said.',
      'Teachers went on strike in Nairobi on Tuesday, demanding higher pay.',
      'Thousands of workers joined a general strike in Buenos Aires on Tuesday.',
      'Dock workers at the port of Mombasa began a strike on Tuesday over pay.',
      'Union leaders said strike action would start on Monday in Lagos.',
      'A hunger strike in the prison in Kabul entered its tenth day on Tuesday.',
      'Nurses staged a strike in London on Tuesday, the union said.',
      'A strike on the Boeing plant in Seattle has halted production since Tuesday.',
    ])
      expect(kinds(text), text).toEqual([]);
  });
  it('finds no incident in the idioms of "strike"', () => {
    for (const text of [
      'The two sides hoped to strike a deal in Geneva on Tuesday.',
      'The minister tried to strike a balance in Paris on Tuesday.',
      'The pitcher threw a strike in the ninth inning in Boston on Tuesday.',
      'It was a lucky strike for the bowler in Leeds on Tuesday.',
    ])
      expect(kinds(text), text).toEqual([]);
  });
});

describe('a missile told with its launcher between the weapon and the hit', () => {
  it('finds "a missile fired by X slammed into a ship" and "missile hits" in a headline as one missile attack', () => {
    const list = incidents(
      'Rebel missile hits cargo ship off the coast\n\n' +
        'A missile fired by the Sea Wolves rebels slammed into a Maltese-flagged cargo ship in the Gulf of Oman on Monday, wounding two crew members, the coast guard said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      subType: 'Shelling/artillery/missile attack',
      place: 'Gulf of Oman',
      injured: 2,
    });
  });
  it('finds no attack in a missile that was only fired', () => {
    expect(
      incidents(
        'The navy said a missile fired by the rebels fell harmlessly into the sea near Aden on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('a military post overrun in a deadly raid', () => {
  it('is an armed clash at the place the next paragraph names, not territory taken at the dateline', () => {
    const list = incidents(
      'Army admits losses in attack on border post\n\n' +
        "NIAMEY (AFP) - Niger's army said on Wednesday that 19 soldiers were killed when militants overran a military post in the west of the country at the weekend.\n\n" +
        'Dozens of fighters on motorbikes attacked the detachment at Tillabéri shortly after dawn on Sunday, according to the army.',
      '2025-03-19',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Armed clash', date: '2025-03-16' });
    expect(list[0].place).toMatch(/^Tillab/);
  });
  it('keeps a town overrun and held as territory taken', () => {
    const list = incidents(
      'Rebels overran the town of Kiwanja in North Kivu on Sunday and raised their flag over its market.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Non-state actor overtakes territory']);
  });
});

describe('crowd violence told only by the force that shot the crowd', () => {
  it('is excessive force against protesters when the force killed', () => {
    const list = incidents(
      'Three people were killed when police opened fire with live ammunition on thousands of farmers protesting outside the parliament in Nairobi on Tuesday. ' +
        'A police spokesman said the protesters had thrown stones and set fire to a police car.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Excessive force against protesters']);
  });
  it('stays a violent demonstration when witnesses tell of the violence', () => {
    const list = incidents(
      'Three people were killed when police opened fire on protesters in Nairobi on Tuesday. ' +
        'Witnesses said protesters threw stones and set fire to a police car before the shooting.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Violent demonstration']);
  });
});

describe('fire turned on a crowd', () => {
  it('finds "soldiers opened fire on demonstrators" as force against a demonstration', () => {
    const list = incidents(
      'Soldiers opened fire on demonstrators in Conakry on Monday, wounding five people, a doctor said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Excessive force against protesters']);
  });
  it('finds people wounded when soldiers shot at protesters as excessive force', () => {
    const list = incidents(
      'Two students were wounded when soldiers shot at protesters in Conakry on Monday.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Excessive force against protesters']);
  });
});

describe('war reporting in other words', () => {
  it('finds rockets that touched down inside a base as a missile attack', () => {
    const list = incidents(
      'Two rockets touched down inside the perimeter of Camp Taji on Sunday, the army said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('finds fighter planes that struck a depot as an air strike', () => {
    const list = incidents('On Sunday, two fighter planes struck a fuel depot near Kismayo, officials said.');
    expect(list.map((i) => i.subType)).toEqual(['Air/drone strike']);
  });
  it('finds missiles that were fired at a town as a missile attack', () => {
    const list = incidents(
      'Some 30 missiles were fired at Kiryat Shmona on Sunday, the army said, and two houses were damaged.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('where missiles told before were launched from', () => {
  it('adds no attack of its own', () => {
    const list = incidents(
      'Two ballistic missiles struck the centre of Sumy on Sunday, killing five people, officials said. The air force said the missiles had been launched from the Belgorod region, about 100 kilometres away.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a trigger tried only on text holding the word it needs', () => {
  it('matches exactly as the plain pattern on strike and walkout texts, and skips the others', async () => {
    const { BARE_STRIKE } = await import('../../src/lib/extract/incidents/remote.ts');
    const plain = new RegExp(BARE_STRIKE.re.source, BARE_STRIKE.re.flags);
    const texts = [
      'Israeli strikes killed 12 people in Gaza on Tuesday.',
      'Teachers went on strike in the capital on Monday.',
      'A strike on a fuel depot in Kherson killed two workers.',
      'Workers at the port said the strike would go ahead.',
      'The army carried out three strikes overnight.',
      'Rain fell across the north on Sunday.',
      '',
    ];
    for (const t of texts) expect(BARE_STRIKE.re.exec(t)?.[0]).toBe(plain.exec(t)?.[0]);
    expect(BARE_STRIKE.re.test(texts[0])).toBe(true);
    expect(BARE_STRIKE.re.test(texts[1])).toBe(false);
    expect(texts[2].search(BARE_STRIKE.re)).toBe(2);
    expect(BARE_STRIKE.re.exec('Rain fell across the north on Sunday.')).toBeNull();
  });
});

describe('recall round 4: two events told in one sentence', () => {
  it('finds a capture and the fighting before it, both from one sentence', () => {
    const list = incidents(
      'Rebels of the Northern Hills Front have taken control of the village of Kel Dara after four days of fighting with government troops, the group said on Friday.\n\nResidents said the fighting began on Tuesday, when the rebels attacked army positions on a hill above the village.',
    );
    const subs = list.map((i) => i.subType).sort();
    expect(subs).toEqual(['Armed clash', 'Non-state actor overtakes territory']);
  });
  it('keeps a capture one event when the fighting before it is only named, not told', () => {
    const list = incidents(
      'Rebels of the Northern Hills Front have taken control of the village of Kel Dara after four days of fighting with government troops, the group said on Friday.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Non-state actor overtakes territory']);
  });
  it('keeps a capture with no fighting told before it one event', () => {
    const list = incidents(
      'Rebels of the Northern Hills Front have taken control of the village of Kel Dara, the group said on Friday.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Non-state actor overtakes territory']);
  });
  it('finds two protests in two cities told in one sentence, one per city', () => {
    const list = incidents(
      'On Saturday, thousands of nurses marched through the centre of Lyon to the regional health agency, and about 800 teachers rallied outside the town hall in Marseille.',
    );
    const places = list.filter((i) => i.type === 'Protests').map((i) => i.place);
    expect(places).toEqual(expect.arrayContaining(['Lyon', 'Marseille']));
    expect(places).toHaveLength(2);
  });
  it('keeps one protest when both clauses tell of the same city', () => {
    const list = incidents(
      'On Saturday, thousands of nurses marched through the centre of Lyon, and they later rallied outside the town hall in Lyon.',
    );
    expect(list.filter((i) => i.type === 'Protests')).toHaveLength(1);
  });
});

describe('recall round 4: the arms of an ambush', () => {
  it('types gunmen armed with rocket-propelled grenades who open fire on a convoy as an armed clash', () => {
    const list = incidents(
      'Gunmen armed with rifles and rocket-propelled grenades opened fire on a police convoy near the village of Kel Dara on Monday evening, killing five officers, officials said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Armed clash']);
  });
  it('still finds a grenade thrown at a crowd', () => {
    const list = incidents(
      'An attacker threw a grenade into a crowded market in Kel Dara on Monday, wounding 11 people.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Grenade']);
  });
  it('types one attack told with drones named before the rockets fired with them as a drone strike', () => {
    const list = incidents(
      'The attack on Tuesday night began at around 9:50 p.m., when two attack drones and at least four rockets were fired at a base near the town of Kel Dara, the army said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Air/drone strike']);
  });
  it('keeps rockets fired alone at a base shelling', () => {
    const list = incidents(
      'At least four rockets were fired at a base near the town of Kel Dara on Tuesday night, the army said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('recall round 4: sports idioms', () => {
  it('reads a player who "runs riot" in a match report as no riot', () => {
    const list = incidents(
      'Kel Dara Rovers beat the visitors 4-0 on Saturday as their young winger ran riot in the second half, scoring twice.',
    );
    expect(list).toEqual([]);
  });
});

describe('arrests told by the age of those held, or by the act they are held over', () => {
  const kinds = (text: string) => incidents(text).map((i) => i.subType);
  it('reads people held who are told by their age, on a charge against the state, as arrests', () => {
    expect(
      kinds(
        'Counter-intelligence officers in Velmora picked up nobody for weeks, then on Thursday detained a 52-year-old schoolteacher from the harbour district on suspicion of espionage, the agency said.',
      ),
    ).toEqual(['Arrests']);
  });
  it('reads no arrest when the charge is an ordinary crime', () => {
    expect(
      kinds(
        'Officers in Velmora on Thursday detained a 52-year-old schoolteacher from the harbour district on suspicion of shoplifting, the town council said.',
      ),
    ).toEqual([]);
  });
  it('reads people held over an arson attack as arrests, and people held over a burglary as none', () => {
    expect(
      kinds(
        'Investigators said on Friday they had detained two suspects in Ostrava Dolni in connection with the arson attack on a railway signal box.',
      ),
    ).toContain('Arrests');
    expect(
      kinds(
        'Investigators said on Friday they had detained two suspects in Ostrava Dolni in connection with the burglary of a pharmacy.',
      ),
    ).toEqual([]);
  });
});

describe("arrests by an army's men told after what else they did", () => {
  const kinds = (text: string) => incidents(text).map((i) => i.subType);
  it('reads soldiers who crossed, searched and then detained men as arrests', () => {
    expect(
      kinds(
        'Soldiers of the 4th Brigade crossed the river into the hamlet of Tesk before dawn on Monday, searched the fishing huts along its northern shore and detained six men, a brigade officer said.',
      ),
    ).toEqual(['Arrests']);
  });
  it('reads no arrest when another body, not the soldiers, detained them', () => {
    expect(
      kinds(
        'Soldiers of the 4th Brigade crossed the river into the hamlet of Tesk before dawn on Monday to repair a footbridge, and customs officers later detained six men for smuggling cigarettes, a brigade officer said.',
      ),
    ).toEqual([]);
  });
});

describe('a strike told by the force that made it, in reported speech', () => {
  it.each([
    'Hours later, the Ugandan army said its jets had struck ADF positions in the Mwalika valley, west of Beni, on Tuesday.',
    'The army said its drones had on Wednesday struck RSF vehicles gathering in Al-Dubeibat, west of Dilling.',
    "Ukraine's military intelligence said on Monday that its drones had destroyed a Pantsir-S1 air defence system at the Saky airfield.",
  ])(
    'finds aircraft or drones that "had struck" or "had destroyed" a target, a day or an adverb between: %s',
    (text) => {
      expect(incidents(text).map((i) => i.subType)).toEqual(['Air/drone strike']);
    },
  );
  it('does not take drones destroyed, or downed, for drones that struck', () => {
    expect(
      incidents(
        'Of the 40 drones destroyed overnight over the Kursk region on Tuesday, most fell in open fields, the ministry said.',
      ).filter((i) => i.subType === 'Air/drone strike'),
    ).toEqual([]);
    expect(
      incidents(
        'Air defences destroyed 20 drones over the Bryansk region on Tuesday, the ministry said.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
});

describe('rockets and artillery told with a quote or a launch site between the weapon and its target', () => {
  it('finds a quoted salvo fired at a position, and artillery fired from a base that hit villages', () => {
    expect(
      incidents(
        'Shortly before midnight on Tuesday, Hezbollah said in a statement that its fighters had fired "a salvo of Katyusha rockets" at an army position in Kiryat Shmona.',
      ).map((i) => i.subType),
    ).toEqual(['Shelling/artillery/missile attack']);
    expect(
      incidents(
        'Residents of Wetlet Township said artillery fired from a military base near the river hit two villages on Friday night, wounding three people.',
      ).map((i) => i.subType),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
  it('does not find artillery fired from a base at a parade', () => {
    expect(
      incidents(
        'Artillery fired from the old fort marked the start of the Independence Day parade on Tuesday.',
      ),
    ).toEqual([]);
  });
});

describe('rockets told as intercepted in the pluperfect, their launch site between', () => {
  it('finds rockets launched from a place towards a town that "had been intercepted"', () => {
    expect(
      incidents(
        'The Israeli military said on Tuesday that two rockets launched from southern Lebanon towards Kiryat Shmona had been intercepted and that nobody was hurt.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
  it('does not find missiles told as intercepted many times before', () => {
    expect(
      incidents(
        'The missiles, which Israel says were supplied by Iran and which have been intercepted many times, remain a threat, the analyst said on Tuesday.',
      ),
    ).toEqual([]);
  });
});

describe('arrests told with the arms taken from those arrested', () => {
  it('keeps the arrest of suspects caught with rifles, the police as its actor, and not a common theft', () => {
    const armed = incidents(
      'Police in Kisumu on Sunday arrested three suspects and recovered two rifles, the county police commander said.',
    );
    expect(armed.map((i) => i.subType)).toEqual(['Arrests']);
    expect(armed[0]).toMatchObject({
      place: 'Kisumu',
      attribution: expect.stringMatching(/^carried out by/),
    });
    expect(armed[0].attacker).toMatch(/police/i);
    const theft = incidents(
      'Police in Thika on Friday arrested two men over the theft of mobile phones from a shop, police said.',
    );
    expect(theft).toEqual([]);
  });
});

describe('arrests told again in detail, those arrested named as already told', () => {
  it('keeps one Arrests record, on the day of the detailed account', () => {
    const list = incidents(
      'Police in Krakow have detained two men suspected of planting a bomb that damaged a railway line early on Tuesday, prosecutors said.\n\n' +
        'Officers detained the suspects on Wednesday morning in Krakow and Tarnow, according to the police.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Arrests']);
    expect(list[0]).toMatchObject({ place: 'Krakow', date: '2025-03-12' });
  });
});

describe('arrests by a security or intelligence service, or of extremists', () => {
  it('keeps them in a story that tells no political or armed event, and not arrests over a burglary', () => {
    const service = incidents(
      'Also on Tuesday, the Security Service of Ukraine detained a 39-year-old Kherson resident who, investigators say, sent the coordinates of power substations to a Russian handler via a messenger app.',
    );
    expect(service.map((i) => i.subType)).toEqual(['Arrests']);
    const agents = incidents(
      "Iran's intelligence ministry said its agents had arrested three people in Isfahan province on Tuesday on suspicion of filming military installations.",
    );
    expect(agents.map((i) => i.subType)).toEqual(['Arrests']);
    const farRight = incidents(
      'Officers from the state criminal police office detained two men aged 24 and 31 in dawn raids in Bautzen on Tuesday. Prosecutors said both were known to police from the far-right scene.',
    );
    expect(farRight.map((i) => i.subType)).toEqual(['Arrests']);
    const burglary = incidents(
      'Officers from the state criminal police office detained two men aged 24 and 31 in dawn raids in Hamburg on Tuesday over a series of burglaries.',
    );
    expect(burglary).toEqual([]);
    const shop = incidents(
      'A private security company detained two men at a shopping centre in Kampala on Tuesday after a theft from a phone shop, police said.',
    );
    expect(shop).toEqual([]);
  });
});

describe('arrests told by their noun, of people labelled in quotation marks, or of employees', () => {
  it('finds them, and not arrests demanded or ordered by a warrant', () => {
    const noun = incidents(
      'At dawn on Sunday, security units launched a combing operation in Buqrus. The operation resulted in the arrest of six members of the cell and the seizure of explosive belts.',
    );
    expect(noun.map((i) => i.subType)).toEqual(['Arrests']);
    const quoted = incidents(
      'Security forces launched a search operation near Jableh on Wednesday morning, and the ministry later said 14 "wanted persons" had been arrested and a cache of rifles and ammunition seized in an abandoned farmhouse.',
    );
    expect(quoted.map((i) => i.subType)).toEqual(['Arrests']);
    const staff = incidents(
      'Houthi security forces detained three more local employees of UN agencies in Sanaa on Sunday, a UN spokesman said.',
    );
    expect(staff.map((i) => i.subType)).toEqual(['Arrests']);
    const demanded = incidents(
      'Relatives in Sanaa on Sunday demanded the arrest of two officers, and a judge ordered the arrest of three men.',
    );
    expect(demanded).toEqual([]);
  });
});

describe('arms found or seized before use: a cache, a search, a launch pad', () => {
  it('finds a cache uncovered as disrupted weapons use by the force that found it, and not the spoils of a fight', () => {
    const cache = incidents(
      'Troops uncovered a cache of 40 rifles and 2,000 rounds of ammunition in a forest near Bama on Wednesday, the Nigerian army said.',
    );
    expect(cache.map((i) => i.subType)).toEqual(['Disrupted weapons use']);
    expect(cache[0].attribution).toMatch(/^carried out by/);
    const search = incidents(
      'The Assam Rifles said it had recovered three rifles, a mortar and 140 rounds in a search operation in Churachandpur district on Tuesday.',
    );
    expect(search.map((i) => i.subType)).toEqual(['Disrupted weapons use']);
    const spoils = incidents(
      "Soldiers killed 12 militants in a gun battle near Bama on Wednesday, the army said.\n\nA search of the area later uncovered a cache of rifles and ammunition at the militants' camp. Troops seized their weapons and recovered rifles from the dead attackers.",
    );
    expect(spoils.map((i) => i.subType)).toEqual(['Armed clash']);
    const drugs = incidents(
      'Police in Rotterdam found a cache of cocaine hidden in banana boxes on Tuesday, customs officials said.',
    );
    expect(drugs).toEqual([]);
  });
});

describe('interceptions told with "brought down", or a missile destroyed in flight', () => {
  it('finds each as disrupted weapons use, and none for a proposal, a price or a pass', () => {
    const brought = incidents(
      'Air defences brought down two explosive-laden drones approaching Erbil International Airport shortly before midnight on Saturday, the counter-terrorism directorate said.',
    );
    expect(brought.map((i) => i.subType)).toEqual(['Disrupted weapons use']);
    const passive = incidents(
      'Two drones were brought down before they reached Erbil late on Monday, Kurdish officials said.',
    );
    expect(passive.map((i) => i.subType)).toEqual(['Disrupted weapons use']);
    const flight = incidents(
      'A Greek frigate fired a surface-to-air missile and destroyed an anti-ship ballistic missile in flight in the Red Sea on Thursday, the mission said.',
    );
    expect(flight.map((i) => i.subType)).toEqual(['Disrupted weapons use']);
    const figurative = incidents(
      'Lawmakers in Kyiv on Tuesday shot down the proposal to fund missile factories, and the new rules brought down the price of missiles for the army. A defender intercepted a pass in the final minute, and the central bank arrested the decline of the currency on Monday.',
    );
    expect(figurative).toEqual([]);
  });
});

describe('arrests told after an event of another kind, with no place of their own', () => {
  it('keeps them as a record of their own, not a part of the killing they followed', () => {
    const list = incidents(
      'A prominent elder of the Shaitat tribe was shot dead in the town of Abu Hamam in Deir ez-Zor province on Saturday, relatives said.\n\nThe SDF rejected that claim in a statement on Sunday, and said its forces had arrested four suspects in raids on two nearby villages.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Attack', 'Arrests']);
  });
});

describe('arrests by a security or intelligence service', () => {
  it('are carried out by that service, named or by its short name', () => {
    const sbu = incidents(
      'On Tuesday, the Security Service of Ukraine detained a 39-year-old Kherson resident who, investigators say, sent the coordinates of bus depots to a Russian handler.',
    );
    expect(sbu.map((i) => i.subType)).toEqual(['Arrests']);
    expect(sbu[0].attribution).toMatch(/^carried out by Security Service of Ukraine/);
    const ctd = incidents('The CTD arrested four suspected militants in a raid in Lahore on Tuesday.');
    expect(ctd.map((i) => i.subType)).toEqual(['Arrests']);
    expect(ctd[0].attribution).toMatch(/^carried out by/);
  });
});

describe('arrests told beside another event’s words: a grenade launcher seized, an ambush named by its day', () => {
  it('reads the arrest as the sentence’s own act', () => {
    const list = incidents(
      "Gunmen opened fire on a National Guard convoy near Apatzingan on Monday, killing six guardsmen, the ministry said.\n\nAlso on Tuesday, soldiers arrested three men near Buenavista with two assault rifles, a grenade launcher and a drone controller, the ministry said, without linking them to Monday's ambush.",
    );
    expect(list.map((i) => i.subType)).toEqual(['Armed clash', 'Arrests']);
  });
});

describe('arrests quoted from their verb', () => {
  it('reads them as the speaker’s words for arrests of their own, not a label or a part of the attack told before', () => {
    const list = incidents(
      'A grenade hurled into the crowd at the Nyawera market in Bukavu on Tuesday evening killed four people, witnesses said.\n\nIts spokesman, Désiré Rwigamba, said security services had "arrested about forty suspects" in Kadutu overnight.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Grenade', 'Arrests']);
  });
});

describe('a fight quoted after an event of no fight', () => {
  it('reads a rescue fight quoted after an abduction as a clash of its own', () => {
    const list = incidents(
      'Armed bandits on Saturday evening abducted at least 23 passengers travelling in three buses on the highway near Tsafe, Zamfara State.\n\nThe police spokesman said in a statement on Sunday that a joint team of police and vigilantes had "engaged the bandits in a fierce gun duel" in a forest near Tsafe and rescued seven of the victims.',
      '2026-01-26',
    );
    expect(list.map((i) => i.subType)).toEqual(['Abduction/forced disappearance', 'Armed clash']);
  });
  it('keeps quoted words that point back at the fight, or name no fight, in the event told', () => {
    const list = incidents(
      'Armed bandits on Saturday evening abducted at least 23 passengers on the highway near Tsafe, Zamfara State.\n\nThe police spokesman said on Sunday that the command "will not fold its arms and watch miscreants turn the state into a theatre of war".',
      '2026-01-26',
    );
    expect(list.map((i) => i.subType)).toEqual(['Abduction/forced disappearance']);
  });
});

describe('a fight told by the gunfire between its sides, heard up to a day', () => {
  it('reads the gunfire as a clash on that past day, and the stray bullets and mortar fire as its toll', () => {
    const list = incidents(
      'Separately, residents of Mota described heavy gunfire between Fano fighters and federal troops through Thursday. A resident said at least six civilians had been killed by stray bullets and mortar fire.',
      '2026-10-03',
    );
    expect(list.map((i) => [i.subType, i.place, i.date?.slice(0, 10)])).toEqual([
      ['Armed clash', 'Mota', '2026-10-01'],
    ]);
  });
});
