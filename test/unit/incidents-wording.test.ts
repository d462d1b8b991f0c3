/**
 * Rarer synonyms of the lexicon's wording, used by some reporters and by the thesaurus spinners of content farms, are
 * read as the common word ("slaying" as "killing", "unmanned aerial vehicles" as "drones"), and each record still quotes the article's
 * own words as its evidence. Plain wordings the lexicon missed are read too: forces named by no other word that kill
 * militants, an attack on a village whoever made it, a shooting told by its noun. Each case is invented text, with
 * the wordings that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { bestTrigger } from '../../src/lib/extract/incidents/triggers.ts';
import { plainReading } from '../../src/lib/extract/incidents/wording.ts';

const incidents = (text: string, published = '2026-04-16') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('rare wording read as the plain word', () => {
  it('reads an assault on a village that slew its inhabitants as an attack, quoting the article', () => {
    const text =
      'Late on Tuesday, armed men assaulted the village of Ruvenzo, about 20 km north of Oudenbosch, slaying four of its inhabitants and wounding two, a local councillor said on Wednesday.';
    const [a, ...rest] = incidents(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      subType: 'Attack',
      place: 'Ruvenzo',
      date: '2026-04-14',
      killed: 4,
      injured: 2,
    });
    expect(a.evidence).toBe(text);
  });
  it('reads combatants who waylaid a convoy, drones told as unmanned aircraft and drones felled', () => {
    expect(
      incidents(
        'Jihadist combatants waylaid an army convoy between Tessit and Ansongo on Monday, setting off a gun battle that lasted several hours, security sources said.',
      ).map((i) => i.subType),
    ).toEqual(['Armed clash']);
    expect(
      incidents(
        'The air force said on Thursday that it had felled 31 of 40 unmanned aerial vehicles launched overnight at the Odesa and Mykolaiv regions.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
  it('reads a thesaurus spinner’s wayside explosive as a roadside bomb', () => {
    expect(
      incidents(
        'A wayside explosive struck a van carrying four paramilitary soldiers near Hoshab on Monday morning, officials said.',
      ).map((i) => i.subType),
    ).toEqual(['Remote explosive/landmine/IED']);
  });
  it('reads an assault or onslaught aimed at someone as an attack, but not a sexual assault or an assault rifle', () => {
    const plain = (text: string) => plainReading(text, buildDoc(text))?.doc.text ?? null;
    expect(
      plain('Rebels began an assault on the garrison at Velmora and onslaughts against two depots.'),
    ).toBe('Rebels began an attack on the garrison at Velmora and attacks against two depots.');
    expect(
      incidents(
        'Insurgents launched a dawn assault on an army outpost outside Velmora on Saturday, killing six soldiers, the defence ministry said.',
      ).map((i) => i.killed),
    ).toEqual([6]);
    expect(
      plain(
        'A court in Velmora jailed a coach for a sexual assault on a player and seized two assault rifles.',
      ),
    ).toBeNull();
  });
  it('reads drones obliterated and trucks being wrecked as destroyed, but leaves a wrecking ball', () => {
    expect(
      incidents(
        'Air defences obliterated 12 of the 15 drones launched at the Halvoren region overnight, the governor said on Friday.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
    const text = 'Jets hit the column, wrecking three trucks; a wrecking ball later cleared the ruins.';
    expect(plainReading(text, buildDoc(text))?.doc.text).toBe(
      'Jets hit the column, destroying three trucks; a wrecking ball later cleared the ruins.',
    );
  });
  it('reads a rare word spelt with a long s as the plain word, as case-blind reading folds it to an s', () => {
    const plain = (text: string) => plainReading(text, buildDoc(text))?.doc.text ?? null;
    expect(plain('Herders said raiders ſlew two boys at the Varn well before dawn.')).toBe(
      'Herders said raiders killed two boys at the Varn well before dawn.',
    );
    // (the Kelvin sign elsewhere in a text changes nothing: the same rare word is read the same)
    expect(plain('The well froze at 260 \u212A; raiders slew two boys there.')).toBe(
      'The well froze at 260 \u212A; raiders killed two boys there.',
    );
  });
  it('reads mortar projectiles that touched down as landed, and a plane that touched down as no event', () => {
    expect(
      incidents(
        'Several mortar projectiles touched down beside the harbour of Kessimbo late on Friday, the port authority said.',
      ).map((i) => i.subType),
    ).toEqual(['Shelling/artillery/missile attack']);
    expect(
      incidents('The minister’s plane touched down in Kessimbo on Friday for two days of talks.'),
    ).toEqual([]);
  });
  it('reads a hand bomb as a grenade', () => {
    expect(
      incidents(
        'A man on a scooter flung a hand bomb into a tea stall in Ravipur on Sunday evening, wounding nine people, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Grenade']);
  });
  it('counts the dead told as perished, deceased or corpses', () => {
    const text =
      'Six people perished and the corpses of two more were found; the deceased were buried on Monday.';
    expect(plainReading(text, buildDoc(text))?.doc.text).toBe(
      'Six people died and the bodies of two more were found; the dead were buried on Monday.',
    );
    for (const text of [
      'A roadside bomb struck an army patrol near Kordana on Monday; four soldiers perished, the army said.',
      'A roadside bomb struck an army patrol near Kordana on Monday, leaving four soldiers deceased, the army said.',
    ])
      expect(incidents(text).map((i) => i.killed)).toEqual([4]);
  });
  it('keeps the title case of a headline and quotes it as written', () => {
    const [a] = incidents('Gunmen Slay Five Farmers In Village Near Kaduna');
    expect(a).toMatchObject({ subType: 'Attack', killed: 5 });
    expect(a.evidence).toBe('Gunmen Slay Five Farmers In Village Near Kaduna');
  });
});

describe('each rare wording found alone in a text', () => {
  const plain = (text: string) => plainReading(text, buildDoc(text))?.doc.text ?? null;
  it('reads every kind of rare wording when it is the only one of its text', () => {
    const cases: [string, string][] = [
      ['He was slain near the river at Berrow.', 'He was killed near the river at Berrow.'],
      ['The lifeless herder lay near the well.', 'The dead herder lay near the well.'],
      ['Three guards perished in the blaze.', 'Three guards died in the blaze.'],
      ['Four corpses lay by the road.', 'Four bodies lay by the road.'],
      ['Six khwarij were sent to hell at dawn.', 'Six khwarij were killed at dawn.'],
      ['Rebels waylaid a truck near Berrow.', 'Rebels ambushed a truck near Berrow.'],
      ['The militia battled troops in Berrow.', 'The militia fought troops in Berrow.'],
      ['The guards began shooting at the crowd.', 'The guards opened fire at the crowd.'],
      ['An unmanned aerial vehicle hit the depot.', 'A drone hit the depot.'],
      ['A van packed with explosives blew up at the gate.', 'A van bomb blew up at the gate.'],
      ['Shelling demolished the school.', 'Shelling destroyed the school.'],
      ['Inhabitants fled the brigands.', 'Residents fled the bandits.'],
      ['Two automobiles burned near the emplacements.', 'Two cars burned near the positions.'],
    ];
    for (const [text, read] of cases) expect(plain(text)).toBe(read);
    // (the long s, which case-blind reading folds to an s, in a text of no other rare word)
    expect(plain('Bandits ſlew two herders.')).toBe('Bandits killed two herders.');
  });
  it('reads a text without any rare wording as it is', () => {
    expect(plain('Gunmen killed four villagers and wounded two near Berrow on Monday.')).toBeNull();
    expect(plain('A wrecking ball knocked down the old market hall in Berrow.')).toBeNull();
  });
});

describe('wording left as it is', () => {
  const plain = (text: string) => plainReading(text, buildDoc(text))?.doc.text ?? null;
  it('leaves "a slew of" and "sexually assaulted" and reads the text as it is', () => {
    expect(
      plain(
        'The council in Berrow approved a slew of new measures on Monday after a court heard that a man sexually assaulted two women near the station last year.',
      ),
    ).toBeNull();
    expect(plain('Bandits slew five villagers and assaulted a convoy in Berrow on Monday.')).toBe(
      'Bandits killed five villagers and attacked a convoy in Berrow on Monday.',
    );
  });
});

describe('forces that kill armed men', () => {
  it('reads forces, named by no other word, that killed militants as an armed clash', () => {
    expect(
      incidents(
        'Hours later, on Monday morning, forces killed six militants in an intelligence-based operation in the Dattakhel area of North Waziristan, the military said.',
      ).map((i) => i.subType),
    ).toEqual(['Armed clash']);
  });
});

describe('armed groups fighting in a clause of their own', () => {
  it('keeps a battle of armed groups a battle when a crowd is named in another clause of the sentence', () => {
    const found = incidents(
      'A grenade thrown into the crowd at the central market of Kavumu on Tuesday evening killed three people, hours after fighters from the Raia militias and the M23 rebels fought for control of villages north of Kalungu.',
    );
    expect(found.map((i) => i.subType)).not.toContain('Peaceful protest');
    expect(found.map((i) => i.subType)).toContain('Armed clash');
  });
  it('still reads a crowd that fought as a violent demonstration', () => {
    expect(
      incidents(
        'Rioters fought running battles with police outside the assembly in Tarnopol on Friday, a police spokesman said.',
      ).map((i) => i.subType),
    ).toEqual(['Violent demonstration']);
  });
});

describe('attacks told with no armed word for the doer', () => {
  it('reads an attack on a village that killed people as an attack, whoever made it', () => {
    expect(
      incidents(
        'Suspected herdsmen attacked the village of Daruwa in Plateau State on Monday night, killing nine people, a community leader said.',
      ).map((i) => [i.subType, i.place, i.killed]),
    ).toEqual([['Attack', 'Daruwa', 9]]);
    expect(
      incidents(
        'The opposition attacked the village council over its flood plan on Monday, saying the delays had left residents exposed.',
      ),
    ).toEqual([]);
  });
  it('reads a shooting or a gun attack told by its noun with its toll', () => {
    expect(
      incidents('Two policemen were killed in a gun attack in Dera Ismail Khan on Monday, police said.').map(
        (i) => i.killed,
      ),
    ).toEqual([2]);
    expect(
      incidents(
        'Four people were killed in a shooting at a tavern in Umlazi on Saturday night, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
    expect(
      incidents(
        'The shooting of the film in Umlazi was halted on Monday after two crew members were injured in a car crash.',
      ),
    ).toEqual([]);
  });
});

describe('acts told far from their doer, and bombs planted by a road', () => {
  it('links gunmen to the fire they opened on customers after a long description of the place', () => {
    expect(
      incidents(
        'Gunmen wearing police-style vests burst into a snooker hall in the Rivera Hernández district of San Pedro Sula, the country’s industrial capital, on Thursday night and opened fire on the customers, killing four men, police said.',
      ).map((i) => [i.subType, i.killed]),
    ).toEqual([['Attack', 4]]);
  });
  it('reads a bomb planted beside a road that tore through a patrol as an explosive', () => {
    expect(
      incidents(
        'A bomb planted beside a road west of the town of Busra al-Harir tore through an army patrol late on Sunday, killing three soldiers, the ministry said.',
      ).map((i) => i.subType),
    ).toEqual(['Remote explosive/landmine/IED']);
  });
});

describe('a fight named by its noun', () => {
  it('reads an exchange of fire with a toll as an armed clash, in plain or in an armed force’s idiom', () => {
    expect(
      incidents(
        'A constable received a bullet injury in his leg during an exchange of fire with militants near Sopore on Sunday night, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Armed clash']);
    expect(
      plainReading('Four khwarij were sent to hell.', buildDoc('Four khwarij were sent to hell.'))?.doc.text,
    ).toBe('Four khwarij were killed.');
  });
  it('keeps an attack on a camp an attack when troops pushed back the attackers after an exchange of fire', () => {
    expect(
      incidents(
        'Militiamen attacked a camp for displaced people near Fataki late on Monday, killing seven people, local officials said. The army said troops had pushed back the attackers after an exchange of fire.',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
  });
});

describe('bombings of empty buildings, and their night', () => {
  it('reads explosions that wrecked villas, charges that went off and a bombing of houses as explosives', () => {
    for (const text of [
      'A separatist group claimed responsibility for explosions that wrecked two holiday homes near Porto-Vecchio.',
      'The charges went off shortly before 2 am on Monday, the prefecture said.',
      'Separatists claim overnight bombing of two villas near Calvi',
    ])
      expect(bestTrigger(text)?.trig.subType).toBe('Remote explosive/landmine/IED');
  });
  it('names no weekday as the group that claimed', () => {
    const [a] = briefArticle(
      {
        text: 'A separatist group on Tuesday claimed responsibility for explosions that wrecked two holiday homes near Porto-Vecchio during the night from Sunday to Monday.',
        origin: 'text',
      },
      { published: '2026-04-16' },
    ).incidents;
    expect(a.attribution).toBe('claimed by a group');
  });
  it('dates a time shortly before dawn after a night told as two days to the second day', () => {
    const found = incidents(
      'Two holiday homes near Porto-Vecchio were damaged during the night from Sunday to Monday.\n\nThe charges went off shortly before 3 am, a few minutes apart, the prefecture said.',
    );
    expect(found.map((i) => i.date?.slice(0, 10))).toEqual(['2026-04-13']);
  });
});

describe('the day of a claim told before its verb', () => {
  it('is not the day of the bombing it claims', () => {
    const found = briefArticle(
      {
        text: 'The FLNC on Monday claimed responsibility for explosions that wrecked three villas near Bonifacio during the night from Saturday to Sunday.\n\nThe charges went off shortly before 3 am, a few minutes apart, the prefecture said.',
        origin: 'text',
      },
      { published: '2026-04-14' },
    ).incidents;
    expect(found.map((i) => i.date?.slice(0, 10))).toEqual(['2026-04-12']);
  });
});

describe('bombs set off, cars packed with explosives, and mobs that burn', () => {
  it('reads a bomb set off or detonated by fighters as an explosive, not one police detonated', () => {
    expect(
      bestTrigger('Separatist fighters set off a homemade bomb under a police pick-up on Sunday.')?.trig
        .subType,
    ).toBe('Remote explosive/landmine/IED');
    expect(bestTrigger('Army engineers later detonated the bomb in a controlled explosion.')).toBeNull();
  });
  it('reads a car packed with explosives as a car bomb, and one rammed into a gate as a suicide bombing', () => {
    expect(
      incidents(
        'A car packed with explosives blew up outside a police post in the Bastión Popular neighbourhood of Guayaquil late on Sunday, injuring three people, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Remote explosive/landmine/IED']);
    expect(
      incidents(
        'Fighters rammed a car packed with explosives into the gate of an army base near Afgooye on Monday, killing five soldiers.',
      ).map((i) => i.subType),
    ).toEqual(['Suicide bomb']);
  });
  it('reads a man beaten and burnt to death by a mob as mob violence', () => {
    expect(
      incidents(
        'A suspected thief was beaten and burnt to death by a mob at the Oja bus stop in Ikorodu on Thursday evening, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Mob violence']);
  });
});
