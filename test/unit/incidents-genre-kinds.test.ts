/**
 * Stories of kinds that tell violence without a violent event of now (peace talks, a film, a book, a game or an
 * exhibition, a humanitarian appeal, a profile told in an interview, mine clearance, and others: a parade, a budget
 * debate, a campaign, a cyber attack, a burglary, a march called off, an arms deal, a graduation, a labour strike),
 * and the same kinds of story that do report a current incident in passing. The articles are invented, in wording
 * not among the articles the engine was measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { storyKind } from '../../src/lib/extract/incidents/genre.ts';

const current = (text: string, published = '2026-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);

/** Stories that report no current incident. */
const NONE: Record<string, string> = {
  peaceTalks:
    'Rival delegations resume ceasefire talks in Geneva\n\n' +
    'Negotiators for the government and the rebel alliance sat down again in Geneva on Tuesday for a third round of peace talks aimed at ending a war that has killed tens of thousands since 2019.\n\n' +
    'The UN envoy said both sides had agreed to discuss a prisoner exchange and the withdrawal of heavy weapons from the front line. Rebel negotiators accused the army of shelling civilian areas, while the government delegation said the insurgents must disarm first.\n\n' +
    'Diplomats said a draft agreement on humanitarian corridors could be signed by the end of the week. Previous truces collapsed within days.',
  parade:
    'Tanks and missiles roll through the capital in Victory Day parade\n\n' +
    'Thousands of troops marched through the main square on Saturday as tanks, rocket launchers and missile carriers rolled past the presidential stand in the annual Victory Day parade.\n\n' +
    'Fighter jets roared overhead trailing coloured smoke, and artillery fired a 21-gun salute. Veterans in uniform waved to crowds lining the boulevard.\n\n' +
    'The defence minister told the soldiers the army was ready to repel any attack on the homeland.',
  profile:
    '"I still hear the shells at night": a field medic looks back\n\n' +
    'For three years Olena Marchuk ran a first-aid post a few kilometres from the front line, treating soldiers wounded by mortar fire and sniper rounds.\n\n' +
    '"Some days we had twenty wounded men and one ambulance," she says in an interview at her flat, where she now lives with her two sons. "When the artillery started, the whole cellar shook."\n\n' +
    'Now 46, she trains volunteers in battlefield first aid and is writing a memoir. She says she misses her comrades more than she fears the memories.',
  filmReview:
    'Review: "The Long Ridge" is a harrowing portrait of a doomed platoon\n\n' +
    "The director's new war film follows a platoon of young soldiers ambushed by insurgents in a mountain valley, and it does not look away.\n\n" +
    "In the film's most brutal sequence, a roadside bomb tears through a convoy and the survivors are pinned down by machine-gun fire for hours. The cast, led by a superb newcomer, make the terror feel real.\n\n" +
    'At 148 minutes the film drags in its final act, but its battle scenes are among the best of the decade. Four stars. In cinemas from Friday.',
  bookReview:
    'Book of the week: a novel of a town under siege\n\n' +
    "The author's third novel is set in a river town besieged by militia fighters, where a schoolteacher hides a wounded rebel in her attic.\n\n" +
    'Chapters alternate between the teacher and the militia commander who hunts him, and the prose is spare: mortar rounds fall on the market, gunmen burn the mill, a sniper kills a boy at the well.\n\n' +
    "The novel, published by a small press, is the best fiction yet about the region's wars. The writer will read from it at the city library next month.",
  policyDebate:
    'Lawmakers clash over drone spending in defence budget debate\n\n' +
    "Members of parliament traded blows on Wednesday over a plan to spend 2 billion on attack drones and air-defence missiles, as the defence committee debated next year's military budget.\n\n" +
    'The defence minister said the army needed more artillery shells and drones to deter an attack. Opposition lawmakers attacked the plan as reckless and said the money should go to hospitals.\n\n' +
    'The committee will vote on the budget bill next week.',
  campaign:
    'Candidates trade fire on the campaign trail as vote nears\n\n' +
    'The two front-runners in the presidential race attacked each other at rallies on Sunday, with the governor accusing his rival of "killing" the country\'s economy.\n\n' +
    "The opposition candidate told supporters in the port city that she would fight for every vote and crush corruption. Her campaign shot back with an advertisement showing the governor's record.\n\n" +
    'Polls show the race tied a week before the first round.',
  cyber:
    'Hackers cripple hospital computer systems in ransomware attack\n\n' +
    'A ransomware attack shut down the computer systems of three hospitals in the region on Monday, forcing staff to cancel operations and divert ambulances, health officials said.\n\n' +
    'A criminal group claimed responsibility for the attack on its website and demanded a ransom in cryptocurrency. The national cyber security agency said the hackers had exploited a flaw in a file-sharing program.\n\n' +
    'Officials said no patient data appeared to have been stolen, and services should be restored by Thursday.',
  crime:
    'Burglars raid pharmacy in second break-in this month\n\n' +
    'Thieves smashed the window of a pharmacy on Market Street overnight on Tuesday and stole painkillers and cash, police said.\n\n' +
    'It was the second burglary at the shop this month. Police said the suspects wore masks and fled in a stolen van that was later found burned out on the edge of town.\n\n' +
    'Detectives have appealed for witnesses and for drivers with dashboard cameras to come forward.',
  calledOff:
    'Teachers call off planned march after pay deal\n\n' +
    "The teachers' union on Thursday called off a march on the education ministry planned for next Monday, after the government agreed to raise salaries by 12 percent.\n\n" +
    'Union leaders had warned that tens of thousands of teachers would take to the streets if talks failed. "This is a victory for our members," the union\'s secretary general said.\n\n' +
    'Schools will reopen normally next week.',
  armsDeal:
    'Government signs deal for 24 fighter jets and missile systems\n\n' +
    "The defence ministry signed a contract on Tuesday to buy 24 fighter jets, together with air-to-air missiles and precision bombs, in the largest arms purchase in the country's history.\n\n" +
    'The air force chief said the jets would allow pilots to strike targets deep behind enemy lines if the country were attacked. The first aircraft will be delivered in 2028.\n\n' +
    'The deal also includes training for 60 pilots and maintenance crews.',
  demining:
    'Deminers clear thousands of mines from farmland\n\n' +
    'Demining teams have cleared more than 3,000 landmines and unexploded shells from farmland around the village of Kamenka this year, a humanitarian mine-action group said on Monday.\n\n' +
    'The fields were mined by retreating forces during the fighting a decade ago. Deminers detonated the last batch of mortar bombs in a controlled explosion on Friday.\n\n' +
    'Farmers hope to plant wheat on the cleared land next spring.',
  videoGame:
    'New shooter lets players storm the beaches of 1944\n\n' +
    'The latest instalment of the blockbuster video game series, released on Friday, puts players in the boots of soldiers storming a fortified beach under artillery fire.\n\n' +
    'Players can call in air strikes, ambush enemy patrols and blow up bunkers with grenades. Reviewers praised the graphics but said the campaign was short.\n\n' +
    'The publisher said it sold two million copies in its first weekend.',
  exhibition:
    "Museum opens exhibition on the city's wartime siege\n\n" +
    'A new exhibition at the city museum tells the story of the 1942 siege, when artillery shelled the old town for months and thousands of civilians were killed.\n\n' +
    "Visitors can see letters from soldiers, a bombed tram and photographs of the ruins. The curator said the exhibition was built with help from survivors' families.\n\n" +
    'The exhibition opened on Thursday and runs until September.',
  graduation:
    'Five hundred recruits graduate from army academy\n\n' +
    'Five hundred young soldiers graduated from the national military academy on Friday after a year of training in infantry tactics, marksmanship and counter-insurgency.\n\n' +
    'The cadets demonstrated how to storm a building and clear it of gunmen, and fired their rifles in a salute. The army chief told them they would soon be deployed to the northern border.\n\n' +
    'Families cheered as the new officers threw their caps into the air.',
  aidAppeal:
    'Aid agencies appeal for funds as refugee camp swells\n\n' +
    'Aid agencies appealed on Wednesday for 80 million dollars to feed and shelter refugees at the Kakuma camp, where numbers have doubled this year.\n\n' +
    'Many of the new arrivals fled fighting between the army and armed groups in their home regions, and some told aid workers that militias had burned their villages.\n\n' +
    'The World Food Programme said it would cut rations next month unless donors paid up.',
  peaceTalks2:
    'Sudan talks in Jeddah stall over ceasefire monitoring\n\n' +
    "JEDDAH, May 13 - Talks between Sudan's army and the Rapid Support Forces stalled on Wednesday over who would monitor a proposed ceasefire, mediators said.\n\n" +
    'The army delegation accused the RSF of attacking army positions in Omdurman and looting homes, and the RSF said army air strikes had killed civilians in Nyala. Both sides denied the accusations.\n\n' +
    'Saudi and US mediators said negotiations would continue on Thursday. A truce agreed in the same city last year collapsed within days.',
  profile2:
    'The sniper who became a teacher\n\n' +
    'Ahmed Saleh was 19 when he picked up a rifle to defend his neighbourhood in Aleppo. For four years he fought on the rooftops, and he says he shot more men than he can count.\n\n' +
    '"We ambushed their patrols at night and they shelled us by day," he says, sitting in the classroom in Gaziantep where he now teaches mathematics to refugee children.\n\n' +
    "He left Syria in 2016 after a mortar round killed his brother. Today, at 33, he hopes to study for a master's degree.",
  commemorationRecent:
    'Village honours firefighters a year after deadly blaze\n\n' +
    "Residents of Mati gathered on Sunday to honour the firefighters who died battling last summer's wildfire.\n\n" +
    'The mayor unveiled a plaque at the fire station. Relatives laid flowers, and a priest read the names of the dead.',
  unrestAnalysis:
    'Analysis: why the jihadist threat is spreading to coastal West Africa\n\n' +
    'Jihadist groups linked to al Qaeda and Islamic State have expanded from Mali and Burkina Faso towards the coastal states of Benin and Togo, analysts say.\n\n' +
    'Attacks on army posts in northern Benin have become more frequent, and militants have planted roadside bombs on roads used by soldiers. Experts say poverty and weak governance fuel recruitment.\n\n' +
    'Governments in the region have responded with more troops and new military bases, but researchers warn that heavy-handed operations can drive young men into the arms of the insurgents.',
  sanctions:
    'EU agrees new sanctions on arms suppliers\n\n' +
    'European Union governments agreed on Monday to impose sanctions on 12 companies accused of supplying drones and missile parts used to strike cities and power plants.\n\n' +
    'The foreign policy chief said the measures would make it harder to launch attacks on civilians. The companies, based in three countries, will have their assets frozen.\n\n' +
    'The sanctions come into force on Wednesday.',
  strikeLabour:
    'Dock workers strike shuts down port\n\n' +
    "Thousands of dock workers walked off the job on Monday, shutting down the country's biggest container port in a dispute over pay.\n\n" +
    'The union said the strike would continue until the port authority raised wages. Ships queued offshore and exporters warned of losses.',
  wildlife:
    'Rangers hunt for tiger after attack on villagers\n\n' +
    'Forest rangers were tracking a tiger on Tuesday after it attacked and killed a woman collecting firewood near the Sundarbans reserve on Monday, officials said.\n\n' +
    'Villagers said it was the third attack this year. Rangers set traps and cameras along the river bank.',
  documentary:
    'Documentary revisits the siege of Sarajevo\n\n' +
    'A new documentary, screened at the Sarajevo Film Festival on Monday, revisits the 1,425-day siege of the city, when Bosnian Serb forces shelled the streets and snipers killed civilians queueing for water.\n\n' +
    'The director interviewed survivors who lived in cellars as mortar rounds hit their buildings. "We wanted young people to know what happened," she said.\n\n' +
    'The film will be shown on national television in the autumn.',
  protestDocumentary:
    "Review: 'Sixty Days' follows Belarus's summer of revolt\n\n" +
    'The documentary opens with crowds filling Independence Square in Minsk in August 2020, chanting for the president to go. Protesters clash with riot police, water cannon sweep the avenue, and a student is beaten in the street.\n\n' +
    'Director Olga Petrova spent two months filming the demonstrators. The film, showing at the Barbican in London from Friday, is a raw portrait of a revolt.\n\n' +
    'Running time: 96 minutes. Rating: four stars.',
  protestAlbum:
    'Review: Fontaines D.C. return with an angry new album\n\n' +
    "The band's fourth album, released on Friday, opens with a song about a march on Dublin's O'Connell Street, all chanting crowds and police sirens.\n\n" +
    'The singer Grian Chatten wrote most of the lyrics on tour. Critics called it their best record; the album entered the charts at number one.',
  paradeDay:
    'Jets and tanks fill the capital for National Day\n\n' +
    'ABUJA, May 13 - Armoured vehicles rolled down the main boulevard of Abuja on Wednesday as soldiers, sailors and airmen marched past the president in the National Day parade.\n\n' +
    'Alpha jets fired flares over the Eagle Square and a battery of howitzers fired a salute. Special forces abseiled from helicopters to show how they storm a hideout.\n\n' +
    'Police said the parade passed off peacefully.',
  robbery:
    'Armed robbers hold up bank in Kumasi, escape with cash\n\n' +
    'Armed robbers held up a bank in the Adum district of Kumasi on Monday afternoon, firing shots into the air before escaping with an undisclosed amount of cash, police said.\n\n' +
    'No one was hurt. Police said the four robbers fled on motorbikes and a manhunt was under way.',
  cyber2:
    'Pro-Russian hackers claim attack on Danish ministry websites\n\n' +
    'COPENHAGEN, May 12 - A pro-Russian hacking group claimed responsibility on Tuesday for a wave of cyber attacks that knocked the websites of three Danish ministries offline for several hours.\n\n' +
    'The group said on Telegram it had attacked Denmark because of its military aid to Ukraine. The Danish cyber security centre said the distributed denial-of-service attacks had caused no lasting damage.\n\n' +
    'Officials said the websites were back online by the evening.',
  memorialService:
    'Hundreds attend memorial for journalist killed in Gaza\n\n' +
    'Hundreds of colleagues and relatives attended a memorial service in Beirut on Sunday for Rami Haddad, the photographer killed in an Israeli air strike in Gaza in January.\n\n' +
    'His mother laid a wreath beside his camera and a minute of silence was held. Speakers called for an independent investigation into his death.',
  electionViolenceWarning:
    'Observers warn of violence risk ahead of Kenyan vote\n\n' +
    "Election observers warned on Thursday that violence could break out in several counties during next month's general election, citing hate speech and the arming of youth gangs.\n\n" +
    "In a report, the observer mission said politicians had hired gangs to attack rivals' supporters in past elections, and that police must be ready to protect polling stations.\n\n" +
    'The electoral commission said it had trained 50,000 officials.',
  crimeFigures:
    'Murders fall for third year as police tout new strategy\n\n' +
    'Homicides in the province fell 14 percent in the first half of the year compared with the same period last year, according to figures released by the security ministry on Tuesday.\n\n' +
    'The data show 412 murders between January and June, against 479 a year earlier, while armed robberies rose 6 percent. The murder rate now stands at 18 per 100,000 people, still well above the national average.\n\n' +
    'Police said gang shootings accounted for about a third of the total. Analysts said the decline was driven by a truce between two criminal groups and warned the trend could reverse.',
  procurement:
    'Ministry orders 300 more attack drones in record contract\n\n' +
    'The defence ministry has signed a contract worth 1.2 billion dollars for 300 attack drones and 40 air-defence batteries, its largest order to date, the manufacturer said on Monday.\n\n' +
    'Deliveries will begin next year, and production capacity at the plant will double to meet the order. The army says the drones can strike artillery positions and armoured columns 150 km away.\n\n' +
    'Analysts said the purchase reflected lessons from recent wars, where drones and missiles had destroyed hundreds of tanks.',
  opinion:
    'Opinion: The world cannot keep looking away from the bombing of cities\n\n' +
    'Every week brings new pictures of apartment blocks torn open by missiles and of families digging through rubble. We have grown used to them, and that is the real scandal.\n\n' +
    'Governments that sell the bombs must ask what they are used for. If a drone strike on a wedding or the shelling of a market were shown on our own streets, we would demand action.\n\n' +
    'The writer is a former diplomat and a columnist for this newspaper.',
  travel:
    'Where fighters once hid, tourists now queue\n\n' +
    'The tunnels of Cu Chi, where guerrillas sheltered from bombing raids and ambushed patrols, are now one of the most visited sites near Ho Chi Minh City.\n\n' +
    'Visitors crawl through a widened stretch of tunnel, inspect booby traps and can fire an AK-47 at the shooting range for a few dollars a bullet. Guides tell how B-52 strikes shook the earth.\n\n' +
    'Tours leave the city every morning and take about six hours. The best time to visit is between December and April.',
  explainer:
    'Explained: who are the Houthis and why do they attack ships?\n\n' +
    'The Houthis are an armed movement from northern Yemen that seized the capital Sanaa in 2014. Since late 2023 they have fired missiles and drones at ships in the Red Sea, saying they act in solidarity with Gaza.\n\n' +
    'The United States and Britain have carried out air strikes on Houthi targets in response. Shipping companies have rerouted vessels around Africa, adding weeks to voyages.\n\n' +
    'Analysts say the group has become more powerful despite years of war.',
  swatDemo:
    'Police tactical unit thrills crowds at county fair\n\n' +
    'Officers from the county police tactical unit stormed a mock bank and rescued "hostages" in front of hundreds of spectators at the county fair on Saturday.\n\n' +
    'The demonstration included a dog unit bringing down a "suspect" in padded clothing and a sniper team firing blanks from the grandstand roof.\n\n' +
    'The fair runs until Wednesday, with a fireworks show on the final night.',
};

/** Stories of the same kinds that report a current incident in passing. */
const SOME: Record<string, string> = {
  peaceTalksShelling:
    'Ceasefire talks resume in Geneva as shelling kills two\n\n' +
    'Negotiators for the government and the rebel alliance met again in Geneva on Tuesday for a third round of peace talks aimed at ending the war.\n\n' +
    'The UN envoy said both sides had agreed to discuss a prisoner exchange and the withdrawal of heavy weapons. Diplomats said a draft agreement could be signed within a week.\n\n' +
    'Hours before the talks opened, artillery shelling killed two civilians and wounded five in the town of Idlib on Tuesday morning, local officials said.',
  paradeAttack:
    'Independence Day parade goes ahead under tight security\n\n' +
    'Troops and tanks paraded through the capital on Saturday for Independence Day, with fighter jets flying overhead and crowds lining the boulevard.\n\n' +
    'The defence minister told the soldiers the army was ready to defend the homeland.\n\n' +
    'In the north, gunmen killed three soldiers at a checkpoint near Gao on Friday night, the army said.',
  campaignAttack:
    "Gunmen attack opposition candidate's convoy on campaign trail\n\n" +
    'Gunmen opened fire on the convoy of opposition presidential candidate Maria Okafor near Jos on Saturday, killing one of her bodyguards and wounding two aides, police said.\n\n' +
    'Okafor was unhurt and addressed a rally hours later. The governor attacked her plan for the economy at his own rally in the capital.\n\n' +
    'Polls show the race tied a week before the vote.',
  debateAttack:
    'Lawmakers debate defence budget after police station attack\n\n' +
    "Members of parliament debated a plan to spend 2 billion on drones and air-defence missiles on Wednesday, as the defence committee examined next year's military budget.\n\n" +
    'Opposition lawmakers attacked the plan as reckless. The committee will vote next week.\n\n' +
    'The debate came a day after militants stormed a police station in Bannu on Tuesday, killing four policemen, officials said.',
  aidConvoyShelled:
    'Aid agencies appeal for funds after convoy is shelled\n\n' +
    'Aid agencies appealed on Wednesday for 80 million dollars to feed refugees at camps in the region.\n\n' +
    'On Monday a UN food convoy was shelled near the town of El Fasher, killing a driver and destroying four trucks, the World Food Programme said. It blamed the Rapid Support Forces.\n\n' +
    'The agency said it would cut rations next month unless donors paid up.',
  cyberAndRocket:
    'Hackers hit ministry computers as rocket strikes its compound\n\n' +
    'A ransomware attack shut down the computer systems of the defence ministry on Monday, officials said, and a criminal group claimed responsibility.\n\n' +
    "Hours later, a rocket struck the ministry's compound in Kyiv on Monday evening, wounding three guards, the emergency service said.\n\n" +
    'The national cyber security agency said services should be restored by Thursday.',
  figuresAndAttack:
    'Attacks on police rose 20 percent last year, figures show\n\n' +
    'Attacks on police officers rose 20 percent in 2025 compared with the year before, according to annual figures released on Tuesday, with 96 officers killed.\n\n' +
    'The data show most attacks took place in the border districts. Analysts said the trend reflected the spread of armed groups.\n\n' +
    'On Monday night, gunmen killed two police officers at a checkpoint in Mandera, officials said.',
  talksAsFighting:
    'Sudan talks open in Doha as fighting rages\n\n' +
    'Talks between the army and the Rapid Support Forces opened in Doha on Tuesday as shelling killed 12 people in the city of Sennar, medics said.\n\n' +
    'Qatari mediators said the negotiations would focus on a humanitarian truce. Diplomats said both delegations had agreed to meet again on Thursday. The envoy urged both sides to protect civilians.',
  reliefAirStrike:
    'Aid groups warn of famine as strike hits market\n\n' +
    'Aid agencies warned on Wednesday that famine was spreading in Darfur, where refugees, food shortages and cholera have overwhelmed camps.\n\n' +
    'An air strike on a market in Kutum on Monday killed 20 people, the UN humanitarian office said. Donors have funded only a fifth of the appeal. The World Food Programme said rations would be cut.',
  workProtest:
    'Workers protest outside game studio as new shooter sells millions\n\n' +
    "Dozens of developers protested outside the studio's offices in Lyon on Wednesday, holding banners and chanting against plans to cut 300 jobs.\n\n" +
    "The studio's latest video game, a shooter in which players storm a city, sold 3 million copies in a week. Gamers and critics praised its graphics and its characters, and a sequel is planned.\n\n" +
    'The union said the players had made the company rich.',
  reviewAndAttack:
    "Festival screens war film as director's home town is shelled\n\n" +
    "The director's new film, a portrait of a platoon in the Donbas, was screened at the Berlin film festival on Friday to a standing ovation. Critics praised the cast and the documentary feel of its battle scenes.\n\n" +
    "Hours before the premiere, Russian shelling hit the director's home town of Kostiantynivka on Friday morning, killing three people, regional officials said.\n\n" +
    'The film will be released in cinemas in September.',
};

/** A word of the sentence that tells the incident each story of SOME reports in passing. */
const TOLD_IN: Record<string, string> = {
  peaceTalksShelling: 'Idlib',
  paradeAttack: 'Gao',
  campaignAttack: 'Jos',
  debateAttack: 'Bannu',
  aidConvoyShelled: 'convoy',
  cyberAndRocket: 'Kyiv',
  figuresAndAttack: 'Mandera',
  talksAsFighting: 'Sennar',
  reliefAirStrike: 'Kutum',
  reviewAndAttack: 'Kostiantynivka',
  workProtest: 'Lyon',
};

describe('the kind of a story: talks, a work, an appeal, a profile, mine clearance, a parade, figures, an arms order', () => {
  it.each([
    ['peaceTalks', 'talks'],
    ['peaceTalks2', 'talks'],
    ['filmReview', 'work'],
    ['bookReview', 'work'],
    ['videoGame', 'work'],
    ['exhibition', 'work'],
    ['aidAppeal', 'relief'],
    ['talksAsFighting', 'talks'],
    ['reliefAirStrike', 'relief'],
    ['reviewAndAttack', 'work'],
    ['protestDocumentary', 'work'],
    ['protestAlbum', 'work'],
    ['workProtest', 'work'],
    ['profile', 'obituary'],
    ['demining', 'drill'],
    ['parade', 'drill'],
    ['graduation', 'drill'],
    ['paradeDay', 'drill'],
    ['crimeFigures', 'figures'],
    ['procurement', 'arms'],
  ])('%s reads as %s', (name, kind) => {
    expect(storyKind(buildDoc(NONE[name] ?? SOME[name]))).toBe(kind);
  });
  it('reads talks also when the talks story reports a shelling in passing', () => {
    expect(storyKind(buildDoc(SOME.peaceTalksShelling))).toBe('talks');
  });
});

describe('stories of these kinds record no current incident', () => {
  it.each(Object.keys(NONE))('%s', (name) => {
    expect(current(NONE[name]).map((i) => `${i.subType}: ${i.evidence}`)).toEqual([]);
  });
});

describe('a current incident told in passing in such a story keeps its record', () => {
  it.each(Object.keys(SOME))('%s', (name) => {
    expect(current(SOME[name]).some((i) => i.evidence.includes(TOLD_IN[name]))).toBe(true);
  });
});
