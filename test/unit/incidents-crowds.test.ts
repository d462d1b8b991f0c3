/**
 * Crowds and the force used on them, told in general words: whoever the crowd is (fans, farmers, pensioners,
 * residents), what it throws at the state's force in the active or the passive voice, and what the force turns on it
 * (tear gas, water cannon, batons); each on invented text, with the wordings that tell of no demonstration.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2026-03-15') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string, published?: string) => incidents(text, published).map((i) => i.subType);

describe("a crowd's missiles thrown at the state's force", () => {
  it('reads any crowd that pelted or hurled things at the police as a violent demonstration', () => {
    expect(
      kinds(
        'Hundreds of cattle herders pelted gendarmes with rocks and bottles outside the prefecture in Tarsk on Saturday, a local official said.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'On Friday night, several dozen residents of the Vell estate in Dorvi hurled bricks and fireworks at riot police who had come to evict a family.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('reads the things thrown told in the passive voice, with no crowd named in the clause', () => {
    expect(
      kinds(
        'Eggs, bottles and flares were thrown at police lines outside the regional assembly in Tarsk on Thursday as lawmakers voted on the water tariff, the prefecture said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('finds no demonstration in things thrown at no force', () => {
    expect(
      kinds('Wedding guests threw flowers at the couple as they left the town hall in Tarsk on Saturday.'),
    ).toEqual([]);
    expect(
      kinds('Fans threw scarves and flowers onto the pitch at the end of the final in Tarsk on Sunday.'),
    ).toEqual([]);
  });
});

describe("a state's force turning crowd-control weapons on a crowd", () => {
  it('reads tear gas, water cannon and batons used on a crowd of any name as a protest met by the state', () => {
    expect(
      kinds(
        'Police in Tarsk fired tear gas at pensioners who had gathered outside the parliament on Wednesday.',
      ),
    ).toEqual(['Protest with intervention']);
    expect(
      kinds(
        'Officers responded with water cannon when several thousand residents tried to push through the cordon in Tarsk on Friday.',
      ),
    ).toEqual(['Protest with intervention']);
    expect(
      kinds('Riot police tear-gassed striking nurses outside the health ministry in Tarsk on Monday.'),
    ).toEqual(['Protest with intervention']);
  });
  it('reads batons used to clear a crowd as intervention, and people left critically hurt as excessive force', () => {
    expect(
      kinds(
        'Riot police used batons and pepper spray on Thursday to clear farmers who had been blocking the ring road around Tarsk.',
      ),
    ).toEqual(['Protest with intervention']);
    expect(
      kinds(
        'Riot police used batons on Thursday to clear farmers blocking the ring road around Tarsk, and two of them were critically injured.',
      ),
    ).toEqual(['Excessive force against protesters']);
  });
  it("keeps the force's answer to a crowd in the crowd's event", () => {
    expect(
      kinds(
        'Several hundred dockers marched on the port authority in Tarsk on Tuesday afternoon and tried to force the gate. Police responded with tear gas and a water cannon.',
      ),
    ).toHaveLength(1);
  });
  it('finds no event in crowd-control weapons bought, held or planned', () => {
    expect(
      kinds(
        'The interior ministry said on Monday that police in Tarsk would receive 5,000 canisters of tear gas and two new water cannon next year.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Police in Tarsk said on Monday that 5,000 tear-gas canisters had been bought for the new riot unit.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Pensioners will march on the parliament in Tarsk next Wednesday, their union said on Friday, and police said they would have water cannon on standby.',
      ),
    ).toEqual([]);
  });
});

describe('a crowd beaten as it was broken up', () => {
  it('reads protesters beaten while a force broke up their sit-in as a protest met by the state', () => {
    expect(
      kinds(
        'Police beat striking nurses with batons as they broke up a sit-in outside the health ministry in Tarsk on Monday.',
      ),
    ).toEqual(['Protest with intervention']);
  });
  it('reads a crowd beaten until some died as excessive force against it', () => {
    expect(
      kinds(
        "Soldiers beat protesters with rifle butts during a march to the governor's office in Tarsk on Monday, and two of them died of their wounds, a hospital said.",
      ),
    ).toEqual(['Excessive force against protesters']);
  });
});

describe('a crowd told as peaceful beside one met by force', () => {
  it('keeps a peaceful march in another city apart from the crowd met with tear gas', () => {
    expect(
      kinds(
        'Riot police fired tear gas at dockers outside the port authority in Tarsk on Tuesday, and some of the dockers threw stones.\n\n' +
          'In the city of Dorvi, about 800 dockers marched peacefully to the town hall on Tuesday. Police there did not intervene.',
      ),
    ).toEqual(['Violent demonstration', 'Peaceful protest']);
  });
  it('keeps one crowd that marched peacefully and then met tear gas one event', () => {
    expect(
      kinds(
        'Several thousand teachers marched peacefully through Tarsk on Tuesday morning.\n\n' +
          'In the afternoon, police fired tear gas when some of them tried to force the gate of the ministry.',
      ),
    ).toEqual(['Protest with intervention']);
  });
  it('keeps a calm gathering on the next day apart from the crowd that rioted the night before', () => {
    expect(
      kinds(
        'Late on Friday, youths hurled bricks at riot police in the Vell estate of Tarsk after a fatal crash involving a patrol car.\n\n' +
          "On Saturday evening, about 300 neighbours held a candlelit vigil for the dead teenager outside the Vell estate's community hall in Tarsk, which broke up calmly.",
        '2026-03-16',
      ),
    ).toEqual(['Violent demonstration', 'Peaceful protest']);
  });
  it("keeps a calm rally apart from the next day's riot told on that day's night", () => {
    expect(
      kinds(
        'Rioters hurled bricks and petrol bombs at police in the centre of Tarsk on Tuesday night, leaving nine officers hurt.\n\n' +
          'A rally at the same square on Monday evening, attended by about 250 people, passed off peacefully.',
        '2026-03-18',
      ),
    ).toEqual(['Violent demonstration', 'Peaceful protest']);
  });
  it('keeps a crowd told on one day, first calm and then turning violent, one event', () => {
    expect(
      kinds(
        'On Saturday, about 300 neighbours gathered with placards outside the town hall in Tarsk, and for an hour the rally passed off calmly.\n\n' +
          'Late on Saturday, some of them hurled bricks at riot police outside the town hall.',
        '2026-03-16',
      ),
    ).toEqual(['Violent demonstration']);
  });
});

describe('a demonstration pointed back at after an event of another kind', () => {
  it('reads "the march" after a raid as the march, an event of its own', () => {
    expect(
      kinds(
        'Masked men raided the hamlet of Oskel near Tarsk on Monday night, burning two barns, villagers said.\n\n' +
          'On Tuesday, hundreds of villagers walked through Oskel carrying banners, and the march passed off calmly, the mayor said.',
        '2026-03-18',
      ),
    ).toContain('Peaceful protest');
  });
  it('still reads a sentence pointing back at the raid as more of the raid', () => {
    expect(
      kinds(
        'Masked men raided the hamlet of Oskel near Tarsk on Monday night, burning two barns, villagers said.\n\n' +
          'The raid was the third on the hamlet this year, the mayor said.',
        '2026-03-18',
      ),
    ).not.toContain('Peaceful protest');
  });
});

describe('two sides of no arms that fought each other', () => {
  it('reads rival followers who fought each other as mob violence, however they are named', () => {
    expect(
      kinds(
        'Followers of the two Tarsk rowing clubs fought each other along the quay for an hour late on Saturday, leaving cafe terraces wrecked.',
      ),
    ).toEqual(['Mob violence']);
    expect(
      kinds(
        'Ostvik United and Ostvik Rovers fans fought one another in the old market square of Tarsk on Sunday evening.',
      ),
    ).toEqual(['Mob violence']);
  });
  it('reads street vendors and the officers they clashed with, named side by side, as a violent demonstration', () => {
    expect(
      kinds(
        'Street vendors and Tarsk city enforcement officers clashed on the main avenue on Friday afternoon after officers began seizing goods from traders.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Hawkers, city officers clash in Tarsk\n\nThe county says the vendors are trading illegally and must move to designated markets.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('still reads armed sides that fought each other as a battle', () => {
    expect(
      kinds(
        'Two rebel factions fought each other in the hills above Tarsk on Sunday, leaving nine fighters dead.',
      ),
    ).toEqual(['Armed clash']);
  });
});

describe('riot words that tell of no crowd', () => {
  it('reads "a riot of" as an abundance, not a riot', () => {
    expect(kinds('Shoppers in Tarsk faced a riot of price rises on Monday as the market reopened.')).toEqual(
      [],
    );
    expect(kinds('A riot broke out at the livestock market in Tarsk on Monday, police said.')).toEqual([
      'Violent demonstration',
    ]);
  });
});

describe('a riot inside a prison', () => {
  it('reads a prison riot that left inmates dead as a fight among inmates', () => {
    expect(
      kinds(
        'A riot at the central jail in Tarsk left nine inmates dead on Sunday, the prisons service said.',
      ),
    ).toEqual(['Armed clash']);
  });
  it('keeps inmates who rioted with no one killed a violent demonstration', () => {
    expect(
      kinds(
        'Inmates rioted over food rations at the central jail in Tarsk on Sunday, burning mattresses, the prisons service said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
});

describe('crowd violence in a match report', () => {
  const report = (crowd: string) =>
    'Dorvi City beat Tarsk Rovers 2-0 in the derby at the Vell stadium on Saturday.\n\n' +
    'The home striker scored twice before half-time and the goalkeeper saved a penalty, to the delight of the fans in the stand. ' +
    'The coach praised his midfielders and defenders after the match, the fourth win of the season in the league.\n\n' +
    `${crowd}\n\n` +
    'The referee booked five players and the league will review the fixture.';
  it("reads fans' fight with the police as a violent demonstration", () => {
    expect(
      kinds(
        report(
          'The trouble started at the final whistle on Saturday evening. Several hundred visiting supporters then pelted riot police with bottles and seats outside the Vell stadium.',
        ),
      ),
    ).toEqual(['Violent demonstration']);
  });
  it("reads a game's loose war words as no event", () => {
    expect(
      kinds(
        report(
          'The visitors came out fighting on Saturday evening. After the break they bombarded the home goal, but the defence held firm.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('the day of a crowd that protested and then turned on the police', () => {
  it('dates the violence by the day told before the protest that it was', () => {
    const [d] = incidents(
      'On Monday morning, youths protesting against the count threw stones at the police station in Vell.',
    );
    expect(d).toMatchObject({ subType: 'Violent demonstration', date: '2026-03-09' });
  });
});

describe('who the crowd was', () => {
  const who = (text: string) => incidents(text).map((i) => i.attacker);
  it('names the crowd by the people its size is told of', () => {
    expect(
      who(
        'Several thousand taxi and lorry drivers parked their vehicles across Kumasi on Monday and marched on the regional assembly.',
      ),
    ).toEqual(['taxi and lorry drivers']);
    expect(who('Hundreds of fishermen marched through Tema on Monday to protest a fuel price rise.')).toEqual(
      ['fishermen'],
    );
  });
  it('keeps "protesters" when the size is told of people or of vehicles (controls)', () => {
    expect(who('About 300 people marched through Tema on Monday to protest a fuel price rise.')).toEqual([
      'protesters',
    ]);
    expect(
      who('Hundreds of tractors blocked the ring road around Tema on Monday in a protest over fuel prices.'),
    ).toEqual(['protesters']);
  });
});

describe('a riot whose crowd is named later in its paragraph', () => {
  it('stays a riot when a later sentence tells the crowd dispersed and its people detained', () => {
    expect(
      kinds(
        'Gunmen abducted nine farmers near Lubero on Monday night, the army said.\n\n' +
          'In Kanyabayonga, young men angered by the abductions blocked the main road with burning tyres on Tuesday, stoned the police station and set part of it on fire. Police fired into the air to disperse the crowd; 14 young people were detained.',
        '2026-07-08',
      ),
    ).toContain('Violent demonstration');
  });
});

describe('shots fired over a crowd', () => {
  it('are force used on the protest, not excessive force, when no one is hit', () => {
    expect(
      kinds(
        "Hundreds of traders marched on the governor's office in Sokoto on Monday; guards fired into the air to push them back.",
      ),
    ).toEqual(['Protest with intervention']);
  });
});

describe('a man of no state who fires into a crowd', () => {
  it('attacks it; the police firing on a crowd is still excessive force (control)', () => {
    const list = incidents(
      "A man opened fire on a crowd gathered for a mayoral candidate's rally in a Mesa park on Saturday, killing a volunteer and wounding two other people.",
    );
    expect(list.map((i) => [i.subType, i.attacker])).toEqual([['Attack', 'man']]);
    expect(
      kinds('Police opened fire on a crowd of marchers in Mesa on Saturday, killing one protester.'),
    ).toEqual(['Excessive force against protesters']);
  });
});

describe('a riot told the day after an event', () => {
  it("is the sentence's event, not the event it counts from, and stays violent when the crowd accuses someone", () => {
    expect(
      kinds(
        'Gunmen killed 12 villagers in Kivu on Sunday night, the army said.\n\nOn Monday, the day after the massacre, hundreds of young people blocked the roads of Beni with burning tyres and stones, accusing the army of failing to protect them.',
        '2026-03-17',
      ),
    ).toEqual(['Attack', 'Violent demonstration']);
  });
  it('tells nothing more when the sentence tells no act of its own (control)', () => {
    expect(
      kinds(
        'Gunmen killed 12 villagers in Kivu on Sunday night.\n\nThe day after the massacre, Beni was quiet.',
        '2026-03-17',
      ),
    ).toEqual(['Attack']);
  });
});

describe('what a crowd demands', () => {
  it('is no force used on it: "demanding that those responsible be arrested"', () => {
    expect(
      kinds(
        'On Tuesday, dozens of relatives gathered outside the prosecutor’s office in Kumasi with placards, demanding that those responsible be arrested.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'On Tuesday, dozens of relatives protested outside the prosecutor’s office in Kumasi, and police arrested six of them.',
      ),
    ).toEqual(['Protest with intervention']);
  });
});

describe('a crowd that walks with flags to demand something', () => {
  it('protests; people who walk to the market do not', () => {
    expect(
      kinds(
        'On Tuesday evening several hundred residents of Kumasi walked from the main square to the cathedral carrying white flags to demand an end to the killings.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'On Tuesday evening several hundred residents of Kumasi walked from the main square to the market.',
      ),
    ).toEqual([]);
  });
  it('protests when it gathers to show its support; people who gather for a concert do not', () => {
    expect(
      kinds(
        'About 400 nurses and patients gathered on the steps of the Oskel clinic in Tarsk on Friday in a show of solidarity with the two doctors who were dismissed.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'About 400 families gathered on the steps of the Oskel clinic in Tarsk on Friday for the summer concert.',
      ),
    ).toEqual([]);
  });
});

describe('a mob told from its victims', () => {
  it('reads men beaten and set ablaze by a mob, and a headline of thieves lynched by villagers, as one mob violence', () => {
    const found = briefArticle(
      {
        text: 'Two suspected goat thieves lynched by villagers in Bungoma\n\nTwo men suspected of stealing goats were beaten and set ablaze by a mob at Lurare village in Bungoma County on Saturday night, police said.',
        origin: 'text',
      },
      { published: '2026-05-11' },
    ).incidents.filter((i) => !i.background);
    expect(found.map((i) => i.subType)).toEqual(['Mob violence']);
  });
});

describe('a protest whose crowd stoned vehicles or set a building alight, then was broken up', () => {
  it('reads the crowd violence over the tear gas that dispersed it', () => {
    expect(
      kinds(
        'Hundreds of traders protested outside the district office in Tarsk on Monday against new stall fees, and some stoned passing cars before police dispersed them with tear gas.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Striking dockers rallied at the port gates in Tarsk on Tuesday and set a customs hut alight; officers fired tear gas to clear the road.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('keeps a protest met with tear gas a protest with intervention when the crowd harmed nothing', () => {
    expect(
      kinds(
        'Hundreds of traders protested outside the district office in Tarsk on Monday against new stall fees until police dispersed them with tear gas.',
      ),
    ).toEqual(['Protest with intervention']);
  });
});

describe('a group named by who it is setting fire to things', () => {
  it('reads inmates or dockers who set fire to whatever is at hand as a crowd at work', () => {
    expect(
      kinds(
        'Inmates at the main prison in Lyon set fire to mattresses on Tuesday night after a visit was cancelled, the justice ministry said.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(kinds('Dockers in Genoa set alight a heap of tyres at the harbour gate on Monday.')).toHaveLength(
      1,
    );
  });
  it('reads the group across a place told with its region after a comma', () => {
    expect(
      kinds(
        'Inmates at the remand centre in Tarsk, Norway, set fire to bedding on Sunday, the prisons service said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('finds no event in the fires of field and feast', () => {
    expect(
      kinds(
        'Farmers near Genoa set fire to stubble on Monday as the harvest ended early, and the smoke drifted over the motorway.',
      ),
    ).toEqual([]);
    expect(
      kinds('Villagers near Lyon set alight a bonfire on the green on Saturday to mark midsummer.'),
    ).toEqual([]);
  });
  it('leaves a fire whose doer another clause names to that doer', () => {
    expect(
      kinds('Gunmen shot villagers as they fled and set fire to about 40 homes near Mandalay on Monday.'),
    ).not.toContain('Violent demonstration');
  });
});

describe("a crowd's violence with no demonstration told: a mob's", () => {
  it("reads a crowd that turns on people's homes, a place of worship or a motorcade as mob violence", () => {
    expect(
      kinds(
        'Scores of angry youths from the upper quarter of Tarsk set fire to eleven houses and a chapel belonging to herding families late on Thursday.',
      ),
    ).toEqual(['Mob violence']);
    expect(
      kinds(
        "A crowd of teenagers threw rocks at the governor's motorcade on the ring road outside Dorvi on Saturday evening, cracking the windscreens of four cars.",
      ),
    ).toEqual(['Mob violence']);
  });
  it('still reads the same violence as a violent demonstration when a demonstration is told with it', () => {
    expect(
      kinds(
        'Scores of youths protesting against the new land law set fire to eleven houses of council members in Tarsk late on Thursday.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Thousands marched through Dorvi on Saturday against the water tariff.\n\nAs the march ended, a crowd of young men set fire to the houses of two councillors near the square.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it("keeps a crowd that fights the state's force, or rioting inmates, a violent demonstration", () => {
    expect(
      kinds(
        'A crowd of youths threw rocks at police officers and set fire to two shops in the upper quarter of Tarsk on Thursday night.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'A crowd of inmates set fire to the dining hall and smashed the windows of the workshops at the prison in Dorvi on Sunday.',
      ),
    ).toEqual(['Violent demonstration']);
  });
});

describe('who the crowd was, told without its size', () => {
  it('names the crowd from the subject of its verb when no size is told', () => {
    const actor = (text: string) => incidents(text).map((i) => i.attacker);
    expect(
      actor(
        'Residents of Vell Harbour blocked the coastal road with burning tyres on Monday to protest against weeks of power cuts, police said.',
      ),
    ).toEqual(['Residents of Vell Harbour']);
    expect(
      actor(
        'On Tuesday, angry fishmongers marched to the town hall in Dorvi, demanding the reopening of the old market, and riot police dispersed them with tear gas.',
      ),
    ).toEqual(['fishmongers']);
    // a crowd told with where it is, a place and its region after a comma
    expect(
      actor(
        'Detainees at the holding centre in Varna, Dobrich, set fire to bedding and threw chairs at guards on Sunday night, the prison service said.',
      ),
    ).toEqual(['Detainees at the holding centre in Varna, Dobrich']);
    // vehicles and the state's force are no crowd of the people
    expect(
      actor(
        'Tractors blocked the ring road around Tarsk on Wednesday as farmers protested against new fuel duties.',
      ),
    ).not.toContain('Tractors');
  });
});

describe("a crowd's own violence told in a headline's short passive, or as fights breaking out", () => {
  it('reads flares thrown at the police in a headline with no auxiliary as a violent demonstration', () => {
    expect(
      kinds(
        'Flares and eggs thrown at riot police outside Varnholm town hall as pensioners rally against reform\n\nSeveral thousand retirees and union members marched through Varnholm on Thursday against the pension reform, a police spokesperson said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
  it('keeps tear gas fired at marchers in a headline no violence of the crowd', () => {
    expect(
      kinds(
        'Tear gas canisters fired at marchers outside Varnholm town hall as pensioners rally against reform\n\nSeveral thousand retirees and union members marched through Varnholm on Thursday against the pension reform, a police spokesperson said.',
      ),
    ).not.toContain('Violent demonstration');
  });
  it('reads fighting that broke out among marchers as a violent demonstration, not the arrests that followed', () => {
    expect(
      kinds(
        'Fighting broke out among marchers at a campaign rally in Oster Lund on Sunday afternoon, and police detained four men, a council spokesperson said.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'A fire broke out at a campaign rally in Oster Lund on Sunday afternoon, and police detained four marchers, a council spokesperson said.',
      ),
    ).toEqual(['Protest with intervention']);
  });
});

describe('a group of men told by its number, who turn on homes with no demonstration told', () => {
  it('reads a group of twenty men smashing the windows of houses as mob violence', () => {
    expect(
      kinds(
        'Late on Friday, a group of about 20 men walked into the Hollin Lane estate in Tarrow and smashed windows of four houses let to seasonal workers from abroad, a neighbour said.',
      ),
    ).toEqual(['Mob violence']);
  });
  it('keeps the group a demonstration when a protest is told, or when it turns on the police, and armed men no mob', () => {
    expect(
      kinds(
        'After a protest against the housing plan on Friday, a group of about 20 men walked into the Hollin Lane estate in Tarrow and smashed windows of four houses let to seasonal workers from abroad, a neighbour said.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Late on Friday, a group of about 20 men walked into the Hollin Lane estate in Tarrow and threw stones at police officers, a neighbour said.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Late on Friday, a group of about 20 armed men walked into the Hollin Lane estate in Tarrow and smashed windows of four houses let to seasonal workers from abroad, a neighbour said.',
      ),
    ).not.toContain('Mob violence');
  });
});

describe('crowds gathered to mourn, remember or celebrate, and demonstrations that are shows', () => {
  it('finds no protest in a funeral procession, a vigil for the dead of a disaster or a crowd of fans', () => {
    expect(
      kinds(
        [
          'Thousands line streets for funeral of former governor',
          'TARSK, March 14 — Thousands of mourners lined the streets of Tarsk on Wednesday as the coffin of former governor Ilan Vosk, who died last week aged 88, was carried to the cathedral for his funeral.',
          'Opposition leader Mara Test joined the march behind the coffin. Police said the day passed peacefully.',
          '"He built this city," said Rosa Lenk, 71, who laid flowers at his portrait. Vosk, governor from 1990 to 2004, is survived by his wife and three sons; tributes came from across the country.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        [
          'Candlelight vigil marks one year since ferry disaster',
          'DORVI — Hundreds of relatives gathered on the quay in Dorvi on Thursday evening for a candlelight vigil marking one year since the ferry Orla sank, killing 40 people.',
          'Families held photographs of the dead and laid wreaths at the memorial by the harbour. "We remember them every day," said Ana Pell, who lost her son in the sinking.',
          'The anniversary ended with a minute of silence; no protest was planned, organisers said.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        [
          'Fans march to stadium before derby; match ends level',
          'TARSK — About 5,000 supporters of FC Tarsk marched from the old square to the stadium on Sunday evening, singing and waving scarves, before the derby against Dorvi United ended 1-1.',
          'The home side equalised in the 88th minute through a penalty. Coach Emil Varn said his players "fought until the final whistle".',
          'The league leaders play away next weekend; Dorvi stay third in the table.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
  it('finds no protest in pilgrims who march to a shrine, in any story', () => {
    expect(
      kinds(
        'Pilgrims march to Tarsk shrine as festival opens\n\nTARSK — Tens of thousands of pilgrims arrived at the monastery of Tarsk on Saturday after walking for nine days from Dorvi. The marchers sang hymns and carried the banners of their parishes, and police said the pilgrimage passed peacefully.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Pilgrims march to Tarsk to demand the return of the shrine\n\nTARSK — Thousands of pilgrims marched to the regional government in Tarsk on Saturday, chanting against the sale of the monastery to a hotel chain.',
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('finds no protest in services and vigils of worship, unless they tell a grievance', () => {
    expect(
      kinds(
        [
          'Faithful mark feast of the patron saint in Tarsk',
          'TARSK — Thousands of people filled the old town of Tarsk on Sunday for the feast of its patron saint, and the bishop blessed the harbour from a boat.',
          'Parishes across the region held services and vigils of thanksgiving on Saturday night.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Mosques in Tarsk and Dorvi held vigils and readings of the Koran through the night on Thursday, the holiest night of the month of fasting.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Churches across Tarsk held vigils on Saturday night, demanding that the government reopen the mission schools it closed in March.',
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('finds no protest in relatives who wait at the scene of a disaster, unless they make a demand', () => {
    expect(
      kinds(
        'Relatives of 12 miners trapped underground since Saturday gathered outside the Tarsk shaft on Monday, holding candles and singing hymns as rescuers worked through the night.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Relatives of 12 miners trapped underground since Saturday gathered outside the Tarsk shaft on Monday, holding placards and demanding that the company speed up the rescue.',
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('still reads a march behind a coffin as a peaceful protest when its paragraph tells a grievance', () => {
    expect(
      kinds(
        [
          'Mourners march for slain journalist',
          'TARSK, March 14 — Thousands of mourners marched behind the coffin of the journalist Ilan Vosk in Tarsk on Wednesday, chanting slogans against the governor and demanding justice.',
          'Vosk, who died last week aged 48, is survived by his wife; tributes came from across the country at his funeral.',
        ].join('\n\n'),
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('finds no protest in a demonstration that shows a machine', () => {
    expect(
      kinds(
        'Visitors to the arms fair in Tarsk on Tuesday watched a demonstration flight of the new drone at a range outside the city.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'The company demonstrated its new armoured vehicle to officers at the Dorvi testing ground on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('a killing named in what a crowd demands is its cause, not the event of the sentence', () => {
  it('reads a vigil or a march demanding justice for someone shot dead as a peaceful protest alone', () => {
    expect(
      kinds(
        'Hundreds of people held a candlelight vigil in Dorvi on Saturday evening, demanding justice for a 17-year-old boy shot dead by police at a checkpoint.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'Hundreds of villagers rallied in Tarsk on Friday, demanding action against soldiers who they said shot dead a farmer in his field.',
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('keeps a killing told in a sentence of its own, and one demanded over with no crowd told', () => {
    expect(
      kinds(
        'Police shot dead a motorcycle taxi rider at a checkpoint in Dorvi on Thursday, witnesses said.\n\nOn Friday evening, about 200 people held a vigil at the spot where he died, demanding justice.',
      ),
    ).toEqual(['Attack', 'Peaceful protest']);
  });
});

describe('a crowd and the killing it answers, told on two days in one sentence', () => {
  it('reads a riot told a day after a killing as a riot and the killing', () => {
    const found = incidents(
      'Protesters hurled petrol bombs at riot police and set rubbish bins on fire in western Tarsk late on Friday, a day after a police officer shot dead a 17-year-old boy during a car chase.',
    );
    expect(found.map((i) => [i.subType, i.date])).toEqual([
      ['Violent demonstration', '2026-03-13'],
      ['Attack', '2026-03-12'],
    ]);
  });
  it('reads a march demanding justice for a student shot dead on another day as a march and the killing', () => {
    const found = incidents(
      'Hundreds of students marched through the streets of Dorvi on Saturday demanding justice for a university student who was shot dead by police on Wednesday night.',
    );
    expect(found.map((i) => [i.subType, i.date])).toEqual([
      ['Peaceful protest', '2026-03-14'],
      ['Attack', '2026-03-11'],
    ]);
  });
  it('reads a crowd that burned a police building the morning after a killing as a riot of its own day', () => {
    const found = incidents(
      'A shopkeeper was shot dead during a security raid in Tarsk late on Monday, and an angry crowd set fire to part of the city police headquarters the following morning.',
    );
    expect(found.map((i) => [i.subType, i.date])).toEqual([
      ['Attack', '2026-03-09'],
      ['Violent demonstration', '2026-03-10'],
    ]);
  });
  it('keeps one record when the crowd was fired on that day, and a march for a killing told with no day of its own', () => {
    expect(
      kinds('Police opened fire on protesters in Tarsk on Friday, killing two of them, witnesses said.'),
    ).toEqual(['Excessive force against protesters']);
    expect(
      kinds(
        'Hundreds of students marched through Dorvi on Saturday demanding justice for a classmate shot dead by police.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a death while police clashed with a crowd named by who its people are', () => {
  it('reads a man shot dead as police clashed with bus drivers and students who protested as a violent demonstration', () => {
    expect(
      kinds(
        'A 26-year-old man was shot dead and dozens of people were injured in central Tarsk on Tuesday night as police clashed with bus drivers and students who were protesting against a wave of extortion killings, authorities said.',
      ),
    ).toEqual(['Violent demonstration']);
  });
});

describe("a crowd's violence that answered the force used on it first", () => {
  it('reads stones thrown by some of a march the police had gassed as the intervention', () => {
    expect(
      kinds(
        'Riot police fired tear gas on Monday to break up a march by hundreds of nurses in Tarsk. Witnesses said some nurses threw stones after officers tried to seize a banner.',
      ),
    ).toEqual(['Protest with intervention']);
    expect(
      kinds(
        'Police blocked the avenue in Tarsk on Monday and, as the crowd pushed forward, fired tear gas and rubber bullets. Some protesters threw stones and bottles.',
      ),
    ).toEqual(['Protest with intervention']);
  });
  it('keeps a violent demonstration when the crowd threw first, or when all of it turned on the police', () => {
    expect(
      kinds('Some protesters threw stones at police in Tarsk on Monday before officers fired tear gas.'),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds(
        'Police fired tear gas at protesters in Tarsk on Monday. Protesters then threw stones and burned cars.',
      ),
    ).toEqual(['Violent demonstration']);
    expect(
      kinds('Protesters threw stones at police in Tarsk on Monday. Police responded with tear gas.'),
    ).toEqual(['Violent demonstration']);
  });
});

describe('crowds at two places told in parts of one sentence', () => {
  it('keeps the force told in the other place’s part out of the calm rally', () => {
    expect(
      kinds(
        'Tens of thousands rallied in Porto on Saturday; there were water cannon and 14 arrests in Lisbon.',
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('keeps the force when the part names no other place (control)', () => {
    expect(
      kinds('Tens of thousands rallied in Tarsk on Saturday; police used water cannon on the marchers.'),
    ).toEqual(['Protest with intervention']);
  });
});

describe('a gathering the state dispersed, broke up, cleared or ended', () => {
  it('reads a sit-in or march the force dispersed, broke up, cleared or ended as a protest met by the state', () => {
    for (const text of [
      'Police dispersed a sit-in by teachers outside the assembly in Tarsk on Tuesday, witnesses said.',
      'Hundreds of teachers staged a sit-in outside the assembly in Tarsk on Tuesday before police dispersed them.',
      'A march by teachers in Tarsk was broken up by police on Tuesday, witnesses said.',
      'Police forcibly ended a sit-in by teachers outside the assembly in Tarsk on Tuesday, witnesses said.',
      'The sit-in outside the assembly in Tarsk was cleared by police on Tuesday, witnesses said.',
      'Teachers protested outside the assembly in Tarsk on Tuesday to demand higher pay until police dispersed them with batons.',
    ])
      expect(kinds(text)).toEqual(['Protest with intervention']);
  });
  it('reads the force that dispersed or broke up a gathering as the trigger of its record', () => {
    for (const text of [
      'Police broke up a march by teachers in Tarsk on Tuesday, witnesses said.',
      'Police dispersed protesters outside the assembly in Tarsk on Tuesday, witnesses said.',
    ])
      expect(kinds(text)).toEqual(['Protest with intervention']);
  });
  it('reads the force that cleared, removed or evicted a gathering as a protest met by the state', () => {
    for (const text of [
      'Police cleared protesters from the road outside the assembly in Tarsk on Tuesday, witnesses said.',
      'Riot police cleared the square of demonstrators in Tarsk on Tuesday, witnesses said.',
      'Officers removed the sit-in outside the assembly in Tarsk on Tuesday, witnesses said.',
      'Police evicted the protest camp outside the assembly in Tarsk on Tuesday, witnesses said.',
    ])
      expect(kinds(text)).toEqual(['Protest with intervention']);
    expect(
      kinds('Police removed the bodies of two men from a house in Tarsk on Tuesday, witnesses said.'),
    ).toEqual([]);
  });
  it('finds no intervention where the force clears the way for a march or removes the bodies of protesters', () => {
    expect(
      kinds(
        'Thousands of teachers marched through Tarsk on Tuesday to demand higher pay. Police cleared the way for marchers to reach the assembly, where speakers addressed the crowd.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'Police removed the bodies of two protesters from a canal in Tarsk on Tuesday after the floods, officials said.',
      ),
    ).toEqual([]);
  });
  it('finds no intervention in a crowd that broke up of itself, nor a demonstration in a ring broken up', () => {
    expect(
      kinds(
        'Teachers marched through Tarsk on Tuesday to demand higher pay; the march broke up peacefully at dusk.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(kinds('Police broke up a drug ring in Tarsk on Tuesday, seizing 40 kilograms of heroin.')).toEqual(
      [],
    );
  });
});
