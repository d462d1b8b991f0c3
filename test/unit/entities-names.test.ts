/**
 * Place and organisation names on short texts written for these tests: Romance particles inside place names, a town's
 * airport and air base, a site's name opened by a town's, a city in capitals before a colon as the filing place,
 * places inside bodies' names, one body under two forms (with its country, with its owner), a town and its district,
 * the country of regional news told by the provinces it names.
 */
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../src/lib/brief/index.ts';
import { buildDoc } from '../../src/lib/extract/doc.ts';
import { entityContext } from '../../src/lib/extract/entities/context.ts';
import { extractEntities } from '../../src/lib/extract/entities.ts';

const read = (text: string) => extractEntities(buildDoc(text));
const places = (text: string) => read(text).places.map((p) => `${p.name}|${p.kind}|${p.country}`);
const orgs = (text: string) => read(text).orgs.map((o) => o.name);

describe('place names with particles', () => {
  it('reads a listed town before "da", "do" or "de" and a capitalised word as the longer name', () => {
    const got = places(
      "Insurgents raided Mocímboa da Praia in Mozambique's Cabo Delgado province on Sunday. Residents of Mocimboa fled south.",
    );
    expect(got).toContain('Mocímboa da Praia|city|MZ');
    expect(got.some((n) => n.startsWith('Mocimboa|'))).toBe(false);
    expect(got.some((n) => n.startsWith('Praia|'))).toBe(false);
  });

  it('reads an unknown name with "del" after a locative word as one place', () => {
    const got = places(
      'Marines moved into Lanao del Sur in the Philippines on Monday. Fighting spread in Maguindanao del Norte overnight.',
    );
    expect(got.some((n) => n.startsWith('Lanao del Sur|'))).toBe(true);
    expect(got.some((n) => n.startsWith('Maguindanao del Norte|'))).toBe(true);
  });

  it('leaves a particle that opens no name alone', () => {
    const got = places('The mayor of Lisbon spoke de facto for the region on Monday.');
    expect(got.some((n) => /\bde\b/.test(n))).toBe(false);
  });
});

describe('airports and air bases', () => {
  it('reads a town before a lower-case airport or air base head as the site', () => {
    const got = places(
      'Drones struck the Millerovo air base in Russia on Tuesday. Residents of Millerovo heard blasts. Flights were halted at the Sanaa airport in Yemen.',
    );
    expect(got).toContain('Millerovo air base|facility|RU');
    expect(got).toContain('Millerovo|city|RU');
    expect(got).toContain('Sanaa airport|facility|YE');
  });

  it('reads a town before "International Airport" as the airport, not two places', () => {
    const got = places(
      'Mortar bombs landed near Maiduguri International Airport in Nigeria on Monday, officials in Maiduguri said.',
    );
    expect(got).toContain('Maiduguri International Airport|facility|NG');
    expect(got.some((n) => n.startsWith('International Airport|'))).toBe(false);
  });

  it('reads a town opening a site named with more capitalised words as part of the site, in its sentence’s country', () => {
    const got = places('Troops guarded Aden Adde International Airport in Mogadishu, Somalia, on Friday.');
    expect(got).toContain('Aden Adde International Airport|facility|SO');
    expect(got.some((n) => n.startsWith('Aden|'))).toBe(false);
  });

  it('reads a town’s airport told in common words as the one airport the text names in full', () => {
    const got = places(
      'Gunmen fired on a cargo plane over the Port-au-Prince airport on Thursday. It landed safely at Toussaint Louverture International Airport in Haiti.',
    );
    expect(got.filter((n) => /airport/i.test(n))).toEqual([
      'Toussaint Louverture International Airport|facility|HT',
    ]);
  });

  it('keeps two towns’ airports apart', () => {
    const got = places(
      'Flights from Erbil airport to Baghdad International Airport resumed on Monday, Iraqi officials said.',
    );
    expect(got.filter((n) => /airport/i.test(n)).length).toBe(2);
  });
});

describe('the filing city before a colon', () => {
  it('takes a city in capitals before a colon as the country of the story', () => {
    const text =
      'Six soldiers killed in convoy attack\n\nQUETTA: Six soldiers were killed when a car bomb hit a convoy near the town on Monday, officials said.\n\nBalochistan has seen a rise in attacks on security forces.';
    expect(places(text)).toContain('Balochistan|province|PK');
  });

  it('reads no country from a page label before a colon', () => {
    const text =
      'Storm hits coast\n\nREAD: What to do before a storm arrives.\n\nBalochistan has seen heavy rain this week.';
    expect(places(text).some((n) => n.startsWith('Balochistan|'))).toBe(false);
  });
});

describe('places inside the names of bodies', () => {
  it('does not list a region read only inside a body’s name that goes on in capitals', () => {
    const got = places(
      'The Doha Film Institute backed the film. Amnesty International’s South Asia Regional Office said the arrests were unlawful.',
    );
    expect(got.some((n) => n.startsWith('Doha|'))).toBe(false);
    expect(got.some((n) => n.startsWith('South Asia|'))).toBe(false);
  });

  it('keeps a place named before a lower-case description of a body, and one named alone too', () => {
    const got = places(
      'The Poltava regional administration in Ukraine reported no damage. The Doha Film Institute, based in Doha, backed the film.',
    );
    expect(got.some((n) => n.startsWith('Poltava|'))).toBe(true);
    expect(got.some((n) => n.startsWith('Doha|'))).toBe(true);
  });
});

describe('one body under two forms', () => {
  it('reads a bare name the lists give another country as the body the text named with its country', () => {
    const e = read(
      'The South Korean Joint Chiefs of Staff said the North fired shells near the border. The Joint Chiefs of Staff said troops fired warning shots in response.',
    );
    const jcs = e.orgs.filter((o) => /Joint Chiefs/.test(o.name));
    expect(jcs.map((o) => o.name)).toEqual(['South Korean Joint Chiefs of Staff']);
    expect(jcs[0].aliases).toContain('Joint Chiefs of Staff');
    expect(jcs[0].aliases.some((a) => /U\.?S\.?/.test(a))).toBe(false);
  });

  it('reads an office named after a body’s possessive as that body', () => {
    const e = read(
      'Amnesty International’s South Asia Regional Office said the arrests were unlawful. The South Asia Regional Office called for an inquiry.',
    );
    expect(e.orgs.map((o) => o.name)).toEqual(['Amnesty International']);
    expect(e.orgs[0].aliases).toContain('South Asia Regional Office');
  });

  it('keeps an office of no named body', () => {
    expect(orgs('The Central Statistics Office said prices rose by 2 percent in March.')).toContain(
      'Central Statistics Office',
    );
  });
});

describe('UN missions and their peacekeepers', () => {
  it('reads a mission "in" a country named in several words as one body, "U.N." as "UN"', () => {
    const e = read(
      'The U.N. Mission in South Sudan (UNMISS) said civilians fled the town. The UN Multidimensional Integrated Stabilization Mission in the Central African Republic said two peacekeepers died.',
    );
    const names = e.orgs.map((o) => [o.name, ...o.aliases].join('|'));
    expect(names.filter((n) => /South Sudan/.test(n)).length).toBe(1);
    expect(names.some((n) => /Mission in the Central African Republic/.test(n))).toBe(true);
    expect(
      e.orgs.some(
        (o) => o.name === 'U.N. Mission' || o.name === 'UN Multidimensional Integrated Stabilization Mission',
      ),
    ).toBe(false);
  });

  it('reads UN peacekeepers as the one UN mission the story names', () => {
    const e = read(
      'UNIFIL said a shell hit a post near Naqoura in Lebanon. UN peacekeepers reported no injuries.',
    );
    expect(e.orgs.map((o) => o.name)).toEqual(['UNIFIL']);
    expect(e.orgs[0].aliases).toContain('UN peacekeepers');
  });

  it('keeps UN peacekeepers when the story names no mission', () => {
    expect(orgs('UN peacekeepers patrolled the streets of Bangui on Monday.')).toEqual(['UN peacekeepers']);
  });
});

describe('titles that look like bodies', () => {
  it('reads "X Cabinet Secretary" and "Chief of the Air Staff" as titles', () => {
    const got = orgs(
      'Interior Cabinet Secretary Kipchumba Murkomen said police would act. The Chief of the Air Staff, Air Marshal Hasan Abubakar, said jets struck the camp.',
    );
    expect(got).not.toContain('Interior Cabinet');
    expect(got).not.toContain('Air Staff');
  });

  it('keeps a staff that is a body', () => {
    expect(orgs('The Joint Chiefs of Staff said troops fired warning shots.')).toContain(
      'Joint Chiefs of Staff',
    );
  });
});

describe('sites named after bodies', () => {
  it('reads memorials, termini, gymkhanas, police lines and shopping centres as places, not bodies', () => {
    const text =
      "Mourners gathered at Malik Saad Shaheed Police Lines in Peshawar. Wreaths were laid at the Police Martyrs' Memorial and the Police Gymkhana in Mumbai. Gunmen once attacked Chhatrapati Shivaji Maharaj Terminus. Robbers hit a bank at Mountain Run Shopping Center in Albuquerque.";
    const got = places(text);
    for (const n of [
      'Malik Saad Shaheed Police Lines|facility',
      "Police Martyrs' Memorial|other",
      'Police Gymkhana|facility',
      'Chhatrapati Shivaji Maharaj Terminus|facility',
    ])
      expect(
        got.some((p) => p.startsWith(`${n}|`)),
        n,
      ).toBe(true);
    expect(orgs(text).filter((o) => /Police|Terminus/.test(o))).toEqual([]);
  });

  it('keeps a body whose name only holds a site word before its own head', () => {
    expect(orgs('The Police Lines Association said pay was late.')).toContain('Police Lines Association');
  });
});

describe('regions the lists know', () => {
  it('knows federal states, historic regions and capes that news names often', () => {
    const got = places(
      'Ships sailed around the Cape of Good Hope. Rockets fell in the Upper Galilee and the Negev, Israel said. Troops moved from Puntland into Jubaland, Somalia. Fighting spread in Oromia, Ethiopia.',
    );
    for (const n of [
      'Cape of Good Hope|other|ZA',
      'Upper Galilee|region|IL',
      'Negev|region|IL',
      'Puntland|region|SO',
      'Jubaland|province|SO',
      'Oromia|province|ET',
    ])
      expect(got, n).toContain(n);
  });
});

describe('places of several words and countries of one name', () => {
  it('reads a town of several words the lists know after "and" as the town, not a person', () => {
    const e = read('Surgical teams were sent from Kosti and Port Sudan on Monday, Sudanese officials said.');
    expect(e.people.map((p) => p.name)).not.toContain('Port Sudan');
    expect(e.places.map((p) => p.name)).toContain('Port Sudan');
  });

  it('keeps a titled person whose name is also a town', () => {
    const e = read('Police spokesman Santa Cruz said the road was closed.');
    expect(e.people.map((p) => p.name)).toContain('Santa Cruz');
  });

  it('tells the two Congos apart by the provinces and towns the story names', () => {
    const drc = places('ADF rebels killed 20 people in Ndalya in North Kivu, eastern Congo, on Monday.');
    expect(drc.filter((n) => /Congo/.test(n)).map((n) => n.split('|')[2])).toEqual(['CD']);
    const roc = places('Brazzaville residents voted on Sunday in Congo.');
    expect(roc.filter((n) => /Congo/.test(n)).map((n) => n.split('|')[2])).toEqual(['CG']);
  });
});

describe('towns named with "City", wire credits', () => {
  it('reads a listed town before "City" as that town, not the region of its name', () => {
    const got = places('Israeli strikes hit Gaza City on Monday, the Palestinian health ministry said.');
    expect(got.some((n) => n.startsWith('Gaza|city|PS'))).toBe(true);
    expect(got.some((n) => n.startsWith('Gaza Strip|'))).toBe(false);
  });

  it('lists the city of an agency writer who contributed from there', () => {
    const text =
      'Rebels kill 17 at market\n\nRebels killed 17 people at a market in North Kivu, eastern Congo, on Friday, officials said.\n\nAssociated Press writer Jean Mwamba in Kinshasa, Congo, contributed to this report.';
    expect(places(text)).toContain('Kinshasa|city|CD');
  });
});

describe('the country of regional news that never names its own country', () => {
  const raid =
    'Farmers flee after night raid on Oke-Lamu\n\nGunmen stormed Oke-Lamu, a farming settlement in the Baruten area of Kwara State, late on Tuesday and abducted nine people, residents said.\n\nThe Kwara State Police Command said officers had been sent to the area. A spokesman said the Kwara State Government would meet community leaders in Kosubosu on Thursday.\n\nSeveral families crossed into Benin overnight, a local leader said.';

  it('takes a province the text calls a province ("Kwara State") as the country, over a neighbour named once', () => {
    const got = places(raid);
    expect(got).toContain('Kwara|province|NG');
    expect(got).toContain('Oke-Lamu|city|NG');
    expect(got).toContain('Benin|country|BJ');
    expect(got.filter((n) => n.endsWith('|BJ'))).toEqual(['Benin|country|BJ']);
  });

  it('reads a county the lists place as a province ("Samburu County") as the country of the story', () => {
    const text =
      'Herders killed in dawn raid\n\nRaiders drove off 300 goats from Lomirok-Ekal, a grazing settlement in Samburu County, on Sunday, police said.\n\nThe Samburu County Commissioner said officers had tracked the herd towards the hills. Some herders fled to Ethiopia.';
    expect(entityContext(buildDoc(text)).mainCountry).toBe('KE');
    expect(places(text)).toContain('Ethiopia|country|ET');
  });

  it('lets no province head weigh for a country when the lists place the name in two countries', () => {
    const text =
      'Floods cut roads near Dera\n\nHeavy rain flooded Dera-Kalan, a farming settlement in Punjab Province, on Tuesday, residents said.\n\nThe Punjab Provincial Disaster Authority said teams were on the way. Relief convoys from Nepal arrived on Wednesday.';
    expect(entityContext(buildDoc(text)).mainCountry).toBe('NP');
    expect(entityContext(buildDoc(text.replace(/Punjab/g, 'Kwara'))).mainCountry).toBe('NG');
  });
});

describe('names that start with digits', () => {
  it('keeps the digits of a name written before its capital ("3R"), and the group as a side', () => {
    const text =
      'Rebels kill five in CAR\n\nBANGUI — 3R rebels attacked the village of Koui on Monday, killing five civilians, a local official said.';
    const doc = buildDoc(text);
    expect(doc.words.map((w) => w.text)).toContain('3R');
    expect(doc.words.find((w) => w.text === '3R')?.cap).toBe(true);
    const attack = briefArticle({ text, origin: 'text' }, { published: '2026-12-01' }).incidents[0];
    expect(attack?.attacker).toBe('3R rebels');
  });
});
