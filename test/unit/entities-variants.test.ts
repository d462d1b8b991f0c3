/**
 * One body under two forms of its name, on short texts written for these tests: with and without its country, one
 * acronym for two spellings, an acronym of its initials the text never spells out, its members' plural, and one name
 * spelt or ordered two ways.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { looseKey, nationSplit } from '../../src/lib/extract/entities/variants.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';
import { loadGazetteer } from '../../src/lib/extract/gazetteer.ts';

const orgs = (text: string) => extractEntities(buildDoc(text)).orgs;
const holding = (text: string, name: string) =>
  orgs(text).filter((o) => o.name === name || o.aliases.includes(name));

describe('a long "X of <country>" form and its short form', () => {
  it('splits off a country written in full after "of the", with "of" inside the country\'s name', () => {
    const gaz = loadGazetteer();
    expect(nationSplit(gaz, 'Ministry of Interior of the Syrian Arab Republic')).toEqual({
      countries: ['SY'],
      rest: 'ministry of interior',
    });
    expect(nationSplit(gaz, 'Armed Forces of the Democratic Republic of Congo')).toEqual({
      countries: ['CD'],
      rest: 'armed forces',
    });
  });

  it('reads "Interior Ministry" as the "Ministry of Interior of the Syrian Arab Republic"', () => {
    const text =
      'Homs arrests\n\nIn a statement, the Ministry of Interior of the Syrian Arab Republic said four men had been arrested in Homs. The Interior Ministry said on Sunday that its units had seized weapons.';
    expect(holding(text, 'Interior Ministry').map((o) => o.name)).toEqual([
      'Ministry of Interior of the Syrian Arab Republic',
    ]);
  });

  it("leaves the short form apart when two countries' ministries are named in full", () => {
    const text =
      'Border accord\n\nOn Sunday, officials of the Ministry of Interior of the Syrian Arab Republic met a delegation in Damascus. Officials of the Ministry of Interior of the Republic of Iraq also attended. The Interior Ministry said patrols would begin in May.';
    expect(orgs(text)).toHaveLength(3);
  });

  it('gives a name ending with "Democratic Republic of Congo" that country, so its listed body takes it in', () => {
    const text =
      'Soldiers of the Armed Forces of the Democratic Republic of Congo (FARDC) pursued the attackers near Beni on Wednesday.';
    expect(orgs(text).filter((o) => /^Armed Forces/.test(o.name))).toHaveLength(1);
  });
});

describe('a name without a generic head after it', () => {
  it('reads "Civil Defence" and "Inter-Services Public Relations" as the agency and the directorate named in full', () => {
    const text =
      'Strike on tents in Mawasi\n\nAn air strike hit a tent in al-Mawasi early on Friday, killing seven people, according to Gaza\'s Civil Defence agency.\n\n"We pulled a little girl out from under the sand," said Civil Defence spokesman Raed Shurrab, speaking at the scene.\n\nIn Dhaka, the Inter Services Public Relations Directorate said troops had been deployed to Sylhet. Inter-Services Public Relations (ISPR) added that boats were on the way.';
    expect(holding(text, 'Civil Defence').map((o) => o.name)).toEqual(['Civil Defence agency']);
    expect(holding(text, 'ISPR').map((o) => o.name)).toEqual(['Inter Services Public Relations Directorate']);
    expect(orgs(text)).toHaveLength(2);
  });
});

describe('one body under two forms of its name', () => {
  it('splits a country off the start or the end of a name', () => {
    const gaz = loadGazetteer();
    const dutch = nationSplit(gaz, 'Dutch Maritime Safety Board');
    expect(dutch?.countries).toContain('NL');
    expect(dutch?.rest).toBe('maritime safety board');
    expect(nationSplit(gaz, 'Labour Party of Kenya')).toEqual({ countries: ['KE'], rest: 'labour party' });
    expect(nationSplit(gaz, "Ghana's Fisheries Commission")?.rest).toBe('fisheries commission');
    expect(nationSplit(gaz, 'Maritime Safety Board')).toBeNull();
  });

  it('reads a name told with and without its country as one body', () => {
    const text =
      'The Dutch Maritime Safety Board opened an inquiry into the collision on Tuesday. Two barges sank near the harbour, and the Maritime Safety Board said its divers would search the wreck.';
    const found = holding(text, 'Maritime Safety Board');
    expect(found).toHaveLength(1);
    expect(orgs(text).filter((o) => /Maritime Safety Board/.test(o.name))).toHaveLength(1);
  });

  it('leaves a bare name apart when two countries have a body of that name', () => {
    const text =
      'The Danish Maritime Safety Board and the Dutch Maritime Safety Board opened inquiries on Tuesday. Later the Maritime Safety Board said its divers would search the wreck.';
    const names = orgs(text).map((o) => o.name);
    expect(names).toContain('Danish Maritime Safety Board');
    expect(names).toContain('Dutch Maritime Safety Board');
  });

  it('reads two names with one acronym as one body', () => {
    const text =
      'The Social Democrats (SPD) lost ground in the vote on Sunday. Leaders of the Social Democratic Party of Germany (SPD) met in Berlin on Monday to discuss the result.';
    expect(holding(text, 'SPD')).toHaveLength(1);
  });

  it('reads an acronym of initials the text never spells out as the body it abbreviates', () => {
    const text =
      'Inmates escaped from a prison run by the Zambian Correctional Service on Friday. Forty had been caught again by Saturday, the ZCoS said.';
    const found = holding(text, 'ZCoS');
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Zambian Correctional Service');
  });
  it('reads no brand written in mixed case as an acronym', () => {
    const text =
      'The Youth Tribunal ruled on Monday. A spokesperson for YouTube said the clip broke its rules.';
    expect(holding(text, 'Youth Tribunal')[0].aliases).not.toContain('YouTube');
  });

  it("reads a party's members in the plural as the party", () => {
    const text =
      'The Progressive Democratic Party won 40 seats in the election on Sunday. The Progressive Democrats will need a partner to govern, analysts said.';
    const found = holding(text, 'Progressive Democrats');
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Progressive Democratic Party');
  });
});

describe('one name spelt or ordered two ways', () => {
  it('keys a name by its words whatever their spelling, glue words and order', () => {
    expect(looseKey('Tarvia Coastal Defence Organisation')).toBe(
      looseKey('Tarvia Coastal Defense Organization'),
    );
    expect(looseKey('Defence Armed Forces of the Veldran Republic')).toBe(
      looseKey('Veldran Republic Armed Defense Forces'),
    );
    expect(looseKey('Harbour Workers Union')).not.toBe(looseKey('Harbour Workers Council'));
  });

  it('reads a name spelt the British and the American way as one body', () => {
    const text =
      'Officers of the Ostrava Road Safety Organisation counted the wrecks along the motorway on Friday. By Sunday the Ostrava Road Safety Organization had asked drivers to slow down near the bridge.';
    expect(orgs(text).filter((o) => /Ostrava Road Safety/.test(o.name))).toHaveLength(1);
  });

  it('reads a name with two words swapped as one body', () => {
    const text =
      'The Veldran Defence Armed Forces shelled the ridge overnight. A spokesman for the Veldran Armed Defence Forces later said two of its posts had been overrun.';
    expect(orgs(text).filter((o) => /Veldran/.test(o.name))).toHaveLength(1);
  });

  it('keeps two bodies with names of nearly the same words apart', () => {
    const text =
      'The Harbour Workers Union called a strike at the docks on Monday. The Harbour Workers Council, which speaks for the employers, said the stoppage was unlawful.';
    const names = orgs(text).map((o) => o.name);
    expect(names).toContain('Harbour Workers Union');
    expect(names).toContain('Harbour Workers Council');
  });
});

describe('a name told without its last part', () => {
  it('reads the name before its "for" part as the full name', () => {
    const text =
      'Researchers at the Tarvian Institute for Coastal Studies counted the seals on Monday. The Tarvian Institute said numbers had doubled.';
    const found = holding(text, 'Tarvian Institute');
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Tarvian Institute for Coastal Studies');
  });

  it('leaves the short name apart when two bodies open with it', () => {
    const text =
      'Researchers of the Tarvian Institute for Coastal Studies met staff of the Tarvian Institute for Mountain Studies on Monday. Later the Tarvian Institute said numbers had doubled.';
    const names = orgs(text).map((o) => o.name);
    expect(names).toContain('Tarvian Institute for Coastal Studies');
    expect(names).toContain('Tarvian Institute for Mountain Studies');
  });

  it('reads a police named without "Department" as that police, but not its reserve', () => {
    const one =
      'Officers of the Halden Police Department closed the bridge on Sunday. Halden Police Chief Ola Berg said the closure would last a week.';
    expect(holding(one, 'Halden Police')).toHaveLength(1);
    const two = 'The Halden Police Reserve was called up on Sunday, the Halden Police Department said.';
    const names = orgs(two).map((o) => o.name);
    expect(names).toContain('Halden Police Reserve');
    expect(names).toContain('Halden Police Department');
  });
});

describe('an acronym the text uses for a body it names in full', () => {
  it('reads an acronym with a description after it, an "of" part spelt and an "X" for "Ex" as that body', () => {
    const text =
      'A military aircraft bombed a village in Kyauktaw township on Thursday, killing 17 civilians, the Arakan Army said. The junta said it had struck "a training ground of the AA terrorist group" in Kyauktaw.\n\nIn Nairobi, the Office of the Director of Public Prosecutions (ODPP) said two officers would be charged. The DPP approved the charges on Tuesday.\n\nPolice arrested 412 Extinction Rebellion activists in The Hague. Joris Bakker, a spokesman for Extinction Rebellion, said the group would return. A motion has not been carried out, XR says.';
    expect(holding(text, 'AA').map((o) => o.name)).toEqual(['Arakan Army']);
    expect(holding(text, 'DPP').map((o) => o.name)).toEqual([
      'Office of the Director of Public Prosecutions',
    ]);
    expect(orgs(text).some((o) => o.name === 'Democratic Progressive Party')).toBe(false);
    expect(holding(text, 'XR').map((o) => o.name)).toEqual(['Extinction Rebellion']);
  });

  it('keeps a two-letter listed acronym apart from a name of the same initials', () => {
    const text = 'The Union of Nurses marched in Nairobi on Monday. The UN said it was watching the strike.';
    expect(orgs(text)).toHaveLength(2);
  });
});

describe('a name with its acronym in brackets that the lists give another country', () => {
  it('reads "the House of Representatives (DPR)" as the listed DPR', () => {
    const text =
      'JAKARTA - Two people were killed when police fired tear gas at students protesting outside the House of Representatives (DPR) in Jakarta on Thursday.\n\nThe law, passed by the DPR last week, makes it easier to hire workers, a police spokesman said.';
    const found = holding(text, 'House of Representatives');
    expect(found).toHaveLength(1);
    expect(found[0].aliases).toContain('DPR');
    expect(orgs(text)).toHaveLength(1);
  });
});

describe('a name with its province and without', () => {
  it('reads "the Ministry of Security" as the "Santa Fe Ministry of Security"', () => {
    const text =
      'ROSARIO - Police killed two gang members in a raid in Empalme Graneros on Monday, the Santa Fe Ministry of Security said.\n\nThe Ministry of Security said officers had come under fire.';
    expect(holding(text, 'Ministry of Security').map((o) => o.name)).toEqual([
      'Santa Fe Ministry of Security',
    ]);
  });

  it("leaves the bare name apart when two provinces' ministries are named", () => {
    const text =
      'The Santa Fe Ministry of Security and the Cordoba Ministry of Security met in Rosario on Monday. The Ministry of Security said patrols would begin in May.';
    expect(orgs(text).filter((o) => /Ministry of Security/.test(o.name))).toHaveLength(3);
  });
});
