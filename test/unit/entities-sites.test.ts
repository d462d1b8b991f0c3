/**
 * Sites named after the town they serve ("the Peshawar railway station", "the Udhampur bus stand"), on short texts
 * written for these tests: the site is a facility, and a known town before its head is a place of its own.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const places = (text: string) => extractEntities(buildDoc(text)).places.map((p) => `${p.name}:${p.kind}`);

describe('a site named after its town', () => {
  it('reads a known town before "railway station" as the town and the station', () => {
    const got = places(
      'A parcel bomb went off at the Peshawar railway station on Sunday, police in Pakistan said.',
    );
    expect(got).toEqual(expect.arrayContaining(['Peshawar:city', 'Peshawar railway station:facility']));
  });

  it('reads a known town in the possessive before "main railway station"', () => {
    expect(places("Crowds gathered at Izmir's main railway station in Turkey on Friday.")).toContain(
      "Izmir's main railway station:facility",
    );
  });

  it('reads "bus stand" and "checkpost" as heads of sites', () => {
    const got = places(
      'A grenade went off at the Udhampur bus stand in India. Troops reinforced the Sherwan checkpost in Pakistan.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Udhampur bus stand:facility', 'Sherwan checkpost:facility']),
    );
  });

  it('adds no site after a town followed by other words of the same field', () => {
    const got = places('Peshawar railway officials in Pakistan said the trains would run on Monday.');
    expect(got.filter((p) => p.startsWith('Peshawar railway'))).toEqual([]);
  });
});

/** Both lists of a speaking hospital, on text written for these tests: `name:kind` places and organisation names. */
const both = (text: string) => {
  const e = extractEntities(buildDoc(text));
  return { places: e.places.map((p) => `${p.name}:${p.kind}`), orgs: e.orgs.map((o) => o.name) };
};

describe('a hospital that speaks and is also the place people were brought to', () => {
  it('lists a speaking hospital people were flown to as a body and a site', () => {
    const got = both(
      'Two climbers hurt on the glacier in Norway were airlifted to Fjellvik Regional Hospital late on Sunday. Fjellvik Regional Hospital said both were stable.',
    );
    expect(got.orgs).toContain('Fjellvik Regional Hospital');
    expect(got.places).toContain('Fjellvik Regional Hospital:facility');
  });

  it('reads a spatial word before a speaking clinic as its site', () => {
    const got = both(
      'Relatives waited outside the Morrowind Valley Clinic in Peru through the night, and the Morrowind Valley Clinic confirmed four deaths.',
    );
    expect(got.places).toContain('Morrowind Valley Clinic:facility');
  });

  it('keeps a hospital that only speaks or employs people a body alone', () => {
    const got = both(
      'A surgeon at Fjellvik Regional Hospital in Norway said the new wing would open in spring. Fjellvik Regional Hospital announced the hiring of forty nurses.',
    );
    expect(got.orgs).toContain('Fjellvik Regional Hospital');
    expect(got.places).not.toContain('Fjellvik Regional Hospital:facility');
  });
});

describe('a hospital read as the place where the hurt are', () => {
  it('lists a hospital whose nurse tells of people treated as a body and a site', () => {
    const got = both(
      'Nine passengers from the capsized ferry were treated for hypothermia overnight, a nurse at Lindqvist Memorial Hospital in Sweden said.',
    );
    expect(got.orgs).toContain('Lindqvist Memorial Hospital');
    expect(got.places).toContain('Lindqvist Memorial Hospital:facility');
  });

  it('reads ", where" after a speaking hospital as its site', () => {
    const got = both(
      'Six climbers died on the ridge in Nepal, according to Khumjung Valley Hospital, where rescuers carried them down.',
    );
    expect(got.places).toContain('Khumjung Valley Hospital:facility');
  });

  it('reads a name opening with "Hospital" or holding "Hospital of" as a hospital', () => {
    const got = places(
      'A cyclist struck by a lorry in Chile was taken to the Hospital Militar Central. His brother went on to the Royal Hospital of Valparaíso.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Hospital Militar Central:facility', 'Royal Hospital of Valparaíso:facility']),
    );
  });

  it('reads a body the injured were carried to as a site that stays a body', () => {
    const got = both(
      'Four miners injured in the cave-in in Bolivia were ferried to the Altiplano Institute of Respiratory Medicine on Tuesday.',
    );
    expect(got.orgs).toContain('Altiplano Institute of Respiratory Medicine');
    expect(got.places).toContain('Altiplano Institute of Respiratory Medicine:facility');
  });

  it('keeps a body a case was brought to, with no one hurt, a body alone', () => {
    const got = both('The land dispute in Bolivia was brought to the Andean Court of Justice on Tuesday.');
    expect(got.orgs).toContain('Andean Court of Justice');
    expect(got.places.filter((p) => p.endsWith(':facility'))).toEqual([]);
  });
});

describe("a hospital's name that runs on into its town", () => {
  it('keeps a town written right after "Hospital" inside the name', () => {
    const got = places(
      'Two porters hurt in the avalanche in Pakistan were taken to the Combined Military Hospital Gilgit.',
    );
    expect(got).toContain('Combined Military Hospital Gilgit:facility');
    expect(got).not.toContain('Gilgit:city');
  });

  it('keeps the town a place of its own when the text names it again, and the body when it speaks', () => {
    const got = both(
      'Nine anglers from Ireland were taken to University Hospital Galway on Sunday. University Hospital Galway said all were stable, and the mayor of Galway thanked the lifeboat crew.',
    );
    expect(got.places).toEqual(
      expect.arrayContaining(['University Hospital Galway:facility', 'Galway:city']),
    );
    expect(got.orgs).toContain('University Hospital Galway');
  });

  it('does not join a town told after "in"', () => {
    const got = places('Gunmen stormed the Teaching Hospital in Kandahar, Afghanistan, on Monday.');
    expect(got).toEqual(expect.arrayContaining(['Teaching Hospital:facility', 'Kandahar:city']));
  });
});

describe('a prison read as the site that holds people', () => {
  it('lists a custodial centre where a disturbance happened as a site that stays a body', () => {
    const got = both(
      'Inmates in Ghana set mattresses alight during a four-hour disturbance at the Nsawam Medium Security Custodial Centre on Friday.',
    );
    expect(got.places).toContain('Nsawam Medium Security Custodial Centre:facility');
    expect(got.orgs).toContain('Nsawam Medium Security Custodial Centre');
  });

  it('keeps a custodial centre that only announces a body alone', () => {
    const got = both(
      'The Nsawam Medium Security Custodial Centre said in Ghana on Friday that visits would resume next month.',
    );
    expect(got.orgs).toContain('Nsawam Medium Security Custodial Centre');
    expect(got.places.filter((p) => p.endsWith(':facility'))).toEqual([]);
  });
});

describe('a prison named by its other heads', () => {
  it('reads a name before "Penitentiary", "jail" or "Gaol" as a site', () => {
    const got = places(
      'Inmates at the Quillota Penitentiary in Chile rioted for six hours. In India, forty undertrials were moved from Barmer jail, and in Australia the old Fremantle Gaol reopened to visitors.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Quillota Penitentiary:facility',
        'Barmer jail:facility',
        'Fremantle Gaol:facility',
      ]),
    );
  });

  it('keeps a prison service that announces a body, not a site', () => {
    const e = extractEntities(
      buildDoc('The Chilean Penitentiary Service announced new visiting hours in Chile on Monday.'),
    );
    expect(e.places.filter((p) => p.kind === 'facility')).toEqual([]);
  });
});
