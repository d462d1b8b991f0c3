/**
 * The kind of an event read from who is on each side, each on invented text: rival crowds or a mob (mob violence, not
 * an armed clash), armed men against a guarded place (an armed clash, not an attack), captives driven off on foot (an
 * abduction, not a march), a rescue fought for (an armed clash), escapees caught again (arrests, not territory), and
 * a dispersal that hurts people without lethal force (intervention, not excessive force); with the wordings that keep
 * the general kinds.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-03-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string) => incidents(text).map((i) => i.subType);

describe('mob violence: crowds with no armed group or state force among them', () => {
  it('reads thugs clashing with rival party supporters as mob violence', () => {
    expect(
      kinds(
        'Counting in the ward elections of Tessaly district went on late into the night on Thursday, but hired thugs seized a ballot box at Korvan and clashed with rival party supporters, leaving one voter dead.',
      ),
    ).toEqual(['Mob violence']);
  });
  it('reads supporters of two parties fighting with clubs as mob violence', () => {
    const [m] = incidents(
      'At a polling station in the village of Drenmoor, supporters of the Unity Party and the People’s Alliance fought with clubs and cutlasses on Saturday morning, a returning officer said.',
    );
    expect(m).toMatchObject({ subType: 'Mob violence', place: 'Drenmoor' });
  });
  it('reads a mob that set fire to houses as mob violence', () => {
    expect(
      kinds(
        'A mob set fire to at least nine houses in the village of Palashgaon on Sunday night after a rumour spread about a post online, the district officer said.',
      ),
    ).toEqual(['Mob violence']);
  });
  it('reads a fight told as "between" two crowds of unarmed people as mob violence, however they are named', () => {
    expect(
      kinds(
        'Three people died on Saturday in fighting between two groups of fishermen over mooring rights at the harbour of Kessara, the district officer said.',
      ),
    ).toEqual(['Mob violence']);
    const [m] = incidents(
      'Clashes between neighbouring families over an irrigation channel in the hamlet of Dorvi left one man dead on Thursday, police said.',
    );
    expect(m).toMatchObject({ subType: 'Mob violence', place: 'Dorvi' });
  });
  it('reads crowds that attacked each other as mob violence', () => {
    expect(
      kinds(
        'In the village of Marnaik on Wednesday, residents of the upper and lower quarters attacked each other with sticks and stones after a dispute over a well; eleven people were hurt, police said.',
      ),
    ).toEqual(['Mob violence']);
    expect(
      kinds(
        'Supporters of the two candidates attacked each other with bats outside the counting hall in Velmar on Sunday night, leaving six hurt, the returning officer said.',
      ),
    ).toEqual(['Mob violence']);
  });
  it('keeps a fight between crowds and soldiers, and one between armed groups, an armed clash', () => {
    expect(
      kinds(
        'Clashes between villagers and soldiers at a checkpoint near Ostrava Dol on Friday left two dead, officials said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Fighting between two groups of rebels near Kalemo on Tuesday killed nine fighters, a monitor said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('folds a headline’s bare "clash" into the crowds’ fight the body tells, and reads no link below as an event', () => {
    const text =
      'Toll climbs to four after Orvel farm clash\n\n' +
      "The number of people killed in Sunday's clash between two groups of farmers over a boundary ditch in the village of Orvel rose to four on Tuesday, police said.\n\n" +
      'Police said nine people had been arrested.\n\n' +
      'Also read:\n» Five hurt as two groups clash over canal in Dessa\n» Soldiers clash with rebels in Oskel hills';
    expect(incidents(text, '2026-03-17').map((i) => [i.subType, i.place])).toEqual([
      ['Mob violence', 'Orvel'],
    ]);
    // (a headline that names armed sides tells their fight)
    expect(
      kinds(
        "Toll climbs to four after Orvel border clash\n\nThe number of soldiers killed in Sunday's clash between troops and rebels near the village of Orvel rose to four on Tuesday, the army said.",
      ),
    ).toEqual(['Armed clash']);
  });
  it('keeps a fight with the police, and a fight at a rally, out of mob violence', () => {
    expect(
      kinds('Opposition supporters clashed with police outside the tally centre in Merrow on Monday.'),
    ).not.toContain('Mob violence');
    expect(
      kinds(
        'Marchers and ruling party supporters clashed with each other during a rally in the capital on Sunday, organisers said.',
      ),
    ).not.toContain('Mob violence');
  });
});

describe('armed men against a guarded place: an armed clash with its guards', () => {
  it('reads armed men attacking a prison as an armed clash', () => {
    expect(
      kinds(
        'Armed men from a gang alliance attacked the civil prison of Port Lindo shortly before midnight on Wednesday, freeing dozens of inmates, police said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads militants assaulting a border post as an armed clash, with its toll', () => {
    const [c] = incidents(
      'Suspected militants assaulted a border post near Kelvar on Monday night, killing two guards, officials said.',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', killed: 2 });
  });
});

describe('captives and rescues', () => {
  it('reads passengers forced to march into the bush as an abduction, not a march', () => {
    expect(
      kinds(
        'The gunmen stopped the minibus near Ofeni hill on Monday afternoon, shot at its tyres and forced the passengers to march into the bush, one of the travellers said.',
      ),
    ).toEqual(['Abduction/forced disappearance']);
  });
  it('reads captives marched into the forest as an abduction', () => {
    expect(
      kinds(
        'The headmaster, 58, was marched into the forest with the others late on Tuesday, his wife said.',
      ),
    ).toEqual(['Abduction/forced disappearance']);
  });
  it('reads people kidnapped and someone killed by the same doers as one abduction', () => {
    expect(
      kinds(
        'Gunmen kidnapped a Catholic priest from his parish house in Ofeni on Sunday night and shot dead a security guard, the diocese said.',
      ),
    ).toEqual(['Abduction/forced disappearance']);
    expect(
      kinds(
        'Gunmen abducted 20 villagers during a night raid on Ofeni on Monday, residents said.\n\nOne resident who tried to flee was shot dead, and the others were taken into the forest.',
      ),
    ).toEqual(['Abduction/forced disappearance']);
    // (a kidnapping told of the doers in a clause of its own is theirs from before)
    expect(
      kinds('Gunmen who kidnapped a priest last year shot dead two traders in Ofeni on Sunday, police said.'),
    ).toEqual(['Attack']);
  });
  it('reads a rescue in which the captors were killed as an armed clash', () => {
    const [c] = incidents(
      'Two hostages were freed on Thursday in a police operation near Ramoka in which four of their kidnappers were killed, the police said.',
    );
    expect(c).toMatchObject({ subType: 'Armed clash', killed: 4 });
  });
  it('reads captors "neutralised" as hostages were freed, and a gun duel, as an armed clash', () => {
    expect(
      kinds(
        'Three bandits were neutralised and all 14 hostages were freed near Tudun Wada on Friday, an army spokesman said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'On Friday the tactical team engaged the hoodlums in a gun duel near Agbaja and rescued six of the kidnapped travellers, the command said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads escapees recaptured after a jailbreak as no territory retaken', () => {
    expect(
      kinds(
        'Militiamen stormed the central prison of Lurembo late on Sunday, freeing about 300 inmates. On Tuesday, police and soldiers recaptured 54 escapees in Lurembo, the governor said.',
      ),
    ).toEqual(['Armed clash', 'Arrests']);
    expect(
      kinds(
        'Dozens of escapees recaptured in Lurembo after militia attack frees hundreds from prison\n\nPolice and soldiers caught 54 of the escaped inmates on Tuesday, the governor said.',
      ),
    ).not.toContain('Government regains territory');
  });
  it('keeps a town recaptured by troops as territory regained', () => {
    expect(kinds('Government troops recaptured the town of Kelo on Sunday, the army said.')).toEqual([
      'Government regains territory',
    ]);
  });
  it('reads troops an armed group calls its own as that group taking the place', () => {
    expect(
      kinds(
        'The Arakan Army said on Friday that its troops had overrun a navy base near Sittwe after two days of fighting.',
      ),
    ).toContain('Non-state actor overtakes territory');
    // (control: a state's forces speaking of their troops still regain it)
    expect(
      kinds(
        'The Myanmar army said on Friday that its troops had retaken a navy base near Sittwe after two days of fighting.',
      ),
    ).toContain('Government regains territory');
  });
});

describe('a dispersal: intervention unless the force is lethal or serious', () => {
  it('reads tear gas and rubber bullets that hurt students as a protest with intervention', () => {
    expect(
      kinds(
        'Riot police fired tear gas and rubber bullets to disperse hundreds of students marching on the education ministry in Varosa on Wednesday. At least 12 students were injured and 20 were detained, their union said.',
      ),
    ).toEqual(['Protest with intervention']);
  });
  it('keeps live rounds that killed protesters as excessive force', () => {
    expect(
      kinds(
        'Police opened fire on protesters demanding cheaper bread in Kessa on Thursday, killing two and wounding nine, witnesses said.',
      ),
    ).toEqual(['Excessive force against protesters']);
  });
  it('reads a man shot dead as police cleared a road held in protest as excessive force, not an attack', () => {
    expect(
      kinds(
        'A teacher was shot dead on Wednesday when police moved to clear a road that striking farmers had blocked in protest against low milk prices near Varden, the rights office said.',
      ),
    ).toEqual(['Excessive force against protesters']);
    // (a road cleared of no crowd, and a killing told with no protest, keep their kinds)
    expect(
      kinds(
        'Police moved to clear a road blocked by a landslide near Varden on Wednesday, the roads agency said.',
      ),
    ).toEqual([]);
    expect(kinds('A teacher was shot dead in Varden on Wednesday, police said.')).toEqual(['Attack']);
  });
  it('keeps the next day’s march apart from a dispersal whose statement came that night', () => {
    const story = (mid: string) =>
      kinds(
        'Farmers block highway near Varden\n\n' +
          `Police fired tear gas at farmers blocking the highway into Varden on Thursday, the rights office said. ${mid}\n\n` +
          "On Friday, thousands of farmers marched peacefully through the centre of Varden to the governor's office.",
      );
    expect(
      story(
        'The interior ministry, in a statement released on Thursday night, said officers had acted within the law.',
      ),
    ).toEqual(['Protest with intervention', 'Peaceful protest']);
    // (a crowd that stayed through the night makes the next day's march the same protest)
    expect(story('The farmers stayed on the highway through the night, singing and burning tyres.')).toEqual([
      'Violent demonstration',
    ]);
  });
});

describe('armed men who storm a place of civilians', () => {
  it('attack civilians when the place is a farming community, or its post is a health post', () => {
    expect(
      kinds(
        'Gunmen stormed Kuru, a farming community near Barkin Ladi, on Tuesday night, killing 12 people, the council chairman said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Insurgents stormed the fishing town of Quissanga on Tuesday night, killing three civilians and burning the health post, police said.',
      ),
    ).toEqual(['Attack']);
  });
  it("fight a post's soldiers (control)", () => {
    expect(
      kinds(
        'Insurgents stormed the army post at Quissanga on Tuesday night, killing three soldiers, police said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('armed men who ambush one named kind of civilian', () => {
  it('attack them: a district chairman and his driver; a police chief is fought (control)', () => {
    expect(
      kinds(
        'Gunmen ambushed and killed a district chairman and his driver near Pikit on Monday, police said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds('Gunmen ambushed and killed a police chief and his bodyguard near Pikit on Monday, police said.'),
    ).toEqual(['Armed clash']);
  });
});

describe('an unarmed person named by role alone, with or without a determiner', () => {
  it('reads armed men who killed "the driver" of a lorry, or a headline\'s bare "headman, son", as an attack', () => {
    expect(kinds('Gunmen ambushed a lorry near Dorvi on Tuesday, killing the driver.')).toEqual(['Attack']);
    expect(kinds('Village headman, son killed in Dorvi ambush on Tuesday')).toEqual(['Attack']);
  });
  it("still reads the driver of a police patrol or an army truck killed in an ambush as a battle's toll", () => {
    expect(kinds('Gunmen ambushed a police patrol near Dorvi on Tuesday, killing the driver.')).toEqual([
      'Armed clash',
    ]);
    expect(kinds('Militants ambushed an army truck near Dorvi on Tuesday, killing the driver.')).toEqual([
      'Armed clash',
    ]);
  });
});

describe('lawmen fired upon', () => {
  it('reads lawmen fired upon by armed men as an armed clash', () => {
    expect(
      kinds(
        'A team from the St Catherine North Division was carrying out an operation in Spanish Town about 5 a.m. on Monday when lawmen were fired upon by men armed with handguns, the police said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('a convoy of passenger vans', () => {
  it('reads gunmen firing on a convoy of passenger vans as an attack, and on an army convoy as a clash', () => {
    expect(
      kinds(
        'Gunmen hiding on a hillside opened fire on a convoy of passenger vans near Sadda on Saturday morning, killing at least six travellers, police said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Gunmen opened fire on an army convoy near Sadda on Saturday morning, killing three soldiers, police said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('party activists locked in a clash', () => {
  it('reads activists of two parties locked in a clash as mob violence', () => {
    expect(
      kinds(
        'A youth was killed and 20 people were injured as activists of the Awami Party and the Jatiya Front locked in a clash over a market lease at Dhunat in Bogura on Friday afternoon.',
      ),
    ).toContain('Mob violence');
  });
});

describe('who was hit, read from the structure of the sentence', () => {
  it('reads two sides that traded fire near a hamlet as a clash: the hamlet is where, not whom they fired on', () => {
    expect(
      kinds(
        'Frontier units of the two republics traded fire near the hamlet of Sary-Bulak on Thursday morning, leaving one conscript dead, officials said.',
      ),
    ).toEqual(['Armed clash']);
    // (control: armed men who fire on the hamlet itself attack it)
    expect(
      kinds(
        'Gunmen fired on the village of Sary-Bulak on Thursday morning, killing two farmers, officials said.',
      ),
    ).toEqual(['Attack']);
  });
  it('reads a state’s armed man gunned down by assailants, told in the passive, as a clash; a shopkeeper as an attack', () => {
    expect(
      kinds(
        'A police constable guarding a bank was gunned down by two assailants on a scooter in Meerut on Tuesday evening.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds('A shopkeeper was gunned down by two assailants on a scooter in Meerut on Tuesday evening.'),
    ).toEqual(['Attack']);
  });
  it('reads the victims of an ambush told before its noun: teachers attacked, policemen fought', () => {
    expect(
      kinds(
        'Three schoolteachers and their driver were killed in an ambush on the road to Kidal on Friday, the regional governor said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Three policemen and their driver were killed in an ambush on the road to Kidal on Friday, the regional governor said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads men gunned down during a shoot-out told after an aside as a clash; without the shoot-out, an attack', () => {
    expect(
      kinds(
        'Commandos gunned down six cattle rustlers, among them a man wanted for the murder of a chief, during a shoot-out in the hills above Marsabit on Sunday.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Commandos gunned down six cattle rustlers, among them a man wanted for the murder of a chief, in the hills above Marsabit on Sunday.',
      ),
    ).toEqual(['Attack']);
  });
});

describe('a grenade thrown in a fight the sentence tells', () => {
  it('reads a post attacked, a victim hit by a grenade in the gunfight, as a clash; a grenade lobbed alone stays a grenade', () => {
    expect(
      kinds(
        'Militants attacked a police outpost outside Pulwama overnight, killing three constables, one of them struck by a grenade lobbed during the gunfight, officials said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Militants lobbed a grenade into a police outpost outside Pulwama overnight, wounding three constables, officials said.',
      ),
    ).toEqual(['Grenade']);
  });
});

describe('an armed act of one side on a target of no arms: an attack, not an armed clash', () => {
  it('reads armed men firing on a vehicle or storming a house, with no one fighting back, as an attack', () => {
    expect(
      kinds(
        'Gunmen on motorbikes opened fire on the delivery van of a bakery owner outside Velmora on Friday evening, the district police said.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Raiders stormed a farmhouse at the edge of Kessingrad before dawn on Sunday and set its barn alight, a neighbour told reporters.',
      ),
    ).toEqual(['Attack']);
  });
  it('keeps the act an armed clash when the target was armed, was a post, or fired back', () => {
    expect(
      kinds(
        'Gunmen on motorbikes opened fire on a border guard patrol outside Velmora on Friday evening, the district police said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Raiders stormed a farmhouse at the edge of Kessingrad before dawn on Sunday, but the farmer’s armed sons fired back for an hour, a neighbour told reporters.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Two wardens died when a dozen armed men stormed the lock-up at Orvaza late on Tuesday and freed nine prisoners, the regional governor said.',
      ),
    ).toEqual(['Armed clash']);
    expect(
      kinds(
        'Before sunrise on Monday, troops raided a smugglers’ hideout and a kidnappers’ camp in the hills above Tarnow, the army said.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('an armed clash needs two armed sides: a fight of unarmed people is a riot', () => {
  it('reads drivers who clashed with police during a strike as a violent demonstration', () => {
    expect(
      kinds(
        'Taxi drivers who blocked the ring road in Varnetta on Monday clashed with police near the city hall, as a strike over fuel prices turned into the worst street violence in months.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('reads people of a trade, or a crowd told by its grievance, who clashed with police as a riot', () => {
    expect(
      kinds(
        'Striking dockers clashed with police at the port of Varnetta on Wednesday as they tried to stop a container ship from being unloaded, their union said.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds('Pensioners clashed with police outside the social security office in Varnetta on Tuesday.'),
    ).toEqual(['Violent demonstration']);
    // (armed men told by their grievance are still armed)
    expect(kinds('Angry militiamen clashed with police in Varnetta on Tuesday, officials said.')).toEqual([
      'Armed clash',
    ]);
  });
  it('reads a pitched battle between supporters and police as a violent demonstration', () => {
    expect(
      kinds(
        'The derby in Varnetta on Sunday was scarred by a pitched battle between supporters and police outside the stadium.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('keeps soldiers and rebels who clashed an armed clash, and residents who tell of clashes no side of them', () => {
    expect(kinds('Soldiers clashed with rebels near the town of Varnetta on Monday, the army said.')).toEqual(
      ['Armed clash'],
    );
    expect(
      kinds(
        'The clashes broke out on Tuesday afternoon at a checkpoint on the road to Varnetta and spread into the southern neighbourhoods by nightfall, residents said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('takes no side of a fight from whom it is told to ("told reporters"): no riot read from them', () => {
    expect(
      kinds(
        'The foreign minister told reporters in Varnetta on Monday that the two sides had "clashed on details, not on principles".',
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/protest|demonstration/)]));
  });
  it('reads a prison riot that hurt officers as a demonstration, and one that killed only inmates as a gang fight', () => {
    expect(
      kinds(
        'Two inmates were confirmed dead and five prison officers injured after inmates rioted at the central prison in Varnetta on Monday night.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Two inmates were killed on Monday night when inmates rioted at the central prison in Varnetta, officials said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('reads protesters shot dead as force used on their protest, and a killing told as earlier as an attack of its own beside the march', () => {
    expect(
      kinds(
        'The rights commission said on Tuesday that two demonstrators had been shot dead in Varnetta and 31 people treated for injuries.',
      ),
    ).toEqual(['Excessive force against protesters']);
    expect(
      kinds(
        'Two people were shot dead in Varnetta on Tuesday as police clashed with protesters marking the anniversary of the uprising.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Police fired tear gas on Wednesday to break up a march by hundreds of students in Varnetta who were demanding justice for a teacher shot dead two days earlier.',
      ),
    ).toEqual(['Protest with intervention', 'Attack']);
  });
});

describe('a raid of a state force that armed men fought: an armed clash, not an attack', () => {
  it('reads the raid as a fight when the force says armed men opened fire on it right after', () => {
    const [r] = incidents(
      'Two men were killed during an army raid on the Sarvan refugee camp near Dolmen late on Wednesday, the health ministry said.\n\nThe military said troops had "eliminated two armed terrorists who opened fire on forces" and arrested five suspects.',
    );
    expect(r).toMatchObject({ subType: 'Armed clash' });
  });
  it("reads a raid's dead told as members of a listed armed group as a fight", () => {
    const [r] = incidents(
      'On Monday, the intelligence directorate said its forces had killed two ISKP members and detained a third in a night raid on a house in Dolmen.',
    );
    expect(r).toMatchObject({ subType: 'Armed clash' });
  });
  it('keeps an attack when no one fought the raid, or when the fire told after it is another story', () => {
    expect(
      kinds(
        'Two men were killed during an army raid on the Sarvan refugee camp near Dolmen late on Wednesday, the health ministry said.\n\nRelatives said the men were unarmed and asleep.',
      ),
    ).toEqual(['Attack']);
    expect(
      kinds(
        'Two men were killed during an army raid on the Sarvan refugee camp near Dolmen late on Wednesday, the health ministry said.\n\nSeparately, a patrol came under fire near Korvan on Thursday.',
      ),
    ).toContain('Attack');
  });
});

describe('a crowd that fights an armed group: an armed clash, not mob violence', () => {
  it('reads youths who clashed with an armed group as an armed clash', () => {
    expect(
      kinds(
        'On Monday, youths from Dolmen who had gone after the raiders clashed with an armed group near the Korvan boundary, the UN mission said, adding that five people were killed in that fighting.',
      ),
    ).toEqual(['Armed clash']);
  });
});
