/**
 * The entity layer on short texts written for these tests: places the gazetteer does not know or knows in several
 * countries, landmarks typed by their head word, legislatures and agencies outside the curated list, and roles.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities, landmarkHead } from '../../src/lib/extract/entities.ts';
import { loadGazetteer } from '../../src/lib/extract/gazetteer.ts';

const read = (text: string) => extractEntities(buildDoc(text));
const place = (text: string, name: string) => read(text).places.find((p) => p.name === name);
const orgNames = (text: string) => read(text).orgs.map((o) => o.name);
/** The role of each person the reading found, by name. */
const roleIn = (e: ReturnType<typeof read>) => (name: string) => e.people.find((p) => p.name === name)?.role;

describe('places', () => {
  it('reads a name the text calls a province as the province in its bare mentions too', () => {
    const e = read(
      'A reporter was shot in the Mexican state of Guerrero on Tuesday. Police in Guerrero said the gunmen fled. In South Africa, an engineer was arrested in Witbank, Mpumalanga, and police in Mpumalanga said more arrests would follow.',
    );
    expect(e.places.filter((p) => p.name === 'Guerrero').map((p) => p.kind)).toEqual(['province']);
    expect(e.places.filter((p) => p.name === 'Mpumalanga').map((p) => p.kind)).toEqual(['province']);
  });

  it('takes governors, "regional" and "the regions of X and Y" as province cues', () => {
    const e = read(
      'In Ukraine, Kharkiv Governor Petro Ivanenko said a drone fell on a shed. The governor of Sumy said two houses burned. Strikes hit the regions of Dnipropetrovsk and Zaporizhzhia. The Poltava regional administration reported no damage.',
    );
    for (const n of ['Kharkiv', 'Sumy', 'Dnipropetrovsk', 'Zaporizhzhia', 'Poltava'])
      expect(e.places.find((p) => p.name === n)?.kind, n).toBe('province');
    // the bare name of a city that is also a province stays the city
    expect(place('In Ukraine, a drone hit a school in Kharkiv on Friday.', 'Kharkiv')?.kind).toBe('city');
  });

  it('reads villages by a settlement word or an Arabic place word, and sites by their head', () => {
    const e = read(
      'In Syria, soldiers raided Kafr Hamdun village at dawn. Residents of Beit Zaqla said the shelling went on for hours. A drone hit the Tamra airbase and a car near al-Nour hospital. Gunmen burned a Fulani village.',
    );
    expect(e.people.map((p) => p.name)).not.toContain('Beit Zaqla');
    expect(e.places.find((p) => p.name === 'Kafr Hamdun')).toMatchObject({ kind: 'city', country: 'SY' });
    expect(e.places.find((p) => p.name === 'Beit Zaqla')).toMatchObject({ kind: 'city', country: 'SY' });
    expect(e.places.find((p) => p.name === 'Tamra airbase')?.kind).toBe('facility');
    expect(e.places.find((p) => p.name === 'Fulani')).toBeUndefined();
  });

  it('gives an unknown village the country of its story, not a namesake elsewhere', () => {
    const text =
      'ERBIL, Iraq — A drone struck a car on the road between Sinjar and the village of Tel Qasrik on Monday, officials said. Turkish officials did not comment, and Turkish media said Turkish jets were busy elsewhere.';
    const e = read(text);
    expect(e.places.find((p) => p.name === 'Tel Qasrik')).toMatchObject({ kind: 'city', country: 'IQ' });
    expect(e.places.find((p) => p.name === 'Sinjar')).toMatchObject({ kind: 'city', country: 'IQ' });
    // the dateline city is the city, not the province of the same name
    expect(e.places.find((p) => p.name === 'Erbil')).toMatchObject({ kind: 'city', country: 'IQ' });
  });

  it('reads the country the text gives: "X, a town in Y", "the Egyptian port of X"', () => {
    expect(
      place('Fighting spread to Qorvalesh, a small town in Tajikistan, by the evening.', 'Qorvalesh'),
    ).toMatchObject({ kind: 'city', country: 'TJ' });
    expect(
      place(
        'The tanker sailed from the Egyptian port of Marsa Dablun to Mumbai in India on Friday.',
        'Marsa Dablun',
      ),
    ).toMatchObject({ country: 'EG' });
  });

  it('reads places after "north of", "nearby", "the capital," and in "X-based"', () => {
    const e = read(
      'In Peru, the slide buried a road north of Quilcata on Sunday. Families fled to Ayacucho and nearby Huanta. The cabinet met in the capital, Lima, and its Madrid-based adviser flew in. Rebels hid in the Vraem forest and in the Sarhua zone.',
    );
    const kind = (n: string) => e.places.find((p) => p.name === n)?.kind;
    expect(kind('Quilcata')).toBeDefined();
    expect(kind('Huanta')).toBe('city');
    expect(kind('Lima')).toBe('city');
    expect(e.places.find((p) => p.name === 'Madrid')).toMatchObject({ kind: 'city', country: 'ES' });
    expect(kind('Vraem forest')).toBe('region');
    expect(kind('Sarhua')).toBe('province');
  });

  it('does not take a country used as a modifier for the setting of a place', () => {
    const e = read(
      'Officials in Mogadishu said the war in Somalia had stalled. Towns were retaken with the help of US air strikes, and the front moved into Dhusabareeg state.',
    );
    expect(e.places.find((p) => p.name === 'Dhusabareeg')).toMatchObject({ kind: 'province', country: 'SO' });
  });

  it('reads the area an official serves as a place, not an employer', () => {
    const e = read(
      'In Cameroon, Simon Atangana, the senior divisional officer for Mezam, blamed the separatists.',
    );
    expect(e.orgs.map((o) => o.name)).toEqual([]);
    expect(e.places.find((p) => p.name === 'Mezam')).toMatchObject({ kind: 'province', country: 'CM' });
    expect(orgNames('Jane Roe, a spokeswoman for Kallisto, said so.')).toContain('Kallisto');
  });

  it('keeps a town whose name is a word of an organisation out of the places', () => {
    const e = read('The Fulton Superior Court ruled on Friday in Atlanta.');
    expect(e.places.map((p) => p.name)).toEqual(['Atlanta']);
  });

  it('types landmarks and areas by their head word', () => {
    const text =
      'LIMA, Peru — Marchers gathered at Plaza Dos de Mayo and walked down Abancay Avenue towards the Rimac River on Friday. Others camped in Huascaran National Park and in the Ancash region.';
    const e = read(text);
    const kind = (n: string) => e.places.find((p) => p.name === n)?.kind;
    expect(kind('Plaza Dos de Mayo')).toBe('other');
    expect(kind('Abancay Avenue')).toBe('other');
    expect(kind('Rimac River')).toBe('other');
    expect(kind('Huascaran National Park')).toBe('facility');
    expect(e.places.find((p) => p.name === 'Ancash')).toMatchObject({ kind: 'province', country: 'PE' });
    expect(e.places.some((p) => p.name === 'Abancay')).toBe(false);
  });

  it('reads mountains as a region and two names sharing a plural head as two places', () => {
    const text =
      'KINSHASA, DR Congo — Rebels who hold the Masisi and Rutshuru territories moved into the Mitumba mountains near Goma, the army said.';
    const e = read(text);
    expect(e.places.find((p) => p.name === 'Mitumba mountains')).toMatchObject({
      kind: 'region',
      country: 'CD',
    });
    expect(e.places.find((p) => p.name === 'Masisi')).toMatchObject({ country: 'CD' });
    expect(e.places.find((p) => p.name === 'Rutshuru')).toMatchObject({ country: 'CD' });
  });

  it('keeps Scotland and Wales apart from the United Kingdom, with its code', () => {
    const e = read('Visitors may go to Norway and Scotland instead, the minister said in Reykjavik.');
    expect(e.places.find((p) => p.name === 'Scotland')).toMatchObject({ kind: 'country', country: 'GB' });
    expect(e.places.some((p) => p.name === 'United Kingdom')).toBe(false);
  });

  it('makes no place of an adjective before "territory"', () => {
    const e = read(
      'Iraq protested against a flagrant attack on Iraqi territory. The group said its fighters had repeatedly entered Kachin territory.',
    );
    expect(e.places.map((p) => p.name)).toEqual(['Iraq']);
  });

  it('finds the country of places an article never names through a province and its city', () => {
    const e = read(
      'Curfew was imposed in Tonk on Wednesday after clashes, officials in Rajasthan said. Four injured were taken to Jaipur.',
    );
    expect(e.places.find((p) => p.name === 'Tonk')).toMatchObject({ kind: 'city', country: 'IN' });
    expect(e.places.find((p) => p.name === 'Rajasthan')).toMatchObject({ kind: 'province', country: 'IN' });
  });

  it('reads "Congo" as the Congo the article is about', () => {
    const e = read(
      'GOMA, Democratic Republic of Congo — The army said fighting near Goma went on. Congo has asked for help.',
    );
    expect(e.places.filter((p) => p.kind === 'country').map((p) => p.country)).toEqual(['CD']);
  });
});

describe('organisations', () => {
  it('reads a named operation and a police force named before a spokesman as organisations', () => {
    const e = read(
      'In Nigeria, the raid was part of Operation Lafiya Kwanza, the army said. Kebbi State police spokesman Musa Danladi said nine people died.',
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toContain('Operation Lafiya Kwanza');
    expect(names).toContain('Kebbi State police');
    expect(e.people.map((p) => p.name)).not.toContain('Operation Lafiya Kwanza');
  });

  it("keeps two organisations that share an acronym apart and reads the acronym by the story's country", () => {
    expect(orgNames('The Rapid Support Forces attacked a camp in Sudan on Monday.')).toEqual([
      'Rapid Support Forces',
    ]);
    expect(orgNames('In Sudan, the RSF shelled Omdurman on Monday.')).toEqual(['Rapid Support Forces']);
    expect(orgNames('The press freedom group RSF said two reporters were jailed in Turkey.')).toEqual([
      'Reporters Without Borders',
    ]);
  });

  it("names a body every state has after its owner: two countries' defence ministries stay apart", () => {
    const e = read(
      "Armenia's Defence Ministry said its posts came under fire. Azerbaijan's Defence Ministry denied it. Later the Defence Ministry in Yerevan published a video.",
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toContain('Armenian Defence Ministry');
    expect(names).toContain('Azerbaijani Defence Ministry');
    expect(e.orgs.find((o) => o.name === 'Armenian Defence Ministry')?.aliases).toContain(
      "Armenia's Defence Ministry",
    );
  });

  it('knows the world list of organisations whose names carry no head noun, with their aliases', () => {
    const text =
      'Fighters of the March 23 Movement advanced on Monday, and ECOWAS called for talks while the Tatmadaw shelled villages far away. M23 denied the reports.';
    const names = orgNames(text);
    expect(names).toContain('M23');
    expect(names.some((n) => /ECOWAS|Economic Community of West African States/.test(n))).toBe(true);
    expect(names).toContain('Tatmadaw');
    expect(names.filter((n) => n === 'M23')).toHaveLength(1);
  });

  it('keeps one entry when the world list repeats an organisation of the curated list', () => {
    const g = loadGazetteer();
    const names = g.orgs.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("reads a country's parliament and a bare Congress as that country's legislature", () => {
    expect(orgNames("REYKJAVIK, Iceland — Iceland's parliament approved the fee on Thursday.")).toContain(
      'Althing',
    );
    const peru = orgNames(
      'LIMA, Peru — Police blocked the road to Congress on Friday. The bill was sent to Congress last month by the government of Peru.',
    );
    expect(peru).not.toContain('U.S. Congress');
    expect(peru).toContain('Congress of the Republic of Peru');
    // a chamber the list's legislature is not: in Poland the Senate is no alias of the Sejm
    const poland = read(
      'WARSAW — The Sejm passed the defence bill on Friday. The Senate will debate it next week, and the president has said he will sign it.',
    ).orgs;
    expect(poland.find((o) => o.name === 'Sejm')?.aliases ?? []).not.toContain('Senate');
    expect(poland.map((o) => o.name)).toContain('Senate');
  });

  it('finds agencies named head first, tourist boards and "X for Y" campaign groups', () => {
    const names = orgNames(
      'Statistics Indonesia (BPS) reported growth of 4.9 percent. Visitor numbers rose, according to the Icelandic Tourist Board. "This was punishment," said Ana Torres, a spokeswoman for the Pensions for All collective.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Statistics Indonesia', 'Icelandic Tourist Board', 'Pensions for All']),
    );
    expect(names).not.toContain('Pensions');
  });

  it('keeps sentence-opening common words and trailing titles out of names', () => {
    const e = read(
      'Riot police fired tear gas in Lima on Friday. Security forces set up checkpoints. "Our priority is stability," Bank Indonesia Governor Hendra Wijaya said.',
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toContain('Bank Indonesia');
    expect(names).not.toContain('Riot police');
    expect(names).not.toContain('Security forces');
    expect(names).not.toContain('Bank Indonesia Governor');
    expect(e.people.find((p) => p.name === 'Hendra Wijaya')?.role).toMatch(/Governor/);
  });

  it('lets an acronym the article defines win over a list entry with the same letters', () => {
    const e = read(
      'The Nordic Ferry Operators Forum (ADF) said the new fee would hurt crossings. The ADF also asked for talks. The Allied Democratic Forces (ADF) were not mentioned by anyone.',
    );
    const forum = e.orgs.find((o) => o.name === 'Nordic Ferry Operators Forum');
    expect(forum?.aliases).toContain('ADF');
    // in an article that defines it otherwise, the list's ADF is not read from the letters alone
    const other = read(
      'The Westland Dairy Farmers Association (ADF) said milk prices fell. ADF members met on Monday.',
    );
    expect(other.orgs.map((o) => o.name)).not.toContain('Allied Democratic Forces');
    expect(other.orgs.find((o) => o.name === 'Westland Dairy Farmers Association')?.aliases).toContain('ADF');
    // the list's meaning stays when the article defines the acronym the same way, even reworded
    const same = read(
      'Fighters of the Allied Democratic Forces (ADF) attacked a village. The ADF denied it.',
    );
    expect(same.orgs.map((o) => o.name)).toContain('Allied Democratic Forces');
  });

  it('matches names the lists write only in capitals only when written so', () => {
    const names = orgNames(
      'Ice formed on the roads overnight. Who will pay for the repairs is unclear, the mayor said.',
    );
    expect(names).toHaveLength(0);
    expect(orgNames('The WHO said the outbreak was contained.')).toContain('World Health Organization');
    // a longer acronym written as a word stays ("Minusma", "Nato")
    expect(orgNames('The UN peacekeeping mission, Minusma, left the country last year.')).toContain(
      'MINUSMA',
    );
  });

  it('reads a one-word organisation name as a surname or a place where the text says so', () => {
    const e = read(
      'Former mayor Michael Bloomberg said on Friday that Bloomberg would donate. Protesters gathered in Shiraz, the capital of Fars province. The Radaa district was shelled.',
    );
    expect(e.people.map((p) => p.name)).toContain('Michael Bloomberg');
    expect(e.orgs.map((o) => o.name)).toEqual([]);
    expect(e.places.find((p) => p.name === 'Fars')).toMatchObject({ kind: 'province', country: 'IR' });
    expect(e.places.some((p) => p.name === 'Radaa district')).toBe(true);
    // the organisation stays where nothing says otherwise
    expect(orgNames('Analysts at Fitch said ratings would fall.')).toContain('Fitch Ratings');
  });

  it('reads a ministry named by its portfolio in lower case, once per ministry', () => {
    const e = read(
      'In Tunisia, graduates marched towards the interior ministry on Monday. The Ministry of Housing said homes were built. A spokesman for the housing ministry declined to comment. The defence ministry said three fighters were killed.',
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(['interior ministry', 'defence ministry', 'Ministry of Housing']),
    );
    expect(names).not.toContain('housing ministry');
    expect(e.orgs.find((o) => o.name === 'interior ministry')?.country).toBe('TN');
    // "the ministry" alone, or a word that names no portfolio, is none
    expect(orgNames('The new ministry said the ministry would reply.')).toEqual([]);
  });

  it('reads church bodies, and a conference of bishops as a body rather than a meeting', () => {
    const names = orgNames(
      'In Cameroon, the Archdiocese of Bamenda said the kidnappers called. At least 12 priests were kidnapped, according to the National Episcopal Conference of Cameroon. The Munich Security Conference opened on Friday.',
    );
    expect(names).toEqual(['Archdiocese of Bamenda', 'National Episcopal Conference of Cameroon']);
  });

  it('drops words before "on" that have no head of their own', () => {
    const names = orgNames(
      'Employees on the Damboa General Hospital worked all night, the hospital said. The Council on Foreign Relations said so.',
    );
    expect(names).toContain('Damboa General Hospital');
    expect(names).toContain('Council on Foreign Relations');
    expect(names.some((n) => n.startsWith('Employees'))).toBe(false);
  });

  it('splits two organisations joined by "and the"', () => {
    const names = orgNames(
      'Companies of the Rajasthan Armed Constabulary and the Rapid Action Force were deployed in Tonk.',
    );
    expect(names).toEqual(expect.arrayContaining(['Rajasthan Armed Constabulary', 'Rapid Action Force']));
  });
});

describe('facilities', () => {
  it('types sites by their head, a bridge as other, and an attacked hospital or university as a site too', () => {
    const e = read(
      'In Sudan, shells struck Tawila Hospital on Monday. The wounded were taken to Nyala General Hospital. Gunmen stormed Kuje prison, fired at the Gwagwalada checkpoint and burned Kuriga school. A missile hit the Darnytskyi Bridge and the Mocha power plant.',
    );
    const kinds = Object.fromEntries(e.places.map((p) => [p.name, p.kind]));
    expect(kinds['Tawila Hospital']).toBe('facility');
    expect(kinds['Kuje prison']).toBe('facility');
    expect(kinds['Gwagwalada checkpoint']).toBe('facility');
    expect(kinds['Kuriga school']).toBe('facility');
    expect(kinds['Mocha power plant']).toBe('facility');
    expect(kinds['Darnytskyi Bridge']).toBe('other');
    expect(
      place('In Sudan, the Saudi Hospital in El Fasher was shelled on Friday.', 'Saudi Hospital')?.kind,
    ).toBe('facility');
    // a hospital the text names only as a place (struck, or where the wounded were taken) is the site alone
    expect(kinds['Nyala General Hospital']).toBe('facility');
    expect(e.orgs.map((o) => o.name).filter((n) => /Hospital$/.test(n))).toEqual([]);
  });

  it('keeps a hospital that speaks as an organisation', () => {
    for (const text of [
      'In Chad, the wounded were taken to Abeche Regional Hospital, where its director said four had died.',
      'In Chad, the director of Abeche Regional Hospital said four had died.',
      'In Chad, Abeche Regional Hospital said four of the wounded had died.',
      'In Chad, nine people were taken to Abeche Regional Hospital. Four later died, according to the hospital.',
    ])
      expect(
        read(text).orgs.map((o) => o.name),
        text,
      ).toContain('Abeche Regional Hospital');
  });
});

describe('organisation false positives', () => {
  it("reads a country's military as its army already named, and a minister's portfolio as no body", () => {
    const e = read(
      "In Ethiopia, the Ethiopian National Defense Force (ENDF) said its drones hit a depot. Residents said Ethiopia's military had warned them. In Armenia, Ani Petrosyan was named Minister of Territorial Administration and Infrastructure on Friday.",
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toContain('Ethiopian National Defense Force');
    expect(names.filter((n) => /Ethiopia/.test(n))).toHaveLength(1);
    expect(names).not.toContain('Territorial Administration');
  });

  it('reads "Armenia\'s National Assembly" as the country\'s legislature, once', () => {
    const names = orgNames(
      "YEREVAN — Armenia's National Assembly passed the budget on Thursday. Opposition members of the Armenian parliament walked out.",
    );
    expect(names.filter((n) => /National Assembly|parliament/i.test(n))).toEqual([
      'National Assembly of Armenia',
    ]);
  });

  it('drops generic heads capitalised by a sentence start or named as "its" unit, and keeps numbered units', () => {
    const names = orgNames(
      "Security Forces said the assault on the convoy was repelled. Emergency Service crews put out the fires. Niger's army said its Air Defence Division shot down a drone. The army's 3rd Division said it held the pass.",
    );
    expect(names).not.toContain('Security Forces');
    expect(names).not.toContain('Emergency Service');
    expect(names).not.toContain('Air Defence Division');
    expect(names).not.toContain('Division');
    expect(names).toContain('3rd Division');
    // the same words written mid-sentence are a name the article uses
    expect(
      orgNames('Security Forces said the raid failed. Later the Security Forces said two were held.'),
    ).toContain('Security Forces');
  });
});

describe('people', () => {
  it('reads air force and navy ranks as titles, so the surname alone is no organisation', () => {
    const e = read(
      'Air Commodore Tunde Ade said the camp was hit. "It is over," Ade said. Corporal Musa Bello was hurt.',
    );
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ['Tunde Ade', 'Air Commodore'],
      ['Musa Bello', 'Corporal'],
    ]);
    expect(e.orgs.map((o) => o.name)).not.toContain('Ade');
  });

  it('cuts an over-long appositive role at its last title and keeps a name after "But"', () => {
    const e = read(
      'But Abdelsalam Bin Omran, the deputy defence minister in the Tripoli-based Government of National Unity, blamed a militia.',
    );
    expect(e.people).toHaveLength(1);
    expect(e.people[0]).toMatchObject({ name: 'Abdelsalam Bin Omran', role: 'deputy defence minister' });
  });

  it('reads "X, a commander of the Y (Z)," and plural titles shared by two names', () => {
    const e = read(
      'Turkey said it had killed Khalil Murad, a commander of the Sinjar Resistance Units (YBS), in a drone strike. He is accused together with two businessmen, Johan Botha and Kagiso Molefe, of fraud.',
    );
    const role = roleIn(e);
    expect(role('Khalil Murad')).toBe('commander of the Sinjar Resistance Units');
    expect(role('Johan Botha')).toBe('businessman');
    expect(role('Kagiso Molefe')).toBe('businessman');
  });

  it('reads the roles of people outside offices: a prefect, a coach, a backbencher, a presenter, a driver, a grower', () => {
    const e = read(
      'The prefect, Odile Marchetti, called it a disgrace. Dundee head coach Callum Reid was furious. Tory backbencher Hugh Denning asked for a vote. Sunil Varma, 44, a radio presenter, was hurt. Bus driver Kwame Mensah fled. "We are broke," said Lotte Brandt, 51, an apple grower from Kleve.',
    );
    const role = roleIn(e);
    expect(role('Odile Marchetti')).toBe('prefect');
    expect(role('Callum Reid')).toMatch(/head coach/);
    expect(role('Hugh Denning')).toMatch(/backbencher/);
    expect(role('Sunil Varma')).toBe('radio presenter');
    expect(role('Kwame Mensah')).toMatch(/driver/i);
    expect(role('Lotte Brandt')).toBe('apple grower');
  });

  it('keeps names whole across letters the tokeniser splits, and titles ending in an institution', () => {
    const e = read(
      'Nikola Radovanović, 41, was arrested on Monday. Superintendent of Police Vikas Sharma said 31 people had been held.',
    );
    expect(e.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Nikola Radovanović', 'Vikas Sharma']),
    );
    expect(e.people.find((p) => p.name === 'Vikas Sharma')?.role).toBe('Superintendent of Police');
  });

  it('keeps a rank with the post an appositive gives, and a rank alone when nothing else is told', () => {
    const e = read(
      'Maj. Gen. Tovi Ashkenar, head of the Northern Sector Command, told reporters the patrol had returned. A spokeswoman for the Coast Guard, Capt. Imelda Ruvalcaba, said the boat sank. Col. Benedek Farkas visited the base on Friday. The team captain, Ruaidhri Cole, was injured.',
    );
    const role = roleIn(e);
    expect(role('Tovi Ashkenar')).toBe('Major General, head of the Northern Sector Command');
    expect(role('Imelda Ruvalcaba')).toBe('Captain, spokeswoman for the Coast Guard');
    expect(role('Benedek Farkas')).toBe('Colonel');
    // a rank word that is the post itself stays the role
    expect(role('Ruaidhri Cole')).toBe('team captain');
  });

  it('reads roles told with a charge, an office abbreviation, a senior rank or a lower-case body', () => {
    const e = read(
      'Harbour station officer-in-charge Delwar Morshed said six men were held. Kallur SP Ritika Bhandari said the search went on. Riverside police spokesman Sr. Comr. Bambang Sutopo said the road was reopened. A photographer for the regional weekly paper, Odile Ferrand, said the crowd left. The SSP West, Tariq Lodhi, visited the scene.',
    );
    const role = roleIn(e);
    expect(role('Delwar Morshed')).toBe('Harbour station officer-in-charge');
    expect(role('Ritika Bhandari')).toBe('Kallur SP');
    expect(role('Bambang Sutopo')).toMatch(/spokesman Senior Commissioner/);
    expect(role('Odile Ferrand')).toBe('photographer for the regional weekly paper');
    // a compass word after an office title is the office's area, not a person
    expect(e.people.map((p) => p.name)).not.toContain('West');
  });

  it('reads the post a relative clause after a name tells, up to where it is', () => {
    const e = read(
      '"We heard it at dawn," said Ingrid Solvang, who heads the harbour authority\'s safety office. "The windows shook," said Tomasz Wrona, 58, who owns a hardware store near the station. Dara Quinn, who sits on the parish council, said the hall would open. "Nobody came," said Emeka Obi, who runs the youth football league in the valley.',
    );
    const role = roleIn(e);
    expect(role('Ingrid Solvang')).toBe("head of the harbour authority's safety office");
    expect(role('Tomasz Wrona')).toBe('owner of a hardware store');
    expect(role('Dara Quinn')).toBe('member of the parish council');
    // one runs a shop as its owner; a league one runs is not told as a post
    expect(role('Emeka Obi')).toBeNull();
  });

  it('reads who a person is from what a relative clause says they do or suffered', () => {
    const e = read(
      '"The roof came in," said Ottilie Brandvold, 71, who lives on the top floor of the block. "I ran," said Kasimir Fenn, who lives two doors away. "They took everything," said Runa Askeland, whose nephew was among the dead. Sander Holt, who lost his wife in the blaze, laid flowers. Berit Lunde, who lost her husband, did not speak. "I hid in a freezer," said Eilif Dahl, who survived the night. "Nobody buys now," said Maren Tveit, who sells potatoes near the quay. "The road is shut," said Anders Moe, who drives a minibus between the towns. Lise Foss, who is running for the Storting on the Centre list, toured the site. Jon Berg, who lost his keys, and Ivar Lie, who lives in exile, signed a letter. "Lessons stopped," said Gunnar Aas, who teaches maths at the lower school. "The fields burned," said Oda Nes, who farms 40 hectares by the lake. "It went dark," said Tore Bakke, who was standing near the gate. "We had no beds," said Siri Hauge, who works as a nurse at the health centre.',
    );
    const role = roleIn(e);
    expect(role('Ottilie Brandvold')).toBe('resident');
    expect(role('Kasimir Fenn')).toBe('neighbour');
    expect(role('Runa Askeland')).toBe('relative of a victim');
    expect(role('Sander Holt')).toBe('husband of a victim');
    expect(role('Berit Lunde')).toBe('widow of a victim');
    expect(role('Eilif Dahl')).toBe('survivor');
    expect(role('Maren Tveit')).toBe('potato seller');
    expect(role('Anders Moe')).toBe('minibus driver');
    expect(role('Lise Foss')).toBe('candidate for the Storting');
    expect(role('Gunnar Aas')).toBe('maths teacher');
    expect(role('Oda Nes')).toBe('farmer');
    expect(role('Tore Bakke')).toBe('witness');
    expect(role('Siri Hauge')).toBe('nurse at the health centre');
    // keys are no kin; one who lives in exile is told where, not who
    expect(role('Jon Berg')).toBeNull();
    expect(role('Ivar Lie')).toBeNull();
  });

  it('reads the kin of a victim by the gender of the one who lost them, and kin named after a possessive', () => {
    const e = read(
      'Troops took Ansel Varga from his home on Monday. "They broke the gate," his brother Tibor Varga told reporters. Maria Kovacs, whose 17-year-old son was among the dead, wept. Peter Novak, whose daughter was killed, spoke. Ilona Szabo, whose husband was shot, left. Her aunt, Anna Toth, stayed.',
    );
    const role = roleIn(e);
    expect(role('Tibor Varga')).toBe('brother of Ansel Varga');
    expect(role('Maria Kovacs')).toBe('mother of a victim');
    expect(role('Peter Novak')).toBe('father of a victim');
    expect(role('Ilona Szabo')).toBe('widow of a victim');
    // "her" points back past the men to the last woman named
    expect(role('Anna Toth')).toBe('aunt of Ilona Szabo');
  });

  it('reads an appositive that names what someone does and where, one of a group, and a long post told with its town', () => {
    const e = read(
      '"Prices will hold," said Wanjiru Oduor, head of grain research at Kestrel Markets in Nairobi. "Not yet," said Pieter Smit, a partner at a Durban law firm. "Insurers wait," said Eleni Vasou, a cargo underwriter in Limassol. "We march again," said Ama Owusu, one of the rally organisers. The ridge, one of the highest points, was shelled. "It was quiet," said Bruno Reis, a tower of strength in the village.',
    );
    const role = roleIn(e);
    expect(role('Wanjiru Oduor')).toBe('head of grain research at Kestrel Markets');
    expect(role('Pieter Smit')).toBe('partner at a Durban law firm');
    expect(role('Eleni Vasou')).toBe('cargo underwriter in Limassol');
    expect(role('Ama Owusu')).toBe('rally organiser');
    // a noun that names no person is no post
    expect(role('Bruno Reis')).toBeNull();
  });

  it('reads the post of one a teller names as', () => {
    const e = read(
      'The gunman, identified as Wendell Marsh, was held. The money moved through a finance official it named as Rafiq Tahir. The second victim was identified as Lena Vogt. Police identified as Omar Sayed the man who fled.',
    );
    const role = roleIn(e);
    expect(role('Wendell Marsh')).toBe('gunman');
    expect(role('Rafiq Tahir')).toBe('finance official');
    expect(role('Lena Vogt')).toBe('second victim');
    // the teller itself is no post
    expect(role('Omar Sayed')).toBeNull();
  });

  it('reads a post told by a copula after a name, and an appositive before a name past an age or an honorific', () => {
    const e = read(
      'The dead man, Tobiah Renner, 24, was a farmer and was shot in his field. Greta Wahl is a nurse at the district clinic. The driver, 41-year-old Piet Oosthuis, died at the scene. A resident, Mr Kofi Adjei, said the men came at night. Hanne Ruud, 30, was a long way from home, her sister said.',
    );
    const role = roleIn(e);
    expect(role('Tobiah Renner')).toBe('farmer');
    expect(role('Greta Wahl')).toBe('nurse at the district clinic');
    expect(role('Piet Oosthuis')).toBe('driver');
    expect(role('Kofi Adjei')).toBe('resident');
    // a copula with no post after it gives none
    expect(role('Hanne Ruud')).toBeNull();
  });

  it('reads who a person is in an event or a body from an appositive noun that is no title', () => {
    const e = read(
      "The gunman, Orrin Lasky, was arrested at the scene. The victim's brother, Pavel Drozd, spoke outside the court. Residents named Ilse Varga, a member of the tenants' association, as the first to call for help.",
    );
    const role = roleIn(e);
    expect(role('Orrin Lasky')).toBe('gunman');
    expect(role('Pavel Drozd')).toBe("victim's brother");
    expect(role('Ilse Varga')).toBe("member of the tenants' association");
  });

  it('reads the post a teller gives in a relative clause, and ", who" as a sign of a person', () => {
    const e = read(
      "The army said it had killed Ruslan Degtyar, whom it described as the commander of the militia's mortar units in the Narva sector. Police arrested Jonas Vik, who they said was a finance officer of the smuggling ring. The strike killed Omar Haddad, who it said headed the drone unit. Officers detained Ali Jaber, whom they named as Ali Qassem Jaber. Fans of Dynamo Brest, who lost on Sunday, left early.",
    );
    const role = roleIn(e);
    expect(role('Ruslan Degtyar')).toBe("commander of the militia's mortar units in the Narva sector");
    expect(role('Jonas Vik')).toBe('finance officer of the smuggling ring');
    expect(role('Omar Haddad')).toBe('head of the drone unit');
    // a name is no post; a club named after its town takes "who" too
    expect(role('Ali Jaber')).toBeNull();
    expect(e.people.map((p) => p.name)).not.toContain('Dynamo Brest');
  });

  it('reads names opened by initials, a judge told as Justice, a counterpart and the honorifics of South Asian papers', () => {
    const e = read(
      '"We had our hands raised," said T. R. Velmurugan, president of the Karaikal Boat Owners\' Association. Justice Miriam Otieno adjourned the case. The Justice Ministry did not comment. Foreign Minister Ilse Brandt met her Danish counterpart Jens Holmgaard. Maulana Abdul Qadeer denied the claim.',
    );
    const role = roleIn(e);
    expect(role('T. R. Velmurugan')).toMatch(/^president of the Karaikal Boat Owners/);
    expect(role('Miriam Otieno')).toBe('Justice');
    expect(role('Jens Holmgaard')).toBe('Danish counterpart');
    expect(e.people.map((p) => p.name)).toContain('Abdul Qadeer');
    expect(e.people.map((p) => p.name)).not.toContain('Ministry');
  });

  it('keeps the words that qualify a title, and takes no clause subject after a name for its appositive', () => {
    const e = read(
      'Supporters of former president Aurelio Banzer blocked the road. "We will sign," federal interior minister Halima Dugsiye said. Its managing director, Kemi Oduya, spoke to shareholders. According to the Lugela district administrator, Tomé Macuácua, the attackers entered the village at dawn. Senior Colonel Wei Jintao, the command\'s spokesman, gave no toll.',
    );
    const role = roleIn(e);
    expect(role('Aurelio Banzer')).toBe('former president');
    expect(role('Halima Dugsiye')).toBe('federal interior minister');
    expect(role('Kemi Oduya')).toBe('managing director');
    expect(role('Tomé Macuácua')).toBe('Lugela district administrator');
    expect(role('Wei Jintao')).toBe("Senior Colonel, command's spokesman");
  });

  it('reads a country name used as a given name as a person', () => {
    const e = read('Jordan Pike, 17, scored 31 points in Ames on Saturday. Jordan Pike then left the court.');
    expect(e.people.map((p) => p.name)).toContain('Jordan Pike');
    expect(e.places.some((p) => p.name === 'Jordan')).toBe(false);
  });
});

describe('US local places', () => {
  const story =
    'SACRAMENTO, Calif. (Wire) - A wildfire forced the closure of a stretch of Interstate 80 in California on Thursday, and a crash closed Highway 99 near Lodi. Evacuees gathered at Oak Ridge High School, officials said. The California Highway Patrol said Sand Harbor State Park reopened. The Iowa High School Athletic Association was not involved.';

  it('reads numbered roads as places of kind other', () => {
    expect(place(story, 'Interstate 80')?.kind).toBe('other');
    expect(place(story, 'Highway 99')?.kind).toBe('other');
    // a number after the word alone is no road: "Route" opening a sentence with no number
    expect(place('Route planners met in Lodi, California.', 'Route')).toBeUndefined();
  });

  it('reads schools and state parks as facilities, not as the town or state they are named after', () => {
    const e = read(story);
    expect(place(story, 'Oak Ridge High School')?.kind).toBe('facility');
    expect(place(story, 'Sand Harbor State Park')?.kind).toBe('facility');
    expect(e.places.some((p) => p.name === 'Oak Ridge' || p.name === 'Sand Harbor')).toBe(false);
    // a patrol named after a highway is no road; an association named after a school is no school
    expect(e.places.some((p) => /Highway Patrol|California Highway$/.test(p.name))).toBe(false);
    expect(e.places.some((p) => p.name.startsWith('Iowa High School'))).toBe(false);
  });
});

describe('data and cost', () => {
  it('ships the second-tier towns and the legislatures', () => {
    const g = loadGazetteer();
    expect(g.towns.get('sinjar')?.[0]).toMatchObject({ country: 'IQ', seat: true });
    expect(g.legislatures.get('IL')?.name).toBe('Knesset');
    expect(g.phrases.get('turkey')?.[0]).toMatchObject({ kind: 'country', country: 'TR', name: 'Turkey' });
  });

  it('recognises landmark heads, one and two words long', () => {
    const w = (s: string) => s.split(' ').map((text) => ({ text }));
    expect(landmarkHead(w('Thingvellir National Park'), 1, 3)).toMatchObject({ kind: 'facility', n: 2 });
    expect(landmarkHead(w('Borno state media'), 1, 3)).toBeNull();
    expect(landmarkHead(w('Borno state ,'), 1, 3)).toMatchObject({ kind: 'province', n: 1 });
  });

  it('stays linear on a long run of capitalised words', () => {
    const parts = [
      'Sinjar',
      'the',
      'village',
      'of',
      'Harbor',
      'near',
      'Police',
      'River',
      'Mount',
      'Kamsu',
      'in',
      'for',
      'All',
    ];
    let text = '';
    for (let i = 0; text.length < 120_000; i++)
      text += `${parts[(i * 7) % parts.length]}${i % 19 === 0 ? '. ' : ' '}`;
    const doc = buildDoc(text);
    const t0 = performance.now();
    extractEntities(doc);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
