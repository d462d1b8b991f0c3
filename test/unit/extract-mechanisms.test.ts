/** One short, hand-written text per extraction mechanism (people evidence, roles, organisations, quotes, incidents). */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { genderOfTitle, givenName } from '../../src/lib/extract/names.ts';

const brief = (text: string, published = '2025-05-14') =>
  briefArticle({ text, origin: 'text' }, { published });
const names = (text: string) => brief(text).people.map((p) => p.name);
const roleOf = (text: string, name: string) => brief(text).people.find((p) => p.name === name)?.role ?? null;

describe('people: a run of proper nouns needs person evidence', () => {
  it('knows given names and their usual gender, across languages', () => {
    expect(givenName('Margaret')).toBe('f');
    expect(givenName('Oleksandr')).toBe('m');
    expect(givenName('Nordwerk')).toBeNull();
    expect(genderOfTitle('Mrs.')).toBe('f');
    expect(genderOfTitle('spokesman')).toBe('m');
  });
  it('accepts an untitled name that starts with a given name', () => {
    expect(names('The plan was drawn up by Margaret Oyelaran and approved in March.')).toContain(
      'Margaret Oyelaran',
    );
  });
  it('rejects untitled runs of proper nouns without evidence (companies, fields, slogans)', () => {
    const found = names(
      'Velmont Dynamics will open a plant in the valley. Funding comes from Applied Optics research. Quantum Harbor is a slogan now.',
    );
    expect(found).toEqual([]);
  });
  it('accepts a title plus a given name even when the surname looks like a place word', () => {
    expect(names('"It works," chief executive Pieter van Dam said on Monday.')).toContain('Pieter van Dam');
  });
  it('accepts an honorific with a single surname', () => {
    expect(names('Mr. Obuya declined to comment on the proposal.')).toContain('Obuya');
  });
});

describe('people: roles written as plain nouns', () => {
  it('takes the noun phrase of an appositive, without the age or the relative clause', () => {
    expect(
      roleOf(
        '"We waited," said Joseph Mwangi, a 41-year-old bus driver who lost his route.',
        'Joseph Mwangi',
      ),
    ).toBe('bus driver');
    expect(
      roleOf('"It was loud," said Irina Koval, 58, a retired nurse whose flat was hit.', 'Irina Koval'),
    ).toBe('retired nurse');
  });
  it('takes an occupational title written before the name', () => {
    expect(roleOf('Station manager Peter Holt said the fire was out by noon.', 'Peter Holt')).toBe(
      'Station manager',
    );
  });
  it('keeps the owner and modifiers of a role written before ", Name,"', () => {
    expect(roleOf("Bavaria's finance minister, Klaus Weber, said the budget was tight.", 'Klaus Weber')).toBe(
      "Bavaria's finance minister",
    );
  });
});

describe('organisations without a curated entry', () => {
  const orgs = (text: string) => brief(text).organizations;
  const names = (text: string) => orgs(text).map((o) => o.name);
  it('finds capitalised names around a head noun, with of/for tails and places inside', () => {
    const found = names(
      'The Ministry of Water Resources said the dam was safe. Doctors at Leeds General Infirmary treated two men. ' +
        'The Office of the Special Envoy for Sudan called for calm. Researchers from the Graz Institute for Soil Physics took samples.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Ministry of Water Resources',
        'Leeds General Infirmary',
        'Office of the Special Envoy for Sudan',
        'Graz Institute for Soil Physics',
      ]),
    );
  });
  it('does not take a title after the head or a possessor before it', () => {
    const found = names(
      "European Council President Henrik Vos spoke first. Al-Shabaab said on its Radio Andalus that it had won, and Al-Shabaab's Radio Andalus repeated it.",
    );
    expect(found).toContain('European Council');
    expect(found).toContain('Radio Andalus');
    expect(found.some((n) => /President|Al-Shabaab's/.test(n))).toBe(false);
  });
  it('lets a longer name absorb an organisation named inside it', () => {
    const found = names('Volunteers of the Malawi Red Cross Society handed out tents.');
    expect(found).toContain('Malawi Red Cross Society');
    expect(found).not.toContain('International Committee of the Red Cross');
  });
  it("reads descriptive names with a lower-case head and merges a country's armed forces", () => {
    const o = orgs(
      "Chad's armed forces said they had repelled the attack. The Chad army later sent reinforcements. The Azimio la Umoja coalition called a march.",
    );
    const chad = o.filter((x) => /Chad/.test(x.name));
    expect(chad).toHaveLength(1);
    expect(chad[0].aliases).toEqual(expect.arrayContaining(["Chad's armed forces"]));
    expect(o.map((x) => x.name)).toContain('Azimio la Umoja coalition');
  });
  it('names the employer of a person with a common-noun role', () => {
    expect(names('"Demand is soft," said Markus Feld, an analyst at Helabank.')).toContain('Helabank');
    expect(names('"We are safe," said Eleni Papas, a spokeswoman for Kallinos, on Tuesday.')).toContain(
      'Kallinos',
    );
  });
  it('links "known as" aliases and later acronyms, and merges two names of one group', () => {
    const o = orgs(
      'The Directorate for Priority Crime Investigation, known as the Hawks, made the arrests. ' +
        'The National Prosecuting Authority charged them; the NPA said more arrests would follow.',
    );
    expect(o.find((x) => x.name === 'Directorate for Priority Crime Investigation')?.aliases).toContain(
      'Hawks',
    );
    expect(o.find((x) => x.name === 'National Prosecuting Authority')?.aliases).toContain('NPA');
    expect(o.filter((x) => x.name === 'NPA')).toHaveLength(0);
  });
  it('takes the first word of a new company name as its short form, and a name that speaks as an organisation', () => {
    const o = orgs(
      'Velmont Semiconductors will build a plant. Velmont said the site was chosen in May. Risk consultancy Ambrey said the ship was targeted.',
    );
    expect(o.find((x) => x.name === 'Velmont Semiconductors')?.aliases).toContain('Velmont');
    expect(o.filter((x) => x.name === 'Velmont')).toHaveLength(0);
    expect(o.map((x) => x.name)).toContain('Ambrey');
  });
  it('keeps recurring acronyms and ignores common non-organisation ones', () => {
    const found = names(
      'The KWX union struck at noon. By evening KWX had won. The CEO said GDP would suffer.',
    );
    expect(found).toContain('KWX');
    expect(found).not.toContain('CEO');
    expect(found).not.toContain('GDP');
  });
});

describe('people: more evidence', () => {
  it('accepts a person coordinated with one just named, and one right after "said"', () => {
    const found = names(
      'Two businessmen, Johan Botha and Kagiso Molefe, were charged. "It rose fast," said Rehana Akter, 44, who fled.',
    );
    expect(found).toEqual(expect.arrayContaining(['Johan Botha', 'Kagiso Molefe', 'Rehana Akter']));
  });
  it('takes an appositive role without an article', () => {
    expect(
      roleOf(
        '"The camps are full," said Sofia Lindqvist, UNHCR\'s representative in Bangladesh.',
        'Sofia Lindqvist',
      ),
    ).toBe("UNHCR's representative in Bangladesh");
  });
});

describe('places the gazetteer does not know', () => {
  const places = (text: string) => brief(text).places;
  it('finds streets, named sites with a common head and unknown names after a locative', () => {
    const p = places(
      'KAMPALA, Uganda — Police blocked Nkrumah Avenue on Monday. Fighters attacked the Buvuma oil field. ' +
        'The crowd gathered at Kololo grounds before marching. Two people were hurt near Kiwatule, a town east of the capital.',
    );
    const byName = new Map(p.map((x) => [x.name, x]));
    expect(byName.get('Nkrumah Avenue')?.kind).toBe('other');
    expect(byName.get('Buvuma oil field')?.kind).toBe('facility');
    expect(byName.get('Kololo grounds')?.kind).toBe('facility');
    expect(byName.get('Kiwatule')).toMatchObject({ kind: 'city', country: 'UG' });
  });
  it('reads an upper-case dateline city as a place', () => {
    expect(places('NAIROBI, Kenya — Traders closed their shops on Tuesday.').map((x) => x.name)).toContain(
      'Nairobi',
    );
  });
  it('does not take a person or an unknown organisation after "to" or "from" for a place', () => {
    const p = places(
      'The figures come from Eurostat. "It is done," said Maria Lenz. Reporters spoke to Lenz later.',
    );
    expect(p).toEqual([]);
  });
});

describe('incidents: one record per event, with the right slots', () => {
  it('merges a headline, the lead and a later "the attack" sentence into one incident', () => {
    const b = brief(
      [
        'Gunmen kill three police officers in Pakistan',
        'QUETTA, Pakistan — Gunmen attacked a police checkpoint near Quetta on Monday, killing three officers, police said.',
        'The attack began at about 10 p.m. local time and lasted 30 minutes, a police spokesman said.',
      ].join('\n\n'),
      '2025-05-13',
    );
    const current = b.incidents.filter((i) => !i.background);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ place: 'Quetta', killed: 3 });
    expect(current[0].date?.slice(0, 10)).toBe('2025-05-12');
  });
  it('keeps a protest that turned into a riot as one riot, with protesters as the first actor', () => {
    const b = brief(
      [
        'Police fired tear gas in Lusaka on Friday after a march against power cuts turned violent, with protesters burning tyres.',
        'Protesters threw stones at police, a police statement said.',
      ].join('\n\n'),
      '2025-05-10',
    );
    expect(b.incidents).toHaveLength(1);
    expect(b.incidents[0]).toMatchObject({
      type: 'Riots',
      subType: 'Violent demonstration',
      attacker: 'protesters',
    });
  });
  it('takes the claim from the named group that is the subject of "claimed responsibility"', () => {
    const b = brief(
      [
        'A roadside bomb hit an army truck near Gao on Sunday, killing two soldiers.',
        'The Sahel Liberation Front, which operates across the border, claimed responsibility for the attack.',
      ].join('\n\n'),
      '2025-05-12',
    );
    expect(b.incidents[0].attribution).toMatch(/^claimed by Sahel Liberation Front/);
    expect(b.incidents[0].attacker).toBe('Sahel Liberation Front');
  });
  it('counts blame on an unnamed group as not ascribed, and blame on a named actor as blamed', () => {
    const unnamed = brief(
      'A bomb exploded at a bus station in Mopti on Monday, killing four people. The government blamed terrorist groups for the blast.',
      '2025-05-13',
    );
    expect(unnamed.incidents[0].attribution).toMatch(/^not ascribed/);
    const named = brief(
      'Artillery shells hit a market in Kharkiv on Monday, killing two people, Ukrainian officials said, blaming Russian troops.',
      '2025-05-13',
    );
    expect(named.incidents[0].attribution).toMatch(/^blamed on Russian troops/);
    expect(named.incidents[0].attacker).toBe('Russian troops');
  });
  it('does not date an event by the day it was announced, and drops counted attacks and victims as attackers', () => {
    const b = brief(
      [
        'The army said on Thursday that an air strike in southern Somalia had killed 12 fighters.',
        'The strike hit a camp near Jilib on Tuesday night, the army said.',
        'More than 30 attacks on the security forces have been recorded in the region this year.',
      ].join('\n\n'),
      '2025-05-16',
    );
    expect(b.incidents).toHaveLength(1);
    expect(b.incidents[0].date?.slice(0, 10)).toBe('2025-05-13');
    expect(b.incidents[0].place).toBe('Jilib');
    const v = brief(
      'Five soldiers were killed on Monday when a roadside bomb hit their convoy in Cauca.',
      '2025-05-13',
    );
    expect(v.incidents[0].attacker).toBe('unknown');
  });
  it('reads a government protest as diplomacy, not a demonstration, and never places an event at a demonym', () => {
    for (const text of [
      'Kenya\'s foreign ministry said it would summon the Ugandan envoy to protest against "an attack on Kenyan territory."',
      'The Chilean government protested on Monday after Peruvian troops crossed the border.',
      'Peru lodged a formal protest with Chile on Monday.',
    ])
      expect(brief(text, '2025-05-13').incidents).toEqual([]);
    for (const text of [
      'Hundreds of farmers protested in Nairobi against the new tax on Monday.',
      'Thousands joined anti-government protests in Nairobi on Monday.',
    ]) {
      const street = brief(text, '2025-05-13');
      expect(street.incidents.map((i) => [i.subType, i.place])).toEqual([['Peaceful protest', 'Nairobi']]);
    }
    const adj = brief(
      'Hundreds of people protested on Monday against an incursion into Kenyan territory by troops.',
      '2025-05-13',
    );
    expect(adj.incidents).toHaveLength(1);
    expect(adj.incidents[0].place).not.toBe('Kenyan');
  });
  it('reads a habitual pattern as no incident, so it takes no casualties from the next sentence', () => {
    const b = brief(
      [
        'Rivertown has been hit by air strikes many times. In March 2019, an air strike on a market in Rivertown killed 14 people.',
        'Every few months a drone strike hits the road near Dallo, residents said.',
      ].join('\n\n'),
      '2025-05-13',
    );
    expect(b.incidents.map((i) => [i.killed, i.background, i.date])).toEqual([[14, true, '2019-03']]);
  });
  it('records no incident for fraud arrests', () => {
    expect(
      brief(
        'Investigators arrested two businessmen in Pretoria on Tuesday over inflated invoices.',
        '2025-05-14',
      ).incidents,
    ).toEqual([]);
  });
});

describe('quote speakers', () => {
  const quotes = (text: string) => brief(text).quotes;
  it('gives "she said" to the last woman named, not to the last person', () => {
    const q = quotes(
      'Commission chairperson Amara Diallo met Prime Minister Henrik Vos in Brussels on Monday. ' +
        '"We do not ask for charity," she said.',
    );
    expect(q[0].speaker).toBe('Amara Diallo');
  });
  it('gives "the command said" and "the centre said" to the organisation named earlier', () => {
    const q = quotes(
      [
        'U.S. Africa Command said the strike hit a camp near Jilib on Tuesday.',
        '"This strike targeted fighters," the command said in a statement.',
        'The Maritime Trade Operations (MTO) said a ship was hit. "The vessel is damaged," the centre said.',
      ].join('\n\n'),
    );
    expect(q.map((x) => x.speaker)).toEqual(['U.S. Africa Command', 'Maritime Trade Operations']);
  });
  it('links a later part of a two-part surname to the full name', () => {
    const q = quotes(
      'Defense Minister Andrés Cárdenas Mejía visited the base. "There will be no rest," Cárdenas said at a news conference in Bogotá.',
    );
    expect(q[0].speaker).toBe('Andrés Cárdenas Mejía');
  });
});

describe('incidents: leads, details and continuations', () => {
  it('lets the detailed account replace a vague lead that sums up the weekend', () => {
    const b = brief(
      [
        'Weekend of violence: soldiers killed in Chad, drone strike in Niger',
        'DAKAR, Senegal — Attacks across the region killed at least 20 people over the weekend, while Niger said on Monday it had hit militants in a drone strike near its border with Mali.',
        'In Niger, the army said a drone strike on Sunday destroyed a camp near the village of Tiloa, killing 14 militants.',
      ].join('\n\n'),
      '2025-03-04',
    );
    const strikes = b.incidents.filter((i) => i.subType === 'Air/drone strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ place: 'Tiloa', killed: 14 });
    expect(strikes[0].date).toBe('2025-03-02');
  });
  it('merges a headline and lead whose only city is named outside the strike clause into the detailed account', () => {
    const head = 'Kenya says air strike in Somalia killed militant commander';
    const lead = (tail: string) =>
      `NAIROBI, Kenya — Kenya's military said on Thursday that it had killed a senior militant commander in an air strike${tail}, the latest in a series of operations that Mogadishu has repeatedly criticised.`;
    const b = brief(
      [
        head,
        lead(' in southern Somalia'),
        'Local elders said the air strike hit a house in Kismayo at about 11 p.m. local time on Wednesday, killing the commander and two guards.',
      ].join('\n\n'),
      '2025-05-15',
    );
    expect(b.incidents).toHaveLength(1);
    expect(b.incidents[0]).toMatchObject({ place: 'Kismayo', localTime: '23:00' });
    expect(b.incidents[0].date?.slice(0, 10)).toBe('2025-05-14');
    expect(b.incidents[0].attribution).toMatch(/^claimed by Kenya/);
    // a different explicit day contradicts: two strikes
    const two = brief(
      [
        head,
        lead(' on Tuesday'),
        'Local elders said an air strike hit a house in Kismayo on Monday, killing two guards.',
      ].join('\n\n'),
      '2025-05-15',
    );
    expect(two.incidents.map((i) => i.date?.slice(0, 10))).toEqual(['2025-05-13', '2025-05-12']);
  });
  it('folds "the fighting continued" and a detail without place or day into the event just told', () => {
    const b = brief(
      [
        'Rebels clashed with the army near Kyaukme on Monday, killing nine fighters.',
        'Mortar fire continued through the day and into Tuesday.',
        'A resident said two shells had struck a school.',
      ].join('\n\n'),
      '2025-03-05',
    );
    expect(b.incidents).toHaveLength(1);
    expect(b.incidents[0].subType).toBe('Armed clash');
  });
  it('keeps an earlier event that the text relates in time ("came two days after") apart', () => {
    const b = brief(
      [
        'An air strike hit a camp near Jilib on Tuesday, killing 12 fighters, the army said.',
        'The strike came two days after fighters stormed an army base at Masagawa on Sunday.',
      ].join('\n\n'),
      '2025-05-15',
    );
    expect(b.incidents.map((i) => i.subType).sort()).toEqual(['Air/drone strike', 'Armed clash']);
  });
});

describe('incidents: attribution', () => {
  it('names the group that unnamed people belong to', () => {
    const b = brief(
      'A roadside bomb hit an army truck near Argelia on Monday, killing three soldiers. The defence minister blamed dissidents of the Southern Liberation Front for the attack.',
      '2025-05-13',
    );
    expect(b.incidents[0].attribution).toMatch(/^blamed on dissidents of Southern Liberation Front/);
    expect(b.incidents[0].attacker).toBe('Southern Liberation Front');
  });
  it('reads reciprocal blame as blame', () => {
    const b = brief(
      'Two armed groups clashed near Namtu on Monday, killing six fighters. Each side blamed the other for the fighting.',
      '2025-05-13',
    );
    expect(b.incidents[0].attribution).toMatch(/^blamed on each other/);
  });
  it('counts armed forces reporting their own strike as claiming it', () => {
    const b = brief(
      "Niger's armed forces said a drone strike on Monday destroyed a militant camp near Tiloa.",
      '2025-05-13',
    );
    expect(b.incidents[0].attribution).toMatch(/^claimed by Niger/);
  });
  it('ignores blame for other, similar attacks', () => {
    const b = brief(
      'Rockets hit a base near Deir Ezzor on Monday. The coalition did not ascribe blame for the incident, but similar attacks have been blamed on militias tied to Iran.',
      '2025-05-13',
    );
    expect(b.incidents[0].attribution).toMatch(/^not ascribed/);
  });
  it('reads the owner of a post, a base or a convoy a violent verb struck as the target', () => {
    const target = (text: string) => brief(text, '2025-05-14').incidents[0]?.target;
    expect(
      target('Gunmen attacked a police post in Karsa on Tuesday night, killing two officers, police said.'),
    ).toBe('police');
    expect(
      target('Militants attacked a police checkpoint in Bannu district on Tuesday, wounding three.'),
    ).toBe('police');
    expect(target('Insurgents ambushed a military convoy near Gao on Tuesday, killing four soldiers.')).toBe(
      'military',
    );
  });
  it('reads "blamed by X on Y" for related attacks as context, and the unit that got fire as the target', () => {
    const b = brief(
      'Coalition forces at the Green Village outpost got two rounds of indirect fire on Monday. The coalition did not ascribe blame for the incident, but related attacks have been blamed by the Pentagon on militias tied to Iran.',
      '2025-05-13',
    );
    const inc = b.incidents[0];
    expect(inc.attacker).toBe('unknown');
    expect(inc.target).toMatch(/Coalition forces/);
    expect(inc.attribution).toMatch(
      /^not ascribed \(related attacks blamed by the Pentagon on militias tied to Iran\)/,
    );
  });
});
