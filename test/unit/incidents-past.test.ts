/**
 * Past violence retold as if current: events a trial, an inquest, a memory or a report retells are background, and a
 * story made of such retellings records a current event only with a day of its own and physical evidence. Each case
 * is an invented text worded unlike the articles the rules were measured on.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const all = (text: string, published = '2025-05-14') =>
  briefArticle({ text, origin: 'text' }, { published }).incidents;
const current = (text: string, published = '2025-05-14') => all(text, published).filter((i) => !i.background);

describe('an event a frame retells is background', () => {
  it('reads what a prosecution "had proved" the attackers did as a retelling', () => {
    const verdict = (second: string) =>
      current(
        'A court in Nairobi on Thursday sentenced three men to 30 years in prison for helping to plan the 2019 attack on a hotel complex.\n\n' +
          second,
        '2026-11-12',
      ).map((i) => i.subType);
    expect(
      verdict(
        'The judge said the prosecution had proved that the three had provided money and a safe house to the attackers, who stormed the complex with rifles and grenades and held it for nearly 20 hours before security forces killed them.',
      ),
    ).toEqual([]);
    expect(
      verdict(
        'Hours before the verdict, gunmen killed four police officers in an ambush on a patrol near the village of Milimani in Lamu on Wednesday night, police said.',
      ).length,
    ).toBeGreaterThan(0);
  });
  it('reads the massacre a sentence was passed for as past, not on the day of the verdict', () => {
    const text =
      'A regional court in Arusha on Tuesday sentenced a former militia commander to life in prison for ordering the massacre of 48 villagers in eastern Congo.\n\n' +
      'He showed no emotion as the judgment was read.';
    expect(current(text)).toEqual([]);
    const past = all(text).filter((i) => i.background);
    expect(past.map((i) => i.subType)).toContain('Attack');
    expect(past.every((i) => i.date !== '2025-05-13')).toBe(true);
  });
  it('reads the killing a long sentence was passed for as past, however long the words of the sentence', () => {
    const text =
      'A war crimes chamber in Tuzla on Thursday sentenced a former guard of a wartime detention camp run by a local militia to 14 years in prison for the killing of six prisoners in a quarry near Kladanj in the autumn of 1993.';
    expect(current(text)).toEqual([]);
    expect(all(text).map((i) => [i.subType, i.background])).toEqual([['Attack', true]]);
    // (a verdict's day in another sentence leaves a killing told with a day of its own current)
    expect(
      current(
        'A court in Tuzla on Thursday sentenced a man to 14 years in prison for fraud. On Friday, gunmen shot dead six villagers in a quarry near Kladanj, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
  });
  it('reads the killing a long sentence was passed for as past, with the day the verdict’s and the year the killing’s', () => {
    const text = (court: string) =>
      `${court} on Monday sentenced a retired colonel of a disbanded border battalion to 25 years in prison for the killing of six miners at a roadblock near Oruro in the winter of 2003.`;
    for (const court of ['A military court in Santa Cruz', 'A tribunal in Santa Cruz']) {
      expect(current(text(court), '2026-04-22')).toEqual([]);
      expect(all(text(court), '2026-04-22').map((i) => i.date)).toEqual(['2003']);
    }
    expect(
      current(
        'Soldiers on Monday killed six miners at a roadblock near Oruro, a retired colonel of a disbanded border battalion told a radio station.',
        '2026-04-22',
      ).map((i) => i.date),
    ).toEqual(['2026-04-20']);
  });
  it('reads a year’s toll a report gives as past, the report’s day being the day it was said', () => {
    const list = all(
      'Drone strikes and mortar fire killed at least 410 civilians in Burkina Faso in 2025, three times as many as the year before, a monitoring group said in a report on Thursday.',
      '2025-05-16',
    );
    expect(list.filter((i) => !i.background)).toEqual([]);
    expect(list.map((i) => i.date)).not.toContain('2025-05-15');
  });
  it('still reads killings an inquest ruled on as past', () => {
    const text =
      'A coroner ruled on Thursday in Omagh that the inquest into the shooting of two farmers by soldiers at a roadblock had found they were unlawfully killed.';
    expect(current(text)).toEqual([]);
  });
  it('reads the day told before the words that tie a sentence to its event as the sentence’s', () => {
    const text = (frame: string) =>
      `${frame} a former bus conductor to life in prison on Monday for helping organise the bombing that tore through a market in Mombasa almost six years ago.`;
    expect(current(text('A judge in the High Court sentenced'), '2026-09-16')).toEqual([]);
    // (no frame: the day is the bombing's)
    expect(
      current('A bombing tore through a market in Mombasa on Monday, killing six people.', '2026-09-16').map(
        (i) => i.date,
      ),
    ).toEqual(['2026-09-14']);
  });
  it('reads the day a statement was made to a court named in any alphabet as the statement’s', () => {
    const text = (court: string) =>
      `The eldest of the seven men on trial over the killing of a rival dealer in Grenoble's eastern suburbs told ${court} court on Tuesday that he had never held a gun.`;
    for (const court of ['the Isère assize', 'the Isere assize'])
      expect(current(text(court), '2026-11-12')).toEqual([]);
  });
  it('keeps current an event the frame gives a recent day of its own', () => {
    const list = current(
      'Hundreds gathered on Friday at a memorial for the victims of Sunday’s car bomb in the cattle market of Maiduguri, which killed nine traders.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Remote explosive/landmine/IED']);
    expect(list[0].date).toBe('2025-05-11');
  });
  it("gives a trial's day to the trial, not to the attack it is about", () => {
    expect(
      current('The trial of a woman accused of a grenade attack on a bus depot in Marlow opened on Tuesday.'),
    ).toEqual([]);
    expect(
      current(
        'A man accused of a machete attack at a fairground in Marlow two years ago went on trial on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      current(
        'A gunman who killed 20 worshippers at a mosque in Marlow in 2019 was denied parole on Tuesday.',
      ),
    ).toEqual([]);
  });
  it('keeps current an attack whose doer was charged on the day told, or whose own day comes first', () => {
    expect(
      current(
        'A man who stabbed two tourists near the harbour in Marlow was charged on Tuesday, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
    expect(
      current(
        'Grenades were thrown at the court in Marlow on Tuesday as the trial of a gang leader opened, police said.',
      ).map((i) => i.subType),
    ).toEqual(['Grenade']);
  });
});

describe('sanctions over past violence', () => {
  it('reads the protests a crackdown was sanctioned over as past, not on the day of the sanctions', () => {
    const text =
      'Britain on Tuesday imposed sanctions on five Iranian police officials it accuses of ordering the violent suppression of the protests that followed the death of Mahsa Amini in 2022.';
    expect(current(text)).toEqual([]);
    expect(all(text).every((i) => i.date !== '2025-05-13')).toBe(true);
  });
  it('keeps an attack of the last days that sanctions are imposed over', () => {
    expect(
      current(
        'The US imposed sanctions on RSF commanders over a drone attack on a market in El Fasher on Sunday that killed 40 people.',
      ).map((i) => [i.subType, i.date]),
    ).toEqual([['Air/drone strike', '2025-05-11']]);
  });
});

describe('bail granted to men accused of violence', () => {
  it('retells the violence they are accused of taking part in, at its own day', () => {
    const text =
      'The high court in Nagpur on Wednesday granted bail to 11 men accused of rioting, arson and attempt to murder in the communal violence that broke out in the city’s old quarter on March 17 last year.';
    expect(current(text, '2026-03-12')).toEqual([]);
    expect(all(text, '2026-03-12').map((i) => i.date)).toEqual(['2025-03-17']);
  });
});

describe('charges framed over an event', () => {
  it('retell the event at the day told after them, however long the words between, not at the day of the charges', () => {
    expect(
      current(
        'Prosecutors yesterday pressed charges against two men over the killing of a taxi driver in Eldoret on Sunday.',
      ).map((i) => i.date),
    ).toEqual(['2025-05-11']);
    const long =
      'A special court in Nairobi yesterday framed charges of murder and torture against six former officers of a disbanded police squad, including its deputy commander and two drivers, over the killing of four traders at a roadblock near Eldoret on March 3, 2023.';
    expect(current(long)).toEqual([]);
    expect(all(long).map((i) => [i.background, i.date])).toEqual([[true, '2023-03-03']]);
  });
});

describe('the time of the event’s own clause', () => {
  it('dates executions by the month of their own clause, not by the day of the exhumation', () => {
    const text =
      'Forensic teams on Monday started digging at a site near the town of Tal Afar, where militants are thought to have buried scores of men they executed in June 2015.';
    expect(current(text)).toEqual([]);
    expect(all(text).map((i) => i.date)).toContain('2015-06');
  });
  it('dates an event by the past month of its own clause, not by the day a statement was made', () => {
    const text =
      'The interior ministry said on Monday that insurgents shelled the border town of Tillia in February, destroying a clinic.';
    expect(current(text)).toEqual([]);
  });
  it('keeps the statement’s day for an event whose clause names no other time', () => {
    const list = current(
      'The interior ministry said on Monday that insurgents shelled the border town of Tillia, destroying a clinic.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
  it('keeps the day of the main clause for an event a year dates only another noun of', () => {
    const list = current(
      'Two guards were wounded on Sunday when gunmen opened fire on a police truck carrying three men accused in the 2021 raid on a bank in Mardan.',
    );
    expect(list).toHaveLength(1);
    expect(list[0].date).toBe('2025-05-11');
  });
  it('dates an event by the past year right by it, between commas, not by the hour of the sentence', () => {
    const text =
      'Survivors walked to the old bus depot in Jos on Saturday.\n\n' +
      'At 8.15 a.m., the moment the car bomb exploded in 2014, the crowd fell silent.';
    expect(current(text)).toEqual([]);
  });
  it('keeps the past time of the paragraph before for "the blasts" that open a paragraph with no time of their own', () => {
    const text =
      'Survivors walked to the old bus depot in Jos on Saturday.\n\n' +
      'On the evening of May 20, 2014, two car bombs exploded minutes apart at the crowded depot.\n\n' +
      'The blasts killed 118 people and wounded dozens more, most of them traders.';
    expect(current(text)).toEqual([]);
  });
});

describe('a story that retells past violence', () => {
  const report =
    'Watchdog says drone strikes on wells killed scores of herders\n\n' +
    'A monitoring group said on Tuesday that drone strikes on water points in northern Mali killed at least 90 herders between January and August last year.\n\n' +
    'In a 40-page study, the group documented nine strikes, including one on a well near Léré that killed 23 people and hundreds of cattle.\n\n' +
    'The study asked donors to fund an independent inquiry. The defence ministry did not answer questions.';
  it('records no current incident in a report on strikes of the past year', () => {
    expect(current(report)).toEqual([]);
    expect(all(report).length).toBeGreaterThan(0);
  });
  it('still records an attack told with its own day and its victims in such a story', () => {
    const text = report.replace(
      'The study asked donors',
      'On Sunday, gunmen on motorbikes opened fire on villagers at a well near Léré, killing four herders, a local official said.\n\nThe study asked donors',
    );
    const list = current(text);
    expect(list).toHaveLength(1);
    expect(list[0].date).toBe('2025-05-11');
  });
});

describe('a span of violence is a pattern, not an event', () => {
  it('records no current shelling for "months of shelling" that families fled', () => {
    expect(
      current(
        'Families reached the camp near Tawila on Sunday after months of shelling in their home district, aid workers said.',
      ),
    ).toEqual([]);
    expect(
      current(
        'Many reach the border post at Tine worn out after walking for days, telling of weeks under bombardment.',
      ),
    ).toEqual([]);
  });
  it('records no current shooting of protesters told over a season', () => {
    expect(
      current('Police shot dead more than 60 protesters over the summer, according to rights groups.'),
    ).toEqual([]);
    expect(
      current(
        'Police shot dead three protesters in Nairobi on Tuesday, as demonstrations continued over the summer.',
      ).map((i) => i.subType),
    ).toEqual(['Excessive force against protesters']);
  });
  it('keeps a shelling told with its day and its victims', () => {
    const list = current(
      'Artillery shelling hit the market in Tawila on Sunday, killing four traders, aid workers said.',
    );
    expect(list.map((i) => i.subType)).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('an arrest for past violence', () => {
  const story =
    'Croatian police arrest former guard wanted over 1993 camp killings\n\n' +
    'Croatian police on Monday arrested a former prison camp guard on a warrant from Bosnia, which accuses him of the killing of 14 prisoners at a camp near Mostar in 1993.\n\n' +
    'Officers at the Bajakovo crossing detained Zoran Petković, 58, as he drove in from Serbia, the interior ministry said.';
  it('records the arrest the lead explains as a current event', () => {
    const list = current(story);
    expect(list.map((i) => i.subType)).toEqual(['Arrests']);
  });
  it('still reads a named arrest with no cause of political violence as no event', () => {
    const text = story
      .replace('wanted over 1993 camp killings', 'wanted for tax fraud')
      .replace(
        ', which accuses him of the killing of 14 prisoners at a camp near Mostar in 1993',
        ' for unpaid taxes',
      )
      .replace('former prison camp guard', 'former tax official');
    expect(current(text)).toEqual([]);
  });
});

describe('the day of filing is not the day of the event', () => {
  it('dates an event by its own weekday, not by a two-town wire dateline left in the lead', () => {
    const list = current(
      'LODWAR/KAKUMA, May 14 (Wire) - Kenyan police have freed seven traders who were abducted by gunmen from a market in Turkana county on Sunday, officials said.',
    );
    expect(list.map((i) => i.date)).toEqual(['2025-05-11']);
  });
});

describe('a day more than two weeks before the report', () => {
  const text =
    'Gunmen shot dead four farmers in their fields outside Dutsinma on Monday, police in Katsina said.\n\n' +
    'The killings are the latest in the district. On April 3, bandits raided a cattle market near Safana, killing six herders.';
  it('recalls a precedent: the raid of early April is background in a mid-May report', () => {
    const list = current(text);
    expect(list.map((i) => i.date)).toEqual(['2025-05-12']);
    expect(
      all(text)
        .filter((i) => i.background)
        .map((i) => i.date),
    ).toEqual(['2025-04-03']);
  });
  it('reads an event three weeks old as a precedent too (news tells the days of the report)', () => {
    const list = all(text.replace('On April 3', 'On April 23'));
    expect(list.filter((i) => !i.background).map((i) => i.date)).toEqual(['2025-05-12']);
    expect(list.filter((i) => i.background).map((i) => i.date)).toEqual(['2025-04-23']);
  });
  it('keeps current an event ten days old', () => {
    const list = current(text.replace('On April 3', 'On May 4'));
    expect(list.map((i) => i.date).sort()).toEqual(['2025-05-04', '2025-05-12']);
  });
});

describe('a group’s claim that names no place of its own', () => {
  it('claims the strike told before whose doer was unknown, not a strike in the town of the dateline', () => {
    const text =
      'BAMAKO, May 14 (Wire) - Mali’s foreign minister told a visiting delegation on Wednesday that Bamako wanted a clear calendar for the departure of foreign troops, two days after a drone attack on a base hosting foreign forces in northern Mali wounded two soldiers.\n\n' +
      'A one-way attack drone struck near the runway of the Tessalit air base in Kidal region at about 9 p.m. local time on Monday, a defence official said. Two soldiers were treated for minor injuries. A second drone was shot down by the base’s air defences before it reached the perimeter.\n\n' +
      'A group calling itself the Malian Patriotic Front, an umbrella for several armed factions, said in a statement on Telegram that it had struck "the occupation base" with two drones and promised more operations.';
    const list = current(text);
    // (the base's town or the base itself, never the dateline's town)
    expect(list.map((i) => i.place?.replace(/ air base$/, ''))).toEqual(['Tessalit', 'Tessalit']);
    const strike = list.find((i) => i.subType === 'Air/drone strike');
    expect(strike?.attribution).toMatch(/Malian Patriotic Front/);
  });
});

describe('a year of the report’s own', () => {
  it('keeps current a lead that calls its event the deadliest this year', () => {
    const list = current(
      'Three police officers have been killed and five wounded in an ambush by rebels on a patrol near the town of Beni in eastern Congo, in the deadliest attack on the police this year.',
    );
    expect(list.map((i) => i.place)).toEqual(['Beni']);
  });
  it('still reads an event of an earlier year as past', () => {
    expect(
      current(
        'In 2023, rebels ambushed a police patrol near the town of Beni in eastern Congo, killing three officers.',
      ),
    ).toEqual([]);
  });
});

describe('a past time that dates another event told after the trigger', () => {
  it('keeps the march current when "last month" dates a death it mourned', () => {
    const text =
      'Hundreds of nurses marched through Kumasi on Tuesday to demand unpaid wages.\n\n' +
      "The march, organised by the nurses' union, ended with prayers and a vigil for a colleague who died in a road crash last month.";
    expect(all(text).filter((i) => i.background)).toEqual([]);
    expect(current(text).map((i) => i.date)).toEqual(['2025-05-13']);
  });
  it('still reads a march told with a past month of its own as past', () => {
    const text =
      'Hundreds of nurses marched through Kumasi on Tuesday to demand unpaid wages.\n\n' +
      "A similar march by the nurses' union last month ended with prayers.";
    expect(all(text).filter((i) => i.background).length).toBeGreaterThan(0);
  });
});

describe('an event a frame retells in a relative clause of the noun it names', () => {
  it('is background: "sentenced … for the hijacking of X, in which …"', () => {
    const text =
      'Four members of a gang were each sentenced to life in prison on Friday for the hijacking of a cash van outside Durban in which a guard was shot dead.';
    expect(current(text, '2026-10-03')).toEqual([]);
    expect(all(text, '2026-10-03').map((i) => i.place)).toEqual(['Durban']);
  });
  it('reads a headline sentence ("gets life for …") as a frame of the event', () => {
    expect(current('Bus hijacker gets life for Thika road ambush that killed driver', '2026-10-03')).toEqual(
      [],
    );
    // (control: the ambush told as news)
    expect(current('Gunmen ambush bus on Thika road, killing driver', '2026-10-03')).not.toEqual([]);
  });
  it('reads bail granted over an event as a frame of it', () => {
    expect(
      current(
        'A court in Kisumu on Monday granted bail to two police officers charged over the shooting of a student during a protest.',
        '2026-10-03',
      ),
    ).toEqual([]);
  });
  it('stays current when no frame ties the clause to a past event (control)', () => {
    expect(
      current(
        'Four gunmen hijacked a cash van outside Durban on Friday in an ambush in which a guard was shot dead, police said.',
        '2026-10-03',
      ).map((i) => i.place),
    ).toEqual(['Durban']);
  });
});

describe('the day of a mourning is not the day of the deaths it mourns', () => {
  const lead =
    'Flags flew at half-mast across Chad on Tuesday, the first of two days of mourning for guards killed in an ambush near Bol.';
  it('leaves the deaths without the day told before the words of the mourning', () => {
    expect(all(lead).map((i) => [i.subType, i.date])).toEqual([['Armed clash', null]]);
  });
  it('keeps a day told after them (control)', () => {
    expect(
      all('Hundreds gathered in Bol on Tuesday, mourning guards killed in an ambush on Sunday.').map(
        (i) => i.date,
      ),
    ).toEqual(['2025-05-11']);
  });
  it('reads the ambush the body dates as current, its toll told in the next sentence', () => {
    const text = `${lead}\n\nA patrol was ambushed on Sunday evening near Bol by Boko Haram fighters, the army said. Nine guards were killed.`;
    expect(current(text).map((i) => [i.subType, i.place, i.date])).toEqual([
      ['Armed clash', 'Bol', '2025-05-11'],
    ]);
  });
});

describe('a dateline written with a colon', () => {
  it('gives the day of filing, not the day of the event the lead retells', () => {
    const list = all(
      'NEW DELHI, May 14: A judicial panel has held two police officers responsible for the use of live ammunition against marchers at Jantar Mantar on March 2, the report said.',
    );
    expect(list.map((i) => [i.date, i.background])).toEqual([['2025-03-02', true]]);
  });
  it('keeps the day of an event told as happening that day (control)', () => {
    const list = current(
      'NEW DELHI, May 14: Police fired live ammunition at marchers at Jantar Mantar on Wednesday, killing two.',
    );
    expect(list.map((i) => i.date)).toEqual(['2025-05-14']);
  });
});

describe('a toll updated on a later day, claimed by a liberation army', () => {
  const text = (claimant: string) =>
    'QUETTA, Pakistan, May 16 (Reuters) - The number of people killed by a roadside bomb that hit a minibus near Kalat rose to nine on Thursday after two wounded women died, a hospital official said.\n\n' +
    'The device went off beside the minibus on the N-25 highway late on Tuesday as it carried farm workers home.\n\n' +
    `The ${claimant} said in a statement to reporters that its fighters had targeted "agents of the state".`;
  it('dates the bomb by its own day, not the day the toll rose, and names the group that claimed it', () => {
    expect(
      current(text('Baloch Liberation Army'), '2025-05-16').map((i) => [i.date?.slice(0, 10), i.attacker]),
    ).toEqual([['2025-05-13', 'Balochistan Liberation Army']]);
  });
  it("keeps a state's army saying it struck as no claim (control)", () => {
    expect(current(text('Pakistani army'), '2025-05-16').map((i) => i.attacker)).toEqual(['unknown']);
  });
});

describe('the past a measure of the event names', () => {
  it('reads a strike measured against a month long past as current, on its own day', () => {
    const [c] = current(
      'A drone strike on a row of shops in Tellak killed five people before dawn on Tuesday, the district chief said, the deadliest single strike since the truce began in January.',
      '2025-05-14',
    );
    expect(c).toMatchObject({ subType: 'Air/drone strike', date: '2025-05-13' });
  });
  it('still reads the past event told inside the measure as background', () => {
    const list = all(
      'Tuesday’s rally in Tellak was the biggest since the student protests of February 2024, organisers said.',
      '2025-05-14',
    );
    expect(list.filter((i) => i.date?.startsWith('2024')).every((i) => i.background)).toBe(true);
  });
});

describe('the name a side gives an event', () => {
  it('reads no event of its own in a side that called a strike a massacre', () => {
    const list = current(
      'A drone strike on a row of shops in Tellak killed five people on Tuesday, the district chief said.\n\nThe armed group called the strike a massacre and vowed to answer it.',
      '2025-05-14',
    );
    expect(list.map((i) => i.subType)).toEqual(['Air/drone strike']);
  });
  it('still reads a massacre told as done as an attack', () => {
    expect(
      current(
        'On Tuesday gunmen massacred nine herders at a well outside Tellak, the district chief said.',
      ).map((i) => i.subType),
    ).toEqual(['Attack']);
  });
});

describe('an event told only by the name a side gives it', () => {
  it('still reads a seizure a minister called a kidnapping as an abduction', () => {
    expect(
      current(
        'Two off-duty corporals were taken from a bus near Dorvik on Tuesday. The defence minister called it a kidnapping.',
      ).map((i) => i.subType),
    ).toEqual(['Abduction/forced disappearance']);
  });
});

describe('the day of those a retold event touched', () => {
  it('reads a day told after the verb of mourners whose subject holds the event as theirs, not the bombing’s', () => {
    const text =
      'Alder market families lay roses five years on\n\n' +
      'Relatives of the 23 shoppers killed in the car bombing of Alder’s covered market laid roses at the gates on Tuesday, five years to the day since the blast.\n\n' +
      'Shopkeepers pulled down their shutters for a minute at noon. Nobody has been convicted over the bombing.';
    expect(current(text, '2026-05-20')).toEqual([]);
  });
  it('reads survivors telling a hearing on a day of these days of an old massacre as past', () => {
    const text =
      'Survivors tell parliament hearing of Kesh village killings\n\n' +
      'Survivors of the massacre at Kesh village told a parliamentary hearing in Dorn on Thursday how soldiers rounded up men in the school yard and shot them, in the first public testimony on the 2012 killings.\n\n' +
      'Lawmakers said they would seek the army’s records from that summer.';
    expect(current(text, '2026-05-20')).toEqual([]);
  });
  it('keeps a bomb whose own relative clause holds the day as current', () => {
    const text =
      'Mourners gather in Alder\n\n' +
      'Hundreds of mourners gathered in Alder on Tuesday for the funerals of the victims of the car bomb that exploded in the covered market on Monday, killing 23 shoppers.\n\n' +
      'No group has claimed the attack.';
    expect(current(text, '2026-05-20').some((i) => i.date === '2026-05-18')).toBe(true);
  });
});

describe('a commission’s findings dated by a wire dateline', () => {
  it('reads a dateline’s day as the day of filing, and "that day" as no day of the retold shooting’s own', () => {
    const text =
      'Panel blames ministers for Ferrow bridge shootings\n\n' +
      'BELGAR, May 19: A state commission has held two former ministers and an army colonel responsible for the shooting of striking textile workers on the Ferrow bridge on October 3, 2019.\n\n' +
      'The panel handed its report to the president on Monday evening.\n\n' +
      'According to the report, the commission found that soldiers opened fire on the marchers without warning and that most of the 23 people killed that day were shot in the back.\n\n' +
      'The families’ association said it would meet on Friday to discuss a sit-in.';
    expect(current(text, '2026-05-19')).toEqual([]);
  });
  it('keeps tear gas fired on a day of its own at the families outside the commission as current', () => {
    const text =
      'Panel blames ministers for Ferrow bridge shootings\n\n' +
      'BELGAR, May 19: A state commission has held two former ministers and an army colonel responsible for the shooting of striking textile workers on the Ferrow bridge on October 3, 2019.\n\n' +
      'According to the report, the commission found that soldiers opened fire on the marchers without warning.\n\n' +
      'Police fired tear gas on Monday at relatives who had gathered outside the commission building, injuring four of them.';
    expect(current(text, '2026-05-19').some((i) => i.date === '2026-05-18')).toBe(true);
  });
});

describe('an act told before the retelling of another', () => {
  it('reads a bomb at a memorial service as current, not the strike the crowd remembered', () => {
    const text =
      'Bomb hits memorial service in Orsava\n\n' +
      'A bomb exploded near Cathedral Square in Orsava on Saturday evening as hundreds of people gathered to remember the 41 victims of the 2020 missile strike on the Dunavit tower, killing two people and wounding 14, police said.\n\n' +
      'No group has claimed the attack.';
    const cur = current(text, '2026-03-15');
    expect(cur.map((i) => i.subType)).toEqual(['Remote explosive/landmine/IED']);
    expect(cur[0].date).toBe('2026-03-14');
  });
  it('reads tear gas fired at a march marking an old shooting as current', () => {
    const text =
      'Riot police in Belgar fired tear gas and water cannon on Thursday at several thousand people marching to mark seven years since soldiers shot dead textile workers in the 2019 wage protests.\n\n' +
      'Medics said 12 people were hurt.';
    expect(current(text, '2026-05-20').some((i) => i.date === '2026-05-14')).toBe(true);
  });
  it('still reads the remembered strike alone as background when nothing else happened', () => {
    const text =
      'Hundreds of people gathered in Cathedral Square in Orsava on Saturday evening to remember the 41 victims of the 2020 missile strike on the Dunavit tower.\n\n' +
      'The mayor read the names of the dead.';
    expect(current(text, '2026-03-15')).toEqual([]);
  });
});

describe('a day the words before it place well back from the news', () => {
  const lead = 'Gunmen stormed a market in Kaduna on Tuesday, killing nine traders, police said.\n\n';
  it('reads "earlier this month, on <day>" more than a week back as background', () => {
    const list = all(
      `${lead}Earlier this month, on Nov. 8, soldiers shelled a village near Zaria.`,
      '2026-11-19',
    );
    expect(list.map((i) => [i.place, i.date?.slice(0, 10), i.background])).toEqual([
      ['Kaduna', '2026-11-17', false],
      ['Zaria', '2026-11-08', true],
    ]);
  });
  it('still reads the same day told without words that look back as current', () => {
    const list = current(`${lead}On Nov. 8, soldiers shelled a village near Zaria.`, '2026-11-19');
    expect(list.map((i) => i.place)).toEqual(['Kaduna', 'Zaria']);
  });
});

describe('an act told in the past perfect with no day of its own', () => {
  const lead = 'Gunmen stormed a market in Kaduna on Tuesday, killing nine traders, police said.\n\n';
  it('reads an act the same gang "had" done as background, without the paragraph’s day', () => {
    const list = all(
      `${lead}The same gang had abducted 30 farmers near Zaria, residents recalled.`,
      '2026-11-19',
    );
    const zaria = list.find((i) => i.place === 'Zaria');
    expect(zaria?.background).toBe(true);
    expect(zaria?.date).toBeNull();
  });
  it('reads a place that "had been shelled" as background', () => {
    const list = all(`${lead}The town of Zaria had been shelled by the army.`, '2026-11-19');
    expect(list.find((i) => i.place === 'Zaria')?.background).toBe(true);
  });
  it('keeps the steps of one telling current: "by the time …, the raiders had killed"', () => {
    const list = current(
      `${lead}By the time soldiers reached Zaria, the raiders had killed six more people.`,
      '2026-11-19',
    );
    expect(list.map((i) => i.place)).toContain('Zaria');
  });
  it('keeps an act in the past perfect of someone’s words current: "said … that … had shot down"', () => {
    const list = current(
      'Drones hit a grain terminal in Mykolaiv on Saturday, killing two.\n\nThe air force said in a statement that gun crews had shot down 31 of the drones over the Kherson region.',
      '2025-08-23',
    );
    expect(list.map((i) => i.subType)).toContain('Disrupted weapons use');
  });
  it('keeps an act joined to another verb after "had" current: "had arrived … and opened fire"', () => {
    const list = current(
      `${lead}The raiders had arrived on motorbikes and opened fire on traders in Zaria.`,
      '2026-11-19',
    );
    expect(list.map((i) => i.place)).toContain('Zaria');
  });
});

describe('an act told only through the people it left or a memory of it', () => {
  const lead = 'Police fired tear gas at students marching in Kisumu on Thursday, witnesses said.\n\n';
  const kinds = (text: string) => all(`${lead}${text}`, '2026-03-06').map((i) => [i.subType, i.background]);
  it('reads "the victims of the massacre" with no day of its own as background', () => {
    expect(
      kinds('Many of the marchers wore portraits of the victims of the massacre at Kisumu market.'),
    ).toContainEqual(['Attack', true]);
  });
  it('reads an act the students "recalled how" it happened as background', () => {
    expect(
      kinds('The students also recalled how a grenade was thrown into a dormitory in Kisumu.'),
    ).toContainEqual(['Grenade', true]);
  });
  it('keeps the survivors of an act with a recent day of its own current', () => {
    expect(
      kinds("Survivors of Tuesday's grenade attack on a dormitory in Kisumu joined the march."),
    ).toContainEqual(['Grenade', false]);
  });
  it('keeps an act survivors tell of, not told through them, current', () => {
    expect(kinds('Survivors said a grenade was thrown into a dormitory in Kisumu.')).toContainEqual([
      'Grenade',
      false,
    ]);
  });
});

describe('a sentence that retells a past event is no part of a current account', () => {
  const text = (recall: string) =>
    'Vandals smashed the windows of a community hall in Corvale on Sunday night, police said.\n\n' +
    'On Monday evening about 300 residents gathered outside the hall with candles in a silent vigil.\n\n' +
    recall;
  it('keeps the vigil peaceful and at its own place when the next paragraph recalls riots of an earlier year', () => {
    const found = current(
      text(
        'The attack revived memories of August 2019, when rioters stormed and torched a shelter in nearby Dunmere for two nights.',
      ),
      '2026-04-14',
    );
    const vigil = found.find((i) => i.type === 'Protests' || i.type === 'Riots');
    expect(vigil?.subType).toBe('Peaceful protest');
    expect(vigil?.place).not.toBe('Dunmere');
  });
  it('reads the same recollection into the vigil when it names no past time of its own', () => {
    const found = current(
      text(
        'The attack revived memories of the night when rioters stormed and torched a shelter in nearby Dunmere.',
      ),
      '2026-04-14',
    );
    expect(found.map((i) => i.place)).toContain('Dunmere');
  });
});

describe('a follow-up’s lead: the news on its day, the event it follows on its own', () => {
  // 2025-05-14 is a Wednesday
  it('dates the event by its possessive day, not the day of the funerals', () => {
    const list = current(
      'Hundreds of mourners gathered in Kano on Tuesday for the burials of traders killed in Sunday’s car bombing at the grain market.',
    );
    expect(list.find((i) => i.subType !== 'Peaceful protest')?.date).toBe('2025-05-11');
  });
  it('dates the event by a day counted back right after it, not the day of the march', () => {
    const list = current(
      'Police fired tear gas on Tuesday at nurses marching in Lira to demand justice for a colleague shot dead three days earlier.',
    );
    expect(list.find((i) => i.subType === 'Attack')?.date).toBe('2025-05-10');
    // (the next sentence's time stays on the day of the march)
    const next = current(
      'Police fired tear gas on Tuesday at nurses marching in Lira to demand justice for a colleague shot dead three days earlier. The marchers had gathered at about 9 a.m. and officers beat them with batons at the gate.',
    );
    expect(next.every((i) => i.subType === 'Attack' || i.date?.startsWith('2025-05-13'))).toBe(true);
  });
  it('does not date the event by a day told after it across a clause', () => {
    const list = current(
      'Gunmen shot dead a nurse in Lira on Saturday, and police arrested two suspects on Tuesday.',
    );
    expect(list.find((i) => i.subType === 'Attack')?.date).toBe('2025-05-10');
  });
});

describe('a date opening the paragraph before a city in brackets', () => {
  it('is the day of filing, not the day of the event told after it', () => {
    const list = current(
      'May 14, 2025 (GULU) – Drones struck a fuel depot near Gulu in the early hours of Monday, killing two guards.',
    );
    expect(list.map((i) => i.date)).toEqual(['2025-05-12']);
  });
});

describe('"since" a time of the same day', () => {
  it('reads clashes going on "since the early morning" as current', () => {
    const told = (since: string) =>
      briefArticle(
        {
          text: `Heavy clashes between the army and rebel fighters have raged near Korvel ${since}, killing at least seven fighters, local officials said.`,
          origin: 'text',
        },
        { published: '2026-03-16' },
      ).incidents.map((i) => i.background);
    expect(told('since the early morning')).toEqual([false]);
    expect(told('since the early hours of Monday')).toEqual([false]);
  });
});

describe('two events of one sentence, each on its own day', () => {
  it('reads the act of a relative clause with a past time of its own apart from the main verb’s, the news', () => {
    const list = all(
      'Gunmen who killed 12 villagers in Maru in March struck again on Tuesday, killing seven farmers near the village, police said.',
      '2026-11-30',
    );
    expect(list.filter((i) => !i.background).map((i) => [i.subType, i.date])).toEqual([
      ['Attack', '2026-11-24'],
    ]);
    expect(list.filter((i) => i.background).map((i) => i.date)).toEqual(['2026-03']);
    expect(
      current(
        'Bandits who abducted 40 villagers from Kanoma last year attacked the village again on Saturday, killing five people, residents said.',
        '2026-11-30',
      ).map((i) => i.date),
    ).toEqual(['2026-11-28']);
  });
  it('reads two clauses joined by "and", each with a trigger and a day of its own, as two events', () => {
    const list = current(
      'Soldiers beat back an assault on an army post in Kolofata on Friday, and jihadists ambushed a supply convoy near Mora on Sunday, killing three soldiers, a security source said.',
      '2026-11-30',
    );
    expect(list.map((i) => i.date)).toEqual(['2026-11-27', '2026-11-29']);
  });
});

describe('the day a participle of speech or of a release tells', () => {
  it('is not the day of the event', () => {
    expect(
      current(
        'An army spokesman, speaking on Tuesday, said soldiers clashed with rebels near Kiwanja on Sunday.',
        '2026-11-30',
      ).map((i) => i.date),
    ).toEqual(['2026-11-29']);
    expect(
      current(
        'The governor’s office, announcing on Sunday a curfew in the district, said gunmen shot dead two traders in Ikot Ekpene on Thursday.',
        '2026-11-30',
      ).map((i) => i.date),
    ).toEqual(['2026-11-26']);
  });
});

describe('an entry of a live page under a time stamp of its own', () => {
  it('takes the day of its stamp, not the publication day', () => {
    const text =
      'LIVE: Shelling of Nikopol\n\nFriday 27 November 2026\n\n17:10\nA shell hit a bakery in Nikopol, wounding two workers, the regional governor said.\n\n12:25\nDrones struck a substation near Marhanets overnight, local officials said.';
    expect(current(text, '2026-11-30').map((i) => i.date)).toEqual(['2026-11-27', '2026-11-27']);
  });
});

describe('the time of the clause that tells how people were killed', () => {
  it('dates the strike by its "when" clause, not by the day of the memorial or the funerals', () => {
    const [memorial] = all(
      'Hundreds of people laid flowers in Kyiv on Sunday at a memorial to the 23 people killed when a Russian missile struck an apartment block two years ago.',
      '2026-12-01',
    );
    expect([memorial.date, memorial.background]).toEqual(['2024', true]);
    const [funerals] = all(
      'Hundreds attended the funerals on Sunday of nine people killed when a drone struck the market on Friday.',
      '2026-12-01',
    );
    expect([funerals.date, funerals.background]).toEqual(['2026-11-27', false]);
  });
  it('keeps the day told before "when" for the killing itself, and a time of a relative clause is not the strike\'s', () => {
    expect(
      current(
        'Nine people were killed on Sunday when a drone struck the market, officials said on Monday.',
        '2026-12-01',
      ).map((i) => i.date),
    ).toEqual(['2026-11-29']);
    expect(
      current(
        'Mourners laid flowers on Sunday for the nine people killed when a drone struck a market that had been damaged in 2023.',
        '2026-12-01',
      ).map((i) => i.date),
    ).toEqual(['2026-11-29']);
  });
});

describe('a story told in the past', () => {
  const feature = (extra = '') =>
    "FEATURES\n\nRemembering the miners' wives of Easington\n\nBy John Hartley\n1 December 2026\n\n" +
    "The women of Easington Colliery in County Durham were not supposed to be at the centre of the 1984 miners' strike. But within weeks of the walkout, they had set up soup kitchens and joined the picket lines.\n\n" +
    'Women from the village marched through Durham to demand an end to pit closures, and they travelled to London to lobby MPs at Westminster.\n\n' +
    'The strike ended in March 1985. The colliery closed in 1993, and the pit head is now a park.\n\n' +
    extra;
  it('reads a march told with no day, in a story whose lead is told in the past tense at 1984, as background', () => {
    expect(current(feature(), '2026-12-01')).toEqual([]);
    expect(all(feature(), '2026-12-01').map((i) => [i.subType, i.background])).toEqual([
      ['Peaceful protest', true],
    ]);
  });
  it('keeps a march with a recent day of its own, and one in a story whose lead tells news of now', () => {
    expect(
      current(
        feature('On Saturday, hundreds of former miners marched through Durham to demand compensation.'),
        '2026-12-01',
      ).map((i) => [i.subType, i.date]),
    ).toEqual([['Peaceful protest', '2026-11-28']]);
    const news =
      "NEWS\n\nMiners' pension scheme 'a scandal', says union\n\nBy John Hartley\n1 December 2026\n\n" +
      "The National Union of Mineworkers has called the government's handling of the Mineworkers' Pension Scheme a scandal, in a report on the fund set up in 1994 when the coal industry was privatised.\n\n" +
      'Hundreds of former miners and their families marched through Durham to demand the money back, carrying the banners of long-closed collieries.';
    expect(current(news, '2026-12-01').map((i) => i.subType)).toEqual(['Peaceful protest']);
  });
});
