/**
 * What the news of a story is: a story whose lead reports something other than violence (a parade, talks, sanctions,
 * an inquiry) recalls violence as background unless a record shows its own recency; a story whose lead reports a
 * violent event keeps the events it tells again further down, with or without a day. Each case is an invented text
 * worded unlike the articles the rules were measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const PUB = '2026-03-16';
const all = (text: string) => briefArticle({ text, origin: 'text' }, { published: PUB }).incidents;
const current = (text: string) => all(text).filter((i) => !i.background);

const PARADE =
  'Tanks and veterans roll through capital as Varnia marks Liberation Day\n\n' +
  'ORLEK, Varnia — Thousands lined the boulevards of Orlek on Sunday as Varnia staged its largest military parade in a decade, with columns of armoured vehicles, missile launchers and marching cadets passing the reviewing stand.\n\n' +
  'President Tomas Hedvik told the crowd that the nation would never forget the soldiers who fell defending the border.\n\n';
const TALKS =
  'Government and Kessan rebels open new round of peace talks in Geneva\n\n' +
  'GENEVA, March 14 (Wire) - Negotiators for the government of Dalmora and the Kessan Liberation Front sat down in Geneva on Friday for a fourth round of talks aimed at ending a conflict that has killed thousands.\n\n' +
  'The United Nations envoy, Ingrid Solberg, said both sides had agreed to discuss a prisoner exchange and the withdrawal of heavy weapons from the hills around Tarsa.\n\n';

describe('a story whose news is not violence', () => {
  it('reads a battle veterans of a parade once fought as background', () => {
    const text = `${PARADE}Many of them fought at Kessel Ridge, where rebel artillery shelled army positions for weeks and more than 300 soldiers were killed.\n\nThe defence ministry said 4,000 troops and 180 vehicles took part.`;
    expect(current(text)).toEqual([]);
    expect(all(text).some((i) => i.background)).toBe(true);
  });
  it('reads the fighting that peace talks recall as background', () => {
    const text = `${TALKS}Government aircraft bombed rebel positions in the valley, and rebel fighters ambushed an army convoy on the Tarsa road, killing 23 soldiers.\n\nThe talks are expected to last a week.`;
    expect(current(text)).toEqual([]);
  });
  it('reads the bombing a sanctions list names as background', () => {
    const text =
      'EU adds eight commanders to sanctions list over eastern offensive\n\n' +
      'The European Union on Monday imposed sanctions on eight military commanders it holds responsible for attacks on civilians in the eastern region of Korvia.\n\n' +
      'The list includes the commander of an air wing whose jets bombed a hospital in Lesno, killing 31 people, the EU said in its official journal.\n\n' +
      'The measures freeze assets and ban travel.';
    expect(current(text)).toEqual([]);
  });
  it('reads what an inquiry report tells as background, also a later attack it recounts', () => {
    const text =
      'Inquiry finds police failed to act on warnings before stadium bombing\n\n' +
      'An official inquiry into the bombing of the Rivermouth stadium has found that police ignored three warnings about the attacker in the weeks before the blast.\n\n' +
      'The report, published on Tuesday by retired judge Helen Marsh, runs to 800 pages and makes 41 recommendations.\n\n' +
      'Gunmen linked to the bomber later opened fire on a police station in Ashby, wounding two officers, the report said.';
    expect(current(text)).toEqual([]);
  });
  it('takes a headline label of an event before a colon for the subject of other news', () => {
    const text =
      'Harbour bombing: families win right to sue port authority\n\n' +
      'A court in Selvik ruled on Wednesday that relatives of the victims may bring a civil claim against the port authority over security failures.\n\n' +
      'Militants drove a truck packed with explosives into the ferry terminal, killing 40 passengers.';
    expect(current(text)).toEqual([]);
  });
  it('keeps current a violent event told with its own recent day', () => {
    const text = `${TALKS}On Thursday, rebel fighters ambushed an army convoy on the Tarsa road, killing 23 soldiers, the army said.`;
    const list = current(text);
    expect(list.map((i) => i.date?.slice(0, 10))).toEqual(['2026-03-12']);
  });
  it('keeps current a violent event told as the latest of its kind', () => {
    const text = `${PARADE}Hours before the parade, the latest drone attack on the border town of Mirsk wounded four guards, officials said.`;
    expect(current(text).length).toBe(1);
  });
});

describe('a story whose news is violence', () => {
  it('reads a lead of people fleeing an advance of armed men as violent news, so an undated fight further down stays current', () => {
    const text =
      'Thousands flee Vorn as rebels close in on district capital\n\n' +
      'VORN, Marenia — Thousands of residents fled the town of Vorn on Sunday as rebel forces advanced toward the district capital, aid workers said.\n\n' +
      'Rebels overran an army post north of the town, killing six soldiers, according to a local official.';
    expect(current(text).map((i) => i.subType)).toEqual(['Armed clash']);
  });
  it('keeps current an event the story tells further down without a day', () => {
    const text =
      'Gunmen kill 12 at village market in Kelo district\n\n' +
      'KELO, Marenia — Gunmen on motorcycles opened fire on a crowded market in the village of Duma on Thursday, killing 12 people and wounding at least 20, local officials said.\n\n' +
      '"They came from the forest and shot at everyone," said trader Amina Sow.\n\n' +
      'In the neighbouring village of Sarku, the same gang abducted nine women from a farm, residents said.';
    const list = current(text);
    expect(list.map((i) => i.subType)).toContain('Abduction/forced disappearance');
  });
  it('reads a barrage told by the places it hit as the news', () => {
    const text =
      'Missiles and drones pound two cities overnight, three dead\n\n' +
      'Russia fired 40 drones and six missiles at Ukraine overnight, killing three people in Kharkiv and damaging a power plant near Lviv, officials said.\n\n' +
      'In Zhytomyr, a missile struck a grain warehouse, wounding two workers.';
    expect(current(text).length).toBeGreaterThan(0);
  });
});

describe('the lead', () => {
  it('is the first body paragraph, so a profile’s battles told after it are background', () => {
    const text =
      'The quiet general who now runs Tarvia’s army\n\n' +
      'General Osk Berend, named army chief by the president on Friday, is little known outside the military and rarely speaks in public.\n\n' +
      'He made his name as a brigade commander in the east, where his troops recaptured the city of Molk from insurgents after a month of street fighting.';
    expect(current(text)).toEqual([]);
  });
  it('is not a photo caption left in the body', () => {
    const text =
      'Monks of Vessa count their dead\n\n' +
      'A damaged monastery hall in the town of Vessa on Thursday. / Local Press\n\n' +
      'Resistance fighters took control of the town of Vessa after weeks of fighting, local sources said.\n\n' +
      'Junta jets bombed a monastery in the village of Lomar, killing seven people sheltering there.';
    expect(current(text).map((i) => i.subType)).toContain('Air/drone strike');
  });
  it('takes a headline under a section label as the headline, so the violence it names is news', () => {
    const text =
      'REGIONAL DESK | Crime\n\n' +
      'Gang members kill four traders at Norvale market; police trade fire with the suspects on a farm lane near Dessel\n\n' +
      'Published March 15, 2026\n\n' +
      'Armed men went through the covered market of Norvale at closing time on Saturday, asking stallholders for money, a provincial spokesman said.\n\n' +
      'The next day, police officers hunting the men came under fire on a farm track outside Dessel, and two of the suspects died in the shootout.';
    expect(current(text).map((i) => i.subType)).toContain('Armed clash');
  });
  it('keeps as background the fighting a feature under a section label recalls', () => {
    const text =
      'REGIONAL DESK | Culture\n\n' +
      'A choir of old soldiers sings again in the garrison chapel of Dessel, forty years after the regiment was disbanded\n\n' +
      'Published March 15, 2026\n\n' +
      'Forty men who once wore the uniform meet every Thursday to rehearse hymns, a tradition their regiment began decades ago.\n\n' +
      'Some of them were at Kessel Ridge, where rebels ambushed an army column and soldiers fought them for two days.';
    expect(current(text)).toEqual([]);
  });
});

describe('a story that looks back', () => {
  it('reads the events an inquiry report tells as background when the headline names their year', () => {
    const text =
      'Panel faults coastguard over 2021 ferry hijacking\n\n' +
      'A parliamentary panel said on Thursday that coastguard commanders waited four hours before sending boats when pirates seized the ferry Aldona off Vesk island, leaving passengers at their mercy.\n\n' +
      'The pirates shot dead two crew members and threw their bodies overboard, the panel found.\n\n' +
      'Navy commandos killed three of the hijackers the next morning.';
    expect(current(text)).toEqual([]);
  });
  it('reads a war a parade counts the years since as background, though the lead names soldiers and jets', () => {
    const text =
      'Jets roar over Almara as Tesland counts 30 years since the end of its border war\n\n' +
      'ALMARA — Columns of tanks rolled down Freedom Avenue on Saturday and fighter jets flew overhead as Tesland held a parade marking three decades since the end of the border war, in which some 40,000 people were killed.\n\n' +
      'Marovian troops crossed the Vessa river and shelled the town of Kirn, killing hundreds of civilians in the first week.';
    expect(current(text).filter((i) => i.type !== 'Protests')).toEqual([]);
  });
  it('keeps current a clash at the memorial told with its own recent day', () => {
    const text =
      'Ten years after the Kessel massacre, mourners clash with police at the memorial\n\n' +
      'KESSEL — Police fired tear gas on Sunday at relatives who tried to break through a cordon at the memorial to the 41 miners killed by soldiers a decade ago.\n\n' +
      'On Sunday evening, unknown gunmen shot dead a guard at the memorial gate, police said.';
    expect(current(text).some((i) => i.date === '2026-03-15' && i.type !== 'Protests')).toBe(true);
  });
});

describe('an event told as past by the time counted back to it, a span of acts or a month of its own', () => {
  it('reads an attack a visit comes weeks after as background, in the lead and told again below', () => {
    const text =
      'Interior minister tours Velmor harbour, promises new sea wall\n\n' +
      'VELMOR — Interior Minister Aldo Brisk walked the quays of Velmor on Saturday to inspect repairs, three weeks after rebel gunboats shelled the harbour and killed four dockworkers.\n\n' +
      'The shelling set fire to a grain store and sank two fishing boats, the port authority said.\n\n' +
      'Brisk promised funds for a new sea wall.';
    expect(current(text)).toEqual([]);
    expect(all(text).some((i) => i.background)).toBe(true);
  });
  it('reads a town retaken months before the report as background', () => {
    const text =
      'Market reopens in Arsk\n\n' +
      'Months after militia fighters captured the valley town of Arsk, traders have reopened its covered market and the first bus from the capital arrived this week.\n\n' +
      'Shopkeepers said prices were still twice what they were before.';
    expect(current(text)).toEqual([]);
  });
  it('keeps current an attack told with a day, while the bombing it came weeks after is background', () => {
    const text =
      'Gunmen attacked a bus near the town of Tolvik on Saturday, killing six passengers, three weeks after a bombing at the town bus station, police said.\n\n' +
      'The attackers fled into the forest.';
    const list = all(text);
    expect(current(text).map((i) => [i.subType, i.date?.slice(0, 10)])).toEqual([['Attack', '2026-03-14']]);
    expect(list.filter((i) => i.background).length).toBeLessThanOrEqual(1);
  });
  it('reads the acts of a season past that talks follow as no event of now', () => {
    const text =
      'Orvada parties hold first talks after a summer of air raids and shelling\n\n' +
      'Delegates of the Orvada government and the Northern Alliance met in Tessel on Monday for the first time since the spring, after a summer of air raids and shelling across the northern provinces.\n\n' +
      'Both sides said the meeting was a first step.';
    expect(current(text)).toEqual([]);
  });
  it('dates a strike on a weekday market by the earlier month of its own sentence, not the last week', () => {
    const list = all(
      'Relief agencies began a food drive in the north on Monday.\n\n' +
        'In February, a drone strike on the Thursday cattle market in the town of Kesh killed 12 herders, according to the district council.',
    );
    const kesh = list.find((i) => i.place === 'Kesh');
    expect(kesh?.background).toBe(true);
    expect(kesh?.date ?? '').toMatch(/^2026-02/);
  });
  it('gives "during those days" the time of the days told before it', () => {
    const text =
      'Artillery shells hit the border village of Marek on Sunday, killing two farmers, the provincial governor said.\n\n' +
      'It was the worst shelling in the area since April 2024, when the two armies fought along the river for a week. Artillery fire on the village of Pelna during those days killed 12 people.';
    const list = all(text);
    expect(current(text).map((i) => i.date?.slice(0, 10))).toEqual(['2026-03-15']);
    expect(list.filter((i) => i.background).length).toBeGreaterThanOrEqual(1);
    expect(list.some((i) => !i.background && /Pelna/.test(i.evidence))).toBe(false);
  });
});

describe('a lead that tells a trial years on, or an act planned or vowed', () => {
  it('reads a blast a trial follows years on as background', () => {
    const text =
      'Dalton market blast survivors watch three men go on trial, two years on\n\n' +
      'Three men accused of planting the nail bomb that tore through the Dalton covered market appeared before the High Court in Rens on Monday, as survivors filled the public gallery.\n\n' +
      'The explosion killed 14 shoppers and wounded more than 60.\n\n' +
      'The trial is expected to last three months.';
    expect(current(text)).toEqual([]);
  });
  it('reads an offensive an army readies, and a raid it recalls, as no event of now', () => {
    const text =
      "Tarvian army readies 'biggest offensive in years' against rebels in the Oskar hills\n\n" +
      'The Tarvian army has moved 6,000 troops and dozens of armoured vehicles to the edge of the Oskar hills, where commanders say they will launch a push to clear rebel camps before the rains.\n\n' +
      'Rebel fighters raided an army depot in the hills and carried off rifles and ammunition, officials said.\n\n' +
      'The defence ministry declined to give a date.';
    expect(current(text)).toEqual([]);
  });
  it('reads a vow to "hit back" as no event of now', () => {
    const text =
      'Kessia vows to "hit back" at smugglers after border post raid\n\n' +
      'Kessia will send 500 more border guards to its southern frontier and buy six patrol helicopters, the interior ministry said on Wednesday, in what the minister called a drive to "strike at the heart" of the smuggling gangs.\n\n' +
      'Gunmen from a smuggling gang raided a border post at Ulm, killing a guard, officials said.\n\n' +
      'The helicopters are due next year.';
    expect(current(text)).toEqual([]);
  });
});

describe('a headline that names no act and a lead with no sign of the days of the report', () => {
  it('reads the battles a profile tells as background', () => {
    const text =
      'The colonel who holds the eastern line\n\n' +
      'Colonel Ines Varga was 31 when her company was cut off at Lomsk.\n\n' +
      'She led the breakout herself, and her soldiers ambushed an armoured column on the lake road, destroying five vehicles. Enemy aircraft bombed the dam behind them, killing nine of her men.\n\n' +
      'Today she commands a brigade of 3,500.';
    expect(current(text)).toEqual([]);
    expect(all(text).some((i) => i.background)).toBe(true);
  });
  it('keeps current a raid the lead dates to the days of the report', () => {
    const text =
      'Villagers count the cost in Tarsk\n\n' +
      'Gunmen raided the farming village of Tarsk on Saturday, killing four farmers and driving off their cattle, a local official said.\n\n' +
      'Residents buried the dead the next day.';
    expect(current(text).map((i) => i.date?.slice(0, 10))).toEqual(['2026-03-14']);
  });
  it('keeps current the shelling an undated lead tells under a headline of the act', () => {
    const text =
      'Shells hit Marvo bus station as fighting nears the city\n\n' +
      'Artillery shells struck the main bus station in Marvo, killing at least seven people, residents said, as fighting between the army and rebels reached the edge of the city.\n\n' +
      'Hospitals appealed for blood donors.';
    expect(current(text).length).toBeGreaterThan(0);
  });
});

describe('a story whose news is a report counting the violence of a month past', () => {
  // (published early in the next month: the events of the month past fall within two weeks of the report)
  const on = (text: string) => briefArticle({ text, origin: 'text' }, { published: '2026-03-06' }).incidents;
  const now = (text: string) => on(text).filter((i) => !i.background);
  const REPORT =
    'Raids on farming villages climbed in February, monitor finds\n\n' +
    'KESSAR — Armed raids on farming communities in northern Dalmora rose for a second month in February, with 38 attacks logged against 29 in January, the Dalmora Rural Security Observatory said in its monthly bulletin published on Friday.\n\n' +
    'The observatory counted 57 people killed and 40 abducted in the month, most of them herders and seed traders.\n\n';
  it('reads the events the report names in that month as examples of its count, not as news', () => {
    // (a day of the month past within two weeks of the report: not news of the report's days)
    const text = `${REPORT}Its bulletin described two of them. On February 24, gunmen on motorbikes rode into the market at Tolvane and shot dead six traders.\n\nThe observatory urged the government to station more police in the district.`;
    expect(now(text)).toEqual([]);
    expect(on(text).some((i) => i.background && i.place === 'Tolvane')).toBe(true);
  });
  it('keeps an event after the month the report counts', () => {
    const text = `${REPORT}On Wednesday, gunmen shot dead four herders at a well near Tolvane, police said.\n\nThe observatory urged the government to station more police in the district.`;
    expect(now(text).map((i) => i.place)).toEqual(['Tolvane']);
  });
  it('keeps the event a story of an attack reports, though its lead cites the tally of the month', () => {
    const text =
      'Gunmen kill nine traders at Tolvane market\n\n' +
      'KESSAR — Gunmen on motorbikes shot dead nine traders at the market in Tolvane on Thursday, police said. The Dalmora Rural Security Observatory logged 38 attacks in its report on February.\n\n' +
      'On February 26, gunmen raided the village of Orbel and abducted 12 farmers.\n\n' +
      'Police said they had arrested two suspects.';
    expect(now(text).map((i) => i.place)).toContain('Tolvane');
  });
});

describe('an event measured against the past', () => {
  it('keeps current an ambush told as the deadliest since an emergency was declared', () => {
    const text =
      'Rebels ambush police column near Harven\n\n' +
      'HARVEN (Wire) — Rebels with rifles and rockets ambushed a police column on the coast road outside Harven, killing six officers, the interior ministry said, in the deadliest attack on the police since the government declared an emergency.';
    expect(all(text).map((i) => [i.subType, i.background])).toEqual([['Armed clash', false]]);
  });
  it('still reads ambushes kept up since an emergency was declared as background', () => {
    const text =
      'Harven fishermen return to sea\n\n' +
      'HARVEN — Fishing boats left the harbour of Harven on Tuesday for the first time in a month, as the port reopened after repairs to its breakwater.\n\n' +
      'Rebels have ambushed police columns on the coast road many times since the government declared an emergency.';
    expect(current(text)).toEqual([]);
  });
});

describe('a timeline page whose days head its sections', () => {
  it('keeps the events under a recent day heading current, though the lead tells no event of its own', () => {
    const text =
      'Power war, day by day: both sides go after fuel and power\n\n' +
      'The grid has been hit on three of the past five days. We are tracking the strikes here, newest first.\n\n' +
      'Monday, March 16\nRussian drones struck a substation near Lubny in the early hours, the grid operator said. Two workers were hurt.\n\n' +
      'Saturday, March 14\nTwo missiles hit a heating plant in Sumy shortly after 5 a.m., killing an engineer, the mayor said.';
    const found = current(text).map((i) => [i.place, i.date?.slice(0, 10)]);
    expect(found).toContainEqual(['Sumy', '2026-03-14']);
    expect(found.length).toBe(2);
  });
});

describe('the days heading a timeline page date the events under them', () => {
  it('dates each section’s event by its weekday heading', () => {
    const text =
      'The week on the border: a timeline\n\nBy Dana Okafor | 16 March 2026\n\n' +
      'MONDAY\nShortly before dawn an air strike hit a tent camp west of Korvel, where displaced families live. Medics said six people were killed.\n\n' +
      'WEDNESDAY\nThe anniversary of the 2023 ceasefire passed quietly.\n\nIn the north, troops entered the Darsk camp before dawn. The army said the soldiers came under fire and killed two gunmen in a gun battle that lasted an hour.';
    expect(current(text).map((i) => [i.subType, i.date?.slice(0, 10)])).toEqual([
      ['Air/drone strike', '2026-03-16'],
      ['Armed clash', '2026-03-11'],
    ]);
  });
});
describe('a story with no publication date', () => {
  const undated = (text: string) => briefArticle({ text, origin: 'text' }).incidents;
  it('reads a strike its lead dates by a weekday, or a headline that fires rockets, as current', () => {
    const weekday = undated(
      'Rebels shell port as ceasefire talks stall\n\n' +
        'Rebels fired a volley of rockets at a cargo ship in the port of Karsa on Friday, setting it on fire, port officials said.',
    );
    expect(weekday.map((i) => i.background)).toEqual([false]);
    const fired = undated(
      'Rebels fire rockets at Karsa port\n\nRebels fired a volley of rockets at a cargo ship in the port of Karsa, setting it on fire, the army said.',
    );
    expect(fired.map((i) => i.background)).toEqual([false]);
  });
  it('still reads a battle a parade recalls as background', () => {
    const parade = undated(
      `${PARADE}Many of them fought at Kessel Ridge, where rebel artillery shelled army positions for weeks and more than 300 soldiers were killed.`,
    );
    expect(parade.filter((i) => !i.background)).toEqual([]);
  });
});
