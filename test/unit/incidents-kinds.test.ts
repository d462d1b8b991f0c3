/**
 * The kinds of ground violence told without their usual nouns, each on invented text: armed men killing civilians (an
 * attack), armed sides killing each other (an armed clash), a place taken or taken back (territory, by who took it),
 * and arrests by security forces; with the loose and patterned wordings that tell of no event.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-03-15') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string) => incidents(text).map((i) => i.subType);

describe("an armed clash: a state's forces who encountered armed men", () => {
  it('reads troops or police who encountered armed men of a group as an armed clash, with its place', () => {
    const [c] = incidents(
      'Troops of an army battalion on patrol encountered about 15 members of a rebel faction near the village of Kessel on Saturday morning, the army said.',
      '2026-03-14',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Kessel' });
    expect(
      kinds(
        'A police team encountered three gunmen at a farmhouse outside Dorvi late on Friday; one officer was wounded, the district police chief said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('finds no fight when forces encountered the press or the weather', () => {
    expect(
      kinds(
        'Police officers encountered several members of the press outside the court in Dorvi on Friday, a spokesman said.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Soldiers encountered heavy rain and flooded roads on the way to Kessel on Saturday, the army said.',
      ),
    ).toEqual([]);
  });
});

describe('an attack: armed men who kill or raid unarmed people', () => {
  it('reads "fighters killed 17 villagers" as an attack, with its toll and place', () => {
    const [a] = incidents(
      'Suspected jihadist fighters killed 17 villagers in the hamlet of Korodougou in central Mali on Tuesday night, a local official said.',
    );
    expect(a).toMatchObject({ subType: 'Attack', killed: 17, place: 'Korodougou' });
  });
  it('reads armed men shooting at the people of a place they walked into as an attack, however the shooting is told', () => {
    const [a] = incidents(
      'Two gunmen walked into a barbershop in the Kivela district of Tarsk late on Friday and began firing at customers, killing three, police said.',
    );
    expect(a).toMatchObject({ subType: 'Attack', killed: 3, place: 'Tarsk' });
    expect(
      kinds(
        'Masked attackers sprayed bullets into a crowd of revellers outside a nightclub in Port Esmer early on Sunday, wounding nine, witnesses said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Gunmen on motorcycles opened fire on diners at a roadside restaurant near Kalbur on Tuesday evening, the district police chief said.',
      ),
    ).toEqual(['Attack']);
  });
  it('keeps fire on soldiers an armed clash, and fire on an empty building no event', () => {
    expect(
      kinds('Gunmen opened fire on soldiers at a checkpoint near Kalbur on Tuesday evening, the army said.'),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Gunmen on motorcycles fired at an empty warehouse near Kalbur on Tuesday evening, the district police chief said, and no one was hurt.',
      ),
    ).toEqual([]);
  });
  it('reads the victims told first, "killed by suspected bandits"', () => {
    expect(
      kinds(
        'At least 12 civilians were killed by suspected bandits on Wednesday in the village of Tungar Kudu, police said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads armed settlers descending on a village as an attack', () => {
    expect(
      kinds(
        'Dozens of armed settlers descended on the village of Beit Orra late on Thursday, burning cars and beating residents, witnesses said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads killings told over a past decade as a pattern, not an event', () => {
    expect(
      kinds(
        'Militants have killed hundreds of civilians in the province over the past decade, a UN report said.',
      ),
    ).toEqual([]);
  });
});

describe('an attack told in general words: any armed doer, any act, the people of any place', () => {
  it('reads a doer told in the singular or as a body, and an act told with an adverb', () => {
    expect(
      kinds(
        'A lone attacker walked into a seafood restaurant in Velhas on Saturday evening and fired repeatedly at diners, wounding four, police said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Hitmen on a motorcycle shot two shopkeepers outside a bakery in Talvora on Sunday morning, the prosecutor said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'An armed gang forced its way into a dance hall in Morvane late on Friday and fired wildly into a crowd of revellers, the mayor said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads an attack with a weapon in the hand, whoever made it', () => {
    expect(
      kinds(
        'A man armed with a machete attacked worshippers leaving an evening service at a chapel in Morvane on Friday, injuring three.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'A man slashed beachgoers with a kitchen knife on the seafront at Dunmarra on Sunday afternoon before he was overpowered.',
      ),
    ).toEqual(['Attack']);
    expect(kinds('A teenager stabbed three tourists near the cathedral in Velhas on Monday night.')).toEqual([
      'Attack',
    ]);
  });
  it('reads fire on a vehicle of unarmed people, or in a place of theirs, as an attack', () => {
    expect(
      kinds(
        'Unidentified gunmen fired on a minibus carrying market traders near Kolwe on Thursday, killing three, officials said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Three aid workers were wounded when armed men opened fire on a relief convoy near Kolwe on Thursday, the agency said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'A 51-year-old man was charged with murder on Sunday after opening fire inside a supermarket in Talvora on Saturday, police said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads an attack on a place of unarmed people told by its noun, with its toll', () => {
    expect(
      kinds(
        'At least fourteen people have been killed in an overnight attack on a camp for displaced families near Kolwe, aid workers said on Monday.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds('Nine villagers died in a raid on a hamlet near Kolwe on Sunday night, officials said.'),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'The minister’s attack on the village schools budget drew angry replies in parliament on Monday.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'A night raid on a farming village near Kolwe on Sunday has reopened old wounds, the mayor said.',
      ),
    ).toEqual([]);
  });
  it('keeps a convoy of unarmed people attacked when it travelled without a military escort', () => {
    expect(
      kinds(
        'Two lorry drivers were killed when gunmen opened fire on an aid convoy near Kolwe on Monday. The convoy of nine lorries was travelling without a military escort when it came under fire, the agency said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds('An army convoy came under fire from militants near Kolwe on Monday, the army said.'),
    ).toEqual(['Armed clash']);
  });
  it('reads the victim told first, beaten by masked men', () => {
    expect(
      kinds(
        'A photographer for a local weekly, Ana Ruas, was beaten by masked men outside the town hall in Velhas on Tuesday.',
      ),
    ).toEqual(['Attack']);
  });
  it('finds no attack in a weapon seized, an attacker shot by police, a political attack or a pattern of killings', () => {
    expect(
      kinds('Police seized a knife and two machetes from a flat in Morvane on Friday, a spokesman said.'),
    ).toEqual([]);
    expect(
      kinds(
        'Officers shot the attacker in the leg on Friday after he lunged at them outside the station in Morvane.',
      ),
    ).not.toContain('Attack');
    expect(
      kinds(
        'The opposition leader attacked the budget plan with a torrent of figures in parliament on Tuesday.',
      ),
    ).toEqual([]);
    expect(kinds('Armed gangs have killed dozens of drivers since 2023, the union said on Monday.')).toEqual(
      [],
    );
    expect(
      kinds('A spokesman for the rebels attacked journalists for biased reporting in a statement on Monday.'),
    ).toEqual([]);
    expect(
      kinds('A militant trade union attacked teachers’ pay plans in a speech in Velhas on Monday.'),
    ).not.toContain('Attack');
    expect(
      kinds('Separatist fighters attacked villagers in Kolwe on Friday, killing four, officials said.'),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'The hospital received nine bodies on Monday, six fighters and three civilians, and 23 wounded people, its director said.',
      ),
    ).not.toContain('Attack');
  });
  it('reads a raid that killed one and kidnapped many as the abduction, and a killing alone as an attack', () => {
    expect(
      kinds(
        'Armed men on horseback stormed a hamlet near Kwandu late on Friday, shot dead a farmer who tried to run and kidnapped at least 12 people, police said.',
      ),
    ).toEqual(['Abduction/forced disappearance']);
    expect(
      kinds(
        'Armed men on horseback stormed a hamlet near Kwandu late on Friday, shot dead a farmer and freed the kidnapped travellers they had held, police said.',
      ),
    ).not.toContain('Abduction/forced disappearance');
    expect(
      kinds(
        'Armed men on horseback stormed a hamlet near Kwandu late on Friday and shot dead a farmer who tried to run, police said.',
      ),
    ).toEqual(['Attack']);
  });
  it('keeps fire on soldiers a fight, whoever fired', () => {
    expect(
      kinds(
        'Two officers were injured on Saturday when a man armed with a knife attacked a police patrol in Velhas, the ministry said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('an armed clash: armed sides that kill each other', () => {
  it('reads insurgents killing soldiers as a clash', () => {
    const [c] = incidents(
      'Islamist insurgents killed eight soldiers near Gajiram on Thursday, two military sources said.',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', killed: 8, place: 'Gajiram' });
  });
  it('reads troops killing militants as a clash', () => {
    expect(
      kinds('Troops killed four suspected militants near Dalvan on Wednesday, a police spokesman said.'),
    ).toEqual(['Armed clash']);
  });
  it('reads an army whose aircraft killed fighters as an air strike', () => {
    expect(
      kinds(
        'The army said on Friday that its aircraft had killed about 30 fighters in a column near Pouytenga on Thursday.',
      ),
    ).toEqual(['Air/drone strike']);
  });
  it("takes a side's own quoted words that it killed fighters as its claim, not another clash", () => {
    expect(
      kinds(
        'The army said on Tuesday it had "neutralised dozens of terrorists" in the Korsimoro area, without giving details.',
      ),
    ).toEqual([]);
  });
  it("reads a side's quoted claim told in a fight the teller names after it as an armed clash", () => {
    expect(
      kinds(
        'On Tuesday, the state news agency said an army unit had "neutralised around forty terrorists" in fighting in the Korsimoro area on Monday, without giving details.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'The military said on Thursday that security forces had killed four "khawarij" in an intelligence-based operation in the Datta Khel area on Tuesday night.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('does not count "killed as" among the numbers of the dead', () => {
    expect(
      kinds('Four soldiers killed as rebels attack army base with drones and rockets').filter(
        (k) => k === 'Armed clash',
      ).length,
    ).toBeLessThanOrEqual(1);
  });
});

describe('territory: who took the place sets the sub-type', () => {
  it('gives a place an armed group seized to the group', () => {
    expect(
      kinds(
        'Rebels of the Northern Alliance seized the district headquarters of Ravenna on Sunday, the group said.',
      ),
    ).toEqual(['Non-state actor overtakes territory']);
  });
  it("gives a place a state's own forces took back to the government", () => {
    expect(
      kinds(
        'Government soldiers recaptured the town of Mabanda from the rebels on Saturday, an army spokesman said.',
      ),
    ).toEqual(['Government regains territory']);
  });
  it('reads "captured" by an army with no foreign name as the government regaining the place', () => {
    expect(
      kinds(
        'The army captured the village of Kuraya in Darfur on Tuesday after heavy fighting, a spokesman said.',
      ),
    ).toContain('Government regains territory');
  });
  it('reads a retaking by an armed group as the group overtaking the place', () => {
    expect(
      kinds('The Rapid Support Forces retook the town of Bara in North Kordofan on Tuesday, the group said.'),
    ).toEqual(['Non-state actor overtakes territory']);
  });
  it("reads a foreign state's forces taking a village of another country as overtaking it", () => {
    expect(
      kinds('Russian troops captured the village of Dvorichne in the Kharkiv region on Monday, Moscow said.'),
    ).toEqual(['Non-state actor overtakes territory']);
  });
  it('reads a village a ministry says its troops "liberated" by the ministry\'s country, quoted word and all', () => {
    expect(
      kinds(
        'Russia\'s defence ministry on Friday claimed its troops had "liberated" the village of Dvorichne in the Kharkiv region.',
      ),
    ).toEqual(['Non-state actor overtakes territory']);
  });
  it('reads a militia taking over a town', () => {
    expect(
      kinds(
        'The militia took over the town of Ruvando on Monday after government troops withdrew, residents said.',
      ),
    ).toEqual(['Non-state actor overtakes territory']);
  });
  it('tells no territory from plans, fears, drills, sport or quoted generalities', () => {
    expect(
      kinds(
        'The army plans to retake the town of Sarvel before the rainy season, the defence minister said.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Insurgents could seize the provincial capital within weeks if reinforcements do not arrive, analysts warned.',
      ),
    ).toEqual([]);
    expect(
      kinds('The visiting side took the city by storm on Saturday, scoring three goals in the first half.'),
    ).toEqual([]);
    expect(
      kinds('"We took the towns, but we never held the roads between them," said a former commander.'),
    ).toEqual([]);
    expect(
      kinds(
        'Customs officers at the border detained Ivo Marek, 40, as he drove in from Austria, police said.',
      ),
    ).toEqual([]);
  });
});

describe('arrests by security forces', () => {
  it('reads security forces rearresting escaped prisoners after a jailbreak', () => {
    const list = incidents(
      'Gunmen stormed the prison in Kavala on Tuesday night and freed more than 200 inmates, officials said.\n\n' +
        'Security forces rearrested 31 of the escaped prisoners near Mbala on Saturday, a police spokesman said.',
    );
    expect(list.map((i) => i.subType)).toContain('Arrests');
  });
  it('reads the arrest of people told after a killing, in the active or with what they are suspected of between', () => {
    const told = (second: string) =>
      incidents(
        `Gunmen shot dead a judge outside her home in Tarvil on Monday, police said.\n\n${second}`,
      ).map((i) => i.subType);
    expect(told('Officers arrested two men in a raid on a house in Tarvil on Wednesday.')).toEqual([
      'Attack',
      'Arrests',
    ]);
    expect(
      told('Three men suspected of supplying the weapons were detained in Merano on Wednesday, police said.'),
    ).toEqual(['Attack', 'Arrests']);
  });
  it('reads the capture of people a force reported as arrests, not as ground taken', () => {
    const told = (second: string) =>
      incidents(
        `Gunmen shot dead a judge outside her home in Tarvil on Monday, police said.\n\n${second}`,
      ).map((i) => i.subType);
    expect(
      told(
        'Police reported the capture of three suspects at a farm outside Merano on Wednesday, with a rifle.',
      ),
    ).toEqual(['Attack', 'Arrests']);
    expect(
      kinds(
        'The rebels announced the capture of the town of Merano on Wednesday after a night of fighting, residents said.',
      ),
    ).toEqual(['Non-state actor overtakes territory']);
  });
  it('reads no event in an arrest for ordinary crime', () => {
    expect(
      kinds(
        'Police arrested 12 people on Monday for selling counterfeit medicines at a market in the capital, the health ministry said.',
      ),
    ).toEqual([]);
  });
});

describe('the day of an event told from another', () => {
  it('counts "the day after the ambush" from the ambush, not from a news conference about it', () => {
    const list = incidents(
      'Five police officers were killed on Monday when gunmen ambushed their convoy near the village of Tarvil, the state police said.\n\n' +
        'The officers were driving back to the base at around 5:30 p.m. local time on Monday when attackers opened fire from a ridge.\n\n' +
        '"They were waiting on both sides of the road," Marco Vell, the state police chief, said at a news conference in the provincial capital, Merano, on Wednesday. "Our officers fought back for an hour."\n\n' +
        'The day after the ambush, soldiers arrested four suspected members of the gang in a raid on a farm outside Tarvil, prosecutors said.',
      '2025-03-14',
    );
    const arrest = list.find((i) => i.subType === 'Arrests');
    expect(arrest?.date).toBe('2025-03-11');
  });
  it('keeps the day of an event told in a clause after the frame of speaking', () => {
    const text =
      'Gunmen attacked a village in southern Kaduna on Sunday, killing nine people, officials said.\n\n' +
      'The governor said in an interview that gunmen also stormed a market in Kauru on Tuesday. Troops arrived the following day.';
    const days = briefArticle({ text, origin: 'text' }, { published: '2025-06-05' }).dates.filter(
      (d) => d.text.toLowerCase() === 'the following day',
    );
    expect(days.map((d) => d.iso)).toEqual(['2025-06-04']);
  });
});

describe('more ways of telling the kinds', () => {
  it("reads a state's forces shooting villagers as an attack", () => {
    expect(
      kinds(
        'Soldiers shot dead three villagers near Kerema on Sunday after accusing them of helping insurgents, relatives said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads an attack a garrison repelled as a clash, and "battled militants" as one', () => {
    expect(
      kinds(
        'The garrison repelled an attack by jihadists on the post at Deribo on Friday, killing 11 of the assailants, the army said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Troops battled militants near the village of Haska for six hours on Thursday, the governor said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it("reads an attack repelled told in the side's quoted words as a clash", () => {
    expect(
      kinds(
        'The army said its 22nd Infantry Division in Deribo had repulsed "a large-scale attack" by the rebels from three directions on Tuesday morning.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads no clash in a blaze battled, a cyber attack repelled or a tally of assaults', () => {
    expect(kinds('Firefighters battled the blaze near Haska for six hours on Thursday.')).toEqual([]);
    expect(kinds('The company said it repelled a cyber attack on its servers on Monday.')).toEqual([]);
    expect(
      kinds('The general staff said its troops had repelled 19 assaults near Dorovka over the previous day.'),
    ).toEqual([]);
  });
  it('reads counted suspects arrested on a day of their own, after a bombing', () => {
    expect(
      kinds(
        'Three suspects were arrested on Tuesday in connection with the bombing of the bus station in Kandar, police said.',
      ),
    ).toContain('Arrests');
  });
});

describe('a bomb made safe', () => {
  it('is disrupted weapons use, whatever the verb and the noun', () => {
    const kindsOn = (text: string) => incidents(text, '2025-03-14').map((i) => i.subType);
    expect(
      kindsOn(
        'Army engineers dismantled a device left in a parked van near the bus station in Tarvil on Thursday.',
      ),
    ).toEqual(['Disrupted weapons use']);
    expect(
      kindsOn('Bomb disposal experts defused two bombs found outside a school in Tarvil on Thursday.'),
    ).toEqual(['Disrupted weapons use']);
  });
  it('is disrupted weapons use told in the passive, with the bomb between, or as "it" after sappers', () => {
    const made = (text: string) =>
      incidents(text, '2025-03-14').filter((i) => i.subType === 'Disrupted weapons use');
    expect(
      made('A bomb planted under a bridge on the outskirts of Tarvil was defused on Thursday, police said.'),
    ).toHaveLength(1);
    expect(
      made(
        'Around 40 homes in Tarvil were evacuated on Thursday while army technical officers made the device safe.',
      ),
    ).toHaveLength(1);
    expect(
      made(
        'Rail staff found a device attached to a rail near Tarvil on Thursday. Army sappers defused it in the afternoon.',
      ),
    ).toHaveLength(1);
  });
  it('is disrupted weapons use told as "it was made safe" or made safe in a controlled explosion', () => {
    const made = (text: string) => incidents(text, '2025-03-14').map((i) => [i.subType, i.place, i.date]);
    expect(
      made(
        'A viable pipe bomb was found near an army barracks in Tarvil on Thursday. It was later made safe by army technical officers, police said.',
      ),
    ).toEqual([['Disrupted weapons use', 'Tarvil', '2025-03-13']]);
    expect(
      made(
        'A suspicious object was left outside a police station in Tarvil on Thursday. The device was made safe in a controlled explosion.',
      ),
    ).toEqual([['Disrupted weapons use', 'Tarvil', '2025-03-13']]);
    expect(
      made(
        'A pipe bomb left outside a house in Tarvil on Thursday was destroyed in a controlled explosion by army technical officers.',
      ),
    ).toEqual([['Disrupted weapons use', 'Tarvil', '2025-03-13']]);
  });
  it('keeps a bomb that went off while being defused an explosion, and a crisis defused no event (control)', () => {
    expect(
      incidents(
        'A bomb exploded while experts were trying to defuse it in Tarvil on Thursday, killing an officer.',
        '2025-03-14',
      ).map((i) => i.subType),
    ).toEqual(['Remote explosive/landmine/IED']);
    expect(
      incidents('The row over the bridge was defused on Thursday after talks in Tarvil.', '2025-03-14'),
    ).toEqual([]);
  });
  it('reads a headline of a bomb found as no explosion, and one found that went off as one (control)', () => {
    const kindsOf = (text: string) => incidents(text, '2025-03-14').map((i) => i.subType);
    expect(
      kindsOf(
        'IED found near school in Tarvil\n\nAn improvised explosive device was found and defused near a primary school in Tarvil on Thursday, the army said.',
      ),
    ).toEqual(['Disrupted weapons use']);
    expect(
      kindsOf(
        'IED found near school in Tarvil exploded\n\nAn improvised explosive device exploded near a primary school in Tarvil on Thursday, killing two people, the army said.',
      ),
    ).toEqual(['Remote explosive/landmine/IED']);
  });
  it('is no event when what was dismantled is a network (control)', () => {
    expect(incidents('Police dismantled a smuggling network in Tarvil on Thursday.', '2025-03-14')).toEqual(
      [],
    );
  });
});

describe('more words for drones and abductions', () => {
  const kindsOn = (text: string) => incidents(text, '2025-03-14').map((i) => i.subType);
  it('reads a quadcopter that dropped a mortar round as a drone strike', () => {
    expect(
      kindsOn('A quadcopter dropped a mortar round on the police post at Kotli on Thursday morning.'),
    ).toEqual(['Air/drone strike']);
  });
  it('reads armed men who seized or snatched people as abducting them, not goods (control)', () => {
    expect(kindsOn('Armed men seized three surveyors working on a bridge near Kotli on Thursday.')).toEqual([
      'Abduction/forced disappearance',
    ]);
    expect(kindsOn('Gunmen snatched a priest from his parish house in Kotli on Thursday night.')).toEqual([
      'Abduction/forced disappearance',
    ]);
    expect(
      kindsOn('Gunmen seized rifles and ammunition from a police post in Kotli on Thursday.'),
    ).not.toContain('Abduction/forced disappearance');
  });
});

describe('an explosion its headline tells as an accident', () => {
  it('is no bomb; a blast in a story of war still is (control)', () => {
    const head = 'Two workers killed as boiler explodes at Tarvil textile mill\n\n';
    const body =
      'Two workers were killed and five injured on Thursday at the Tarvil textile mill. The blast tore through the dyeing hall at about 3pm, when the night shift was changing, a fire official said.';
    expect(incidents(head + body, '2025-03-14')).toEqual([]);
    expect(
      incidents(
        `Two soldiers killed in Tarvil market attack\n\n${body.replace('at the Tarvil textile mill', 'in Tarvil')}`,
        '2025-03-14',
      ).map((i) => i.subType),
    ).toEqual(['Remote explosive/landmine/IED']);
  });
});

describe('communities that fight with guns, homes burned, unarmed people shot by a state’s men', () => {
  it('reads clans that fought with rifles as an armed clash, and villagers who fought with sticks as mob violence', () => {
    expect(
      kinds(
        'Six men died on Friday when two clans fought with hunting rifles on the slopes above Tari, police said.',
      ),
    ).toEqual(['Armed clash']);
    expect(kinds('Two villages fought each other with sticks near Tari on Friday, police said.')).toEqual([
      'Mob violence',
    ]);
  });
  it('reads homes set on fire by armed men as property destroyed, by youths with no demonstration told as a mob’s riot, and with a toll as an attack', () => {
    expect(kinds('Gunmen set fire to about 30 houses in Dumbi village on Friday.')).toEqual([
      'Looting/property destruction',
    ]);
    expect(
      kinds('Men believed to be from a rival clan set fire to 30 houses and a school in Dumbi on Friday.'),
    ).toEqual(['Looting/property destruction']);
    expect(kinds('Youths set fire to houses in Dumbi on Friday.')).toEqual(['Mob violence']);
    expect(kinds('Gunmen set fire to 30 houses in Dumbi on Friday, killing two women.')).toEqual(['Attack']);
  });
  it('reads villagers shot by soldiers as an attack, and protesters shot by police as force on a protest', () => {
    expect(kinds('Soldiers shot and wounded three herders near Dumbi on Friday, residents said.')).toEqual([
      'Attack',
    ]);
    expect(kinds('Police shot two protesters outside the governor’s office in Dumbi on Friday.')).toEqual([
      'Excessive force against protesters',
    ]);
  });
});

describe('fire sprayed at people, a crowd that punishes a man, party activists who clash', () => {
  it('reads gunmen who sprayed a queue of taxis with fire, or fired at a taxi rank, as an attack', () => {
    expect(
      kinds(
        'Two gunmen sprayed a queue of minibuses with rifle fire in Butterworth on Friday, killing four people.',
      ),
    ).toEqual(['Attack']);
    expect(kinds('Gunmen opened fire at a taxi rank in Butterworth on Friday.')).toEqual(['Attack']);
  });
  it('reads a crowd that beat a man it accused as mob violence, though police then dispersed it', () => {
    expect(
      kinds(
        'On Friday night a crowd in Butterworth caught a man they accused of stealing goats and beat him before officers fired rubber bullets to disperse them.',
      ),
    ).toEqual(['Mob violence']);
    expect(
      kinds(
        'Two men suspected of stealing a goat were lynched by a crowd at the Butterworth market on Friday evening.',
      ),
    ).toEqual(['Mob violence']);
    expect(
      kinds('Protesters marched in Butterworth on Friday and police fired rubber bullets to disperse them.'),
    ).toEqual(['Protest with intervention']);
  });
  it('reads activists of two parties who clashed as mob violence', () => {
    expect(
      kinds(
        'Two people were hurt as activists of the ruling party and the opposition clashed at a market in Kushtia on Friday.',
      ),
    ).toEqual(['Mob violence']);
  });
});

describe('a car bombing named as a noun, and a caption credited with a slash', () => {
  it('reads "claimed responsibility for Monday’s car bombing" and "a bombing at a checkpoint" as bombs', () => {
    expect(
      incidents(
        'Al-Shabaab has claimed responsibility for Monday’s car bombing at a checkpoint in Baidoa, which killed seven people.',
      ).map((i) => [i.subType, i.attacker]),
    ).toEqual([['Remote explosive/landmine/IED', 'al-Shabaab']]);
    expect(kinds('A bombing at a market in Baidoa killed seven people on Monday.')).toEqual([
      'Remote explosive/landmine/IED',
    ]);
  });
  it('tells no event of its own in a photo caption credited "(AFP / Name)"', () => {
    const text = (credit: string) =>
      'A car bomb exploded at a checkpoint in Baidoa on Monday, killing seven people, police said.\n\n' +
      'The army closed the road for the rest of the day.\n\n' +
      `Relatives mourn at the scene of the bombing at a market in Jowhar on March 9, 2025. ${credit}`;
    expect(incidents(text('(AFP / Abdi Warsame)')).map((i) => i.place)).toEqual(['Baidoa']);
  });
});

describe('arrests over an event told just before', () => {
  it('are an event of their own, not a detail of the blast they refer to', () => {
    expect(
      kinds(
        'A roadside bomb wounded two soldiers on a patrol near Yala on Monday morning, the army said.\n\n' +
          'Late the same night, soldiers and police surrounded a house in Yala and detained four men for questioning over the blast.',
      ),
    ).toEqual(['Remote explosive/landmine/IED', 'Arrests']);
  });
});

describe('an event that only says how someone died', () => {
  it('gives way to the sentence’s own act told before it', () => {
    expect(
      kinds(
        'A drone dropped an explosive charge near the gates of the cemetery in Kherson on Monday, wounding two women who had come to bury a neighbour killed in the shelling of the market days before.',
      ),
    ).toEqual(['Air/drone strike']);
    expect(
      kinds('Artillery shelling of the market in Kherson on Monday killed two women, officials said.'),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('shots fired at a home, a place or a vehicle of unarmed people, with no armed doer named', () => {
  it('reads shots fired through the doors of a place of worship as an attack', () => {
    const [c] = incidents(
      'A caretaker was cut by glass late on Tuesday after a volley of shots were fired through the main doors of a temple in Oakvale, officers said.',
      '2026-03-11',
    );
    expect(c).toMatchObject({ subType: 'Attack', place: 'Oakvale' });
  });
  it('reads a rider who fired a counted number of times into a taxi as an attack, the count no tally', () => {
    expect(
      kinds(
        'Two youths on a scooter pulled alongside a taxi at the lights in Marrowby on Monday, and the pillion passenger fired four times into the taxi before they sped away.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads men armed with rifles who fired on a mayor’s car as an attack on him', () => {
    const [c] = incidents(
      'The mayor of Dunmore was killed on Friday night when men armed with rifles fired on his car on the hill road above the town, the prosecutor said.',
      '2026-03-14',
    );
    expect(c).toMatchObject({ subType: 'Attack', place: 'Dunmore' });
  });
  it('reads armed men who swept into a place shooting people as an attack', () => {
    const [c] = incidents(
      'Before dawn on Saturday raiders from the Lamarre coalition poured into Ville-Cadet, shooting residents as they ran and burning the chapel, a priest said.',
      '2026-03-16',
    );
    expect(c).toMatchObject({ subType: 'Attack', place: 'Ville-Cadet' });
  });
  it('reads young men with machetes, unlike men with rifles, as no armed doer of an attack', () => {
    expect(
      kinds(
        'On Sunday young men armed with machetes and sticks marched into the centre of Kurmi and set fire to 12 shops, the police said.',
      ),
    ).not.toContain('Attack');
  });
  it('does not read shots fired by officers, nor shots into the air, as an attack', () => {
    expect(
      kinds(
        'Officers fired several shots at the van as it reversed towards them in Marrowby on Monday, a spokesman said.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Several shots were fired at the van by police officers in Marrowby on Monday, a spokesman said.',
      ),
    ).toEqual([]);
    expect(
      kinds('Several shots were fired into the air at a wedding in Marrowby on Monday, neighbours said.'),
    ).toEqual([]);
  });
  it('still reads a tally of how often a group attacked as no event', () => {
    expect(
      kinds('The group has attacked the pipeline more than 40 times since the spring, the company said.'),
    ).toEqual([]);
  });
});

describe("armed men who shot dead a state's armed man", () => {
  it('reads gunmen who shot dead a police officer at a post as an armed clash', () => {
    const [c] = incidents(
      'Late on Friday two gunmen on a scooter shot dead a traffic policeman at a roadblock in Qasrin, a provincial official said.',
      '2026-03-14',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', place: 'Qasrin' });
  });
  it('still reads gunmen who shot dead a shopkeeper as an attack', () => {
    expect(
      kinds(
        'Late on Friday two gunmen on a scooter shot dead a shopkeeper outside his store in Qasrin, a provincial official said.',
      ),
    ).toEqual(['Attack']);
  });
});

describe('a person of public life beaten or stabbed', () => {
  it('reads a councillor punched and kicked while putting up posters as an attack', () => {
    const [c] = incidents(
      'A Liberal member of the district council was punched and kicked to the ground in Hallstadt late on Saturday while handing out leaflets, police said.',
      '2026-03-16',
    );
    expect(c).toMatchObject({ subType: 'Attack', place: 'Hallstadt' });
  });
  it('reads men who beat up a reporter as an attack', () => {
    expect(
      kinds(
        'On Thursday three men beat up a local reporter outside the town hall in Hallstadt, his editor said.',
      ),
    ).toEqual(['Attack']);
  });
  it('does not read a mayor attacked in words, nor a player kicked in a match, as an attack', () => {
    expect(
      kinds(
        'The mayor of Hallstadt was attacked over the budget by the opposition benches on Monday, the minutes show.',
      ),
    ).toEqual([]);
    expect(kinds('A midfielder was kicked in the second half of the match in Hallstadt on Sunday.')).toEqual(
      [],
    );
  });
  it('reads a blow to the face or head of a person of public life as an attack', () => {
    expect(
      kinds(
        'A Green councillor was hit in the face and pushed off his bicycle while handing out leaflets outside a supermarket in Leeds on Saturday, police said.',
      ),
    ).toEqual(['Attack']);
  });
  it('does not read a ball that struck a councillor, nor a boxer struck in a bout, as an attack', () => {
    expect(
      kinds(
        'The councillor was struck on the head by a ball during a charity cricket match in Leeds on Saturday and needed three stitches.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'The heavyweight boxer was struck in the face in the third round of the bout in Leeds on Saturday and lost on points.',
      ),
    ).toEqual([]);
  });
});
