/** Dates: event-anchored relatives, weekdays looking ahead or back, months without a year, durations. */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';

// 2025-05-14 is a Wednesday
const brief = (text: string, published: string | undefined = '2025-05-14') =>
  briefArticle({ text, origin: 'text' }, published ? { published } : {});
const dateOf = (text: string, expr: string, published?: string) =>
  brief(text, published).dates.find((d) => d.text.toLowerCase() === expr.toLowerCase());
const isoOf = (text: string, expr: string, published?: string) => dateOf(text, expr, published)?.iso;

describe('event-anchored relatives', () => {
  it('counts "a day after the blast" from the day of the event it names, not the day told last', () => {
    const text =
      'Published: 14 May 2025\n\nFive police officers were killed when rebels triggered a bomb under their vehicle on Monday afternoon.\n\nOn Tuesday evening, a pamphlet signed by the rebels said they had carried out the attack.\n\nA day after the blast, troops shot dead three rebels in a gunfight.';
    expect(isoOf(text, 'A day after')).toBe('2025-05-13');
    // control: a noun that names no violent event and no dated sentence leaves the day told last
    expect(
      isoOf(
        'Rebels attacked the village on Monday. Police arrested two men on Tuesday.\n\nA day after the funeral, troops shot dead three rebels.',
        'A day after',
      ),
    ).toBe('2025-05-14');
  });
  it('counts "two days later" from the last dated event, at day precision, and says so', () => {
    const d = dateOf(
      'Rebels attacked the village of Karo on Monday. Two days later, the army retook the village.',
      'Two days later',
    );
    expect(d?.iso).toBe('2025-05-14');
    expect(d?.precision).toBe('day');
    expect(d?.resolvedFrom).toContain('on Monday (2025-05-12)');
  });
  it('reads "the following day", "the next day", "the same day" and "the previous day"', () => {
    const text =
      'Gunmen stormed a bank in Lomé on Friday. The following day, police arrested four men. A second raid was foiled the same day. The previous day, guards had reported a stolen van.';
    const b = brief(text);
    const iso = (t: string) => b.dates.find((d) => d.text.toLowerCase() === t)?.iso;
    expect(iso('on friday')).toBe('2025-05-09');
    expect(iso('the following day')).toBe('2025-05-10');
    expect(iso('the same day')).toBe('2025-05-10');
    expect(iso('the previous day')).toBe('2025-05-09');
    expect(isoOf('Floods hit the town on Monday. The next day the river fell.', 'the next day')).toBe(
      '2025-05-13',
    );
  });
  it('reads "a day after <event>" after a dated main clause as the day before that date', () => {
    expect(
      isoOf(
        'A clerk was denied bail on Tuesday, a day after police arrested two more suspects.',
        'a day after',
      ),
    ).toBe('2025-05-12');
  });
  it('counts a relative from the month or year its own sentence names first, at that precision', () => {
    const text =
      'Fishermen found the nets cut off Mombasa on Monday. In March 2019, two days after the vote, a mob burned a tally centre in Kilifi.';
    const d = dateOf(text, 'two days after');
    expect(d?.iso).toBe('2019-03');
    expect(d?.precision).toBe('month');
    // (a count of months from a month still moves it)
    expect(
      isoOf(
        'Rebels took the port of Mocimboa in June 2021, and the following month troops retook it.',
        'the following month',
      ),
    ).toBe('2021-07');
    // (a relative with no time of its own sentence still counts from the story's last day)
    expect(
      isoOf(
        'Fishermen found the nets cut off Mombasa on Monday. Two days later, a mob burned a tally centre in Kilifi.',
        'two days later',
      ),
    ).toBe('2025-05-14');
  });
  it('counts "days after that <event>" from the time the sentence before gave that event, at its precision', () => {
    const text =
      'The ferry service resumes today, 14 months after the old pier collapsed. Only days after that collapse, militiamen shelled the harbour office in Kalemie.';
    expect(isoOf(text, 'days after', '2026-01-21')).toBe('2024-11');
    expect(brief(text, '2026-01-21').incidents.map((i) => [i.date, i.background])).toEqual([
      ['2024-11', true],
    ]);
    // (a day told in the sentence before stays the day it counts from)
    expect(
      isoOf(
        'Rebels attacked the village of Karo on Monday. Two days after that raid, the army retook it.',
        'Two days after',
      ),
    ).toBe('2025-05-14');
  });
  it('keeps an event told "a day after" another in a past month in that month, as background', () => {
    const text =
      'Gunmen attacked a bus in Mombasa on Tuesday, killing four.\n\nGovernment jets first bombed Misrata in March 2011, a day after a rebel mortar hit a police station in Zliten and killed two officers.';
    const b = brief(text);
    expect(b.incidents.map((i) => [i.place, i.date?.slice(0, 10), i.background])).toEqual([
      ['Mombasa', '2025-05-13', false],
      ['Zliten', '2011-03', true],
    ]);
  });
  it('reads "The strike came two days after <event>" from the strike told earlier', () => {
    const text =
      'A drone hit a fuel depot near the city on Tuesday, officials said. The army said on Wednesday that it had been warned. The strike came two days after rebels shot down a helicopter over the hills.';
    expect(isoOf(text, 'two days after')).toBe('2025-05-11');
  });
  it('counts "24 hours earlier" from a timed event at day precision', () => {
    const d = dateOf(
      'A rocket hit the base at 1:40 a.m. on Friday. Sirens had sounded 24 hours earlier in the same area.',
      '24 hours earlier',
    );
    expect(d?.iso).toBe('2025-05-08');
    expect(d?.precision).toBe('day');
  });
  it('gives "about a year later" year precision and "six months later" month precision', () => {
    expect(
      dateOf('The mine opened in March 2019. About a year later it was flooded.', 'About a year later')?.iso,
    ).toBe('2020');
    const d = dateOf('A truce that began in April 2022 lapsed six months later.', 'six months later');
    expect(d?.iso).toBe('2022-10');
    expect(d?.precision).toBe('month');
  });
  it('reads "a week later" at day precision and "the previous week" as its month', () => {
    const text =
      'Protesters gathered in the capital on 3 March 2024. A week later, parliament passed the bill. The previous week, the senate had delayed it.';
    expect(dateOf(text, 'A week later')).toMatchObject({ iso: '2024-03-10', precision: 'day' });
    expect(dateOf(text, 'The previous week')).toMatchObject({ iso: '2024-03', precision: 'month' });
  });
  it('reads vague counts at a coarser precision ("days later", "hours after the attack")', () => {
    const text = 'Militants attacked a convoy on 3 March 2024. Days later, the road reopened.';
    expect(dateOf(text, 'Days later')).toMatchObject({ iso: '2024-03', precision: 'month' });
    const t2 = 'Militants attacked a convoy on 3 March 2024. Hours after the attack, the road reopened.';
    expect(dateOf(t2, 'Hours after')).toMatchObject({ iso: '2024-03-03', precision: 'day' });
  });
  it('does not anchor to a day that only ends an earlier event ("continued into Tuesday")', () => {
    const text =
      'Fighting broke out at dawn on Monday. Shelling continued through the day and into Tuesday. Two days later, the militia withdrew.';
    expect(isoOf(text, 'Two days later')).toBe('2025-05-14');
  });
  it('does not anchor to the day a claim was made', () => {
    const text =
      'A missile struck a tanker on Thursday. The rebels claimed the attack on Friday. The following day, a frigate shot down a drone.';
    expect(isoOf(text, 'The following day')).toBe('2025-05-09');
  });
  it("does not count from the page's stamp once the story has gone back years before it", () => {
    const review =
      "BOOKS\n\nReview: a soldier's memoir\n\nBy Ruth Evans\n1 December 2026\n\nJames Carter was a lieutenant when his platoon was ambushed in Helmand in 2009. Two of his men were killed in a firefight that lasted four hours.\n\nHis memoir is built around that day, but it ranges across his two tours in Afghanistan.";
    expect(isoOf(review, 'that day', '2026-12-01')).toBeUndefined();
    // control: a stamp with no older time told after it is still the day "later that day" counts from
    expect(
      isoOf(
        'Published: 14 May 2025\n\nRiot police fired tear gas at students in the capital. Later that day, the students marched to parliament.',
        'Later that day',
      ),
    ).toBe('2025-05-14');
  });
  it('leaves a relative unresolved when nothing is dated before it', () => {
    const b = brief('Two days later, the army retook the village.');
    expect(b.dates.find((d) => /two days later/i.test(d.text))).toBeUndefined();
    expect(b.unresolvedDates).toContain('Two days later');
  });
});

describe('a part of the day followed by what came before it', () => {
  it('reads "in the evening after talks" as no day after, and one event on its day', () => {
    const text =
      'Market traders in Kisumu shut their stalls on Monday and staged a sit-in outside the county offices over new levies. The protesters left in the evening after a meeting with the governor.';
    expect(brief(text).dates.map((d) => d.iso)).toEqual(['2025-05-12']);
    expect(
      brief(text)
        .incidents.filter((i) => !i.background)
        .map((i) => i.date?.slice(0, 10)),
    ).toEqual(['2025-05-12']);
  });
  it('still reads "the morning after" a dated event as the next day (control)', () => {
    expect(
      isoOf(
        'Dockers in Mombasa downed tools on Monday. The morning after the walkout, police arrested nine pickets.',
        'the morning after',
      ),
    ).toBe('2025-05-13');
  });
});

describe('weekdays', () => {
  it('reads the weekday of a habit, "every Saturday", as no date, and keeps the weekday of one day', () => {
    const text =
      'Every Saturday for a year, people have marched through the city. Each Friday night the square fills again.';
    expect(brief(text).dates.map((d) => d.text)).toEqual([]);
    expect(isoOf('People marched through the city on Saturday.', 'on Saturday')).toBe('2025-05-10');
  });
  it('puts a bare weekday in past-tense reporting on the most recent one (the day itself when it matches)', () => {
    expect(isoOf('Police arrested 12 people on Monday.', 'on Monday')).toBe('2025-05-12');
    expect(isoOf('Police arrested 12 people on Wednesday.', 'on Wednesday')).toBe('2025-05-14');
    expect(isoOf('Police arrested 12 people on Thursday.', 'on Thursday')).toBe('2025-05-08');
  });
  it('puts a weekday in a clause that looks ahead on the coming one', () => {
    expect(isoOf('The minister will travel to Accra on Friday.', 'on Friday')).toBe('2025-05-16');
    expect(isoOf('The agency said the plan would be launched on Monday.', 'on Monday')).toBe('2025-05-19');
    expect(isoOf('The vote is scheduled to take place on Saturday.', 'on Saturday')).toBe('2025-05-17');
    expect(isoOf('The ship is due to dock in Mombasa on Tuesday.', 'on Tuesday')).toBe('2025-05-20');
  });
  it('puts a weekday after a scheduled act told in the present tense on the coming one, the past tense on the last', () => {
    expect(isoOf('The book fair in Accra closes on Saturday, its organisers said.', 'on Saturday')).toBe(
      '2025-05-17',
    );
    expect(isoOf('The hearing of the three defendants resumes on Tuesday.', 'on Tuesday')).toBe('2025-05-20');
    expect(isoOf('The hearing of the three defendants resumed on Tuesday.', 'on Tuesday')).toBe('2025-05-13');
    expect(isoOf('The council, which meets on Friday, has not said.', 'on Friday')).toBe('2025-05-16');
  });
  it('reads "next Tuesday" as strictly after the publication day and "last Wednesday" strictly before', () => {
    expect(isoOf('Talks between the two sides resume next Tuesday, the mediator said.', 'next Tuesday')).toBe(
      '2025-05-20',
    );
    expect(
      isoOf('Talks between the two sides resume next Wednesday, the mediator said.', 'next Wednesday'),
    ).toBe('2025-05-21');
    expect(
      isoOf('The talks between the two sides collapsed last Wednesday, the mediator said.', 'last Wednesday'),
    ).toBe('2025-05-07');
  });
  it('puts a weekday that ends or opens a span ("by Monday", "from Thursday") in a sentence of what is to come on the coming one', () => {
    expect(
      isoOf('The group says it will publish the files unless a ransom is paid by Monday.', 'Monday'),
    ).toBe('2025-05-19');
    expect(isoOf('Unions called an indefinite transport strike from Thursday.', 'Thursday')).toBe(
      '2025-05-15',
    );
    // (a span told as over, or a sentence with no look ahead, keeps the last week's)
    expect(isoOf('Rebels had taken the town by Friday.', 'Friday')).toBe('2025-05-09');
  });
  it('takes "today" in a quote as the day it was said', () => {
    const text = '"What happened today is a disgrace," the mayor told reporters on Monday evening.';
    expect(isoOf(text, 'today')).toBe('2025-05-12');
  });
  it('ignores lower-case abbreviations that chrono reads as weekdays ("sat")', () => {
    expect(
      brief('The judge sat in silence as the verdict was read on Tuesday.').dates.map((d) => d.text),
    ).toEqual(['on Tuesday']);
  });
});

describe('months without a year, durations', () => {
  it('puts a month without a year in the past unless the clause looks ahead', () => {
    expect(isoOf('Prices rose in March, the agency said.', 'March', '2024-10-09')).toBe('2024-03');
    expect(isoOf('Prices rose in November, the agency said.', 'November', '2024-10-09')).toBe('2023-11');
    expect(isoOf('The plant will open in March, the firm said.', 'March', '2024-10-09')).toBe('2025-03');
    expect(isoOf('Belgium holds the presidency until June.', 'June', '2024-02-27')).toBe('2024-06');
  });
  it('keeps a later month in the year when its verb looks ahead, but not in a plan told of a past year', () => {
    expect(isoOf('The ferry firm said it would resume sailings in November.', 'November', '2024-10-09')).toBe(
      '2024-11',
    );
    expect(
      isoOf('The licence, which runs out in December, covers two wells.', 'December', '2024-10-09'),
    ).toBe('2024-12');
    expect(
      isoOf('The council will raise parking fees by a third from July, it said.', 'July', '2024-06-20'),
    ).toBe('2024-07');
    // controls: told in the past, or a plan reported from a past year
    expect(isoOf('The ferry firm resumed sailings in November.', 'November', '2024-10-09')).toBe('2023-11');
    expect(
      isoOf('In 2019 the firm said it would resume sailings in November.', 'November', '2024-10-09'),
    ).toBe('2023-11');
    // a modal looking ahead never pushes a month already past into the next year
    expect(isoOf('The firm said the new line would open in March.', 'March', '2024-10-09')).toBe('2024-03');
  });
  it('reads "on December 31" in a reported past plan as the last one', () => {
    const text = 'Last year the president said the mission would end on December 31.';
    expect(isoOf(text, 'December 31', '2022-04-08')).toBe('2021-12-31');
  });
  it('does not read durations or the nouns "march" and "may" as dates', () => {
    const text =
      'Some families have been on their roofs for three days. The fire was put out within about 90 minutes. The fight lasted more than three hours before help came. The march may go ahead on Sunday.';
    expect(brief(text).dates.map((d) => d.text)).toEqual(['on Sunday']);
  });
});

describe('publication date', () => {
  const body =
    'Gunmen attacked a police checkpoint late on Monday, killing two officers, police said. It was the third attack on the post since May 2, 2024, officials said.';
  it('takes the article date-time, then the option, before anything in the text', () => {
    const b = briefArticle({ text: body, origin: 'text', published: '2024-07-01T09:30:00+05:00' }, {});
    expect(b.published).toBe('2024-07-01');
    expect(briefArticle({ text: body, origin: 'text' }, { published: '2024-06-20' }).published).toBe(
      '2024-06-20',
    );
  });
  it('reads the dateline date, taking its year from the latest full date, and says so', () => {
    const b = briefArticle({ text: `PESHAWAR, Pakistan, June 18 (Newsdesk) - ${body}`, origin: 'text' }, {});
    expect(b.published).toBe('2024-06-18');
    expect(b.notes?.join(' ')).toContain('dateline');
    expect(b.dates.find((d) => d.text === 'late on Monday' || d.text === 'on Monday')?.iso).toBe(
      '2024-06-17',
    );
  });
  it('falls back to the latest full date in the text, and says it is a guess', () => {
    const b = briefArticle({ text: body, origin: 'text' }, {});
    expect(b.published).toBe('2024-05-02');
    expect(b.notes?.join(' ')).toContain('latest full date');
  });
  it("takes the byline's date, or a stamp inside a head line, before an older date the story tells", () => {
    const story = 'On June 14, 1982, the war ended. Veterans met on Saturday to remember it.';
    const read = (head: string) =>
      briefArticle({ text: `Remembering the war\n\n${head}\n\n${story}`, origin: 'text' }, {}).published;
    expect(read('By Tom Edwards | History | 4 May 2026')).toBe('2026-05-04');
    expect(read('Explainer | Published 22 March 2026')).toBe('2026-03-22');
    expect(read('By Myanmar Now | April 9, 2026')).toBe('2026-04-09');
    expect(read('By Tom Edwards | History')).toBe('1982-06-14');
  });
  it('reads an ambiguous numeric stamp in the page\'s house style: day first beside "2 July" or "14h30"', () => {
    const read = (head: string, story: string) =>
      briefArticle({ text: `Gunmen attack convoy\n\n${head}\n\n${story}`, origin: 'text' }, {}).published;
    const story = 'Gunmen attacked a convoy on Tuesday, killing two soldiers, the army said.';
    expect(read('Publié le 02/07/2026 à 14h30', story)).toBe('2026-07-02');
    expect(read('Published 02/07/2026', `${story} The last attack was on 30 June.`)).toBe('2026-07-02');
    expect(read('Published 02/07/2026', `${story} The last attack was on January 30.`)).toBe('2026-02-07');
    expect(read('Published 02/07/2026', story)).toBe('2026-02-07');
  });
});

describe('numbers that are not clock times', () => {
  it('reads no time in "from 10 percent" or "from 5 to 7 units", and keeps the day of "at 10 on Friday"', () => {
    const b = brief(
      'The bank raised the rate to 12 percent from 10 percent on Monday. Output rose from 5 to 7 units. The vote will take place at 10 on Friday. Yields fell to 9.30 percent.',
    );
    expect(b.dates.map((d) => [d.text, d.iso])).toEqual([
      ['on Monday', '2025-05-12'],
      ['on Friday', '2025-05-16'],
    ]);
    expect(b.numbers.filter((n) => n.noun === 'percent').map((n) => n.value)).toEqual([12, 10, 9.3]);
  });
  it('keeps real times: a.m./p.m., minutes, a zone, or "local time" after a bare hour', () => {
    const b = brief(
      'At 3 a.m. thousands of people fled. Shops shut at 9.30 on Tuesday. The curfew starts at 22:00 GMT. Sirens sounded at 5 local time on Monday.',
    );
    expect(b.dates.filter((d) => d.precision === 'time').map((d) => d.iso)).toEqual([
      '2025-05-14T03:00',
      '2025-05-13T09:30',
      '2025-05-13T22:00Z', // a bare time takes the day of the event told before it; GMT is Z
      '2025-05-12T05:00',
    ]);
  });
});

describe('weekdays in reported plans', () => {
  it('reads "said she would file … on Monday" as the coming Monday, but not a past event inside the clause', () => {
    expect(
      isoOf(
        "The lawyer said she would file a complaint with the Public Prosecutor's Office on Monday.",
        'on Monday',
      ),
    ).toBe('2025-05-19');
    expect(
      isoOf(
        'Officials said they would investigate the attack that killed three people on Monday.',
        'on Monday',
      ),
    ).toBe('2025-05-12');
  });
  it('reads "would appear before a judge on Monday" as the coming Monday, and a past clause after "before" as past', () => {
    expect(
      isoOf(
        'The nine dockers held overnight would appear before a district judge on Monday, their union said.',
        'on Monday',
      ),
    ).toBe('2025-05-19');
    // control: "before" that opens a clause of its own, told in the past
    expect(
      isoOf('The guards said they would leave before the crowd stormed the depot on Monday.', 'on Monday'),
    ).toBe('2025-05-12');
  });
});

describe('a local time restated in GMT', () => {
  // 2025-05-14 is a Wednesday
  const at = (text: string, time: string) => brief(text).dates.find((d) => d.text.includes(time))?.iso;
  it('counts "the following evening" from the evening whose night ran to midnight', () => {
    const text =
      'Police fired water cannon at protesters on Rustaveli Avenue on Monday evening. The clashes began at 11 p.m. and went on until midnight.\n\nThe following evening, a peaceful march drew thousands in Batumi.';
    expect(isoOf(text, 'The following evening')).toBe('2025-05-13');
  });
  it('counts "the following day" from the local time, not from its restatement in GMT on the next day', () => {
    const text =
      'Gunmen burst into a bar late on Sunday. They arrived at around 11:40 p.m. (05:40 GMT Monday) and opened fire.\n\nThe following day, soldiers came under fire near the town.';
    expect(isoOf(text, 'The following day')).toBe('2025-05-12');
  });
  it('takes the day told after a bracketed restatement of the time as the day of the local time', () => {
    expect(
      at('The convoy was ambushed at about 9pm local time (1800 GMT) on Monday.', '9pm')?.slice(0, 10),
    ).toBe('2025-05-12');
    expect(at('Shelling resumed at 10:15 (0815 GMT) on Sunday.', '10:15')?.slice(0, 10)).toBe('2025-05-11');
  });
  it('moves the local time across midnight from the day of its GMT restatement, and keeps that one as told', () => {
    const text = 'The first blast was heard at about 1:30 a.m. local time (2230 GMT on Monday).';
    expect(at(text, '1:30 a.m.')?.slice(0, 10)).toBe('2025-05-13');
    expect(at(text, '2230 GMT')).toBe('2025-05-12T22:30Z');
    expect(
      at('Looting began at 9:30 pm local time (0030 GMT Tuesday), residents said.', '9:30 pm')?.slice(0, 10),
    ).toBe('2025-05-12');
    // control: both clocks on the same day
    expect(
      at(
        'The first blast was heard at about 11:30 p.m. local time (2030 GMT on Monday).',
        '11:30 p.m.',
      )?.slice(0, 10),
    ).toBe('2025-05-12');
  });
});

describe('weekdays read by the tense of the verb that governs them', () => {
  // 2025-05-14 is a Wednesday: a coming weekday falls after it, a past one before it
  it('reads a modal verb group as looking ahead, also through "and" and a quote, but not a modal perfect', () => {
    expect(
      isoOf(
        'Organisers said the relay would be moved indoors and held at the Nkrumah stadium on Saturday.',
        'on Saturday',
      ),
    ).toBe('2025-05-17');
    expect(isoOf('Fans can collect their tickets at the box office on Friday.', 'on Friday')).toBe(
      '2025-05-16',
    );
    expect(
      isoOf('The coach said his side would "rest and go back to basics" on Thursday.', 'on Thursday'),
    ).toBe('2025-05-15');
    // controls: what might have been, and a past tense
    expect(isoOf('The ferry could have sunk on Friday, the captain admitted.', 'on Friday')).toBe(
      '2025-05-09',
    );
    expect(isoOf('Organisers said the relay was moved indoors on Saturday.', 'on Saturday')).toBe(
      '2025-05-10',
    );
  });
  it('reads a present tense after its subject and a present progressive as looking ahead', () => {
    expect(isoOf('The inquiry into the dam collapse reopens on Monday.', 'on Monday')).toBe('2025-05-19');
    expect(isoOf('Farmers are driving their tractors into the capital on Sunday.', 'on Sunday')).toBe(
      '2025-05-18',
    );
    // control: a plural noun the tagger may read as a verb, before the clause's own verb
    expect(isoOf('Later bulletins on Monday gave a lower toll.', 'on Monday')).toBe('2025-05-12');
  });
  it('reads a weekday in the subject by the verb group after it, and a phrasal verb the tagger took for a noun', () => {
    expect(isoOf('A hearing on Thursday is expected to decide the case.', 'on Thursday')).toBe('2025-05-15');
    expect(isoOf('The funeral on Friday will be attended by the president.', 'on Friday')).toBe('2025-05-16');
    expect(isoOf('Police said that a rally on Saturday will go ahead.', 'on Saturday')).toBe('2025-05-17');
    expect(isoOf("Thursday's vote is scheduled to open at 8am.", 'Thursday')).toBe('2025-05-15');
    expect(isoOf('The match kicks off on Saturday at the national stadium.', 'on Saturday')).toBe(
      '2025-05-17',
    );
    // controls: the day something was said, a past or present verb after the subject, a verb before the date
    expect(isoOf('Police said on Thursday that a hearing is expected next month.', 'on Thursday')).toBe(
      '2025-05-08',
    );
    expect(isoOf('A vigil on Sunday drew hundreds of mourners.', 'on Sunday')).toBe('2025-05-11');
    expect(isoOf('The attack on Sunday comes after a week of clashes.', 'on Sunday')).toBe('2025-05-11');
    expect(isoOf('Rebels who attacked the town on Sunday will face trial.', 'on Sunday')).toBe('2025-05-11');
    expect(isoOf('The men arrested on Monday are expected to appear in court.', 'on Monday')).toBe(
      '2025-05-12',
    );
  });
  it('keeps the past day of a violent event in the subject, though its verb group looks ahead', () => {
    expect(isoOf('The attack on Sunday is expected to fuel tensions.', 'on Sunday')).toBe('2025-05-11');
    expect(isoOf("Sunday's deadly blast will deepen the crisis.", 'Sunday')).toBe('2025-05-11');
    expect(isoOf('The raid in Jenin on Monday is expected to draw a response.', 'on Monday')).toBe(
      '2025-05-12',
    );
    expect(
      isoOf(
        'Four people were killed in an air strike. The strike on Sunday is expected to fuel tensions.',
        'on Sunday',
      ),
    ).toBe('2025-05-11');
    // controls: a scheduled event, and a strike in a text of no violence (a stoppage of work)
    expect(isoOf('The summit on Sunday is expected to fuel tensions.', 'on Sunday')).toBe('2025-05-18');
    expect(
      isoOf('The strike on Thursday is expected to shut schools across the country.', 'on Thursday'),
    ).toBe('2025-05-15');
  });
  it('reads a to-infinitive by the verb before "to"', () => {
    expect(isoOf('The union plans to walk out on Thursday.', 'on Thursday')).toBe('2025-05-15');
    expect(isoOf('The envoy is expected to land in Dakar on Thursday.', 'on Thursday')).toBe('2025-05-15');
    // controls: a past verb of purpose, a perfect infinitive
    expect(isoOf('Hundreds gathered outside the ministry to protest on Thursday.', 'on Thursday')).toBe(
      '2025-05-08',
    );
    expect(isoOf('The pilot is believed to have ejected on Thursday.', 'on Thursday')).toBe('2025-05-08');
  });
  it('reads "for <weekday>" as the day something is set for, but not a day\'s own event', () => {
    expect(isoOf("The drivers' association has called a stoppage for Thursday.", 'Thursday')).toBe(
      '2025-05-15',
    );
    expect(isoOf('The transport board set the appeal hearing for Monday.', 'Monday')).toBe('2025-05-19');
    // controls: the day the call was made, a day's own event
    expect(isoOf("The drivers' association called a stoppage on Thursday.", 'on Thursday')).toBe(
      '2025-05-08',
    );
    expect(isoOf("No group has claimed responsibility for Sunday's blast.", 'Sunday')).toBe('2025-05-11');
  });
  it('gives no forward reading across an apposition or an event told before', () => {
    expect(
      isoOf('Shares would list at 40 rand, a discount to the closing price on Monday.', 'on Monday'),
    ).toBe('2025-05-12');
    expect(isoOf('The visit comes after a rocket attack on Sunday.', 'on Sunday')).toBe('2025-05-11');
  });
});

describe('a time on a named day', () => {
  it('also lists the day itself, just before the time, and counts "Two days later, on Tuesday" as that Tuesday', () => {
    const b = brief(
      'Gunmen attacked the post at around 6 p.m. local time on Saturday. The army took the town on Sunday.\n\nOfficials met in the capital.\n\nMore talks followed.\n\nThe governor spoke.\n\nA court sat.\n\nThe market reopened.\n\nSchools closed.\n\nTwo days later, on Tuesday, a jet bombed a village.',
    );
    expect(b.dates.map((d) => [d.text, d.iso, d.precision])).toEqual([
      ['Saturday', '2025-05-10', 'day'],
      ['6 p.m. local time on Saturday', '2025-05-10T18:00', 'time'],
      ['on Sunday', '2025-05-11', 'day'],
      ['Two days later', '2025-05-13', 'day'],
      ['on Tuesday', '2025-05-13', 'day'],
    ]);
  });
  it('reads no time in a game clock or in "For three quarters on Saturday night"', () => {
    const b = brief('For three quarters on Saturday night, the team led. He went down with 1:50 left.');
    expect(b.dates.map((d) => [d.text, d.iso])).toEqual([['on Saturday night', '2025-05-10']]);
  });
});

describe('anchors for relatives: the story line, not dates told in passing', () => {
  it('skips a date in a relative clause about a witness and reaches back to the raid', () => {
    const b = brief(
      'Militiamen raided the market town of Sagu on Monday, burning stalls.\n\nThe clinic took in 40 wounded on Monday, nurses said.\n\nA.\n\nB.\n\nC.\n\nD.\n\nAmina Bello, a trader who reached the river crossing on Tuesday, said she lost everything.\n\nE.\n\nThe following day, mortar rounds struck the clinic.',
    );
    expect(b.dates.find((d) => d.text === 'The following day')?.iso).toBe('2025-05-13');
  });
  it('skips back-story under a speech verb and a statement read on television', () => {
    const b = brief(
      'Gunmen ambushed a fuel convoy near Doro on Sunday. The army said in a statement read on state radio on Monday evening that it had repelled the attack. The mayor said villagers had buried six drivers on Monday morning. Two days later, jets struck a camp near Doro.',
    );
    expect(b.dates.find((d) => d.text === 'Two days later')?.iso).toBe('2025-05-13');
  });
  it('counts "came two days after" back from the overnight raid time, not from its zone restatement', () => {
    const b = brief(
      'Blasts shook the port from about 1:30 a.m. local time (2230 GMT on Tuesday), witnesses said. The raid came two days after drones hit a depot.',
    );
    const gmt = b.dates.find((d) => d.text === '2230 GMT on Tuesday');
    expect(gmt?.precision).toBe('time');
    expect(gmt?.iso).toBe('2025-05-13T22:30Z');
    expect(b.dates.find((d) => d.text === 'two days after')?.iso).toBe('2025-05-12');
    expect(b.numbers.some((n) => n.value === 2230)).toBe(false);
  });
  it('knows a second wire item on the page by its own dateline: its date is the day of filing', () => {
    const text =
      'Two militants killed in encounter\n\nSRINAGAR, May 14 (PTI) Two militants were killed in an encounter on Wednesday, officials said.\n\nA.\n\nB.\n\nC.\n\nD.\n\nTroops open fire in Poonch\n\nJAMMU, May 14 (PTI) Pakistani troops fired mortar shells at Indian posts in Poonch on Tuesday evening, injuring a villager, officials said.';
    const inc = brief(text).incidents.find((i) => /Poonch/.test(i.place ?? ''));
    expect(inc?.date?.slice(0, 10)).toBe('2025-05-13');
  });
  it('does not count from the wire dateline, and drops a vague "days after" an event told next', () => {
    const b = brief(
      'OSLO, May 14 (Wire) — Lawmakers passed the fishing bill on Tuesday, days after a row over quotas. The vote came three days after the minister resigned.',
    );
    expect(b.dates.find((d) => d.text === 'three days after')?.iso).toBe('2025-05-10');
    expect(b.dates.some((d) => d.text === 'days after')).toBe(false);
  });
});

describe('the day of a time', () => {
  it('takes the last event, not the day a state began ("since Tuesday")', () => {
    const text =
      'Three people were hurt on Friday when guards cleared a camp that farmers had held since Tuesday. The push began at about 6 in the morning.';
    expect(isoOf(text, '6 in the morning')).toBe('2025-05-09T06:00');
    // control: a day the story steps to
    const control =
      'Farmers set up a camp on Tuesday. Three people were hurt on Friday when guards cleared it. The push began at about 6 in the morning.';
    expect(isoOf(control, '6 in the morning')).toBe('2025-05-09T06:00');
  });
});

describe("the page's own dates", () => {
  it('lists the full dates of the byline and stamps first, once, but no clock of a stamp alone nor a caption', () => {
    const text = [
      'Floods cut the coast road',
      'By Staff Reporter | 2 July 2025',
      'Updated 3 July 2025, 10:15 GMT',
      '2 hours ago',
      '',
      'Floods cut the coast road near Tema on Tuesday, officials said, and crews were still clearing mud on Wednesday.',
    ].join('\n');
    const b = brief(text, '2025-07-03');
    // (the stamp's day is kept in the body as its date line, so it is listed once)
    expect(b.dates.map((d) => [d.text, d.iso])).toEqual([
      ['2 July 2025', '2025-07-02'],
      ['3 July 2025', '2025-07-03'],
      ['on Tuesday', '2025-07-01'],
      ['on Wednesday', '2025-07-02'],
    ]);
    expect(b.dates[0].resolvedFrom).toContain('byline');
    const captioned = brief(
      'Floods cut the coast road near Tema on Tuesday, officials said.\n\nMud covers the coast road near Tema, 13 May 2025. (Photo: Kofi Mensah/AFP)',
    );
    expect(captioned.dates.map((d) => [d.text, d.iso])).toEqual([['on Tuesday', '2025-05-13']]);
  });
});

describe('numeric dates', () => {
  it('reads them day first on a page that writes a day first, and as dotted dates', () => {
    const b = brief(
      'The council met on 23/04/2025 and again on 04/05/2025. The levy was raised on 14.03.2025.',
      undefined,
    );
    expect(b.dates.map((d) => d.iso)).toEqual(['2025-04-23', '2025-05-04', '2025-03-14']);
  });
  it('reads them month first on a page that writes the month first', () => {
    const b = brief('The council met on 04/23/2025 and again on 05/04/2025.', undefined);
    expect(b.dates.map((d) => d.iso)).toEqual(['2025-04-23', '2025-05-04']);
  });
  it('reads an ambiguous one as the reading nearer the publication day', () => {
    const text = 'Posted 12/05/2025 - 09:40. Flooding cut the road.';
    expect(isoOf(text, '12/05/2025 - 09:40', '2025-05-13')).toBe('2025-05-12T09:40');
    expect(isoOf(text, '12/05/2025 - 09:40', '2025-12-06')).toBe('2025-12-05T09:40');
  });
});

describe('days looking ahead', () => {
  it('reads "declared Sunday a day of mourning" as the coming Sunday; a bare weekday stays past', () => {
    const b = brief('The governor declared Sunday a day of mourning. Crowds gathered on Sunday.');
    expect(b.dates.map((d) => d.iso)).toEqual(['2025-05-18', '2025-05-11']);
  });
  it('reads a state lasting "until" or "through" a weekday as lasting to the coming one, not one told as over', () => {
    const b = brief(
      'Markets in the old town have been shut until Friday. Gusts are forecast through Sunday. The siege lasted until Monday.',
    );
    expect(b.dates.map((d) => d.iso)).toEqual(['2025-05-16', '2025-05-18', '2025-05-12']);
  });
  it('reads a deadline, "ahead of", and "takes effect" as still to come', () => {
    const b = brief(
      'The campaign needs 50,000 signatures by March 3. Parties are campaigning ahead of elections in February. The tax takes effect on January 1.',
    );
    expect(b.dates.map((d) => d.iso)).toEqual(['2026-03-03', '2026-02', '2026-01-01']);
  });
  it('reads "the night of October 16" at day precision', () => {
    const d = dateOf(
      '"Nobody fired on the night of October 16," the ministry said.',
      'the night of October 16',
    );
    expect(d?.iso).toBe('2024-10-16');
    expect(d?.precision).toBe('day');
  });
  it('reads a part of the day told before its weekday ("by afternoon on Saturday") as that day', () => {
    const b = brief(
      'By afternoon on Saturday the crowd had doubled. They left late in the evening on Sunday.',
    );
    expect(b.dates.map((d) => [d.text, d.iso, d.precision])).toEqual([
      ['afternoon on Saturday', '2025-05-10', 'day'],
      ['the evening on Sunday', '2025-05-11', 'day'],
    ]);
  });
});

describe('anchors: flashbacks, quotes, statement days and the people a story follows', () => {
  it('does not count "the following day" from a flashback, a date inside a quote or the day of a statement', () => {
    const b = brief(
      'A car bomb killed six people in the market of Dura on Monday morning. Officials said the car had been parked there the night before the attack.\n\n"We searched every street we patrolled on Sunday," the police chief said.\n\nIn a statement on Tuesday, the governor said the police had made arrests the following day.',
    );
    expect(b.dates.find((d) => d.text === 'the following day')?.iso).toBe('2025-05-13');
  });
  it('prefers the latest event about the same people over a side event', () => {
    const b = brief(
      'Police in Kora arrested opposition leader Milan Petrov on Sunday. Two aides were detained in Lisa on Monday morning, officials said. A judge ordered Petrov held for a month the following day.',
    );
    expect(b.dates.find((d) => d.text === 'the following day')?.iso).toBe('2025-05-12');
  });
});

describe('overnight spans, times beside a relative day, far anchors, edges of a year', () => {
  it('puts a morning hour told after an evening one on the next day', () => {
    // 2025-05-14 is a Wednesday: Tuesday night into Wednesday morning
    const b = brief(
      'Air defences downed 40 drones over the province between 10 p.m. on Tuesday and 6 a.m., the army said. A warehouse in Dorny caught fire at about 2 a.m., the mayor said.',
    );
    const iso = (t: string) => b.dates.find((d) => d.text === t)?.iso.slice(0, 16);
    expect(iso('10 p.m. on Tuesday')).toBe('2025-05-13T22:00');
    expect(iso('6 a.m.')).toBe('2025-05-14T06:00');
    expect(iso('2 a.m.')).toBe('2025-05-14T02:00');
  });
  it('keeps a morning hour on the same day when the text steps back', () => {
    const b = brief(
      'The siege ended at 9 p.m. on Monday. Earlier, at 8 a.m., the gunmen had freed two guards.',
    );
    expect(b.dates.find((d) => d.text.endsWith('8 a.m.'))?.iso.slice(0, 10)).toBe('2025-05-12');
  });
  it('gives a time the day of "the same day" written beside it, not the publication day', () => {
    const b = brief(
      'Shells hit the village of Orlo at 5 p.m. on Monday, the district chief said.\n\nTroops denied it.\n\n"We did not fire," an officer said.\n\nThe ministry issued a statement.\n\nAround 8 pm Kyiv time the same day, a drone struck a barn near Orlo.',
    );
    const iso = (t: string) => b.dates.find((d) => d.text === t)?.iso.slice(0, 16);
    expect(iso('8 pm')).toBe('2025-05-12T20:00');
    expect(iso('the same day')).toBe('2025-05-12');
  });
  it('does not count "the same evening" from the day two sides traded accusations', () => {
    const b = brief(
      'The two sides accused each other on Wednesday of starting the fire fight, while officials said a drone hit a shed the same evening.\n\nThe fighting began at 7 pm on Tuesday near the dam.\n\nA second drone struck a school the same day, officials said.',
    );
    expect(b.dates.find((d) => d.text === 'the same day')?.iso).toBe('2025-05-13');
  });
  it('counts "the following day" from the story\'s last event even after many undated paragraphs', () => {
    const text = [
      'The central bank of Veloria cut its main rate to 3% on Tuesday.',
      'Economists had expected a smaller cut.',
      'The currency fell 1% against the euro.',
      'Inflation eased in April from March, the statistics office said.',
      'Bank shares dropped.',
      'Bond yields fell to their lowest since January.',
      'Analysts expect more cuts.',
      'Mortgage holders welcomed the move.',
      'The governor will explain the decision at a news conference the following day.',
    ].join('\n\n');
    expect(isoOf(text, 'the following day')).toBe('2025-05-14');
  });
  it("gives a time in past-perfect back-story about the same place the day of the story's event", () => {
    const text = [
      'Soldiers and rebels fought around the village of Tembo on Monday, officials said.',
      'The army said in a statement on Tuesday that it had held its positions.',
      '"We lost two men," an officer said.',
      'Prices rose in the market.',
      'A colonel said the rebels had moved on Tembo at around 5:15 a.m. local time, under the cover of rain.',
    ].join('\n\n');
    expect(
      brief(text)
        .dates.find((d) => d.text.includes('5:15'))
        ?.iso.slice(0, 16),
    ).toBe('2025-05-12T05:15');
  });
  it('counts "two days later" from an event introduced by "came three days after <event>"', () => {
    const text =
      'Parliament passed the budget on Tuesday.\n\nThe vote came three days after the cabinet announced that the finance minister would resign.\n\nA new minister was named, and the president signed the decree two days later.';
    expect(isoOf(text, 'three days after')).toBe('2025-05-10');
    expect(isoOf(text, 'two days later')).toBe('2025-05-12');
  });
  it('counts "the following day" from when a fire "was reported", an event rather than a statement', () => {
    const text =
      'Crews found a burned car on Sunday, the county said.\n\nThe blaze was reported at about 3:10 p.m. on Friday near the quarry.\n\nThe following day, the governor declared an emergency.';
    expect(isoOf(text, 'The following day')).toBe('2025-05-10');
  });
  it('reads "the end of 2023" as December 2023, but a deadline "by the end of 2026" as the year', () => {
    const b = brief(
      'The mission left the country at the end of 2023. The new battalion is to be ready by the end of 2026.',
    );
    const end = b.dates.find((d) => d.text === 'the end of 2023');
    expect(end?.iso).toBe('2023-12');
    expect(end?.precision).toBe('month');
    expect(b.dates.find((d) => d.text.includes('2026'))?.precision).toBe('year');
  });
  it('reads "this morning" as the publication day, not its year', () => {
    const d = dateOf(
      'The toll from the blast in Kherson rose to six this morning, the governor said.',
      'this morning',
    );
    expect(d?.iso).toBe('2025-05-14');
    expect(d?.precision).toBe('day');
    expect(isoOf('Late this afternoon, police cleared the square in Tbilisi.', 'this afternoon')).toBe(
      '2025-05-14',
    );
  });
});

describe('"that year": the year the text named last', () => {
  it('reads a month or day told "that year" in the year named before it, not the publication year', () => {
    const text =
      'Gunmen raided a police post in Quetta on Monday. The region has a long history of such raids. In 2019, militants stormed a market in Turbat. On October 14 that year, a car bomb struck a checkpoint near Kalat. In March of that year, a convoy was ambushed. In 2021, a jail was raided, and in July that same year a bus was hit.';
    const b = brief(text);
    const d = (t: string) => b.dates.find((x) => x.text.toLowerCase() === t.toLowerCase());
    expect(d('October 14 that year')?.iso).toBe('2019-10-14');
    expect(d('October 14 that year')?.resolvedFrom).toContain('2019');
    expect(d('March of that year')?.iso).toBe('2019-03');
    expect(d('July that same year')?.iso).toBe('2021-07');
    expect(b.dates.some((x) => x.iso.startsWith('2024-10') || x.iso.startsWith('2025-03'))).toBe(false);
  });
  it('gives "later that year" the year named before it, and leaves it unresolved when none was named', () => {
    const b = brief('In 2018, the rebels took the town. Later that year, the army retook it.');
    expect(b.dates.find((x) => x.text === 'Later that year')?.iso).toBe('2018');
    const none = brief('The rebels took the town in March. Later that year, the army retook it.');
    expect(none.dates.some((x) => /that year/i.test(x.text))).toBe(false);
  });
  it('reads a weekday in apposition to a full date as that date ("March 3, 2021, a Wednesday")', () => {
    const text =
      'Gunmen attacked a school in Kano on March 3, 2021, a Wednesday, killing four. That evening, they struck again in Zaria.';
    const b = brief(text, '2025-04-25');
    const iso = (t: string) => b.dates.find((d) => d.text.toLowerCase() === t)?.iso;
    expect(iso('wednesday')).toBe('2021-03-03');
    expect(iso('that evening')).toBe('2021-03-03');
    // a weekday that is not the date's own stays the most recent one
    expect(isoOf('Talks ended on March 4, 2021. Monday, the envoy left Kano.', 'Monday', '2025-04-25')).toBe(
      '2025-04-21',
    );
  });
});

describe('named days holding a weekday word', () => {
  it('dates a movable feast by the computus, and a clock time on it to that day', () => {
    // 2025-04-16: Palm Sunday was 2025-04-13, Easter Sunday 2025-04-20
    const b = brief('Rockets struck a street in the town at 9:20 a.m. on Palm Sunday.', '2025-04-16');
    const t = b.dates.find((d) => d.precision === 'time');
    expect(t?.iso.slice(0, 16)).toBe('2025-04-13T09:20');
    expect(isoOf('Gunmen attacked worshippers on Good Friday.', 'Good Friday', '2025-04-22')).toBe(
      '2025-04-18',
    );
    expect(isoOf('The parade went ahead on Easter Monday.', 'Easter Monday', '2025-04-23')).toBe(
      '2025-04-21',
    );
  });
  it('never reads the name as the bare weekday', () => {
    const b = brief('Shoppers crowded the malls on Black Friday and voters queued on Super Tuesday.');
    expect(b.dates.map((d) => d.text)).toEqual([]);
    // Easter Sunday of another year, or far from the report, stays unresolved
    const c = brief('The Easter Sunday bombings of 2019 killed 269 people.');
    expect(c.dates.map((d) => d.iso)).toEqual(['2019']);
    expect(brief('Gunmen attacked worshippers on Palm Sunday.', '2025-08-01').dates).toEqual([]);
  });
  it('keeps reading a plain weekday as before', () => {
    expect(isoOf('Rebels attacked the town on Sunday.', 'on Sunday')).toBe('2025-05-11');
  });
  it('reads "Palm Sunday last year" as that feast a year back, one mention', () => {
    const text = 'Missiles hit the city centre on Palm Sunday last year, killing 35 people.';
    expect(isoOf(text, 'Palm Sunday last year', '2026-05-06')).toBe('2025-04-13');
    expect(brief(text, '2026-05-06').dates.map((d) => d.text)).toEqual(['Palm Sunday last year']);
  });
  it('finds Easter Sunday by the computus', async () => {
    const { easterSunday } = await import('../../src/lib/extract/dates.ts');
    expect(easterSunday(2019)).toEqual({ y: 2019, m: 4, d: 21 });
    expect(easterSunday(2024)).toEqual({ y: 2024, m: 3, d: 31 });
    expect(easterSunday(2025)).toEqual({ y: 2025, m: 4, d: 20 });
    expect(easterSunday(2038)).toEqual({ y: 2038, m: 4, d: 25 });
  });
});

describe('a day and month with the year named after it', () => {
  it('reads "March 17 last year" as one mention of that day a year back, and "next year" ahead', () => {
    expect(isoOf('Riots broke out on March 17 last year.', 'March 17 last year', '2026-03-12')).toBe(
      '2025-03-17',
    );
    expect(isoOf('The talks resume on May 2 next year.', 'May 2 next year', '2026-03-12')).toBe('2027-05-02');
    expect(isoOf('Riots broke out on March 7.', 'March 7', '2026-03-12')).toBe('2026-03-07');
  });
  it('reads "in May last year" as one mention of that month a year back, and a part of a day with it', () => {
    const text =
      'Soldiers burned the market in May last year. On the afternoon of 2 March last year, rebels shelled the port.';
    expect(dateOf(text, 'May last year', '2026-06-20')).toMatchObject({ iso: '2025-05', precision: 'month' });
    expect(isoOf(text, 'the afternoon of 2 March last year', '2026-06-20')).toBe('2025-03-02');
    expect(brief(text, '2026-06-20').dates.map((d) => d.text)).not.toContain('last year');
  });
});

describe('a time after a sentence that told two events on two days', () => {
  it('takes the day of the event whose words it shares, not the last day told', () => {
    const text =
      'Gunmen killed four workers at a car wash in Culiacán on Sunday, and soldiers killed three suspects in a firefight in Navolato the following day.\n\nThe gunmen arrived in two pickup trucks at around 4 p.m. at the car wash and opened fire.';
    expect(isoOf(text, '4 p.m.', '2025-05-14')).toMatch(/^2025-05-11T16:00/);
    // (a time of the firefight stays on the following day)
    const other = text.replace('The gunmen arrived in two pickup trucks', 'The firefight in Navolato began');
    expect(isoOf(other, '4 p.m.', '2025-05-14')).toMatch(/^2025-05-12T16:00/);
  });
});

describe('a weekday told right before a date', () => {
  it('names that date when it falls on it, not the last week’s weekday', () => {
    const text = 'It was a Tuesday evening, August 19 last year, when the gunmen came to the village.';
    expect(isoOf(text, 'Tuesday evening', '2026-05-14')).toBe('2025-08-19');
    // (a weekday the date does not fall on stays the last week's)
    expect(
      isoOf('On Monday evening, August 19 last year, the gunmen came.', 'On Monday evening', '2026-05-14'),
    ).toBe('2026-05-11');
  });
});

describe('"the last day of" a span', () => {
  it('is no day at all, while "last night" stays the night before', () => {
    expect(brief('Troops fired on marchers on the last day of the uprising.').dates).toEqual([]);
    expect(isoOf('Troops fired on marchers last night.', 'last night')).toBe('2025-05-13');
  });
  it('is no day in the plural either: "the last days of the 2021 evacuation" is no yesterday', () => {
    expect(
      brief(
        'Relatives of ten civilians killed in a drone strike in Kabul in the last days of the 2021 evacuation filed a lawsuit.',
      ).dates.map((d) => d.text),
    ).toEqual(['2021']);
    // and the strike they are relatives of is no current event of the lawsuit's days
    expect(
      brief(
        'Relatives of ten civilians killed in a drone strike in Kabul in the last days of the 2021 evacuation filed a lawsuit against the Pentagon on Monday.',
      ).incidents.filter((i) => !i.background),
    ).toEqual([]);
  });
});

describe('a weekday of a year counted back', () => {
  it('reads "on a Saturday morning ten years ago" as that year, not last Saturday', () => {
    const text =
      'On a Saturday morning ten years ago, two suicide bombers blew themselves up outside the railway station in Ankara, killing 103 people.';
    expect(dateOf(text, 'Saturday morning', '2025-10-10')).toMatchObject({ iso: '2015', precision: 'year' });
    expect(brief(text, '2025-10-10').incidents.filter((i) => !i.background)).toEqual([]);
  });
  it("keeps last Saturday when the years counted are another event's", () => {
    expect(
      isoOf(
        'On Saturday morning, two suicide bombers blew themselves up outside the station in Ankara, ten years after a similar attack.',
        'On Saturday morning',
        '2025-10-10',
      ),
    ).toBe('2025-10-04');
  });
});

describe('"so many years ago today"', () => {
  it('is that day of the year, so many years back', () => {
    const text = 'Four years ago today, troops entered the town. A year ago to the day, the bridge reopened.';
    expect(dateOf(text, 'Four years ago today', '2026-04-08')).toMatchObject({
      iso: '2022-04-08',
      precision: 'day',
    });
    expect(dateOf(text, 'A year ago to the day', '2026-04-08')).toMatchObject({
      iso: '2025-04-08',
      precision: 'day',
    });
  });
  it('keeps "four years ago" alone a year (control)', () => {
    expect(dateOf('Four years ago, troops entered the town.', 'Four years ago', '2026-04-08')).toMatchObject({
      iso: '2022',
      precision: 'year',
    });
  });
});

describe('a night told by its two dates, and a GMT restatement written with a dot', () => {
  it('reads "the night of 13 to 14 January" as the first day of the night', () => {
    expect(
      dateOf(
        'Drones struck the depot on the night of 13 to 14 January, the army said.',
        'the night of 13 to 14 January',
        '2026-01-15',
      ),
    ).toMatchObject({ iso: '2026-01-13', precision: 'day' });
  });
  it('moves a local time to the next day when its GMT restatement, "22.00 GMT on Tuesday", is the evening before', () => {
    expect(
      isoOf(
        'The governor said shortly after 2 a.m. local time (22.00 GMT on Tuesday) that drones were attacking.',
        '2 a.m.',
        '2026-01-15',
      ),
    ).toMatch(/^2026-01-14T02:00/);
    // (control: a restatement on the same day leaves the day alone)
    expect(
      isoOf(
        'The governor said at 2 p.m. local time (10.00 GMT on Tuesday) that drones were attacking.',
        'at 2 p.m.',
        '2026-01-15',
      ),
    ).toMatch(/^2026-01-13T14:00/);
  });
});

describe('a time that cannot fall in the part of the day the last event names', () => {
  const text = (lead: string) =>
    `${lead}\n\nFive men forced their way into the house shortly before 11 p.m. and led the teacher to a waiting van.`;
  it('belongs to the event told before it that it fits', () => {
    expect(
      isoOf(
        text(
          'Armed men took a teacher from his home in Marawi on the night of January 20, police said, and a ransom was demanded the following morning.',
        ),
        '11 p.m.',
        '2026-01-22',
      ),
    ).toMatch(/^2026-01-20T23:00/);
  });
  it('keeps the last event when the time fits it (control)', () => {
    expect(
      isoOf(
        text(
          'Armed men took a teacher from his home in Marawi on January 20, police said, and forced their way into his brother’s house the following night.',
        ),
        '11 p.m.',
        '2026-01-22',
      ),
    ).toMatch(/^2026-01-21T23:00/);
  });
});

describe('times of a live page after a relative in someone’s words', () => {
  it('keeps the page’s day for the later entries when a quote says "the next night"', () => {
    const text =
      'LIVE | Updated 11:40 Kyiv time, Wednesday 14 May 2025\n\n10:05\nA substation near Lubny was hit by a missile at around 04:10 local time, the grid operator said.\n\n"Every line we fix is a target again the next night," its spokesman told us.\n\n08:30\nResidents of Sumy woke to explosions shortly after 3am.';
    expect(isoOf(text, '08:30')?.slice(0, 10)).toBe('2025-05-14');
    expect(isoOf(text, '3am')?.slice(0, 10)).toBe('2025-05-14');
  });
});

describe('the days heading a timeline page', () => {
  it('reads a weekday alone on its line, in capitals or not, as the day of its section', () => {
    const text =
      'The week on the border: shelling, a raid and a funeral\n\nBy Dana Okafor | Friday\n\nMONDAY\nShells hit a school in Korvel before dawn, officials said.\n\nTuesday, May 13\nA patrol was ambushed near Dravik in the afternoon.';
    expect(isoOf(text, 'MONDAY')).toBe('2025-05-12');
    expect(isoOf(text, 'Tuesday, May 13')).toBe('2025-05-13');
  });
});

describe('a month’s name that begins a place’s name', () => {
  it('reads "August Town" as no date, and "in August" as the month', () => {
    expect(
      brief('Two men were killed in August Town on Tuesday, police said.').dates.some((d) =>
        /August/.test(d.text),
      ),
    ).toBe(false);
    expect(isoOf('The talks in August brought nothing.', 'August')).toBe('2024-08');
  });
});
