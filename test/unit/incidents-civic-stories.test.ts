/**
 * Civic, political, business and culture stories that report no current incident. Each story is invented, with a twin
 * that still tells a current event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

const PUB = '2026-05-14';
// (the lexicon and the gazetteer load on the first brief: outside any one test's time)
beforeAll(() => {
  briefArticle({ text: 'Gunmen attacked a bus in Kirn on Monday.', origin: 'text' }, { published: PUB });
}, 120_000);
const current = (text: string, published = PUB) =>
  briefArticle({ text, origin: 'text' }, { published }).incidents.filter((i) => !i.background);
const kinds = (text: string) => current(text).map((i) => i.subType);

describe('a demonstration given leave or expected before its day', () => {
  it('reads a march whose route or permit was approved, and the crowd expected at a rally, as still to come', () => {
    expect(
      kinds(
        "Police approve route for Saturday's climate march\n\n" +
          'Police have approved the route of a climate march through central Bristol on Saturday, which organisers expect to draw up to 15,000 people.\n\n' +
          'The march, organised by a coalition of climate groups and unions, will set off from College Green at 11am and end with a rally at Castle Park.\n\n' +
          '"We will be facilitating a peaceful protest," Superintendent Claire Watts said.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        "City grants permit for Sunday's Pride march after court fight\n\n" +
          "City hall has granted organisers a permit for Sunday's Pride march through the old town, ending a month-long dispute.",
      ),
    ).toEqual([]);
    expect(
      kinds(
        "Armenia's opposition movement said on Wednesday it expected more than 100,000 people at a rally in Republic Square in Yerevan on Saturday to demand the resignation of the prime minister.",
      ),
    ).toEqual([]);
  });
  it('still reads an approved march that was held, and a rally people attended, as protests', () => {
    expect(
      kinds(
        'Police had approved the route, and about 15,000 people marched through central Bristol on Saturday to demand that the council drop plans to expand the airport.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'More than 100,000 people attended a rally in Republic Square in Yerevan on Saturday to demand the resignation of the prime minister.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('the demonstrations of a life, in its obituary or interview', () => {
  const obituary = (funeral: string) =>
    "Fatima Bello, activist who led women's marches, dies at 78\n\n" +
    "Fatima Bello, who led some of Nigeria's largest women's marches against military rule in the 1990s, has died in Kano at the age of 78, her family said on Tuesday.\n\n" +
    'Born in 1947 in Zaria, Bello trained as a nurse before joining the pro-democracy movement, and was detained twice by the military regime. Her memoir recalls her career in the movement.\n\n' +
    `She is survived by four children. ${funeral}`;
  it('reads them as her past', () => {
    expect(kinds(obituary('Her funeral will be held in Kano on Wednesday.'))).toEqual([]);
    expect(
      kinds(
        "'We marched so they could vote': a civil rights veteran looks back\n\n" +
          'Interview | Betty Jackson was 16 when she marched across the Edmund Pettus Bridge in Selma and saw state troopers beat the people in front of her with clubs. Now 77, she recalls that day.\n\n' +
          '"They came at us with horses," she recalls. She went on to teach in Selma\'s schools for forty years, and her career is the subject of a new book.',
      ),
    ).toEqual([]);
  });
  it('still reads mourners who march on a day of the report demanding justice as a protest', () => {
    expect(
      kinds(
        obituary(
          'On Wednesday, hundreds of mourners marched behind her coffin through Kano, demanding justice for women detained without trial.',
        ),
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('control of a council or a chamber, won in an election', () => {
  it('is no territory taken', () => {
    expect(
      kinds(
        "Reform UK has seized control of Kent County Council, winning 57 of the 81 seats in Thursday's local elections and ending 28 years of Conservative rule.",
      ),
    ).toEqual([]);
  });
  it('still reads armed men who seized control of a town as territory taken', () => {
    expect(
      kinds('Rebels seized control of the town of Kiwanja in North Kivu on Monday after the army withdrew.'),
    ).toEqual(['Non-state actor overtakes territory']);
  });
});

describe('members protesting inside their chamber', () => {
  it('is a way of holding up its business, no demonstration', () => {
    expect(
      kinds(
        'Opposition lawmakers staged a sit-down protest in the well of the house on Thursday, delaying a vote on the land bill. The speaker adjourned the session until Monday.',
      ),
    ).toEqual([]);
  });
  it('still reads a sit-in outside a parliament and protesters inside its chamber as demonstrations', () => {
    expect(
      kinds(
        'Hundreds of farmers staged a sit-in outside parliament in Delhi on Thursday to protest against the farm bills, and police detained 40 of them.',
      ).length,
    ).toBeGreaterThan(0);
    expect(
      kinds(
        'Protesters broke into the national assembly in Kathmandu on Tuesday and staged a sit-in inside the chamber, demanding the government resign.',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('a protest made online', () => {
  it('is no demonstration', () => {
    expect(
      kinds(
        'Nintendo has dropped plans to raise the price of its online subscription after thousands of fans protested on social media, the company said on Wednesday.',
      ),
    ).toEqual([]);
  });
  it('unlike fans who protested outside its offices', () => {
    expect(
      kinds(
        'Nintendo has dropped plans to raise the price of its online subscription after thousands of fans protested outside its headquarters in Kyoto on Monday, the company said on Wednesday.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('marches told as a habit in a relative clause', () => {
  it('are no event, even when the habit names a day ("every other weekend")', () => {
    expect(
      kinds(
        'The force said the large Gaza marches, which took place almost every other weekend in London, had stretched officers.',
      ),
    ).toEqual([]);
  });
  it('unlike a march told with a day of its own', () => {
    expect(
      kinds(
        'The force said the large Gaza march in London on Saturday, which drew 100,000 people, had stretched officers.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a day decades old borrowed from a later sentence', () => {
  const story = (rally: string) =>
    'Independence Day marked with fireworks and parades\n\n' +
    'Dhaka, 14 May 2026 — Bangladesh marked its Independence Day on Wednesday with parades, cultural programmes and fireworks across the country.\n\n' +
    `${rally}\n\n` +
    'The day marks the declaration of independence from Pakistan on March 26, 1971.';
  it('makes no current record of that old day', () => {
    const told = current(
      story(
        'The Bangladesh Nationalist Party held a rally in front of its office in Nayapaltan, where leaders called for early elections.',
      ),
    );
    expect(told.filter((i) => (i.date ?? '') < '2000')).toEqual([]);
  });
  it('keeps the rally current when its own sentence gives its day', () => {
    const told = current(
      story(
        'The Bangladesh Nationalist Party held a rally in front of its office in Nayapaltan on Wednesday, where leaders called for early elections.',
      ),
    );
    expect(told.map((i) => [i.subType, i.date])).toEqual([['Peaceful protest', '2026-05-13']]);
  });
});

describe('a figure in the clause of a march', () => {
  it('is what a crowd marched against: the march is a protest', () => {
    expect(
      kinds(
        'Thousands of university students marched through central Accra on Wednesday to protest against a 40 per cent rise in academic fees, chanting outside the education ministry.',
      ),
    ).toEqual(['Peaceful protest']);
  });
  it('is a market’s when no crowd is told: prices that march higher are no protest', () => {
    expect(
      kinds('Cocoa prices marched 4 per cent higher in London on Wednesday after poor harvests in Ghana.'),
    ).toEqual([]);
  });
});

describe('a rally named in a comparison', () => {
  it('is what a show resembled, not a rally that was held', () => {
    expect(
      kinds(
        "Kendrick Lamar's first Paris stadium show on Wednesday night felt at times less like a concert than a rally.",
      ),
    ).toEqual([]);
  });
  it('still reads a rally told as held', () => {
    expect(
      kinds(
        'After the show on Wednesday night, about 2,000 fans rallied outside the Paris city hall against the ban.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('protest as a practice, a kind of people, or what a rule is made for', () => {
  it('names no demonstration', () => {
    expect(
      kinds(
        'The Rev. James Lawson, who trained a generation of civil rights activists in the tactics of nonviolent protest, died on Wednesday in Los Angeles.',
      ),
    ).toEqual([]);
    expect(kinds('Smith said on Wednesday that young athletes who protest today face less risk.')).toEqual(
      [],
    );
    expect(
      kinds(
        "The Swiss parliament's lower house on Wednesday passed a bill that would ban the wearing of masks at demonstrations, after a heated debate.",
      ),
    ).toEqual([]);
  });
  it('still reads a protest that was held', () => {
    expect(
      kinds('Hundreds of activists held a nonviolent protest outside the court in Los Angeles on Wednesday.'),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'Several thousand people marched in Bern on Wednesday against a bill that would ban masks at protests.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a crowd with banners gathered for another end', () => {
  it('holds no protest: a union meeting, a ballot result read out, a race, a charity walk', () => {
    expect(
      kinds(
        "Pilots at a regional airline gathered with banners at the union's headquarters in London on Wednesday for a meeting on pay.",
      ),
    ).toEqual([]);
    expect(
      kinds(
        "Dozens of nurses gathered outside the college's Edinburgh office on Wednesday morning, some holding banners from last year's campaign, as the result was read out.",
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Crowds gathered at the Brandenburg Gate on Wednesday, waving flags and banners for their friends and family.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Thousands walk for dementia charity in Belfast\n\n' +
          'More than 3,000 people took part in a charity walk in Belfast on Wednesday to raise money for people living with dementia.\n\n' +
          'Walkers, many carrying banners with the names of loved ones, set off from Belfast City Hall and marched along the Lagan towpath.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        "Cadets complete 100-mile march for veterans' charity\n\n" +
          "About 40 army cadets completed a 100-mile march from York to Whitby on Wednesday, raising more than £20,000 for a veterans' charity.\n\n" +
          'The cadets, aged 14 to 18, marched for five days carrying their own kit.',
      ),
    ).toEqual([]);
  });
  it('still protests when it says against what', () => {
    expect(
      kinds(
        "Pilots gathered with banners outside the airline's headquarters in London on Wednesday to demand fair pay, before a meeting on pay.",
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe("a soldiers' training march", () => {
  it('is no demonstration, nor is "the march" that a later sentence names', () => {
    expect(
      kinds(
        'Army reservist died of heatstroke on training march, inquest finds\n\n' +
          'An Army reservist died of heatstroke after collapsing during a 16-mile training march in the Brecon Beacons, an inquest has heard.\n\n' +
          "Recording a narrative conclusion at Pontypridd Coroner's Court on Wednesday, the assistant coroner said the march should have been stopped when temperatures passed 27C.",
      ),
    ).toEqual([]);
  });
  it('still reads the march of a crowd that protested', () => {
    expect(
      kinds(
        'Families march on Ministry of Defence\n\n' +
          'About 300 relatives of reservists who died in training marched to the Ministry of Defence in London on Wednesday to demand an inquiry.\n\n' +
          'Organisers said the march was the largest of its kind.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a strike and a march called, or said to be coming', () => {
  it('reads a march called with a general strike, and demonstrations a union said it would hold, as still to come', () => {
    expect(
      kinds(
        "The country's main labour federation on Monday called a 24-hour general strike and a march on parliament for May 20, after talks with the government over pension cuts broke down.",
      ),
    ).toEqual([]);
    // (not even as a past event: the demonstrations have not been held)
    const union =
      "Teachers' unions in Kenya said on Tuesday they would down tools and hold demonstrations in Nairobi from Monday unless the government paid arrears owed since July.";
    expect(briefArticle({ text: union, origin: 'text' }, { published: PUB }).incidents).toEqual([]);
  });
  it('still reads the march of a strike that was held, and a sit-in held after such a call', () => {
    expect(
      kinds(
        'Tens of thousands of workers marched on Congress in Buenos Aires on Wednesday as a 24-hour general strike called by the CGT shut ports, banks and public transport.',
      ),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'Teachers in Nairobi staged a sit-in outside the education ministry on Monday, days after their union said they would down tools and hold demonstrations until arrears were paid.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('a protest made by an act of office', () => {
  it('reads no demonstration in a resignation, a walkout from a session, a boycott or a return of honours', () => {
    for (const text of [
      'The health minister resigned on Monday in protest at cuts to the hospital budget.',
      "Opposition MPs walked out of parliament on Tuesday in protest at the speaker's ruling.",
      'Opposition lawmakers boycotted the vote on Tuesday in protest against the bill.',
      "Diplomats from a dozen countries walked out of the UN Human Rights Council in Geneva on Monday as Iran's foreign minister began his speech, in protest at the execution of protesters.",
      'The novelist returned her state medal on Friday in protest at the jailing of journalists.',
    ])
      expect(kinds(text)).toEqual([]);
  });
  it('still reads workers who walked out, and a crowd that gathered as a minister resigned', () => {
    expect(
      kinds('Workers at the Ford plant walked out on Tuesday in protest at the sacking of a union leader.'),
    ).toEqual(['Peaceful protest']);
    expect(
      kinds(
        'The minister resigned on Monday as thousands gathered outside parliament in protest at the cuts.',
      ),
    ).toEqual(['Peaceful protest']);
  });
});

describe('an anniversary march told after the old killing it marks', () => {
  it("keeps the march current on the day the story tells, not on the killing's day", () => {
    const told = current(
      'Marikana anniversary march broken up\n\n' +
        'Ten years after police shot dead 34 miners at Marikana, the anniversary was marked today by a march of hundreds of mineworkers to the koppie.\n\n' +
        'Police broke up the march with tear gas and rubber bullets, and six people were injured, a police spokesperson said.\n\n' +
        'The miners were killed on August 16, 2012, during a wildcat strike at the Lonmin platinum mine near Rustenburg.',
      '2022-08-16',
    );
    expect(told.map((i) => [i.subType, i.date])).toEqual([['Protest with intervention', '2022-08-16']]);
  });
});
