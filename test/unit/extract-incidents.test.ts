/** Incident mechanisms, one short hand-written text each: protest sub-types, casualties, attribution, attackers, non-events. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const incidents = (text: string, published = '2025-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('protests follow ACLED sub-types, one record per event', () => {
  it('reads a police crackdown on peaceful marchers as excessive force, with the police as the first actor', () => {
    const list = incidents(
      'Riot police fired tear gas and charged a crowd of peaceful demonstrators in central Nairobi on Tuesday, injuring about 25 people.\n\n' +
        'Officers beat marchers who were sitting on the ground, witnesses said. The Kenya Police Service said it had restored order.',
    );
    const protests = list.filter((i) => /protest|demonstration/i.test(i.subType));
    expect(protests).toHaveLength(1);
    expect(protests[0]).toMatchObject({
      type: 'Protests',
      subType: 'Excessive force against protesters',
      target: 'protesters',
      injured: 25,
    });
    expect(protests[0].attacker).toMatch(/police/i);
  });
  it('keeps a violent demonstration when the demonstrators burn and throw stones, even if police used tear gas', () => {
    const [i] = incidents(
      'Protesters burned tyres and threw stones at police in central Nairobi on Tuesday. Police fired tear gas to disperse the crowd.',
    );
    expect(i).toMatchObject({ type: 'Riots', subType: 'Violent demonstration', attacker: 'protesters' });
  });
  it('reads a march that broke up by itself as a peaceful protest, and riot police as no riot', () => {
    const [i, ...rest] = incidents(
      'In Kisumu, several hundred people marched peacefully to the county offices on Tuesday and dispersed without incident, watched by riot police.',
    );
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ type: 'Protests', subType: 'Peaceful protest' });
  });
  it('separates a protest with intervention (dispersed, no one hurt) from excessive force', () => {
    const [i] = incidents(
      'Police used water cannon to disperse about 300 students protesting outside parliament in Dhaka on Tuesday. No one was hurt.',
    );
    expect(i).toMatchObject({ subType: 'Protest with intervention', injured: 0 });
  });
  it('finds no demonstration in "the right to protest"', () => {
    expect(
      incidents(
        '"The right to protest does not include the right to block the capital," the minister told reporters on Tuesday.',
      ),
    ).toEqual([]);
  });
});

describe('casualties belong to the event they are told of', () => {
  it('counts a named victim and the others killed with him, and a singular wounded subject', () => {
    const [i] = incidents(
      'A drone hit a car near Kirkuk late on Tuesday, killing Karim Haddad and two other men. A farmer who was driving a tractor nearby was wounded.',
    );
    expect(i).toMatchObject({ subType: 'Air/drone strike', killed: 3, injured: 1 });
  });
  it('reads a count after a quotation mark and "more than"', () => {
    const [i] = incidents(
      'Fighters stormed an army base near Baidoa on Monday. The army said it had repelled the assault and killed "more than 20 terrorists."',
    );
    expect(i.killed).toBe(20);
  });
  it('does not take the wounded of the next event in the same paragraph', () => {
    const list = incidents(
      'Gunmen attacked a police post outside Djibo on Saturday, killing 12 officers. In Mali, a roadside bomb struck a bus near Gao on Sunday, killing five civilians and wounding nine.',
    );
    const post = list.find((i) => i.subType === 'Armed clash');
    expect(post).toMatchObject({ killed: 12, injured: null });
    expect(list.find((i) => i.subType === 'Remote explosive/landmine/IED')).toMatchObject({
      killed: 5,
      injured: 9,
    });
  });
});

describe('attribution and attackers', () => {
  it('reads "the group said it had overrun the base" as a claim by the group that attacked', () => {
    const [i] = incidents(
      'Al-Shabaab fighters stormed a Somali army base at Masagawa on Sunday. The group said it had overrun the base.',
    );
    expect(i.attribution).toMatch(/^claimed by/);
  });
  it('puts an act told on the authority of a named organisation on the one who did it, by that organisation', () => {
    const [i] = incidents(
      'Protesters threw stones at police and set fire to a police truck in Mombasa on Tuesday, according to a statement from the National Police Service.',
    );
    expect(i.attribution).toMatch(/^blamed on protesters by National Police Service/);
  });
  it('a claim later in the account beats "no group has claimed"', () => {
    const [i] = incidents(
      'A roadside bomb hit an army convoy near El Plateado on Monday, killing two soldiers. No group claimed responsibility. Defence Minister Ivan Velasquez blamed the Southern Liberation Front for the attack.',
    );
    expect(i.attribution).toMatch(/^blamed on Southern Liberation Front/);
  });
  it('names the country behind "a Turkish drone strike"', () => {
    const [i] = incidents('A Turkish drone strike hit a car near Sinjar on Tuesday, killing three people.');
    expect(i.attacker).toBe('Turkish forces');
  });
  it('reads a missile that struck a ship as a missile attack, not the missile as the attacker', () => {
    const [i] = incidents(
      'A bulk carrier was struck by an anti-ship ballistic missile in the Gulf of Aden on Thursday, injuring one crew member.',
    );
    expect(i).toMatchObject({ subType: 'Shelling/artillery/missile attack', injured: 1 });
    expect(i.attacker).toBe('unknown');
  });
  it('finds a territory taken over by an armed group', () => {
    const list = incidents(
      'Fighters of the Arakan Army have taken control of the town of Paletwa after days of fighting with government troops, the group said on Monday.',
    );
    expect(list.map((i) => i.subType)).toContain('Non-state actor overtakes territory');
  });
});

describe('no incident in plans, patterns and figures of speech', () => {
  it.each([
    'The camp had been used to prepare attacks on military positions along the border, a spokesman said on Tuesday.',
    'The opposition attacked the plan on Tuesday, and shares in the company shot up 10 percent as a price war loomed.',
    'Militants have repeatedly attacked army posts in the region, officials said on Tuesday.',
    'A spokesman said its soldiers would "continue to support the army in holding the areas it has liberated".',
  ])('%s', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('triggers that other writers use', () => {
  it('reads a fight between two communities as mob violence, not an armed clash', () => {
    const [i] = incidents(
      'Clashes between members of two communities broke out in the old city of Kota on Tuesday evening, leaving one man dead.',
    );
    expect(i).toMatchObject({ type: 'Riots', subType: 'Mob violence', killed: 1 });
  });
  it('never reads the month of March as a march', () => {
    const list = incidents(
      'Gunmen attacked a police post near Mopti on 3 March, killing four officers, the army said.',
    );
    expect(list.map((i) => i.type)).not.toContain('Riots');
    expect(list.map((i) => i.type)).not.toContain('Protests');
  });
  it('finds a march written as a noun, and people gathered with placards', () => {
    const list = incidents(
      'In Porto, a march from the town hall drew 5,000 people on Saturday.\n\n' +
        'In Braga, about 200 nurses gathered outside the regional hospital on Saturday holding placards.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Peaceful protest', 'Peaceful protest']);
  });
  it('finds soldiers and rebels who fought, and a jet that dropped bombs', () => {
    const list = incidents(
      'Government soldiers and rebels fought for most of Tuesday around the village of Rutshuru.\n\n' +
        'Two days later, a military jet dropped two bombs on the village of Kiwanja, killing three civilians.',
      '2025-05-16',
    );
    expect(list.map((i) => i.subType)).toEqual(['Armed clash', 'Air/drone strike']);
  });
  it('takes no shelling from a captured mortar, and no riot from a charge of rioting', () => {
    expect(
      incidents(
        'Police said on Friday that 31 people had been arrested on charges including rioting and arson. The army displayed a captured mortar.',
      ).filter((i) => i.type !== 'Strategic developments'),
    ).toEqual([]);
  });
});

describe('one event, one record', () => {
  it('reads armed men who kill villagers as violence against civilians', () => {
    const [i] = incidents(
      'Gunmen on motorbikes killed at least nine villagers in an attack on a village near Koro on Monday, officials said.',
    );
    expect(i).toMatchObject({ type: 'Violence against civilians', subType: 'Attack', killed: 9 });
  });
  it('adds "that massacre" to the past event it points at, not as a new incident', () => {
    const all = briefArticle(
      {
        text:
          'Gunmen killed 12 villagers near Koro on Monday, officials said.\n\n' +
          'The deadliest attack came in March 2019, when gunmen killed about 160 villagers in Ogossagou. A militia was blamed for that massacre but denied any involvement.',
        origin: 'text',
      },
      { published: '2025-05-14' },
    ).incidents;
    expect(all.filter((i) => !i.background)).toHaveLength(1);
    expect(all.filter((i) => i.background)).toHaveLength(1);
  });
});

describe('who says who did it, and when it happened', () => {
  it('puts a strike on the country a demonym names, told by an official source', () => {
    const [i] = incidents(
      'A drone struck a house in the village of Chorkuh on Tuesday, killing two men, according to the district administration.\n\n' +
        '"It was a Kyrgyz drone," the deputy head of the administration said.',
    );
    expect(i.attacker).toBe('Kyrgyz forces');
    expect(i.attribution).toMatch(/^blamed on Kyrgyz forces by district administration/);
  });
  it('does not make a reporting border service claim shelling that hit its own village', () => {
    const [i] = incidents(
      "Shelling hit the village of Ak-Sai in the Batken region on Wednesday, Kyrgyzstan's Border Service said in a statement.",
    );
    expect(i.attribution).not.toMatch(/^claimed/);
  });
  it('takes the day it happened, not the day it was reported', () => {
    const [i] = incidents(
      'A journalist was shot dead outside his home in Chilpancingo, state prosecutors said Wednesday.\n\n' +
        'Two men on a motorcycle fired at least eight shots at around 10:30 p.m. local time Tuesday, the statement said.',
      '2025-06-11',
    );
    expect(i.date?.slice(0, 10)).toBe('2025-06-10');
  });
  it('reads tear gas with minor injuries as intervention, and a protest announced for next week as none', () => {
    const list = incidents(
      'Police fired tear gas to disperse several hundred protesters in central Tunis on Wednesday. At least nine people were treated for minor injuries.\n\n' +
        'The union said it would hold another protest in Tunis next Wednesday.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Protest with intervention']);
  });
});

describe('details told later stay with their event', () => {
  it("merges a group's claim told a day later into the bombing it claims", () => {
    const list = incidents(
      'A car bomb exploded at a checkpoint in Raqqa on Wednesday morning, killing six people.\n\n' +
        "The group's news agency said on Thursday that one of its fighters had detonated a car bomb among the guards.",
      '2024-10-18',
    );
    expect(list).toHaveLength(1);
  });
  it('reads no casualties from money paid to the injured, and no protest from one planned for later', () => {
    const list = incidents(
      'Clashes between members of two communities in Tonk on Tuesday left one man dead and 22 people injured.\n\n' +
        'The state government announced compensation of Rs 50,000 for each of the seriously injured.\n\n' +
        'Organisers said protests planned for later this month would go ahead.',
      '2025-01-23',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ killed: 1, injured: 22 });
  });
  it('counts a victim told with his relatives', () => {
    const [i] = incidents(
      'A drone struck a house near Isfara on Wednesday, killing a 46-year-old man and his son and wounding his wife.',
      '2024-11-21',
    );
    expect(i).toMatchObject({ killed: 2, injured: 1 });
  });
});

describe('blame told later in the account', () => {
  it('reads "officials blamed X, a militia …" paragraphs after the attack as blame on X', () => {
    const [i] = incidents(
      'Gunmen killed at least 17 villagers in an attack on a village near Bankass on Monday, local officials said.\n\n' +
        '"They waited for them on the path," the mayor told reporters.\n\n' +
        "Local officials and a community association blamed Dan Na Ambassagou, a hunters' militia.",
      '2025-02-27',
    );
    expect(i.attribution).toMatch(/^blamed on Dan Na Ambassagou/);
    expect(i.attacker).toBe('Dan Na Ambassagou');
  });
});

describe('crowds, ships and figures that other writers describe', () => {
  it('reads police firing at workers who blocked a road as one protest met with force, and a human chain as a protest', () => {
    const list = incidents(
      'Police fired tear gas and live rounds at hundreds of dock workers who had blocked a road in Mombasa on Tuesday, killing one worker.\n\n' +
        'Witnesses said officers fired tear-gas shells into the crowd. A police commander said officers used only sound grenades.\n\n' +
        'In Kisumu, about 500 workers formed a human chain outside the county offices on Tuesday.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Excessive force against protesters', 'Peaceful protest']);
    expect(list[0]).toMatchObject({ killed: 1, place: 'Mombasa' });
  });
  it('reads a seized tanker as looting by the force that says its boats stopped it, with an unharmed crew', () => {
    const [i, ...rest] = incidents(
      'Iran seized an oil tanker in the Gulf of Oman on Tuesday, accusing the vessel of smuggling fuel.\n\n' +
        'The Islamic Revolutionary Guard Corps said in a statement that its boats had stopped the tanker. The crew were unharmed.',
    );
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ subType: 'Looting/property destruction', killed: 0, injured: 0 });
    expect(i.attribution).toMatch(/^claimed/);
  });
  it('finds nothing in a figure that "fell to" a level', () => {
    expect(
      incidents(
        'Inflation fell to 2.9% in September from 3.1% in August, the statistics office said on Tuesday.',
      ),
    ).toEqual([]);
  });
  it('keeps quoted words about the event ("a massacre") inside that event', () => {
    const list = incidents(
      'A drone struck a market in the town of Dessie on Monday, killing nine people, officials said.\n\n' +
        'A rebel spokesman called the strike "a massacre of our people".',
      '2025-02-19',
    );
    expect(list).toHaveLength(1);
  });
  it('joins a second account of the strike that places it against the first place, at the narrower place', () => {
    const list = incidents(
      'The army said a drone strike on Monday hit a rebel camp near the town of Dessie.\n\n' +
        'Residents said a drone struck the market in the village of Kombolcha, about 20 km east of Dessie, on Monday.',
      '2025-02-19',
    );
    expect(list).toHaveLength(1);
    expect(list[0].place).toBe('Kombolcha');
  });
  it('takes neither the place nor the doer from a wire dateline', () => {
    const [i] = incidents(
      'Maiduguri (Nigeria) (AFP) - A suicide bomber killed at least 14 people at a market in the town of Damboa on Friday, police said.',
      '2025-09-23',
    );
    expect(i).toMatchObject({ subType: 'Suicide bomb', place: 'Damboa', killed: 14 });
    expect(i.attacker).not.toMatch(/France|AFP/);
  });
});

describe('sides, claims and arrests', () => {
  it('adds up the dead of both sides of one fight', () => {
    const [i] = incidents(
      'Soldiers and rebels fought for most of Tuesday around the village of Rutshuru.\n\n' +
        'The army said its troops had repulsed the assault, killing 23 rebels. Three soldiers were killed, the statement said.',
      '2025-05-16',
    );
    expect(i.killed).toBe(26);
  });
  it('does not add a part of a toll ("among them four children") as a side', () => {
    const [i] = incidents(
      'Gunmen killed 14 villagers in an attack on a village near Koro on Monday, among them four civilians from Mopti.',
    );
    expect(i.killed).toBe(14);
  });
  it('reads "each side blamed the other" as blame', () => {
    const [i] = incidents(
      'Border guards of the two countries exchanged fire near the village of Ak-Sai on Tuesday, killing two people. Each side blamed the other for starting the shooting.',
    );
    expect(i.attribution).toMatch(/^blamed on each other/);
  });
  it("reads the defence ministry telling of its soldiers' raid as its own claim", () => {
    const [i] = incidents(
      'On Tuesday, soldiers of the Rapid Intervention Battalion raided a separatist camp near Bafut, killing three fighters, the defence ministry said.',
    );
    expect(i.attribution).toMatch(/^claimed/);
  });
  it('reads a gang saying it now controls the town as a claim of the takeover, naming the gang', () => {
    const [i] = incidents(
      'Gang members overran the town of Mirebalais on Tuesday, forcing police officers to retreat.\n\n' +
        'In a video, a masked man said the Viv Ansanm coalition now controlled the town.',
    );
    expect(i.subType).toBe('Non-state actor overtakes territory');
    expect(i.attribution).toMatch(/^claimed by Viv Ansanm/);
    expect(i.attacker).toBe('Viv Ansanm');
  });
  it('finds the arrest of an opposition leader by police, and no protest in "before the next protest"', () => {
    const list = incidents(
      'Police in Novi Sad arrested Dragan Petrović, leader of the opposition Civic Union, late on Tuesday, prosecutors said.\n\n' +
        '"This is a case built to frighten people before the next protest," his lawyer said.',
      '2024-12-04',
    );
    expect(list.map((i) => i.subType)).toEqual(['Arrests']);
    expect(list[0].attribution).toMatch(/^carried out by police/);
  });
  it('gives a protest with no place of its own the town just named, and its arrests stay with it', () => {
    const list = incidents(
      'Police in Belgrade arrested Dragan Petrović, leader of the opposition Civic Union, on Tuesday.\n\n' +
        'On Wednesday, several hundred people gathered outside the court building holding banners. Police detained 12 protesters at the gathering on Wednesday.',
      '2024-12-05',
    );
    const demo = list.find((i) => i.type === 'Protests');
    expect(demo?.place).toBe('Belgrade');
    expect(list.filter((i) => i.subType === 'Arrests')).toHaveLength(1);
  });
});

describe('remote violence as war reporting tells it', () => {
  const sub = (list: ReturnType<typeof incidents>, s: string) => list.filter((i) => i.subType === s);
  it('reads a barrage as the interceptions plus one strike per place hit, with no record for the launch itself', () => {
    const list = incidents(
      'Russia launched 63 drones and four missiles at Ukraine overnight into Tuesday, the air force said. Air defences downed 48 of the drones. ' +
        'An apartment block in Kharkiv was hit, injuring five people, and port infrastructure in Izmail was damaged.',
    );
    expect(sub(list, 'Disrupted weapons use')).toHaveLength(1);
    const strikes = sub(list, 'Air/drone strike');
    expect(strikes.map((i) => i.place).sort()).toEqual(['Izmail', 'Kharkiv']);
    expect(strikes.find((i) => i.place === 'Kharkiv')).toMatchObject({ injured: 5, date: '2025-05-13' });
    expect(strikes.find((i) => i.place === 'Izmail')?.injured).toBeNull();
    expect(strikes[0].attacker).toBe('Russian forces');
    expect(list).toHaveLength(3);
  });
  it('keeps drones destroyed over a list of regions as one record of disrupted weapons use', () => {
    const list = incidents(
      "Russia's defence ministry said air defences destroyed 41 Ukrainian drones over the Saratov, Voronezh and Belgorod regions on Saturday.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Disrupted weapons use', place: 'Saratov', date: '2025-05-10' });
  });
  it('places an interception where it happened, not where the missile was fired from, and reads "no damage or casualties"', () => {
    const [i, ...rest] = incidents(
      'Israel said it intercepted a missile fired from Yemen early Monday. No damage or casualties were reported.',
    );
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ subType: 'Disrupted weapons use', place: 'Israel', killed: 0, injured: 0 });
  });
  it.each([
    ['Three people were killed when shells hit the market in Kherson late on Sunday.', 'Kherson', 3, null],
    ['The town of Sumy came under rocket fire on Wednesday; one woman was injured.', 'Sumy', null, 1],
    [
      'Rockets landed in open areas near the town of Sderot on Tuesday, causing no injuries, the army said.',
      'Sderot',
      0,
      0,
    ],
    [
      'A ballistic missile struck the centre of Dnipro on Friday, killing four people and wounding 20.',
      'Dnipro',
      4,
      20,
    ],
  ])('reads shelling told in the passive or as a noun: %s', (text, place, killed, injured) => {
    const list = incidents(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Shelling/artillery/missile attack', place, killed, injured });
  });
  it('codes guided bombs dropped from aircraft as an air strike (ACLED), and a drone that hits a bus too', () => {
    const [bombs] = incidents(
      'Russian aircraft dropped guided aerial bombs on Kharkiv on Thursday, killing three.',
    );
    expect(bombs).toMatchObject({ subType: 'Air/drone strike', place: 'Kharkiv', killed: 3 });
    const [drone] = incidents('A kamikaze drone hit a bus in Kherson early Monday, injuring six passengers.');
    expect(drone).toMatchObject({
      subType: 'Air/drone strike',
      place: 'Kherson',
      injured: 6,
      date: '2025-05-12',
    });
  });
  it('keeps a strike in retaliation by the other side as a record of its own', () => {
    const list = incidents(
      'Hezbollah fired rockets at northern Israel on Tuesday. In response, Israeli artillery shelled the village of Kfar Kila in southern Lebanon.',
    );
    expect(list).toHaveLength(2);
    expect(list.map((i) => i.attacker)).toEqual(['Hezbollah', 'Israeli forces']);
    expect(list[1].place).toBe('Kfar Kila');
  });
  it('tells one strike told twice as one record', () => {
    const list = incidents(
      'Russian forces pounded Kharkiv with artillery on Friday, killing one man, the governor said. An artillery strike on a school in the city injured two teachers.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ place: 'Kharkiv', killed: 1, injured: 2, attacker: 'Russian forces' });
  });
  it.each([
    'Russia has launched thousands of drones at Ukraine this year. Shelling is a daily occurrence in the border villages.',
    'Russia could launch more missile strikes on Kyiv in the coming days, officials warned.',
    'Residents of Kherson said they fear the shelling will return once the river freezes.',
  ])('finds no event in figures, patterns, threats and fears: %s', (text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('one record per real event: claims retold, markets and passing mentions', () => {
  it('joins a side’s own claim, dated only by its statement, to the strike already told', () => {
    const list = incidents(
      'A Russian drone attack on the Odesa region overnight on Tuesday damaged port infrastructure and injured two people, governor Oleh Kiper said.\n\n' +
        "Russia's defence ministry said on Wednesday that its forces had struck port facilities in Izmail with drones.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Air/drone strike', date: '2025-05-13', injured: 2 });
  });
  it('keeps a strike claimed by the other side apart', () => {
    const list = incidents(
      'A Russian drone attack on the Odesa region overnight on Tuesday injured two people, governor Oleh Kiper said.\n\n' +
        "Ukraine's military said on Wednesday that its forces had struck an oil depot in the Belgorod region with drones.",
    );
    expect(list).toHaveLength(2);
  });
  it('reads no crowd in a market rally and no fight in ministers clashing over quotas', () => {
    const text =
      'Oil prices rallied on Tuesday, with Brent crude up 2.1 percent at $86.40 a barrel in Singapore.\n\n' +
      'Shipping stocks marched higher in Oslo on Wednesday.\n\n' +
      'Oil fell 3 percent in New York on Monday after Iran and Saudi Arabia clashed over output quotas at the meeting in Vienna.';
    expect(incidents(text)).toEqual([]);
  });
  it('still reads people who marched against a price rise as a protest', () => {
    const [i] = incidents(
      'In Kisumu, several hundred people marched peacefully to the county offices on Tuesday to deliver a petition against the price rise.',
    );
    expect(i).toMatchObject({ subType: 'Peaceful protest' });
  });
  it('reads attacks told in the plural over a sea, on no day of their own, as background to a market story', () => {
    const text =
      'Brent crude rose on Tuesday after drone attacks on tankers in the Red Sea raised fears for supply, traders in London said.';
    expect(incidents(text)).toEqual([]);
  });
  it('keeps a strike in a market story that has a place of its own', () => {
    const [i, ...rest] = incidents(
      'Oil rose on Monday after a Ukrainian drone attack on a refinery in the Russian port of Novorossiysk disrupted exports, traders said.',
    );
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ subType: 'Air/drone strike', place: 'Novorossiysk' });
  });
  it('reads a seizure told in passing ("last month") as background, not the paragraph’s day', () => {
    const all = briefArticle(
      {
        text: 'Brent rose in London on Tuesday. Traders said the market was nervous after Houthi forces seized a tanker last month.',
        origin: 'text',
      },
      { published: '2025-05-14' },
    ).incidents;
    expect(all.filter((i) => !i.background)).toEqual([]);
  });
});

describe('one strike told at places that contain each other', () => {
  it('keeps one record at the narrowest place: a district of the city, then the city', () => {
    const list = incidents(
      'Russia launched 40 drones at Ukraine overnight on Monday, the air force said.\n\n' +
        'A drone hit a house in the Kyivskyi district of Odesa, the governor said. In Odesa, a drone strike killed three people.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Air/drone strike', place: 'Kyivskyi district', killed: 3 });
  });
  it('keeps one record for the district of a city and the region the city is in', () => {
    const list = incidents(
      'A Russian drone hit a house in the Kyivskyi district of Odesa late on Monday, the regional governor said. Drones also hit a warehouse in the Odesa region, killing one man.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ place: 'Kyivskyi district', killed: 1 });
  });
});

describe('a strike by a force with no weapon named', () => {
  it('reads forces that struck a town with casualties as a shelling record, joined by the weapon told next', () => {
    const list = incidents(
      'Russian forces struck Odesa overnight on Tuesday, killing three people and damaging a port warehouse, the governor said.\n\n' +
        'A ballistic missile hit a grain terminal in the city, he said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      subType: 'Shelling/artillery/missile attack',
      place: 'Odesa',
      date: '2025-05-13',
      attacker: 'Russian forces',
      killed: 3,
    });
  });
});

describe('business and shipping stories tell of no incident', () => {
  it('finds nothing current in an oil-market story after a canal grounding, with war-risk cover and fighting words', () => {
    const text =
      'Oil prices shot up on Monday after a container ship ran aground in a canal, blocking the waterway and halting traffic in both directions.\n\n' +
      'Refining margins in Europe surged, with diesel cracks leading the rally. Traders said the grounding had struck at the heart of a stretched supply chain.\n\n' +
      'Ships taking the southern route must pass waters where Houthi forces fired missiles at merchant shipping, and insurers pulled war-risk cover after missile attacks on merchant ships.\n\n' +
      '"Freight is the battlefield where shippers and carriers clash over rates," said one broker. Salvage teams stormed ahead with the refloating on Tuesday, and OPEC+ delegates said they would not rush to raise output.';
    expect(incidents(text)).toEqual([]);
  });
  it('finds nothing current in a port strike story with layoffs, offers shot down and a clash over pay', () => {
    const text =
      'Dockworkers at a Belgian port walked off the job on Tuesday in a strike over pay, leaving more than 40 container ships waiting at anchor.\n\n' +
      '"We are fighting a war on two fronts," said the chief executive of a logistics firm, which fired three subcontractors. Unions and employers clashed over wages again on Wednesday.';
    expect(incidents(text)).toEqual([]);
  });
  it('still reads a real attack on a ship in a market story', () => {
    const [i] = incidents(
      'Oil prices rose 2 percent on Tuesday after a missile struck a tanker off Hodeidah, setting it on fire, the ship’s operator said.',
    );
    expect(i).toMatchObject({ subType: 'Shelling/artillery/missile attack' });
  });
});

describe('one drone strike is one record however it is told', () => {
  it('joins falling debris of the downed drones to the strike already told, at the narrower place, and keeps the tally of drones downed apart', () => {
    const list = incidents(
      'A Ukrainian drone attack set fire to an oil depot in the Bryansk region of Russia on Tuesday, the regional governor said.\n\n' +
        'The Russian defence ministry said it had destroyed 15 Ukrainian drones over the Bryansk region overnight. Debris from one of the drones fell on the depot in the town of Klintsy and started a fire, the governor said.',
    );
    // the ministry's tally of drones downed is an interception of its own (disrupted weapons use), as in a barrage
    expect(list.map((i) => [i.subType, i.place])).toEqual([
      ['Air/drone strike', 'Klintsy'],
      ['Disrupted weapons use', 'Bryansk'],
    ]);
  });
  it('keeps an interception whose debris hit a house as one disrupted weapons use record when no strike was told', () => {
    const list = incidents(
      'Ukrainian air defences shot down a drone over Odesa early on Sunday, but falling debris damaged a warehouse in the port city, the regional governor said.\n\n' +
        'Debris from the downed drone also shattered windows in a residential building. No one was hurt, he said.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Disrupted weapons use' });
  });
  it('keeps a past strike told beside today’s ("a similar drone strike in March") as background', () => {
    const list = incidents(
      'A Russian drone hit a minibus in the city of Kherson on Monday morning, killing one passenger, the regional administration said.\n\n' +
        'It was the third such attack on public transport this month, officials said. A similar drone strike in March killed a driver in the same area.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Air/drone strike', place: 'Kherson' });
  });
  it('reads a strike and the attacker’s claim of it as one record', () => {
    const list = incidents(
      'Drones attacked an oil refinery in the Russian city of Saratov on Sunday, causing a fire, the regional governor said.\n\n' +
        'Ukraine’s security service said its long-range drones had hit the Saratov refinery. A source in the service said two processing units had been struck.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subType: 'Air/drone strike', place: 'Saratov' });
  });
});

describe('control of a market is no territory', () => {
  it('reads "seized control of oil flows" as no takeover, and "seized control of the town" as one', () => {
    expect(
      incidents('Iran seized control of oil flows through the strait on Monday, a trader said.'),
    ).toEqual([]);
    const [i] = incidents('Rebels seized control of the town of Kidal on Monday, residents said.');
    expect(i).toMatchObject({ subType: 'Non-state actor overtakes territory' });
  });
});

describe('everyday wire sentences', () => {
  it('reads an attack on ships at sea with no weapon named as fired from afar, by the group named', () => {
    const [i, more] = incidents(
      'Houthi rebels attacked two ships in the Red Sea on Sunday, the U.S. military said.',
    );
    expect(more).toBeUndefined();
    expect(i).toMatchObject({
      subType: 'Shelling/artillery/missile attack',
      place: 'Red Sea',
      background: false,
    });
    expect(i.attacker).toMatch(/Houthi/);
    expect(i.date?.slice(0, 10)).toBe('2025-05-11');
  });
  it('reads gunmen attacking buses or workers as violence against civilians, and a checkpoint as a battle', () => {
    expect(incidents('Gunmen attacked two buses near Kano on Sunday, police said.')[0]).toMatchObject({
      type: 'Violence against civilians',
      subType: 'Attack',
    });
    expect(
      incidents('Gunmen killed seven construction workers near Turbat on Sunday, officials said.')[0],
    ).toMatchObject({ subType: 'Attack' });
    expect(incidents('Gunmen attacked a police checkpoint in Bannu on Sunday.')[0]).toMatchObject({
      subType: 'Armed clash',
    });
  });
});

describe('a drone strike told by headline, lead, witness and statement is one record', () => {
  it('keeps "another man" killed with the commander in the strike, not a second strike', () => {
    const list = incidents(
      'Israeli drone strike on car kills commander in south Lebanon\n\n' +
        'An Israeli drone strike on a car in the southern Lebanese village of Jibchit on Wednesday killed a senior field commander and another man, security sources said.\n\n' +
        'The drone attack hit the vehicle as it drove along the main road, a witness said.',
      '2024-06-12',
    );
    const strikes = list.filter((i) => i.subType === 'Air/drone strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ place: 'Jibchit' });
    expect(strikes[0].attacker).toMatch(/Israel/);
  });
  it('joins a headline naming an unmapped base to the lead that places the strike; a drone shot down is no strike', () => {
    const list = incidents(
      'Drone attack hits Kurdish base near Erbil, no casualties reported\n\n' +
        'ERBIL, Iraq, March 4 (Reuters) - A drone attack struck a base used by Kurdish Peshmerga forces near the town of Harir in northern Iraq on Monday night, security officials said, in the latest in a string of attacks on installations hosting foreign troops.\n\n' +
        'An Iran-aligned group calling itself the Islamic Resistance in Iraq claimed the attack in a statement posted on Telegram, saying it had targeted "the occupation base" with an explosive-laden drone.\n\n' +
        "The Kurdistan Region's counter-terrorism service said on Tuesday that the drone had hit an empty storage area inside the base and caused minor damage. No one was hurt, it said.\n\n" +
        '"We heard a loud explosion around 11 at night and then fire trucks went up the road," said a shepherd who lives near the base and asked not to be named.\n\n' +
        'A second drone was shot down by air defences before it reached the base, the Peshmerga ministry said in a statement.\n\n' +
        'The drone attack was the fourth on the Harir base this year. Iran-backed groups have carried out more than 150 drone and rocket attacks on U.S. forces in Iraq and Syria since October, the Pentagon says.\n\n' +
        'The Islamic Resistance in Iraq has said its attacks are in response to U.S. support for Israel.',
      '2024-03-05',
    );
    const strikes = list.filter((i) => i.subType === 'Air/drone strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0].place).toMatch(/Harir/);
  });
});

describe('actors as shown', () => {
  it('drops trailing function words and a lone determiner', async () => {
    const { tidyActor } = await import('../../src/lib/extract/incidents.ts');
    expect(tidyActor('Kurdish Peshmerga forces near the')).toBe('Kurdish Peshmerga forces');
    expect(tidyActor('A')).toBeNull();
    expect(tidyActor('The')).toBeNull();
    expect(tidyActor('Houthi rebels')).toBe('Houthi rebels');
    expect(tidyActor(null)).toBeNull();
  });
});

describe('the day of a night told as a window', () => {
  it('dates a night from an evening time to the next morning by the morning, and a lone evening time by its own day', () => {
    const night = incidents(
      'Air defences shot down 40 drones over the Belgorod region between 10 p.m. on Monday and 6 a.m. on Tuesday.',
    );
    expect(night[0]?.date?.slice(0, 10)).toBe('2025-05-13');
    const evening = incidents(
      'A drone struck a fuel depot near Belgorod at 10 p.m. on Monday, starting a fire.',
    );
    expect(evening[0]?.date?.slice(0, 10)).toBe('2025-05-12');
  });
});
