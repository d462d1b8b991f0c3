/** Quotes: speakers of statements, spokespeople, outlets that only carried the words, partial quotes. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const quotes = (text: string) =>
  briefArticle({ text, origin: 'text' }, { published: '2025-05-14' }).quotes.map((q) => [q.speaker, q.text]);

describe('organisations, statements and outlets', () => {
  it('gives "the group said" to the group named before, not to the channel that broadcast it', () => {
    expect(
      quotes(
        'The Houthi movement claimed the attack in a statement read on its Al-Masirah television channel on Tuesday. The group said it had hit "a depot that feeds the enemy war machine" near the port.',
      ),
    ).toEqual([['Houthis', 'a depot that feeds the enemy war machine']]);
  });
  it('gives "the statement said" to whoever issued the statement, even when it is not a known name', () => {
    expect(
      quotes(
        'A bomb hit a bus near Gao on Sunday, killing five people, the regional governor\'s office said in a statement. The army has sent troops.\n\n"The bus was carrying traders to the market," the statement said.',
      ),
    ).toEqual([["regional governor's office", 'The bus was carrying traders to the market,']]);
  });
  it('reads an organisation named by its short form in the clause that issued the statement', () => {
    expect(
      quotes(
        'Fighters of the Kachin Independence Army (KIA) took the town on Monday.\n\nThe KIA said in a statement that government troops had "repeatedly shelled civilian homes" in the area. "We had no choice but to act," the statement said.',
      ),
    ).toEqual([
      ['Kachin Independence Army', 'repeatedly shelled civilian homes'],
      ['Kachin Independence Army', 'We had no choice but to act,'],
    ]);
  });
  it('gives the words of an unnamed spokesman of "the group" to the group', () => {
    expect(
      quotes(
        'The Houthi movement claimed the attack on Friday. In a televised statement, the group\'s military spokesman said its forces had fired "a number of naval missiles" at the ship.',
      ),
    ).toEqual([['Houthis', 'a number of naval missiles']]);
  });
  it('never gives the words to the channel they were told to', () => {
    expect(
      quotes(
        'The Houthi movement said it fired missiles at the ship on Monday.\n\n"We will respond to any aggression," the spokesman told Al-Masirah TV on Tuesday.',
      ),
    ).toEqual([['Houthis', 'We will respond to any aggression,']]);
  });
  it('gives "the utility said" to the company named before it', () => {
    expect(
      quotes(
        'Zesco said in a statement that it was cooperating with the inquiry, which Zesco welcomed. "We will not allow a few people to define us," the utility said.',
      ).at(-1),
    ).toEqual(['Zesco', 'We will not allow a few people to define us,']);
  });
});

describe('people', () => {
  it('takes the subject that spoke, not a person named as its object', () => {
    expect(
      quotes(
        'A drone killed Khalil Murad, a commander of the Sinjar Resistance Units (YBS), on Tuesday.\n\nThe YBS confirmed Murad\'s death in a short statement and vowed that "the blood of our commander will not be wasted."',
      ),
    ).toEqual([['Sinjar Resistance Units', 'the blood of our commander will not be wasted.']]);
  });
  it('reads the name after "said its researcher,"', () => {
    expect(
      quotes(
        'Corruption Watch, a civil society group, welcomed the arrests. "Ordinary people are tired of waiting," said its researcher, Zanele Mthembu.',
      ),
    ).toEqual([['Zanele Mthembu', 'Ordinary people are tired of waiting,']]);
  });
  it('reads names with letters outside Latin-1 and "she added" after them', () => {
    expect(
      quotes(
        'The activist was detained on Monday, his lawyer, Jelena Vuković, told reporters.\n\n"There is no evidence against my client," Vuković said.\n\n"This case is built to frighten people," she added.',
      ),
    ).toEqual([
      ['Jelena Vuković', 'There is no evidence against my client,'],
      ['Jelena Vuković', 'This case is built to frighten people,'],
    ]);
  });
  it('reads a name with a middle initial, after "Fr." and with a particle before a word that heads places', () => {
    expect(
      quotes(
        '"Our troops will not give the terrorists a single day of rest," said Maj. Gen. Rommel S. Dayrit, commander of the 6th Infantry Division.',
      ),
    ).toEqual([['Rommel S. Dayrit', 'Our troops will not give the terrorists a single day of rest,']]);
    expect(
      quotes(
        '"That is not justice yet. It is the door to it," said Fr. Anslem Weerakkody, a spokesman for the Archdiocese of Colombo.',
      ),
    ).toEqual([['Anslem Weerakkody', 'That is not justice yet. It is the door to it,']]);
    expect(
      quotes('"The hall will stay shut until Monday," said Peter van Dam, a spokesman for the mayor.'),
    ).toEqual([['Peter van Dam', 'The hall will stay shut until Monday,']]);
  });
});

describe('partial quotes and scare quotes', () => {
  it('keeps a short quoted phrase inside reported speech', () => {
    expect(
      quotes(
        'Political analyst Joana Reis said the result was "a warning shot" for the government. In a statement, the Ombudsman\'s Office said the police response had been "disproportionate and unjustified" and urged calm.',
      ),
    ).toEqual([
      ['Joana Reis', 'a warning shot'],
      ["Ombudsman's Office", 'disproportionate and unjustified'],
    ]);
  });
  it('does not take a name for something as a quote', () => {
    expect(
      quotes(
        'The governor said the road, known locally as the "corridor of death," was mined. The party leader called the measure a "walking tax" on visitors. The group said it had attacked what it called "apostate militia" fighters.',
      ),
    ).toEqual([]);
  });
});

describe('bad input', () => {
  it('stays linear with thousands of quotes in one text', () => {
    const t = performance.now();
    const b = briefArticle({ text: 'He said "a b c d e f" and "x y z w v". '.repeat(3000), origin: 'text' });
    expect(b.quotes.length).toBeGreaterThan(1000);
    expect(performance.now() - t).toBeLessThan(20_000);
  }, 60_000);
});

describe('named spokespeople, titles and pronouns after reported speech', () => {
  it('gives the quote to the spokesman named after the ministry, without his title', () => {
    const q = quotes(
      'A spokesman for the Kenyan Ministry of Interior, Mullah Ahmed Yusuf Korir, said on Monday that the raid was "an attack on every citizen of this country."',
    );
    expect(q).toEqual([['Ahmed Yusuf Korir', 'an attack on every citizen of this country.']]);
  });
  it('reads "said Sgt. Maria Ortega, a spokeswoman for …" past the abbreviated rank', () => {
    const q = quotes(
      '"Our deputies separated the two groups within minutes," said Sgt. Maria Ortega, a spokeswoman for the Fresno Police Department.',
    );
    expect(q).toEqual([['Maria Ortega', 'Our deputies separated the two groups within minutes,']]);
  });
  it('gives "he said" to the person whose reported speech comes just before, not a place name read as a person', () => {
    const q = quotes(
      'Tariq Mehmood, a 40-year-old driver from Lahore, said he had waited two days at the Wagah and Omar Farooq crossings. "We sleep in the cab and eat bread," he said.',
    );
    expect(q).toEqual([['Tariq Mehmood', 'We sleep in the cab and eat bread,']]);
  });
});

describe('single-quote styling', () => {
  it("reads ' … ' as quotes in an article that quotes that way, keeping apostrophes inside words", () => {
    expect(
      quotes(
        "The army's convoy reached Tarvel on Friday. 'We don't leave the soldiers' families alone, not since the '90s,' said Maren Olsk, a nurse at the clinic.\n\nFarmers played rock 'n' roll in the square. 'It was the first quiet night in weeks,' Olsk added.",
      ),
    ).toEqual([
      ['Maren Olsk', "We don't leave the soldiers' families alone, not since the '90s,"],
      ['Maren Olsk', 'It was the first quiet night in weeks,'],
    ]);
  });
  it('keeps single quotes nested in double quotes inside the quote of a double-quoted article', () => {
    expect(
      quotes(
        'Officials met at the port on Monday. "Everyone kept asking me \'where is the ferry?\' and I had no answer," said Pella Drovak, the harbour master.',
      ),
    ).toEqual([['Pella Drovak', "Everyone kept asking me 'where is the ferry?' and I had no answer,"]]);
  });
  it('keeps double quotes nested in single quotes inside the quote of a single-quoted article', () => {
    expect(
      quotes(
        "Shelling resumed near Korvas at dawn. 'A soldier shouted \"go, go\" and then the windows broke,' said Ruta Benn, a teacher. 'Nobody slept after that.'",
      ),
    ).toEqual([
      ['Ruta Benn', 'A soldier shouted "go, go" and then the windows broke,'],
      ['Ruta Benn', 'Nobody slept after that.'],
    ]);
  });
  it('carries a single-quoted quotation over a paragraph break', () => {
    expect(
      quotes(
        "'The water came up to the windows within an hour,' said Ilse Varga, who runs the bakery.\n\n'We had time to take the children and nothing else. The rest is gone.",
      ),
    ).toEqual([
      ['Ilse Varga', 'The water came up to the windows within an hour,'],
      ['Ilse Varga', 'We had time to take the children and nothing else. The rest is gone.'],
    ]);
  });
  it('takes the words on banners and placards for slogans, not speech', () => {
    expect(
      quotes(
        'Thousands marched through Lindor with banners reading "Our river is not a quarry" and "Stop the dredgers now". "We will come back every week until they listen," said Oren Talsi, one of the organisers.',
      ),
    ).toEqual([['Oren Talsi', 'We will come back every week until they listen,']]);
  });
  it('keeps the speech after single-quoted banner words in an article that quotes speech in single quotes', () => {
    expect(
      quotes(
        "Hundreds marched through Lindor on Saturday. Banners read 'Homes not profits' and 'Hands off our river'. 'We will come back every week,' said Oren Talsi.",
      ),
    ).toEqual([['Oren Talsi', 'We will come back every week,']]);
  });
});

describe('unnamed speakers, appositions and back-references', () => {
  it('reads the speaker described after "said" up to its relative clause', () => {
    expect(
      quotes(
        'Two cranes collapsed at the port of Varn on Sunday. "The first arm snapped and the second one fell onto the quay," said a welder who asked not to be named.',
      ),
    ).toEqual([['welder', 'The first arm snapped and the second one fell onto the quay,']]);
  });
  it('skips a relative clause between the speaker and the speech verb', () => {
    expect(
      quotes(
        'Finland\'s interior minister, Aino Lehtola, who attended the meeting of the Baltic Fisheries Board, said her country had "enough boats but not enough crews".',
      ),
    ).toEqual([['Aino Lehtola', 'enough boats but not enough crews']]);
  });
  it('keeps "the attorney general" as the speaker when the verb comes after the title', () => {
    expect(
      quotes(
        'Those rulings, the attorney general told a news conference, showed that "the law binds every minister".',
      ),
    ).toEqual([['attorney general', 'the law binds every minister']]);
  });
  it('gives "she said" at the start of a paragraph to the person whose reported speech ends the paragraph before, named or only described', () => {
    expect(
      quotes(
        '"We will rebuild the school by winter," said Mayor Tobias Renner on Monday.\n\nMira Castell, who taught there for 20 years, said she still remembered the first day after the flood.\n\n"Nobody had to tell the children to come back," she said.\n\nA neighbour who lives across the road said the alarm had not sounded.\n\n"We heard nothing until the windows burst," she said.',
      ),
    ).toEqual([
      ['Tobias Renner', 'We will rebuild the school by winter,'],
      ['Mira Castell', 'Nobody had to tell the children to come back,'],
      ['neighbour', 'We heard nothing until the windows burst,'],
    ]);
  });
  it('gives "he said" after "the source said" to the source as first described', () => {
    expect(
      quotes(
        'The convoy was hit near the bridge at dawn, a police source told reporters.\n\nThe attackers fired from the reeds, the source said. "They waited until the last truck was on the bridge. Nobody could turn back," he said.',
      ),
    ).toEqual([
      ['police source', 'They waited until the last truck was on the bridge. Nobody could turn back,'],
    ]);
  });
  it('reads the name after a relative of someone else: "said Okafor\'s brother, Emeka"', () => {
    expect(
      quotes(
        'Chinedu Okafor was shot at a checkpoint on Friday. "He stopped the car and raised his hands, and they still fired," said Okafor\'s brother, Emeka.',
      ),
    ).toEqual([['Emeka', 'He stopped the car and raised his hands, and they still fired,']]);
  });
  it('reads a name between commas after "its spokesman" when nothing else names it', () => {
    expect(
      quotes(
        'The militia denied the attack. "We had no fighters anywhere near the town, and we reject these lies," its spokesman, Abu Karim al-Hadi, wrote on Telegram.',
      ),
    ).toEqual([
      ['Abu Karim al-Hadi', 'We had no fighters anywhere near the town, and we reject these lies,'],
    ]);
  });
  it('gives "he added" to the last speaker even when his own sentence names someone else', () => {
    expect(
      quotes(
        '"Our patrols are back on the road tonight," said Captain Lars Ekdahl, standing next to Mayor Tomas Brink.\n\n"We expect no more delays on the northern route," he added.',
      ),
    ).toEqual([
      ['Lars Ekdahl', 'Our patrols are back on the road tonight,'],
      ['Lars Ekdahl', 'We expect no more delays on the northern route,'],
    ]);
  });
});

describe('titles, ranks and pronouns for bodies', () => {
  it('gives "the DCO said" to the person introduced under that title', () => {
    expect(
      quotes(
        'District Coordination Officer (DCO) Imran Saleem Bhatti told reporters that the road had been reopened.\n\n"The traffic will move normally from tomorrow," the DCO said.',
      ),
    ).toEqual([['Imran Saleem Bhatti', 'The traffic will move normally from tomorrow,']]);
  });
  it('keeps giving "the mayor said" to the mayor named last before the quote, not one named after it', () => {
    const q = quotes(
      'Mayor Lena Ortiz opened the new bridge in March. Mayor Paul Sandoval, her successor, closed it on Monday after cracks appeared.\n\n"Nobody will cross it until the engineers are done," the mayor said. Mayor Ruth Kagame of the next town offered a ferry.',
    );
    expect(q).toEqual([['Paul Sandoval', 'Nobody will cross it until the engineers are done,']]);
  });
  it('keeps finding the person behind a title far back in a long text', () => {
    const filler = 'The water board published its weekly figures on reservoir levels and pumping. '.repeat(
      150,
    );
    const q = quotes(
      `Governor Ada Nwosu ordered the dams opened on Sunday.\n\n${filler}\n\n"The spillways will stay open all week," the governor said.`,
    );
    expect(q).toEqual([['Ada Nwosu', 'The spillways will stay open all week,']]);
  });
  it('names a speaker without the rank written before the surname', () => {
    const q = quotes(
      'A spokesman for the navy, Lt Cdr Tomasz Wierzba, said the ship was safe.\n\nThe navy said the crew had been evacuated. "All forty sailors are accounted for," Lt Cdr Wierzba said.',
    );
    expect(q.at(-1)).toEqual(['Tomasz Wierzba', 'All forty sailors are accounted for,']);
  });
  it('gives "it said" to the body named before it, not to a group it talks about', () => {
    expect(
      quotes(
        'The armed group Jabhat al-Nur said it carried out the raid. In a message on its Telegram channel on Friday, it said it had struck members of the Dorel tribal militia who were "guarding the depots of the regime".',
      ),
    ).toEqual([['Jabhat al-Nur', 'guarding the depots of the regime']]);
  });
  it('gives a quote after a verb that is no speech verb to the subject named in apposition', () => {
    expect(
      quotes(
        'The Greens\' lead candidate, Lena-Marie Vogt, 38, a former nurse from Kassel, dismissed the poll as "the wishful thinking of a tired coalition".',
      ),
    ).toEqual([['Lena-Marie Vogt', 'the wishful thinking of a tired coalition']]);
  });
});

describe('outlets, addressees and descriptions', () => {
  it('never gives the words to the agency they were told to, named by its short form', () => {
    expect(
      quotes(
        'Agence France-Presse (AFP) reached several residents by telephone on Sunday.\n\n"We buried eleven people before noon, most of them children," a village elder told AFP by telephone.',
      ),
    ).toEqual([['village elder', 'We buried eleven people before noon, most of them children,']]);
  });
  it('gives "the army said" to the army, not to the broadcaster that read its statement', () => {
    expect(
      quotes(
        'In a statement read on the state broadcaster ORTN on Monday evening, the army said it had "destroyed three bases of the enemy" near the border.',
      ),
    ).toEqual([['army', 'destroyed three bases of the enemy']]);
  });
  it('gives "the coalition said" to the body the text described as a coalition, not to a body named after it', () => {
    expect(
      quotes(
        'The Sahel Liberation Front, a coalition of armed groups that has ambushed convoys of the Malian Armed Forces since 2021, posted a video on Sunday. In the message that came with it, the coalition said it had hit "a column of trucks carrying fuel to the camps".',
      ),
    ).toEqual([['Sahel Liberation Front', 'a column of trucks carrying fuel to the camps']]);
  });
  it('reads "the two sides said" as a description, not as the last person named', () => {
    expect(
      quotes(
        'The foreign ministers of both countries met in Geneva, where the Swiss envoy, Anna Keller, hosted the talks.\n\nIn a joint communique, the two sides said they had "agreed to reopen the border crossings within one month".',
      ),
    ).toEqual([['sides', 'agreed to reopen the border crossings within one month']]);
  });
  it('takes "what it calls its …" as a name, not as speech', () => {
    expect(
      quotes(
        'The government has not commented. It says its troops fight only armed men in what it calls its "northern security operation", though hundreds of farmers have fled.',
      ),
    ).toEqual([]);
  });
  it('reads the speaker before an appositive and "told", not the agency told', () => {
    expect(
      quotes(
        'A security source in Gao, the largest city of the north, told Reuters that the fighting had lasted "more than six hours before the attackers withdrew".',
      ),
    ).toEqual([['security source', 'more than six hours before the attackers withdrew']]);
  });
  it('gives "she told the tribunal" to the witness who testified just before, never to the tribunal', () => {
    expect(
      quotes(
        'On the third day of the trial, a survivor of the massacre testified.\n\n"They lined us up against the wall of the school and started shooting," she told the tribunal.',
      ),
    ).toEqual([['survivor', 'They lined us up against the wall of the school and started shooting,']]);
  });
});

describe('testimony in court and inquiry stories', () => {
  it('reads the speaker before a participle phrase ("X, testifying under a pseudonym, told the court")', () => {
    expect(
      quotes(
        'A former guard at the camp, testifying under a pseudonym, told the court that "prisoners were beaten every night in the yard behind the kitchens."',
      ),
    ).toEqual([['former guard', 'prisoners were beaten every night in the yard behind the kitchens.']]);
  });
  it('gives "…, who said" to the noun before "who", not to the sentence subject', () => {
    expect(
      quotes(
        'The inquiry heard from a firefighter, who said the stairwell "filled with smoke within minutes of the first call".',
      ),
    ).toEqual([['firefighter', 'filled with smoke within minutes of the first call']]);
  });
  it('gives "he said" after "the defendant told the court" to the defendant', () => {
    expect(
      quotes(
        'The defendant told the court he had been far away at the time. "I was in the capital that week, buying cement for my brother," he said.',
      ),
    ).toEqual([['defendant', 'I was in the capital that week, buying cement for my brother,']]);
  });
});

describe('names after descriptions and people told about before', () => {
  it('takes the name after a description that follows the verb ("said a night porter, Name, who …")', () => {
    expect(
      quotes(
        'The hotel was closed on Monday.\n\n"The car stopped twice before the shots," said a night porter, Rodel Macaraeg, who watched from the hotel door.',
      ),
    ).toEqual([['Rodel Macaraeg', 'The car stopped twice before the shots,']]);
  });
  it('takes the name after a job written in lower case before the verb', () => {
    expect(
      quotes(
        'The remains were handed to the families on Monday.\n\n"Every bone we return closes one more file," forensic archaeologist Itzel Cahuich, who led the dig, told reporters.',
      ),
    ).toEqual([['Itzel Cahuich', 'Every bone we return closes one more file,']]);
  });
  it('gives "he said" to a titled speaker of reported speech, not to the client his words name', () => {
    const q = quotes(
      'A court in Bangui convicted Gaston Bokassa-Ndji of ordering the killings.\n\nDefence lawyer Maître Jean-Luc Ondoa said his client Bokassa-Ndji would appeal. "My client fed his family and carried a rifle for one winter," he said outside the court.',
    );
    expect(q).toEqual([['Jean-Luc Ondoa', 'My client fed his family and carried a rifle for one winter,']]);
  });
  it('gives "she said" to the person whose reported speech came after the last quote', () => {
    const q = quotes(
      '"The gate was open when they drove in," said a night guard, Pedro Salonga.\n\nThe victim\'s sister, Itzel Cahuich, said he had been threatened for months. "He kept the messages on his phone," she said.',
    );
    expect(q.at(-1)).toEqual(['Itzel Cahuich', 'He kept the messages on his phone,']);
  });
  it('gives "said the 58-year-old fruit seller" to the person named before, not to a village named since', () => {
    const q = quotes(
      'BHOLA — Nilufar Rahman had just set down her baskets when she heard the engine. The ferry was tying up at the jetty of Char Kukri Mukri, a village of boatmen.\n\n"Some people lay down, some people ran for the trees," said the 58-year-old fruit seller.',
    );
    expect(q).toEqual([['Nilufar Rahman', 'Some people lay down, some people ran for the trees,']]);
  });
  it('gives "the statement said" to the body that gave its account in a statement carried by an agency', () => {
    const q = quotes(
      'The Joint Chiefs of Staff said in a statement that the navy had fired "several warning shots" at the boat.\n\nThe Northern Fleet Command gave a different account in a statement carried by the official news agency on Saturday. "The enemy should understand that the line we declared is the only valid one," the statement said.',
    );
    expect(q.at(-1)).toEqual([
      'Northern Fleet Command',
      'The enemy should understand that the line we declared is the only valid one,',
    ]);
  });
  it("gives the words posted on a body's page to that body, not to the body they accuse", () => {
    expect(
      quotes(
        'Each militia blamed the other. A statement posted on the Western Shield Brigade\'s Facebook page said the Harbour Defence Force had "ambushed our men at the fuel depot".',
      ),
    ).toEqual([['Western Shield Brigade', 'ambushed our men at the fuel depot']]);
  });
  it('gives "the superintendent said" to the person introduced as superintendent "of" a force', () => {
    const q = quotes(
      'Senior Superintendent of Police Tariq Hussain Rind told reporters that two suspects had been held.\n\n"We know who sent them," the senior superintendent said.',
    );
    expect(q).toEqual([['Tariq Hussain Rind', 'We know who sent them,']]);
  });
});

describe('speakers after initials, questions and a sentence about them', () => {
  it('reads a name with an initial after "said", past the stop of the initial', () => {
    expect(
      quotes(
        'Fishermen returned to the harbour on Sunday.\n\n"They fired at the wheelhouse," said P. Jesuraja, president of the boat owners\' association.',
      ),
    ).toEqual([['P. Jesuraja', 'They fired at the wheelhouse,']]);
  });
  it('gives a question to the person who "asked" it, but "who asked not to be named" speaks no words', () => {
    expect(
      quotes(
        'Floods hit the valley on Monday.\n\n"Where are the sirens?" asked Amjad Ali, a hotel owner in Madyan.',
      ),
    ).toEqual([['Amjad Ali', 'Where are the sirens?']]);
    const [[speaker]] = quotes(
      'A tribal elder in Dhiban, who asked not to be named, said the trouble began at a checkpoint. "People took up their weapons," he said.',
    );
    expect(speaker).not.toBe(null);
    expect(speaker).not.toMatch(/Dhiban/);
  });
  it('gives a quotation standing as its own sentence to the person the sentence before is about', () => {
    expect(
      quotes(
        '"We were shot to pieces," admitted Wales head coach Gareth Lloyd.\n\nThe visitors\' captain, Julien Marchetti, was more measured. "We attacked with discipline."',
      ),
    ).toEqual([
      ['Gareth Lloyd', 'We were shot to pieces,'],
      ['Julien Marchetti', 'We attacked with discipline.'],
    ]);
    // a sentence about a place, not a person, gives the words to no one new
    expect(
      quotes(
        '"We were shot to pieces," admitted Wales head coach Gareth Lloyd.\n\nCardiff was quiet after the match. "We attacked with discipline."',
      ).map(([s]) => s),
    ).not.toContain('Cardiff');
  });
});
