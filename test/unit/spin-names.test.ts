import { describe, expect, it } from 'vitest';
import { unspin } from '../../src/lib/spin/index.ts';

// A passage written for this test, spun by hand the way content farms do (stated, within the, got here, troopers …),
// with organisation names and offices whose words were swapped for thesaurus neighbours.
const SPUN = `Drones hit energy sites within the south as navy stresses mount

Russian drones struck energy amenities within the southern area in a single day, the pinnacle of the city's army administration stated on Wednesday, including that the State Emergency Situation Service had put out three fires.

The Ukrainian Air Drive stated its air protection methods had shot down 31 of the 40 drones that got here in waves after midnight. Emergency situation crews had been working on the website by morning, the regional army administration stated.

The Israel Protection Forces stated individually that troopers had struck a weapons depot. The Protection Ministry stated it had no remark on the studies. Officers on the Nationwide Police stated the Safety Service had opened an investigation.

Residents stated the assault got here with out warning. "We heard the explosions and ran to the basement," one lady stated.
`;

describe('unspin: organisation names and offices', () => {
  const r = unspin(SPUN);
  it('judges the passage spun', () => {
    expect(r.verdict).toBe('spun');
  });
  it('restores military administrations, emergency services and armed forces', () => {
    expect(r.restored).toContain("the city's military administration said");
    expect(r.restored).toContain('the regional military administration said');
    expect(r.restored).toContain('the State Emergency Service had put out');
    expect(r.restored).toContain('Emergency crews');
    expect(r.restored).toContain('The Ukrainian Air Force said');
    expect(r.restored).toContain('The Israel Defense Forces said');
    expect(r.restored).toContain('National Police');
    expect(r.restored).toContain('the Security Service had opened');
  });
  it('never doubles a word when the spinner inserted one ("Emergency Service Service")', () => {
    expect(r.restored).not.toMatch(/\b(\w+) \1\b/);
  });
  it('keeps a real ministry name with "Emergency Situations" untouched', () => {
    const text = `${SPUN}\nThe Ministry of Emergency Situations stated it had despatched rescuers.\n`;
    const out = unspin(text);
    expect(out.restored).toContain('The Ministry of Emergency Situations said');
  });
  it('leaves clean prose with the same names untouched', () => {
    const clean =
      "The city's military administration said on Wednesday that the State Emergency Service had put out three fires. The Air Force said its air defense systems shot down 31 of 40 drones. An emergency situation developed overnight, officials said.";
    const out = unspin(clean);
    expect(out.changes).toEqual([]);
  });
});

describe('unspin: subject of a table entry', () => {
  it('does not apply an entry written for another subject out of its context ("launched" in a war report)', () => {
    const text = `${SPUN}\nA second commander within the area stated the group had launched greater than 20 missiles.\n`;
    const out = unspin(text);
    expect(out.restored).toContain('had launched more than 20 missiles');
  });
});

describe('unspin: one spun form for several words', () => {
  it('reads "troopers" as the word the document never uses when it keeps the other one unspun', () => {
    const extra =
      '\nSome 200 troops had been despatched to the world, and extra troops had been anticipated. Three troopers had been wounded within the assault, the navy stated.\n';
    const out = unspin(`${SPUN}${extra}`);
    expect(out.restored).toContain('Three soldiers');
    expect(out.restored).toContain('Some 200 troops');
  });
  it('keeps the table choice when the document uses neither word', () => {
    const out = unspin(`${SPUN}\nThree troopers had been wounded within the assault, the navy stated.\n`);
    expect(out.restored).toContain('Three troops');
  });
});

describe('unspin: street names', () => {
  it('keeps a real "Road" in a street name but restores known names such as Wall Street', () => {
    const out = unspin(`${SPUN}\nFires broke out in homes along Mill Road, and shares fell on Wall Road.\n`);
    expect(out.restored).toContain('along Mill Road');
    expect(out.restored).toContain('on Wall Street');
  });
});

describe('unspin: a national air force in lower case', () => {
  it('restores "the Ukrainian air pressure" but keeps the air pressure of a weather report', () => {
    const out = unspin(
      `${SPUN}\nThe Ukrainian air pressure stated 12 drones had been downed. Low air pressure will convey rain on Sunday.\n`,
    );
    expect(out.restored).toContain('The Ukrainian air force said');
    expect(out.restored).toContain('Low air pressure');
  });
});

describe('unspin: the kill → slay family and other war vocabulary', () => {
  it('restores "were slain", "slew", "non-combatants" and "commandant" but keeps adjectival "slain" and "a slew of"', () => {
    const out = unspin(
      `${SPUN}\nThe blast slew 9 individuals and a rebel commandant, and 4 non-combatants were slain. Mourners carried a portrait of the slain chief. The raid left a slew of questions.\n`,
    );
    expect(out.restored).toContain('The blast killed 9 individuals and a rebel commander');
    expect(out.restored).toContain('4 civilians were killed');
    expect(out.restored).toContain('the slain chief');
    expect(out.restored).toContain('a slew of questions');
  });
});

describe('unspin: "drone hit" as a noun', () => {
  it('restores "a drone hit on his car" but keeps the verb in "a drone hit the house"', () => {
    const out = unspin(
      `${SPUN}\nThe commandant was slain in a drone hit on his automobile. Earlier a drone hit the house next door.\n`,
    );
    expect(out.restored).toContain('in a drone strike on his');
    expect(out.restored).toContain('a drone hit the house');
  });
});

describe('unspin: a longer name around a protected one', () => {
  it('restores "United Nations Youngsters\'s Fund" (possessive kept, "United Nations" untouched)', () => {
    const out = unspin(
      `${SPUN}\nThe United Nations Youngsters's Fund stated 4 of the useless had been youngsters.\n`,
    );
    expect(out.restored).toContain("The United Nations Children's Fund said");
  });
});
