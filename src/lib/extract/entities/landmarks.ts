/**
 * Place vocabulary: head words that make a name a landmark, road, site or area ("Dnipro River", "X National Park",
 * "Borno state"), heads written before the name ("Mount Sinjar"), numbered roads, and `landmarkHead`.
 */
import type { PlaceKind } from '../gazetteer.ts';

/**
 * Head words that make a name a landmark or an area rather than the settlement of the same name, with the kind
 * they give: "Abancay Avenue", "Dnipro River", "Sinjar mountains", "Thingvellir National Park", "Tillabéri region".
 * `keep: false` heads are not part of the name ("the Skaftafell area" is Skaftafell).
 */
const LANDMARK_AFTER: Record<string, { kind: PlaceKind; keep: boolean }> = {
  avenue: { kind: 'other', keep: true },
  street: { kind: 'other', keep: true },
  road: { kind: 'other', keep: true },
  boulevard: { kind: 'other', keep: true },
  lane: { kind: 'other', keep: true },
  square: { kind: 'other', keep: true },
  plaza: { kind: 'other', keep: true },
  park: { kind: 'other', keep: true },
  drive: { kind: 'other', keep: true },
  highway: { kind: 'other', keep: true },
  motorway: { kind: 'other', keep: true },
  river: { kind: 'other', keep: true },
  canal: { kind: 'other', keep: true },
  district: { kind: 'other', keep: true },
  neighbourhood: { kind: 'other', keep: true },
  neighborhood: { kind: 'other', keep: true },
  quarter: { kind: 'other', keep: true },
  suburb: { kind: 'other', keep: true },
  area: { kind: 'other', keep: false },
  roundabout: { kind: 'other', keep: true },
  junction: { kind: 'other', keep: true },
  intersection: { kind: 'other', keep: true },
  crossroads: { kind: 'other', keep: true },
  // a bridge is a stretch of road, not a site: "the Darnytskyi Bridge" (other)
  bridge: { kind: 'other', keep: true },
  school: { kind: 'facility', keep: true },
  prison: { kind: 'facility', keep: true },
  // "the Kashimpur jail", "Litoral Penitentiary": a prison by its other heads
  jail: { kind: 'facility', keep: true },
  gaol: { kind: 'facility', keep: true },
  penitentiary: { kind: 'facility', keep: true },
  stadium: { kind: 'facility', keep: true },
  arena: { kind: 'facility', keep: true },
  fairgrounds: { kind: 'facility', keep: true },
  airstrip: { kind: 'facility', keep: true },
  // "Kismayo airport", "the Ramon airbase": a town's airport or air base is a site of its own
  airport: { kind: 'facility', keep: true },
  airbase: { kind: 'facility', keep: true },
  airfield: { kind: 'facility', keep: true },
  // sites with a generic head: "Tarsun Depot", "Al-Nur Mosque", "Mar Elias Monastery", "Suq Market"
  depot: { kind: 'facility', keep: true },
  refinery: { kind: 'facility', keep: true },
  mosque: { kind: 'facility', keep: true },
  church: { kind: 'facility', keep: true },
  cathedral: { kind: 'facility', keep: true },
  monastery: { kind: 'facility', keep: true },
  temple: { kind: 'facility', keep: true },
  synagogue: { kind: 'facility', keep: true },
  shrine: { kind: 'facility', keep: true },
  market: { kind: 'facility', keep: true },
  bazaar: { kind: 'facility', keep: true },
  library: { kind: 'facility', keep: true },
  // "the Qurux Beach Hotel", "the Utrechtsebaan tunnel"
  hotel: { kind: 'facility', keep: true },
  tunnel: { kind: 'other', keep: true },
  palace: { kind: 'facility', keep: true },
  // a monument is a spot in a town, not a building: "the Horse Statue"
  statue: { kind: 'other', keep: true },
  memorial: { kind: 'other', keep: true },
  // "Chhatrapati Shivaji Maharaj Terminus", "the Police Gymkhana", "Westgate mall"
  terminus: { kind: 'facility', keep: true },
  gymkhana: { kind: 'facility', keep: true },
  mall: { kind: 'facility', keep: true },
  monument: { kind: 'other', keep: true },
  mountains: { kind: 'region', keep: true },
  mountain: { kind: 'region', keep: true },
  hills: { kind: 'region', keep: true },
  valley: { kind: 'region', keep: true },
  desert: { kind: 'region', keep: true },
  plain: { kind: 'region', keep: true },
  plains: { kind: 'region', keep: true },
  coast: { kind: 'region', keep: true },
  peninsula: { kind: 'region', keep: true },
  fjords: { kind: 'region', keep: true },
  highlands: { kind: 'region', keep: true },
  delta: { kind: 'region', keep: true },
  basin: { kind: 'region', keep: true },
  corridor: { kind: 'region', keep: true },
  forest: { kind: 'region', keep: true },
  zone: { kind: 'province', keep: true },
  province: { kind: 'province', keep: true },
  division: { kind: 'province', keep: true },
  governorate: { kind: 'province', keep: true },
  region: { kind: 'province', keep: true },
  oblast: { kind: 'province', keep: true },
  county: { kind: 'province', keep: true },
  prefecture: { kind: 'province', keep: true },
  state: { kind: 'province', keep: true },
};
/** Plural heads after two coordinated names: "the Masisi and Rutshuru territories", "Borno and Yobe states". */
export const PLURAL_HEAD: Record<string, PlaceKind> = {
  territories: 'other',
  districts: 'other',
  provinces: 'province',
  states: 'province',
  regions: 'province',
  governorates: 'province',
  oblasts: 'province',
  counties: 'province',
  rivers: 'other',
  forests: 'other',
  // "the Torkham and Chaman crossings", "the Ain al-Asad and Harir bases"
  crossings: 'facility',
  camps: 'facility',
  bases: 'facility',
  airports: 'facility',
};
/** Two-word landmark heads: "X National Park", "X Nature Reserve". */
const LANDMARK_AFTER2: Record<string, PlaceKind> = {
  'national park': 'facility',
  'nature reserve': 'facility',
  'game reserve': 'facility',
  'wildlife reserve': 'facility',
  'refugee camp': 'facility',
  'international airport': 'facility',
  // a police force's housing and offices in South Asia: "Malik Saad Shaheed Police Lines"
  'police lines': 'facility',
  'shopping center': 'facility',
  'shopping centre': 'facility',
  'shopping mall': 'facility',
  'air base': 'facility',
  'industrial zone': 'facility',
  'industrial park': 'facility',
  // parks and beaches run by a state or county: "Sand Harbor State Park" (a site, not the state)
  'state park': 'facility',
  // a state's seat of government: "Oregon State Capitol"
  'state capitol': 'facility',
  'state beach': 'facility',
  'county park': 'facility',
  'high school': 'facility',
  'middle school': 'facility',
  'primary school': 'facility',
  'secondary school': 'facility',
};
/** Every word that can open a landmark head after a name: a quick first test. */
const LANDMARK_WORDS = new Set([
  ...Object.keys(LANDMARK_AFTER),
  ...Object.keys(LANDMARK_AFTER2).map((k) => k.split(' ')[0]),
]);
/** Head words written before the name: "Plaza Dos de Mayo", "Avenida da Liberdade", "Mount Sinjar", "Lake Chad". */
export const LANDMARK_BEFORE: Record<string, PlaceKind> = {
  plaza: 'other',
  plaça: 'other',
  placa: 'other',
  paseo: 'other',
  passeig: 'other',
  avenida: 'other',
  avinguda: 'other',
  carrer: 'other',
  largo: 'other',
  rua: 'other',
  calle: 'other',
  // Malay and Indonesian streets: "Jalan Thamrin"
  jalan: 'other',
  'jl.': 'other',
  piazza: 'other',
  praca: 'other',
  praça: 'other',
  mount: 'region',
  'mt.': 'region',
  lake: 'region',
  jebel: 'region',
  jabal: 'region',
  wadi: 'region',
};
/** Words that name a road by its number: "Interstate 5", "Highway 101", "Route 9". */
/**
 * The head words every street finder knows, capitalised as in a name ("27th Street", "Court Road", "Red Square",
 * "Asian Highway"): a regex source shared by the ordinal, landmark and person-named street finders.
 */
export const STREET_HEAD = '(?:Street|Avenue|Road|Boulevard|Drive|Lane|Highway|Way|Square|Plaza|Park)';
export const NUMBERED_ROAD = /^(?:Interstate|Highway|Route|Motorway|Autobahn|Autoroute)$/;
/** Particles inside Romance and Arabic landmark names ("Plaza Dos de Mayo", "Avenida da Liberdade"). */
export const LANDMARK_GLUE = /^(?:de|del|da|do|dos|das|la|las|los|di|della|des|du|al|el)$/i;
/** Words after "state" that make it part of a noun phrase ("state media"), not a province: "Borno state". */
const STATE_NOUN =
  /^(?:media|television|tv|radio|news|agency|officials?|government|governments|department|run|owned|funeral|visit|security|forces|broadcaster|oil|company|firm|secretary|of|house|assembly|police|prosecutor|capacity|banquet|dinner|budget|level|elections?|legislature|lawmakers?|senators?|counsel|'s)$/i;

/**
 * Heads of sites every town has, written in lower case: after a town's name they tell which town ("the El Fasher
 * market"), while a depot or a refinery is named after its town ("the Kotovsk depot").
 */
export const IN_TOWN_HEAD =
  /^(?:market|bazaar|mosque|church|cathedral|temple|synagogue|shrine|library|palace)$/;
/** Words that make "X Church" a denomination, not a building. */
const DENOMINATION =
  /^(?:catholic|orthodox|anglican|evangelical|methodist|lutheran|baptist|presbyterian|pentecostal|protestant|reformed|coptic|apostolic|episcopal|adventist|mormon|unification|moravian|christian|national|state|united|universal|scientology)$/i;
/** The landmark head after word `j` of a sentence ending at `s1`: its kind, how many words it has, whether it joins the name. */
export function landmarkHead(
  words: readonly { text: string }[],
  j: number,
  s1: number,
): { kind: PlaceKind; n: number; keep: boolean } | null {
  if (j >= s1) return null;
  const w = words[j].text.toLowerCase();
  if (!LANDMARK_WORDS.has(w)) return null;
  if (j + 1 < s1) {
    const two = LANDMARK_AFTER2[`${w} ${words[j + 1].text.toLowerCase()}`];
    // "the Iowa High School Athletic Association": the name goes on, an organisation's
    if (
      two &&
      j + 2 < s1 &&
      /^\p{Lu}\p{Ll}/u.test(words[j + 2].text) &&
      /^(?:school)$/.test(words[j + 1].text.toLowerCase())
    )
      return null;
    if (two) return { kind: two, n: 2, keep: true };
  }
  const one = LANDMARK_AFTER[w];
  if (!one) return null;
  // "the Kismayo hotel": a hotel in a town told in common words; a named one is written "the Asasey Hotel"
  if (w === 'hotel' && words[j].text === 'hotel') return null;
  if (w === 'state' && j + 1 < s1 && STATE_NOUN.test(words[j + 1].text)) return null;
  // "the Orthodox Church", "the Evangelical Church" are bodies of believers, not buildings
  if (w === 'church' && j > 0 && DENOMINATION.test(words[j - 1].text)) return null;
  // "the Single Market", "the Stock Market": an economic arrangement, not a market place
  if (
    w === 'market' &&
    j > 0 &&
    /^(?:single|common|stock|internal|free|black|capital|labour|labor|housing|energy|emerging)$/i.test(
      words[j - 1].text,
    )
  )
    return null;
  // "the California Highway Patrol" is a police force, not a road
  if (w === 'highway' && j + 1 < s1 && /^patrol$/i.test(words[j + 1].text)) return null;
  if (
    w === 'state' &&
    j + 1 < s1 &&
    /^[a-z]/.test(words[j + 1].text) &&
    !/^(?:on|in|at|and|,|\.)$/.test(words[j + 1].text)
  )
    return null;
  return { ...one, n: 1 };
}
