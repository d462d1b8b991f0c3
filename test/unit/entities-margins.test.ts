/**
 * People, organisations and places on short texts written for these tests: ranks written short without a stop, bodies
 * described by where they are based, and a town named before a site word.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const read = (text: string) => extractEntities(buildDoc(text));

describe('ranks written short without a stop', () => {
  it('reads "Lt Col" and "Det Insp" as ranks, not as parts of a name', () => {
    const e = read(
      'A spokesman for the army in North Kivu, Lt Col Jean Mbeki, said troops were sent to the camp. Lt Col Mbeki said the road was open again. Det Insp Sarah Oduya of the county police said two men were held. Det Insp Oduya said they would be charged.',
    );
    const names = e.people.map((p) => p.name);
    expect(names).toContain('Jean Mbeki');
    expect(names).toContain('Sarah Oduya');
    expect(names.some((n) => /^(?:Lt|Det)\b/.test(n))).toBe(false);
    expect(e.people.find((p) => p.name === 'Sarah Oduya')?.role).toBe('Detective Inspector');
  });
});

describe('a body described by where it is based', () => {
  it('reads a name after a based role, with no given name, as a body', () => {
    const e = read(
      "The tanker's Valletta-based operator, Corvina Shipping, said none of its crew had been hurt. Bergen-based fund manager Nordvest said the offer was too low.",
    );
    const people = e.people.map((p) => p.name);
    const orgs = e.orgs.map((o) => o.name);
    expect(people).not.toContain('Corvina Shipping');
    expect(people).not.toContain('Nordvest');
    expect(orgs).toContain('Corvina Shipping');
    expect(orgs).toContain('Nordvest');
  });

  it('keeps a person described by where they are based or by a body based somewhere', () => {
    const e = read(
      'Beirut-based analyst Karim Haddad said the deal was good. "Rates will fall," said Radhika Menon, a senior economist at the Singapore-based bank.',
    );
    const people = e.people.map((p) => p.name);
    expect(people).toContain('Karim Haddad');
    expect(people).toContain('Radhika Menon');
  });
});

describe('a town before a site word', () => {
  it('reads a heading\'s "Town base" as the town the body puts the base in', () => {
    const e = read(
      'Zamfara: troops repel raid on Kwatarkwashi base\n\nSoldiers repelled a raid by gunmen on a military base in Kwatarkwashi early on Monday, the army said. Two soldiers were wounded.',
    );
    const names = e.places.map((p) => p.name);
    expect(names).toContain('Kwatarkwashi');
    expect(names).not.toContain('Kwatarkwashi base');
  });

  it('keeps a site named in the body by its town and head', () => {
    const e = read(
      'Drones struck the Kwatarkwashi depot on Monday, officials said. A fire burned at the Kwatarkwashi depot for hours.',
    );
    expect(e.places.map((p) => p.name)).toContain('Kwatarkwashi depot');
  });
});

describe('a listed body named in a compound', () => {
  it('lists the body of "the al-Qaeda-linked group" and "the Hamas-led raid"', () => {
    const e = read(
      'Gunmen from the al-Qaeda-linked group attacked a market on Monday. The raid came a year after the Hamas-led raid on the border, officials said.',
    );
    const names = e.orgs.map((o) => o.name.toLowerCase());
    expect(names).toContain('al-qaeda');
    expect(names).toContain('hamas');
  });

  it('reads no speaker or actor from the compound, and lists no country', () => {
    const e = read('An Iran-backed militia and an al Qaeda-linked group clashed on Monday.');
    expect(e.mentions.some((m) => m.kind === 'org' && /Qaeda/.test(m.text))).toBe(false);
    expect(e.orgs.map((o) => o.name)).not.toContain('Iran');
  });
});

describe('the media arms of armed groups', () => {
  it('lists a media arm the claim went out through', () => {
    const e = read(
      'JNIM claimed the ambush near Fada on Sunday through its az-Zallaqa media channel. Islamic State said in its weekly al-Naba newsletter that it had killed 12 soldiers.',
    );
    const names = e.orgs.map((o) => o.name);
    expect(names).toContain('az-Zallaqa');
    expect(names).toContain('al-Naba');
  });
});

describe('an area told by the name of a place of its country', () => {
  it('reads "the Toronto area" beside Toronto as one place', () => {
    const e = read(
      'Voters in Toronto lined up early on Monday. Turnout across the Toronto area was higher than in 2021, officials said.',
    );
    expect(e.places.filter((p) => p.name === 'Toronto')).toHaveLength(1);
  });
});

describe('the town a site is named by', () => {
  it('lists the town of "the Kismayo airport" when the text names it nowhere else', () => {
    const e = read(
      'A car bomb blew up at a checkpoint outside Kismayo airport in Somalia on Monday, police said. Two guards were killed.',
    );
    const names = e.places.map((p) => `${p.name}|${p.kind}`);
    expect(names).toContain('Kismayo|city');
    expect(e.mentions.some((m) => m.kind === 'place' && m.text === 'Kismayo')).toBe(false);
  });
});
