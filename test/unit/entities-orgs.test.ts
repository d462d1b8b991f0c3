/**
 * Organisations by form on short texts written for these tests: numbered units, sites named after a body, slogans,
 * headline capitals, descriptions and short forms of a body already named.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { orgHeads } from '../../src/lib/extract/entities/heads.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';
import { loadGazetteer } from '../../src/lib/extract/gazetteer.ts';
import { extractQuotes } from '../../src/lib/extract/quotes.ts';

const read = (text: string) => extractEntities(buildDoc(text));
const orgNames = (text: string) => read(text).orgs.map((o) => o.name);

describe('organisations by form', () => {
  it('keeps the ordinal of a numbered unit', () => {
    const names = orgNames(
      "A mine hit a convoy of the Kenyan army's 7th Motorised Brigade near Garissa on Monday. Officers of the 12th Division said the road was closed.",
    );
    expect(names).toContain('7th Motorised Brigade');
    expect(names).toContain('12th Division');
    expect(names).not.toContain('Motorised Brigade');
  });

  it('reads a site named after a body as no organisation', () => {
    const names = orgNames(
      'Marchers gathered on Parliament Street before noon. The rockets were tested at the Northern Army Firing Range last year, the company said.',
    );
    expect(names).not.toContain('Parliament Street');
    expect(names.some((n) => /Northern Army/.test(n))).toBe(false);
  });

  it('reads a hill named after a body and a conference centre as no organisation', () => {
    const names = orgNames(
      'Protesters gathered on Parliament Hill in Ottawa on Monday. The summit opened at the Mahatma Gandhi International Conference Centre, and the Wilson Center said the talks had stalled.',
    );
    expect(names.filter((n) => /Hill|Conference Centre/.test(n))).toEqual([]);
    expect(names).toContain('Wilson Center');
  });

  it('reads a slogan in quotation marks and headline capitals as no organisation', () => {
    const names = orgNames(
      'Chart Tracks Every Strike On Coastal Guard Units Since Spring\n\nHundreds of people marched in Lagos holding signs reading "Fund Nurses Union." Police said the march was peaceful.',
    );
    expect(names).not.toContain('Fund Nurses Union');
    expect(names.some((n) => /Coastal Guard/.test(n))).toBe(false);
  });
});

describe('the end of a name', () => {
  it('keeps one last word of the name after its head', () => {
    const names = orgNames(
      'Shares in Raiffeisen Bank Romana fell 2%, said Ana Pop, an economist in Bucharest. Officials at the Finance Ministry Tuesday declined to comment.',
    );
    expect(names).toContain('Raiffeisen Bank Romana');
    expect(names.some((n) => /Tuesday/.test(n))).toBe(false);
  });
});

describe('bodies named beside their kind', () => {
  it('reads the name after "the … consultancy" and before ", a group"', () => {
    const e = read(
      'Freight rates rose, said Lars Moe, an analyst at the Bergen-based consultancy Skarvik Maritime. The march was organized by Mothers United Against Cuts, a group that opposes the bill. Volunteers from the Relief Room in Kabkabiya, a volunteer group, handed out food.',
    );
    const names = e.orgs.map((o) => o.name);
    expect(e.orgs.find((o) => o.name === 'Skarvik Maritime')?.aliases).toContain('consultancy');
    expect(names).toContain('Mothers United Against Cuts');
    expect(names).not.toContain('Kabkabiya');
  });
});

describe('organisations with a lower-case head', () => {
  it("reads a country's air force and a described command as bodies, but no task force", () => {
    expect(orgNames('Officers said the Kenyan air force flew two sorties over the lake.')).toEqual([
      'Kenyan air force',
    ]);
    expect(orgNames("Chile's combined naval command said a trawler was missing.")).toEqual([
      'Chile combined naval command',
    ]);
    expect(
      orgNames('A Fire Marshal task force was set up, and Ghana deployed an extra police force.'),
    ).toEqual([]);
  });

  it('reads a description after "a" as no new body', () => {
    const e = read(
      'The Southern Mutual Defence Pact (SMDP), a Nairobi-led security bloc, said it would send observers to Kenya.',
    );
    expect(e.orgs.map((o) => o.name).some((n) => /security bloc/.test(n))).toBe(false);
  });

  it('takes the name after a lower-case head as the body, the description as its alias', () => {
    const e = read(
      "Flights were halted after Kenya's civil aviation authority Kenair said drones were seen.",
    );
    const o = e.orgs.find((x) => x.name === 'Kenair');
    expect(o?.aliases).toContain('civil aviation authority');
    expect(e.orgs.map((x) => x.name).some((n) => /aviation authority$/.test(n))).toBe(false);
  });

  it("gives a country's lower-case ministry to its ministry, not to its forces", () => {
    const e = read(
      'Afghan forces fired across the border on Monday, officials said. A spokesman for the Afghan Ministry of Defence said the strikes were a violation. The Afghan defence ministry said its forces had hit the posts.',
    );
    const ministry = e.orgs.find((o) => o.name === 'Afghan Ministry of Defence');
    expect(ministry?.aliases).toContain('Afghan defence ministry');
    expect(e.orgs.find((o) => o.name === 'Afghan forces')?.aliases ?? []).not.toContain(
      'Afghan defence ministry',
    );
  });
});

describe('one body under two names', () => {
  it('reads "X police" as the "X Police Department" already named', () => {
    const e = read(
      'A statement from the Portland Police Department said six people were held. Later, Portland police said the square was cleared.',
    );
    expect(e.orgs.map((o) => o.name)).not.toContain('Portland police');
    expect(e.orgs.find((o) => o.name === 'Portland Police Department')?.aliases).toContain('Portland police');
  });

  it('reads a name of common words as the short form of the one body ending with it', () => {
    const e = read(
      'The Ghanaian Air Force said it struck a camp near Bawku. A villager asked how the Air Force knew no hostages were there.',
    );
    expect(e.orgs.map((o) => o.name)).not.toContain('Air Force');
    expect(e.orgs.find((o) => o.name === 'Ghanaian Air Force')?.aliases).toContain('Air Force');
  });

  it("keeps a country's army apart from the rebels of that country, and joins it to the state's named forces", () => {
    const apart = read(
      "Ethiopia's army said on Friday that fighters of the Oromo Liberation Army had burned two grain stores near Nekemte, a charge the OLA rejected.",
    );
    const army = apart.orgs.find((o) => o.name === 'Ethiopia army');
    expect(army?.aliases).toContain("Ethiopia's army");
    expect(apart.orgs.find((o) => o.name === 'Oromo Liberation Army')?.aliases ?? []).not.toContain(
      "Ethiopia's army",
    );
    // control: the state's forces named in full take in the country's military told later
    const joined = read(
      "The Ethiopian National Defense Force moved two brigades to the lake shore. Weeks later Ethiopia's military flew in fuel.",
    );
    expect(joined.orgs.find((o) => o.name === 'Ethiopian National Defense Force')?.aliases).toContain(
      "Ethiopia's military",
    );
    expect(joined.orgs.map((o) => o.name)).not.toContain('Ethiopia military');
  });

  it('reads a bare "the army" as the army of the country the story is about, or as the forces it named', () => {
    const alone = read(
      'LUSAKA, Zambia — Soldiers cleared a roadblock on the Kafue road on Sunday, and the army said two men were held.',
    );
    expect(alone.orgs.find((o) => o.name === 'Zambian army')?.country).toBe('ZM');
    // named forces, even another state's, are the ones meant
    const named = read(
      "LUSAKA, Zambia — Angola's armed forces crossed into Zambia near Chavuma on Sunday to chase smugglers, and the army said two men were held.",
    );
    expect(named.orgs.map((o) => o.name)).not.toContain('Zambian army');
    expect(named.orgs.find((o) => o.name === 'Angola armed forces')?.aliases).toContain('army');
    // control: "army" and "military" before a noun or a possessive name no body
    const words = read(
      "LUSAKA, Zambia — Lorries queued at the army checkpoint near Kafue, where the military's engineers were mending a bridge.",
    );
    expect(words.orgs).toEqual([]);
    // a paragraph whose places all lie in another country: that country's army, not the main country's
    const roundup = read(
      'Libya: Clashes broke out in Tripoli on Monday between rival militias. Residents of Tripoli and Misrata reported gunfire, and the Libyan interior ministry called for calm in Tripoli.\n\nPhilippines: Soldiers clashed with rebels in Las Navas, Northern Samar, on Tuesday, the army said.',
    );
    expect(roundup.orgs.map((o) => o.name)).not.toContain('Libyan army');
    expect(roundup.orgs.find((o) => o.aliases.includes('army'))).toMatchObject({
      name: 'Philippine army',
      country: 'PH',
    });
  });

  it('reads an office told again and "known as" a name as one body under both names', () => {
    const once = read(
      "The regional prosecutor's office opened a case against the mill owner in Arequipa on Monday. Two days later the regional prosecutor's office, known as the Fiscalia Regional, said the owner had fled.",
    );
    expect(once.orgs.find((o) => o.name === "regional prosecutor's office")?.aliases).toContain(
      'Fiscalia Regional',
    );
    expect(once.orgs.map((o) => o.name)).not.toContain('Fiscalia Regional');
    // control: another body named after the office told again stays its own
    const two = read(
      "The regional prosecutor's office opened a case against the mill owner in Arequipa on Monday. Two days later the regional prosecutor's office asked the Arequipa Bar Association to name a lawyer for him.",
    );
    expect(two.orgs.map((o) => o.name).sort()).toEqual([
      'Arequipa Bar Association',
      "regional prosecutor's office",
    ]);
  });

  it('ends a name before "and" with a demonym that qualifies a common noun', () => {
    const names = orgNames(
      'The command said it worked alongside the Federal Government of Nigeria and Nigerian security forces near Maiduguri.',
    );
    expect(names).toContain('Federal Government of Nigeria');
    expect(names.some((n) => /and Nigerian/.test(n))).toBe(false);
  });
});

describe('names that are not bodies', () => {
  it('reads an acronym the article gives a plan or a treaty as no organisation', () => {
    const names = orgNames(
      'Egypt left the Nile Basin Water Sharing Plan of Action (NBWSPA) in 2019. Sudan sought to return to the NBWSPA, but talks on the NBWSPA stalled.',
    );
    expect(names).not.toContain('NBWSPA');
  });

  it('reads "residents of X told" as people of a place, not a body', () => {
    const names = orgNames(
      'Soldiers struck a group of fighters near Tagourat on Monday. Residents of Tagourat told reporters that the strike hit a market.',
    );
    expect(names).not.toContain('Tagourat');
    // the last of places listed after "residents of"
    const listed = orgNames('Residents of Tripoli and Misrata reported gunfire on Monday.');
    expect(listed).not.toContain('Misrata');
  });

  it('reads a listed body inside a longer outlet name as no mention of that body', () => {
    const names = orgNames('The Guardian Post said on Monday that the army had arrived in Buea.');
    expect(names).not.toContain('The Guardian');
    // control: the listed paper itself
    expect(orgNames('The Guardian said on Monday that the army had arrived in Buea.')).toContain(
      'The Guardian',
    );
  });

  it('reads capitals right after a clock time as its time zone, not a body', () => {
    const names = orgNames(
      'Published 1 December 2026, 10:42 TRT\n\nA drone struck a depot near Hatay at 03:15 TRT on Monday.',
    );
    expect(names).not.toContain('TRT');
    // control: the broadcaster that speaks
    expect(orgNames('A drone struck a depot near Hatay on Monday, TRT reported.')).toContain('TRT');
  });
});

describe('roles', () => {
  const roles = (text: string) => Object.fromEntries(read(text).people.map((p) => [p.name, p.role]));

  it('keeps a portfolio between two titles in the role, not as a name', () => {
    const r = roles(
      '"We will cut spending," Deputy Trade Minister Aram Vardanyan told lawmakers, while Energy Minister Lusine Hakobyan stayed silent.',
    );
    expect(r['Aram Vardanyan']).toBe('Deputy Trade Minister');
    expect(r['Lusine Hakobyan']).toBe('Energy Minister');
    expect(Object.keys(r)).not.toContain('Trade');
  });

  it("reads an owner's title with common words and a title with a common noun in its tail", () => {
    const r = roles(
      'The agency said it was alarmed. Its head of mission for Tigray, Selam Berhe, said trucks waited. "We need fuel," said Tomas Lind, Oxfam\'s field coordinator for Ethiopia, on Monday.',
    );
    expect(r['Selam Berhe']).toBe('head of mission for Tigray');
    expect(r['Tomas Lind']).toBe("Oxfam's field coordinator for Ethiopia");
  });

  it('reads a family role in an appositive', () => {
    const r = roles(
      'Amina Yusuf Ali, 41, a mother of six who reached Tawila on Monday, said the fighters took everything.',
    );
    expect(r['Amina Yusuf Ali']).toBe('mother of six');
  });
});

describe('names that are no person', () => {
  const peopleNames = (text: string) => read(text).people.map((p) => p.name);

  it('reads a name with an appositive kind of body as a body, based-in words dropped', () => {
    const e = read(
      'The tanker is run by Corvane Marine Management, a Cyprus-based firm, whose safety director, Lena Okafor, said the crew was safe. A spokesman for the Qatar-based Seventh Fleet, Captain Idris Moyo, gave no details.',
    );
    const people = e.people.map((p) => p.name);
    expect(people).toContain('Lena Okafor');
    expect(people).toContain('Idris Moyo');
    expect(people).not.toContain('Corvane Marine Management');
    expect(people.some((p) => /Fleet/.test(p))).toBe(false);
    const orgs = e.orgs.map((o) => o.name);
    expect(orgs).toContain('Corvane Marine Management');
    expect(orgs).toContain('Seventh Fleet');
  });

  it('keeps a person whose appositive only mentions a kind of body', () => {
    const names = peopleNames(
      'Tomasz Wrona, a party member, said he would vote no. Edita Kalnina, an organiser with the group, said talks were over.',
    );
    expect(names).toContain('Tomasz Wrona');
    expect(names).toContain('Edita Kalnina');
  });

  it('reads the tail of a body and a named thing after "the" as no person', () => {
    const names = peopleNames(
      "A drone hit a Panama-flagged tanker, the Ruby Meadow, on Monday. Kenya's Ministry of Public Service said its staff were safe. The Council for Civil Liberties said the raid was unlawful.",
    );
    expect(names).toEqual([]);
  });

  it('reads areas listed after "the departments of" and names before a place noun as places', () => {
    const names = peopleNames(
      'Roads in the northern departments of Rosa Blanca and Izabal were never built. Gunmen crossed near the Ahmad Zai crossings, and Nura Baba, a hamlet near the river, was emptied.',
    );
    expect(names).toEqual([]);
  });
});

describe('descriptions and grades that are no body', () => {
  it('reads a name with a plural head elsewhere as a kind of body', () => {
    const names = orgNames(
      'Villagers blame Bozo militia for the raid\n\nBozo militias have clashed with herders for years, officials in Mopti said on Sunday.',
    );
    expect(names).not.toContain('Bozo militia');
  });

  it('reads a country, a common noun and a head inside a quotation as rhetoric', () => {
    const names = orgNames(
      'The drone hit a depot that the statement called "a key node of the Eritrean occupation army" on Monday. Officials in Asmara denied it.',
    );
    expect(names).not.toContain('Eritrean occupation army');
  });

  it('reads a name and acronym before a grade or a measure as no body', () => {
    const orgs = read(
      'North Sea Forties Blend (NSFB) crude futures rose 2%. The Harlow Energy Institute (HEI) said supply was tight.',
    ).orgs;
    expect(orgs.some((o) => o.aliases.includes('NSFB') || /Blend/.test(o.name))).toBe(false);
    expect(orgs.map((o) => o.name)).toContain('Harlow Energy Institute');
  });
});

describe('names with unusual heads', () => {
  it('reads a name ending in a sentence-opening word before ", a group" as a body', () => {
    const names = orgNames(
      'The march was organised by Nevada Parents First, a group that opposes the bill, on Saturday in Reno.',
    );
    expect(names).toContain('Nevada Parents First');
  });
});

describe('roles round two', () => {
  const roles = (text: string) => Object.fromEntries(read(text).people.map((p) => [p.name, p.role]));

  it("reads a place between an owner and a title, and a body's leader from 'led by'", () => {
    const r = roles(
      '"The case is open," Lucia Ferrer, RSF\'s Peru representative, said on Monday. Fighting broke out with the Tamar Brigades, led by Kofi Asante Mensah, near the river.',
    );
    expect(r['Lucia Ferrer']).toBe("RSF's Peru representative");
    expect(r['Kofi Asante Mensah']).toBe('Tamar Brigades leader');
  });
});

describe("a state's forces and an armed group", () => {
  it("keeps a people's defence force apart from the country's military", () => {
    const orgs = read(
      "Fighters of the People's Defence Force (PDF) ambushed a convoy in Sagaing. Myanmar's military said it lost three soldiers.",
    ).orgs;
    const pdf = orgs.find((o) => o.name === "People's Defence Force");
    expect(pdf).toBeDefined();
    expect(pdf?.aliases).not.toContain("Myanmar's military");
  });
});

describe('employers after a title with a tail', () => {
  it('reads the body after "head of … research at"', () => {
    const names = orgNames(
      'Tariq Osei, head of energy research at Wexford Partners, said prices would rise this winter.',
    );
    expect(names).toContain('Wexford Partners');
  });
});

describe('heads learned from the organisation lists', () => {
  it('learns heads the lists end names with and keeps places and event words out', () => {
    const heads = orgHeads(loadGazetteer());
    for (const h of ['ratings', 'platform', 'forum', 'command', 'network'])
      expect(heads.has(h), h).toBe(true);
    for (const h of ['province', 'conference', 'ukraine', 'war']) expect(heads.has(h), h).toBe(false);
  });

  it('reads a body unknown to the lists whole when its name ends in a learned head', () => {
    const names = read(
      'Analysts at Kestrel Ratings cut the outlook on Tuesday. The Kisumu Traders Platform called a march for Friday.',
    ).orgs.map((o) => o.name);
    expect(names).toContain('Kestrel Ratings');
    expect(names).toContain('Kisumu Traders Platform');
  });

  it('reads a confederation named head first', () => {
    expect(
      orgNames("The Confederation of Kenyan Workers' Unions (COKWU) called a strike on Monday."),
    ).toContain("Confederation of Kenyan Workers' Unions");
  });
});

describe('longer names around a known or cut name', () => {
  it('keeps an "on …" tail in the name but not a date', () => {
    const names = orgNames(
      'The Regional Commission on Water Rights said the dam was safe. The Security Council on Monday called for calm.',
    );
    expect(names).toContain('Regional Commission on Water Rights');
    expect(names).not.toContain('Regional Commission');
    expect(names.some((n) => /Monday/.test(n))).toBe(false);
  });

  it("reads a place before another country's listed body as one longer name", () => {
    const names = orgNames('The Lagos Metropolitan Police said two suspects were held in Lagos, Nigeria.');
    expect(names).toContain('Lagos Metropolitan Police');
    expect(names).not.toContain('Metropolitan Police');
  });
});

describe('descriptions of forces', () => {
  it('lists no body for a nationality before a generic force, but keeps a body the text names', () => {
    const text =
      'Ruritanian police said on Monday that gunmen killed four herders near Lodwar. Israeli forces raided a camp overnight, and Somalia’s security forces blocked the road. Ugandan troops later reached the village.\n\nThe Kenya Defence Forces said its soldiers were not involved. Borno State police arrested two suspects.';
    const names = orgNames(text);
    expect(names.some((n) => /^(?:Israeli|Somalia's|Somalia’s|Ugandan) /.test(n))).toBe(false);
    expect(names).toContain('Kenya Defence Forces');
    expect(names).toContain('Borno State police');
  });

  it('tells a description from a name', async () => {
    const { isForceDescription } = await import('../../src/lib/extract/entities.ts');
    const nation = (w: string) => /^(?:Israeli|Iraq|Kenyan)$/.test(w);
    expect(isForceDescription('Israeli forces', nation)).toBe(true);
    expect(isForceDescription("Iraq's security forces", nation)).toBe(true);
    expect(isForceDescription('the Kenyan riot police', nation)).toBe(true);
    expect(isForceDescription('Israel Defense Forces', nation)).toBe(false);
    expect(isForceDescription('Rapid Support Forces', nation)).toBe(false);
    expect(isForceDescription('Kenyan army', nation)).toBe(false);
  });
});

describe('descriptions, titles and joined names that are no body', () => {
  it("reads a nation's or a faith's adjective before a non-state kind as a description", () => {
    const names = orgNames(
      'The Tuareg rebels of the Azawad Movement shelled Kidal. The Malian group said it would fight on. The Islamist militant group Ansar Dine denied it in a post on its Telegram channel.',
    );
    expect(names.some((n) => /^(?:Malian|Islamist)\b/.test(n))).toBe(false);
    expect(names.some((n) => /channel$/.test(n))).toBe(false);
  });

  it("keeps a state's force named by its nation", () => {
    expect(orgNames('The Malian army said it had retaken Kidal on Monday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Malian army|Malian Armed Forces|Armed Forces of Mali/)]),
    );
  });

  it("reads a post's title as a role, not a body", () => {
    const names = orgNames(
      'Regional Police Commissioner (RPC) Amos Mwita said two men were held. The Inspector General of Police, Tom Otieno, visited Garissa. County Police Commander Jane Wairimu spoke later.',
    );
    expect(names.filter((n) => /Commissioner|Inspector|Commander|Regional Police/.test(n))).toEqual([]);
  });

  it('reads an officer-in-charge, a named inspector general and an officer "of" a body as posts', () => {
    const names = orgNames(
      'Sakhipur Police Station Officer-in-Charge (OC) Mohammad Jahangir Alam said police arrested nine people. Bastar Inspector General of Police K. Sundarraj said the Maoists fled. The Police Public Relations Officer of the Kaduna State Command, ASP Yakubu Danladi, confirmed the attack.',
    );
    expect(names.filter((n) => /Officer|Inspector/.test(n))).toEqual([]);
    expect(
      orgNames('The Office of the Chief Medical Officer said the clinic would reopen on Monday.').length,
    ).toBeGreaterThan(0);
  });

  it('leaves a count out of the name of the body whose members it counts', () => {
    const names = orgNames(
      'Six National Guard members killed in ambush\n\nSix members of the National Guard were killed on Monday. Two Coast Guard officers were hurt, the Mexican Coast Guard said.',
    );
    expect(names.filter((n) => /^(?:Six|Two)\b/.test(n))).toEqual([]);
    expect(names).toContain('National Guard');
  });

  it('splits "the Army and the X Police" into the second body', () => {
    const names = orgNames(
      'On Sunday, troops of the Army and the Punjab Police cordoned off the village of Rampur.',
    );
    expect(names).toContain('Punjab Police');
    expect(names.some((n) => /Army and/.test(n))).toBe(false);
  });

  it('takes the name a group gives itself', () => {
    const e = read(
      'A little-known group calling itself the Sahel Lions claimed the ambush near Gao. A militia called the Northern Wolves denied it.',
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toContain('Sahel Lions');
    expect(names).toContain('Northern Wolves');
    expect(e.places.map((p) => p.name)).not.toContain('Sahel');
  });

  it('does not read a listed place as a body because of its last word', () => {
    const e = read('Soldiers raided homes in the West Bank city of Nablus on Monday.');
    expect(e.orgs.map((o) => o.name)).not.toContain('West Bank');
    expect(e.places.map((p) => p.name)).toContain('West Bank');
  });

  it('does not run a name across a sentence the splitter missed after a one-letter name', () => {
    const names = orgNames(
      'The minister called it a crime in a post on X. The Egyptian Foreign Ministry called for calm.',
    );
    expect(names.some((n) => n.startsWith('X'))).toBe(false);
  });

  it('folds a body named "known as" a listed alias of another body into one', () => {
    const e = read(
      'The African Union mission in Somalia, known as AUSSOM, will hand over more duties to Somali forces next year.',
    );
    expect(e.orgs.filter((o) => /AUSSOM|African Union/.test([o.name, ...o.aliases].join(' '))).length).toBe(
      1,
    );
  });
});

describe('a ministry named by its portfolio at the start of a sentence', () => {
  it('reads "Health ministry spokesman X said" as the ministry', () => {
    const names = orgNames('Health ministry spokesman Juma Otieno said 12 people were treated in Kisumu.');
    expect(names).toContain('Health ministry');
  });
});

describe('acronyms the article defines', () => {
  it('gives a bracketed acronym to the name before it, not to a listed body that shares its head', () => {
    const orgs = read(
      'Fighters of the Liberian National Army (LNA) crossed the river on Monday. The LNA said two soldiers were hurt.',
    ).orgs;
    expect(orgs.map((o) => o.name)).toEqual(['Liberian National Army']);
    expect(orgs[0].aliases).toContain('LNA');
  });
});

describe('a French name with an elided article', () => {
  it('keeps "de l\'…" inside the name before its acronym', () => {
    const orgs = read(
      "Taps ran dry in the capital, said the Agence Nationale de l'Eau Potable (ANEP). ANEP said supplies would resume on Friday.",
    ).orgs;
    expect(orgs.map((o) => o.name)).toEqual(["Agence Nationale de l'Eau Potable"]);
    expect(orgs[0].aliases).toContain('ANEP');
  });
});

describe('a listed body named in full by the article with its acronym', () => {
  it('folds the listed name inside the longer name into that one body', () => {
    const orgs = read(
      "A commander of the Gangaw People's Defence Force (PDF), which fights the junta, said the village was burned. The PDF said three fighters died.",
    ).orgs;
    expect(orgs.map((o) => o.name)).toEqual(["Gangaw People's Defence Force"]);
    expect(orgs[0].aliases).toEqual(expect.arrayContaining(['PDF', "People's Defence Force"]));
  });
});

describe('a name with an "of" tail before its only head', () => {
  it('reads "Port of X Authority" as one name', () => {
    const names = orgNames('The Port of Tema Authority said cranes were idle on Monday.');
    expect(names).toEqual(['Port of Tema Authority']);
  });
});

describe('a description in apposition before a named body', () => {
  it('is an alias of that body, not a second organisation', () => {
    const orgs = read(
      "The jet was hit twice, according to Niger's civil aviation authority, the Agence Nigerienne de l'Aviation Civile (ANAC). ANAC said the runway was shut.",
    ).orgs;
    expect(orgs.map((o) => o.name)).toEqual(["Agence Nigerienne de l'Aviation Civile"]);
    expect(orgs[0].aliases).toEqual(expect.arrayContaining(['ANAC', "Niger's civil aviation authority"]));
  });

  it('is that body when set between commas after its name and acronym', () => {
    const names = read(
      'The Arctic Sentinel Network (ASN), the Norwegian monitoring agency, counted four flights over the fjord. The ASN said none had crossed the border.',
    ).orgs.map((o) => o.name);
    expect(names).toEqual(['Arctic Sentinel Network']);
  });

  it('stays a body of its own when listed beside the name or named apart', () => {
    const listed = read(
      'The Arctic Sentinel Network (ASN), the Norwegian monitoring agency and the coast guard counted four flights.',
    ).orgs.map((o) => o.name);
    expect(listed).toContain('Norwegian monitoring agency');
    const apart = read(
      'Officers of the Norwegian monitoring agency said the Arctic Sentinel Network had counted four flights.',
    ).orgs.map((o) => o.name);
    expect(apart).toContain('Norwegian monitoring agency');
    expect(apart).toContain('Arctic Sentinel Network');
    // a name with a lower-case glue word inside is no description
    const named = read(
      'Teams from the Arctic Sentinel Network, the Home Guard of Norway, searched the ice.',
    ).orgs.map((o) => o.name);
    expect(named).toContain('Home Guard of Norway');
  });
});

describe('a unit with a name of its own after its head', () => {
  it('reads the name after the head as part of the unit', () => {
    const text =
      'The Motorised Rifle Brigade Black Heron and the Coastal Defence Corps held the line near the river. Task Force Osprey moved south on Friday, and Task Force 41 patrolled the bay.';
    const names = orgNames(text);
    expect(names).toEqual(
      expect.arrayContaining([
        'Motorised Rifle Brigade Black Heron',
        'Coastal Defence Corps',
        'Task Force Osprey',
        'Task Force 41',
      ]),
    );
    expect(names).not.toContain('Motorised Rifle Brigade');
  });

  it('reads a unit named after its head as no person', () => {
    const e = read('The 63rd Separate Brigade Tavria said its drones had stopped the assault.');
    expect(e.people).toEqual([]);
    expect(e.orgs.map((o) => o.name)).toEqual(['63rd Separate Brigade Tavria']);
  });

  it('leaves a title or a date after the head out of the name', () => {
    const names = orgNames(
      'The Alpine Brigade Commander spoke to reporters. The 9th Brigade Monday drills ended.',
    );
    expect(names.some((n) => /Commander|Monday/.test(n))).toBe(false);
  });
});

describe('companies named by one word', () => {
  it('reads a name the text treats as a company', () => {
    const names = orgNames(
      "Dutch payments firm Quillon agreed to buy its smaller rival. Marvessa, the Danish turbine maker, said in a statement that orders doubled. Shares in Orbrix fell 4% after a bid for Tannhal collapsed. Kestrova's chief executive resigned on Monday. The navy signed a contract with Belvantis for radars.",
    );
    expect(names).toEqual(
      expect.arrayContaining(['Quillon', 'Marvessa', 'Orbrix', 'Tannhal', 'Kestrova', 'Belvantis']),
    );
  });

  it('reads no company from a common word that opens its sentence', () => {
    const names = orgNames(
      "Separately, the intelligence ministry said its agents had arrested three people. Individually, the agency said shells hit Khiam. Target's board rejected the bid, calling the target's value too low. Marvessa, the Danish turbine maker, said orders doubled.",
    );
    expect(names.filter((n) => /^(?:Separately|Individually|Target)$/.test(n))).toEqual([]);
    expect(names).toContain('Marvessa');
  });

  it('reads every mention of such a company as the company, not a town of its name', () => {
    const e = read(
      'Lisbon-based lender Caminha posted a record profit on Tuesday. Caminha shares rose 6% in afternoon trading, and Caminha said it would pay a dividend.',
    );
    expect(e.orgs.map((o) => o.name)).toEqual(['Caminha']);
    expect(e.orgs[0].mentions).toBe(3);
    expect(e.places.map((p) => p.name)).not.toContain('Caminha');
  });

  it('keeps places, people and generic words out', () => {
    const e = read(
      "Government spokesman Omar Diallo said shares of Austin, Texas-based firms fell. Norway said in a statement that it would help. A contract with Ukraine was signed. Kharkiv's factories were shelled, and Sarah Lind's shares were sold by her rival Peter Hale.",
    );
    const names = e.orgs.map((o) => o.name);
    for (const n of ['Government', 'Austin', 'Norway', 'Ukraine', 'Kharkiv', 'Lind', 'Peter Hale', 'Hale'])
      expect(names).not.toContain(n);
  });

  it('reads no company from a name before a noun, a town money goes into, or "share" as a verb', () => {
    const names = orgNames(
      'Output from the giant Tengiz field hit a record. The rebels attack ships that deal with Zionist ports. The Taliban signed a deal with Central Asian consortium members. We doubled our own investment in Karlskoga this year. El Paso and Juárez share a skyline. Shares in Orbrix fell, and the navy signed a contract with Belvantis for radars. Analysts at Tarvenko estimate that exports fell.',
    );
    expect(names.filter((n) => /Tengiz|Zionist|Central Asian|Karlskoga|Juárez/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Orbrix', 'Belvantis', 'Tarvenko']));
  });

  it("reads a trade after an age as a person's, no company", () => {
    const names = orgNames(
      'The deceased, identified as 42-year-old grocer Abul Kashem, was declared dead at the hospital. Danish grocer Quillon said sales rose.',
    );
    expect(names.filter((n) => /Kashem/.test(n))).toEqual([]);
    expect(names).toContain('Quillon');
  });

  it('reads a ship after a carrier word as no company', () => {
    const names = orgNames('The Maltese-flagged bulk carrier Sea Lantern was hit by a drone on Sunday.');
    expect(names).not.toContain('Sea Lantern');
  });
});

describe('a line that bids the reader follow a paper', () => {
  it('reads no body from the bidding verb or the platform after "on"', () => {
    const names = orgNames(
      'Parents interviewed by The Guardian Post said they were afraid. The National Commission on Human Rights said it was watching.\n\nFollow The Guardian Post on WhatsApp for breaking news.',
    );
    expect(names.filter((n) => /Follow|WhatsApp/.test(n))).toEqual([]);
    expect(names).toContain('National Commission on Human Rights');
  });
});

describe('a hospital that speaks', () => {
  it('stays an organisation when a doctor there speaks for it', () => {
    const names = orgNames(
      'More than 40 people were taken to Baraawe District Hospital, where a doctor said several were in a serious condition.',
    );
    expect(names).toContain('Baraawe District Hospital');
  });
});

describe('the end of a name before a date or a second name', () => {
  it('leaves a weekday after a glue word out of the name', () => {
    const names = orgNames("Chile's Office for Memory on Tuesday handed over the files.");
    expect(names).toContain('Office for Memory');
    expect(names.some((n) => /Tuesday/.test(n))).toBe(false);
  });

  it('reads a listed party and a second party joined by "and the" as two bodies', () => {
    const names = orgNames(
      "Lawmakers from the DEM Party and the Free Miners' Party walked out of the chamber.",
    );
    expect(names.some((n) => / and the /.test(n))).toBe(false);
    expect(names).toContain("Free Miners' Party");
  });
});

describe('armed forces told only by a description', () => {
  it('lists no armed forces for "Russian forces" alone, but keeps them when named', () => {
    expect(orgNames('Russian forces struck the city on Friday and advanced near the river.')).toEqual([]);
    expect(orgNames('The Russian Armed Forces said Russian forces had advanced.')).toContain(
      'Russian Armed Forces',
    );
  });
});

describe('a body described by where it sits or who leads it', () => {
  it('lists no organisation for "the London-based rights group" or "the Ruritania-led alliance"', () => {
    expect(
      orgNames(
        'In its report, the Geneva-based rights group counted 14 strikes. A Nairobi-based aid group said so too. The Ruritania-led alliance met.',
      ),
    ).toEqual([]);
  });

  it('keeps a ministry run by a named movement', () => {
    expect(orgNames('The Houthi-run health ministry said 12 people were killed.')).toContain(
      'Houthi-run health ministry',
    );
  });
});

describe('a post named in full is no body', () => {
  it('lists no deputy inspector general, secretary-general or district superintendent of police', () => {
    const names = orgNames(
      'The Deputy Inspector General told reporters that six people had been detained in Sialkot. The Narowal Superintendent of Police said patrols had been doubled. The UN Secretary-General called for calm, and the Joint Commissioner of Police in Lahore ordered an inquiry.',
    );
    for (const post of [
      'Deputy Inspector General',
      'Narowal Superintendent of Police',
      'Secretary-General',
      'Joint Commissioner of Police',
    ])
      expect(names).not.toContain(post);
  });
});

describe('the acronym of a title is the person who holds it', () => {
  it('reads "the IGP" after the Inspector General of Police as that person, but keeps a body\'s acronym', () => {
    const text =
      'Punjab Inspector General of Police Usman Anwar visited the wounded in Lahore. Rapid Support Forces commander Abdel Rahim Dagalo was not mentioned. "We will find them," the IGP said. The RSF denied any role.';
    const e = read(text);
    const names = e.orgs.map((o) => o.name);
    expect(names).not.toContain('IGP');
    expect(e.mentions.filter((m) => m.text === 'IGP').map((m) => m.kind)).toEqual(['person']);
    expect(names).toContain('Rapid Support Forces');
    const doc = buildDoc(text);
    expect(extractQuotes(doc, extractEntities(doc)).map((q) => q.speaker)).toEqual(['Usman Anwar']);
  });
});

describe('a compound that ties a body to another', () => {
  it('leaves "X-allied", "X-backed" or "X-based" out of the name that follows it', () => {
    expect(
      orgNames(
        'In a statement, the Kachin-allied Northern Shan Relief Committee said 300 families had fled.',
      ),
    ).toEqual(['Northern Shan Relief Committee']);
    expect(
      orgNames(
        'A spokesman for the Iran-backed Kataib Hezbollah denied the claim, and the Moscow-based Levada Center published a poll.',
      ).sort(),
    ).toEqual(['Kataib Hezbollah', 'Levada Center']);
  });

  it('reads "the X-run government" as X, but a ministry X runs as a body of its own', () => {
    expect(orgNames('Officials of the Houthi-run government in Sanaa said the port was closed.')).toEqual([
      'Houthis',
    ]);
    expect(orgNames('The Houthi-run health ministry said nine people were hurt.')).toEqual([
      'Houthi-run health ministry',
    ]);
  });
});

describe("an office-holder's office", () => {
  it('reads the office of a public post as a body, with or without the place that owns it', () => {
    const names = orgNames(
      "Flooding closed the ferry to Tromsø on Thursday. The Tromsø district prosecutor's office opened an inquiry the next morning, and the Prime Minister's office promised money for the harbour. In a separate case, the regional ombudsman's office asked for the ferry logs.",
    );
    expect(names).toContain("Tromsø district prosecutor's office");
    expect(names).toContain("Prime Minister's office");
    expect(names).toContain("regional ombudsman's office");
  });

  it("takes a later short form for the office already named, and the owner's place stays a place", () => {
    const r = read(
      "Lisbon's mayor's office confirmed the tram fares on Monday. The Porto city mayor's office disagreed. A day later the prosecutor's office said nothing, and the Setúbal regional prosecutor's office said the city mayor's office had never asked.",
    );
    const names = r.orgs.map((o) => o.name);
    expect(names.filter((n) => /prosecutor's office$/.test(n))).toEqual([
      "Setúbal regional prosecutor's office",
    ]);
    // two mayors' offices named: "the city mayor's office" is one of them, not a third
    expect(names.filter((n) => /mayor's office$/.test(n))).toHaveLength(2);
    expect(r.places.map((p) => p.name)).toContain('Lisbon');
  });

  it("reads a person's office, an untiered or indefinite one and a shop as no body", () => {
    const names = orgNames(
      "Burglars broke into Ms Ferreira's office overnight. A lawyer's office on the same floor was untouched, and the governor's office was closed. She said a prosecutor's office would take weeks to answer. The betting office next door reopened.",
    );
    expect(names.some((n) => /office/i.test(n))).toBe(false);
  });
});

describe('a directorate, a secretariat or a court named by its place', () => {
  it('reads the place, a modifier and the lower-case head as one body', () => {
    const names = orgNames(
      "Pumps stopped across Aleppo on Sunday. The Aleppo water directorate blamed a power cut, and the Geneva cantonal court fined the contractor. Brazil's sports secretariat sent engineers.",
    );
    expect(names).toContain('Aleppo water directorate');
    expect(names).toContain('Geneva cantonal court');
    expect(names.some((n) => /sports secretariat$/.test(n))).toBe(true);
  });

  it('reads an indefinite court, a bare one or a building as no body', () => {
    const names = orgNames(
      'A Geneva court heard the case in May. The directorate building in Aleppo was empty, and the court adjourned until June.',
    );
    expect(names.some((n) => /court|directorate/i.test(n))).toBe(false);
  });
});

describe('a body named in the role of its spokesperson', () => {
  it('reads "X police" before a spokesperson named after a rank or a comma', () => {
    const names = orgNames(
      'Two men were shot in Soshanguve, north of Pretoria, on Tuesday. Gauteng police spokesperson Colonel Dimakatso Sebola said six armed men walked in.\n\nThe Lagos police spokesperson, Adeniyi Ogunleye, said officers had acted.',
    );
    expect(names).toContain('Gauteng police');
    expect(names).toContain('Lagos police');
  });

  it('leaves "police station" and a lower-case noun after the head alone', () => {
    expect(
      orgNames('Gunmen attacked the Lagos police station officer on duty, residents said.'),
    ).not.toContain('Lagos police');
  });
});

describe('a unit named with its number', () => {
  it('keeps a number between an article or a possessive and the unit in its name', () => {
    const named = (text: string) => read(text).orgs.flatMap((o) => [o.name, ...o.aliases]);
    const libya =
      'Fighters of the 444 Combat Brigade clashed with a rival militia in Tripoli on Friday, residents said.';
    expect(named(libya)).toContain('444 Combat Brigade');
    expect(orgNames(libya)).not.toContain('Combat Brigade');
    const own = "The army's 212 Mountain Brigade said on Sunday that it had retaken the ridge.";
    expect(orgNames(own)).toContain('212 Mountain Brigade');
    // a count of people is no number of a unit
    const count = 'Officials said 40 Mountain Brigade soldiers were sent to the ridge on Sunday.';
    expect(orgNames(count)).not.toContain('40 Mountain Brigade');
  });
});

describe('a named operation', () => {
  it('lists an operation whose people speak or act, not one told only as an event', () => {
    const force =
      'The military task force in the state, Operation Safe Haven, said on Monday that its troops had arrested four suspects. A spokesman for Operation Hadin Kai said troops were on alert.';
    expect(orgNames(force)).toEqual(expect.arrayContaining(['Operation Safe Haven', 'Operation Hadin Kai']));
    const troops =
      'Operation Lafiya Dole troops repelled the attack, and more soldiers were deployed under Operation Shujaa.';
    expect(orgNames(troops)).toEqual(expect.arrayContaining(['Operation Lafiya Dole', 'Operation Shujaa']));
    const events =
      "He served during Operation Medusa in September 2006. The valley has seen raids since the government's Operation Maliza Uhalifu was launched in 2023. Operation Escudo, launched in the Baixada Santista in 2023, left 28 dead.";
    const named = orgNames(events);
    for (const op of ['Operation Medusa', 'Operation Maliza Uhalifu', 'Operation Escudo'])
      expect(named).not.toContain(op);
  });
});
