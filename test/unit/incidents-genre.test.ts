/**
 * The story read as a whole (./incidents/genre.ts): a drill, a trial, an accident, an obituary, an anniversary, a match
 * or a business story told in war words reports no violent event of now, and its records are dropped or told as
 * background unless a sentence of their own tells a current armed event apart from the story's kind. The articles
 * below are invented, in kinds of story and wording not among the articles the reading was measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { storyKind } from '../../src/lib/extract/incidents/genre.ts';

const current = (text: string, published = '2026-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

describe('the kind of a story, from the cues over the whole article', () => {
  it('reads a trial from its court words, headline and lead first', () => {
    const doc = buildDoc(
      'Jury convicts two men over 2023 market bombing\n\n' +
        'A jury at the High Court on Tuesday found two men guilty of planting the bomb that killed six people at a market in March 2023.\n\n' +
        'The judge said sentencing would follow next month. Prosecutors told the trial the defendants had bought the explosives weeks earlier.\n\n' +
        'Defence lawyers said they would appeal the verdict.',
    );
    expect(storyKind(doc)).toBe('trial');
  });
  it('reads no kind in a report of an attack that names a court further down', () => {
    const doc = buildDoc(
      'Gunmen kill four at checkpoint near Bannu\n\n' +
        'Gunmen opened fire on a police checkpoint near Bannu on Monday night, killing four officers and wounding two, police said.\n\n' +
        'The attackers fled towards the hills. A search operation was under way on Tuesday.\n\n' +
        'One of the officers had testified in a court case against a local commander last year.',
    );
    expect(storyKind(doc)).toBeNull();
  });
});

describe('stories of other kinds record no current incident', () => {
  it('a civil-defence earthquake drill at a school', () => {
    expect(
      current(
        'Pupils and rescuers rehearse quake response in Izmir schools\n\n' +
          'Rescue teams stormed a partly collapsed mock classroom in Izmir on Wednesday as part of a city-wide earthquake drill, pulling out "casualties" played by volunteers.\n\n' +
          'The exercise simulated a magnitude 7 tremor at 10am. Firefighters attacked a staged blaze in the gym while teachers led 1,200 pupils to the playground.\n\n' +
          'Officials said the drill showed evacuation times had improved since last year’s exercise.',
      ),
    ).toEqual([]);
  });
  it('a chess final told as a battle', () => {
    expect(
      current(
        'Kovalenko storms to title with brutal kingside assault\n\n' +
          'Maria Kovalenko won the national chess championship on Sunday, launching a ferocious attack on her opponent’s king in the final round of the tournament.\n\n' +
          'She sacrificed a knight on move 23 and her rooks bombarded the seventh rank until her rival resigned. "I wanted to kill the game early," she said.\n\n' +
          'The championship win takes her to the world cup in August. Fans in the hall gave her a standing ovation after the match.',
      ),
    ).toEqual([]);
  });
  it('a grain-dust silo explosion at a port', () => {
    expect(
      current(
        'Three dead as silo explodes at Constanta grain terminal\n\n' +
          'An explosion ripped through a grain silo at the port of Constanta on Tuesday, killing three workers and injuring five, emergency officials said.\n\n' +
          'Firefighters battled the blaze for six hours. Investigators said the blast was most likely caused by grain dust and ruled out sabotage.\n\n' +
          'The terminal operator said it would review its safety procedures.',
      ),
    ).toEqual([]);
  });
  it('soldiers who battle a bushfire', () => {
    expect(
      current(
        'Troops battle bushfire as flames hit town outskirts\n\n' +
          'Hundreds of soldiers joined firefighters on Monday to battle a bushfire that has destroyed 40 homes on the outskirts of Bega, the fire service said.\n\n' +
          'Aircraft bombarded the fire front with retardant while army crews cut breaks. Two firefighters were injured when a tree fell on their truck.\n\n' +
          'Evacuation orders remain in place as hot winds are forecast for Tuesday.',
      ),
    ).toEqual([]);
  });
  it('the obituary of a police dog handler', () => {
    expect(
      current(
        'Sergeant who led city’s first dog unit dies at 81\n\n' +
          'Tom Reilly, who founded the city police’s dog unit and served for 34 years, has died at the age of 81, his family said on Tuesday.\n\n' +
          'Born in Cork, he joined the force in 1962. In 1979 he was shot in the arm during a raid on an armed gang at a warehouse, and he received a bravery medal.\n\n' +
          'He retired in 1996 and is survived by his wife and three daughters. His funeral will be held on Friday.',
      ),
    ).toEqual([]);
  });
  it('a smartphone price war told in war words', () => {
    expect(
      current(
        'Handset makers open new front in budget phone war\n\n' +
          'Two of the country’s biggest phone makers launched an all-out offensive on Monday, slashing prices by up to 30 per cent as they battle for market share.\n\n' +
          'Analysts said the rival firms were firing their last rounds before the holiday season, with margins already under siege and investors bracing for lower profits.\n\n' +
          'Shares of both companies fell more than 4 percent on the stock exchange.',
      ),
    ).toEqual([]);
  });
  it('a remembrance for a wartime bombing of a school', () => {
    expect(
      current(
        'Town falls silent 80 years after school bombing\n\n' +
          'Hundreds gathered in Gorla on Wednesday to mark 80 years since bombers struck the town’s primary school, killing 184 children and 19 teachers.\n\n' +
          'Survivors laid wreaths at the memorial and a minute’s silence was held at 11:29, the moment the bombs fell.\n\n' +
          'Relatives of the victims read the names of the dead. The mayor said the town would never forget.',
      ),
    ).toEqual([]);
  });
  it('a parole hearing for a hijacker of decades ago', () => {
    expect(
      current(
        'Parole board hears plea of 1985 hijacker\n\n' +
          'A parole board on Thursday heard an application from a man convicted of hijacking a passenger jet in 1985, during which a passenger was shot dead.\n\n' +
          'Lawyers for the prisoner told the hearing he had shown remorse during 40 years in prison. Relatives of the victim asked the board to reject the plea.\n\n' +
          'The board said it would announce its ruling within a month.',
      ),
    ).toEqual([]);
  });
  it('a basketball game told as an ambush', () => {
    expect(
      current(
        'Lions ambush leaders in overtime thriller\n\n' +
          'The Lions ambushed league leaders Falcons 98-95 on Saturday night, their guards shooting the visitors to pieces in overtime at a packed arena.\n\n' +
          'The coach said his players had attacked the basket relentlessly. The win lifts them to third in the standings ahead of the play-offs.\n\n' +
          'Fans stormed the court at the final whistle.',
      ),
    ).toEqual([]);
  });
  it('a naval exercise with a sinking target hulk', () => {
    expect(
      current(
        'Navy sinks old frigate in live-fire exercise\n\n' +
          'Warships and jets fired missiles at a decommissioned frigate off the coast on Tuesday, sinking it during a two-week naval exercise, the defence ministry said.\n\n' +
          'Submarines also torpedoed the hulk as part of the drills, which involve 3,000 sailors. Commanders said the manoeuvres tested air defences against simulated attacks.\n\n' +
          'The exercise ends on Friday.',
      ),
    ).toEqual([]);
  });
});

describe('a real event in a story of another kind keeps its record', () => {
  it('a fresh attack told in its own sentences in a trial story', () => {
    const list = current(
      'Trial of bombing suspects opens under heavy guard\n\n' +
        'The trial of five men accused over the 2024 bus station bombing opened at the High Court on Monday, with judges hearing from prosecutors and defence lawyers.\n\n' +
        'The court heard testimony from two witnesses. The defendants deny the charges.\n\n' +
        'Hours before the hearing, gunmen on motorbikes killed three soldiers at a checkpoint outside Maiduguri on Monday morning, officials said.',
    );
    expect(list.length).toBeGreaterThan(0);
  });
  it('a clash told in passing, with a town and a day of its own, in a market story', () => {
    const market = (where: string) =>
      current(
        [
          'Traders in Kaduna count the cost of a hard season',
          'KADUNA, Nigeria (March 11) - Cattle prices at the main market in Kaduna have fallen by a third since January, traders said.',
          'Buyers from the south have stayed away, and fodder costs have doubled.',
          `A clash was also reported ${where} on March 4, local media said.`,
          'The state government has promised a loan scheme for herders.',
          'Market leaders met officials on Monday to ask for more patrols.',
          'The next market day is on Friday.',
        ].join('\n\n'),
        '2026-03-12',
      ).map((i) => i.subType);
    expect(
      storyKind(
        buildDoc(
          'Traders count the cost as cattle prices fall\n\nCattle prices at the market have fallen by a third since January, traders said, and fodder prices have doubled as investors stay away from the market.',
        ),
      ),
    ).toBe('metaphor');
    expect(market('in the northern town of Zaria')).toEqual(['Armed clash']);
    // (told only by its country it is no news of a place: the story's war words)
    expect(market('in Nigeria')).toEqual([]);
  });
  it("no news in passing in the headline of a match report: its war words are the match's", () => {
    const text = [
      "Bumrah's bombardment blows away Australia in Perth",
      'PERTH, Nov 24, 2026',
      "Jasprit Bumrah led a fierce pace assault that destroyed Australia's top order as India won the first Test at Optus Stadium by 295 runs on Monday.",
      "Bumrah took five wickets for 30 in the first innings, ripping through the batting with a barrage of short balls, and India's bowlers finished the job on the fourth day.",
      '"He was firing bullets," said Australia captain Pat Cummins. "We were shell-shocked."',
      "Yashasvi Jaiswal's 161 had set up the victory. The second Test begins in Adelaide on December 6.",
    ].join('\n\n');
    expect(current(text, '2026-11-24')).toEqual([]);
  });
});

describe('security stories that tell violence and report none', () => {
  const watch = (sahel: string) =>
    'The Week Ahead: what to watch in security\n\n' +
    'Good morning. Here is what we are watching this week.\n\n' +
    'Ukraine: Russian forces are massing near Sumy, and Ukrainian officials expect a new offensive in the north. Watch for heavy glide-bomb use along the border and drone attacks on Kharkiv.\n\n' +
    `Sahel: ${sahel}\n\n` +
    'Gaza: talks in Doha on a new ceasefire resume on Thursday.\n\n' +
    "That's it for this week. Forward this newsletter to a friend.\n\n" +
    'Unsubscribe | Manage preferences';
  it('records nothing for a newsletter of what to watch', () => {
    expect(
      current(
        watch(
          'the rainy season usually brings a lull in jihadist attacks in Burkina Faso, but JNIM has struck army posts in June in past years.',
        ),
      ),
    ).toEqual([]);
  });
  it('keeps the attack such a newsletter reports in passing', () => {
    expect(
      current(
        watch(
          'JNIM fighters attacked an army post in Djibo on Sunday, killing at least 30 soldiers, according to security sources.',
        ),
      ).map((i) => i.subType),
    ).toEqual(['Armed clash']);
  });
  const budget = (extra: string) =>
    'Taiwan boosts budget for drones and missiles as China drills intensify\n\n' +
    "TAIPEI — Taiwan's cabinet on Tuesday proposed a record defence budget of NT$950 billion for next year, with a sharp rise in spending on drones, anti-ship missiles and air defence.\n\n" +
    'Defence Minister Wellington Koo said the island would buy 3,000 attack drones and more HIMARS rocket launchers, citing lessons from the war in Ukraine.\n\n' +
    `The budget also funds the purchase of NASAMS air-defence systems, which have shot down Russian cruise missiles over Kyiv.${extra}\n\n` +
    'The Tuareg-led FLA in Mali says it has shot down several army drones with similar weapons.\n\n' +
    'The budget needs approval from parliament, where the opposition holds a majority.';
  it('records nothing for a defence budget that names what its weapons have done elsewhere', () => {
    expect(current(budget(''))).toEqual([]);
  });
  it('keeps a strike the budget story reports in passing', () => {
    expect(
      current(
        budget(
          ' On Monday, a Russian missile hit a school in Kharkiv, killing two teachers, Ukrainian officials said.',
        ),
      ).map((i) => i.place),
    ).toEqual(['Kharkiv']);
  });
});

describe('a column or an editorial, by its own label', () => {
  const column = (march: string) =>
    [
      'OPINION: What the square taught a generation',
      'By Mara Vosk',
      'Mara Vosk is a writer and a former student organiser.',
      `${march} We thought we were changing the country.`,
      'It is easy now to say the protests failed. Those who marched then were dismissed as dreamers, and the politics got harsher.',
      "Today's students organise online and run for local office. They are less romantic than we were, and perhaps wiser.",
      "The views expressed are the author's own.",
    ].join('\n\n');
  it('tells the marches a column looks back on as the past, its "now" and "today" being the writer\'s', () => {
    expect(
      current(
        column(
          'Ten years ago this month, thousands of us marched through Tarsk and camped in its main square.',
        ),
      ),
    ).toEqual([]);
  });
  it('keeps a march the column reports from the days before its writing', () => {
    expect(
      current(
        column(
          'Yesterday more than 20,000 teachers marched through Tarsk to the parliament to protest against cuts to school funding.',
        ),
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a shot at goal, a rally of a campaign and a cause told in another story record no event', () => {
  it('a striker\'s "rocket" into the top corner and a pass intercepted are a game\'s, in a single sentence', () => {
    expect(
      current(
        'Today\n\nSalah fired a rocket into the top corner in the 78th minute as Liverpool beat Everton 2-1 at Anfield on Saturday.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Today\n\nRice intercepted a pass and fired a rocket past the goalkeeper to seal a 3-0 win for Arsenal on Sunday.',
      ),
    ).toEqual([]);
  });
  it('keeps rockets fired into a compound and a missile intercepted over a city', () => {
    expect(
      current(
        'Today\n\nMilitants fired a rocket into the corner of a police compound in Bannu on Monday, wounding two officers, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Shelling/artillery/missile attack']);
    expect(
      current(
        'Today\n\nAir defences intercepted a cruise missile over Kyiv overnight, and debris fell on a car park, the city administration said on Monday.',
      ).map((i) => i.subType),
    ).toEqual(['Disrupted weapons use']);
  });
  it('a leader addressing a rally of supporters, or a party opening its campaign with one, holds no protest', () => {
    expect(
      current(
        'Election 2026: Ruto addresses rally of supporters in Nakuru\n\n' +
          'President William Ruto addressed a rally of supporters in Nakuru on Saturday, promising new roads and jobs. Thousands of people attended. The opposition will hold its own campaign rally in Kisumu next week.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Modi kicks off campaign with rally in Varanasi\n\n' +
          "Prime Minister Narendra Modi kicked off his party's campaign with a rally in Varanasi on Sunday, telling a crowd of 50,000 that the country was on the rise. Opposition leaders held rallies in Lucknow and Patna.",
      ),
    ).toEqual([]);
  });
  it('keeps a rally a leader addresses that calls for something, and one held against a result', () => {
    expect(
      current(
        'Today\n\nOpposition leader Nelson Chamisa addressed a rally of thousands in Harare on Saturday, calling for the president to step down.',
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
    expect(
      current(
        'Today\n\nOpposition leaders held rallies across the country on Sunday against the disputed election results, and thousands marched in Lusaka.',
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
  it('tells strikes of last week given as why oil rose as the past, and dates weekend strikes by the weekend', () => {
    const oil = briefArticle(
      {
        text: 'Today\n\nOil prices rose on Monday after Ukrainian drone strikes on Russian refineries last week cut fuel exports. Brent crude gained 2 per cent to $84 a barrel.',
        origin: 'text',
      },
      { published: '2026-12-01' },
    ).incidents;
    expect(oil.map((i) => [i.subType, i.background])).toEqual([['Air/drone strike', true]]);
    const weekend = briefArticle(
      {
        text: 'Today\n\nOil prices jumped on Monday after Ukrainian drones hit refineries in Russia over the weekend. Brent crude rose 3 per cent.',
        origin: 'text',
      },
      { published: '2026-12-01' },
    ).incidents;
    expect(weekend.map((i) => [i.subType, i.background, i.date])).toEqual([
      ['Air/drone strike', false, '2026-11-28'],
    ]);
    const overnight = briefArticle(
      {
        text: 'Today\n\nOil prices rose on Monday after Ukrainian drones struck a refinery in Ryazan overnight, starting a large fire, the governor said.',
        origin: 'text',
      },
      { published: '2026-12-01' },
    ).incidents;
    expect(overnight.map((i) => [i.subType, i.background, i.date])).toEqual([
      ['Air/drone strike', false, '2026-11-30'],
    ]);
  });
  it('runners who take to the streets for a marathon, raising millions for charity, hold no protest', () => {
    expect(
      current(
        'Today\n\nThousands of runners took to the streets of London on Sunday for the marathon, raising millions for charity. The race was won by a Kenyan runner.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Today\n\nThousands of people marched through Nairobi on Saturday to demand justice for victims of police shootings, raising placards and chanting.',
      ).map((i) => i.subType),
    ).toEqual(['Peaceful protest']);
  });
  it('a police raid that seizes contraband is a search, one that meets fire a fight', () => {
    expect(
      current(
        'Today\n\nPolice raided a warehouse in Rotterdam port on Tuesday and seized 3 tonnes of cocaine hidden in banana boxes. Two men were arrested.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Today\n\nSoldiers raided a Taliban hideout in Helmand on Monday and seized drugs and weapons after a gunfight in which four militants were killed.',
      ).map((i) => i.subType),
    ).toEqual(['Armed clash']);
  });
  it('a game that lets players launch air strikes, and supporters rallying to hear a re-election bid, report no event', () => {
    expect(
      current(
        "Today\n\nUbisoft's new shooter, released on Thursday, lets players launch air strikes on enemy bases and ambush convoys. Shares in the company jumped 8 per cent.",
      ),
    ).toEqual([]);
    expect(
      current(
        'Today\n\nThousands of supporters of the ruling party rallied in Lusaka on Saturday to hear President Hichilema launch his re-election bid.',
      ),
    ).toEqual([]);
  });
});
