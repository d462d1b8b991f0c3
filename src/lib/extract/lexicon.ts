/** Word lists used by the extractors (written for newsdesk). */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Words that make up a person's title or role (lower case). */
export const TITLE_WORDS = set(`
president vice prime minister ministers secretary spokesperson spokesman spokeswoman general gen. maj. lt. brig. col.
colonel major lieutenant brigadier commander chief chair chairman chairwoman deputy assistant ambassador envoy senator
sen. rep. representative congressman congresswoman governor gov. mayor king queen prince princess crown emir sheikh
ayatollah supreme leader director head admiral adm. captain capt. sergeant sgt. specialist spc. pope speaker chancellor
premier attorney judge cleric imam officer official analyst correspondent founder ceo executive adviser advisor
negotiator lawmaker undersecretary under-secretary commissioner coordinator inspector marshal cmdr. commandant
secretary-general general-secretary director-general chief-of-staff representative spokesperson secretary-general
sultan ruler monarch pastor bishop rabbi professor prof. dr. lawyer activist journalist researcher fellow
mp mps cabinet vice-president vice-chairman attache attaché consul councillor councilor
manager candidate trader teacher worker nurse doctor farmer student engineer economist historian scientist
photographer editor reporter mayor-elect president-elect premier-elect shopkeeper vendor surgeon paramedic firefighter
pilot mp-elect strategist campaigner organiser organizer lecturer magistrate advocate prosecutor barrister
solicitor elder chieftain representative chairperson chairwoman co-founder
businessman businesswoman businessmen businesswomen neighbour neighbor resident
collector superintendent constable sub-inspector registrar warden sheriff ranger
commodore corporal sheikha vice-admiral rear-admiral
prefect coach backbencher criminologist presenter driver fisherman miner grower defendant widow relative
sp ssp dsp asp igp sho asi oc mk
counterpart councilmember councilman councilwoman havildar rifleman constables colonel-major administrator
ombudsman ombudswoman defender
`);
/** Words that may appear inside a title phrase without being a title themselves. */
export const TITLE_GLUE = set(`of for the on in to`);
/** Modifiers that precede a title but are not part of the role. */
export const ROLE_DROP = set(`the a an his her their its slain late top then new`);

export const ROLE_EXPAND: Record<string, string> = {
  'gen.': 'General',
  'sr.': 'Senior',
  'maj.': 'Major',
  'lt.': 'Lieutenant',
  'brig.': 'Brigadier',
  'col.': 'Colonel',
  'sen.': 'Senator',
  'rep.': 'Representative',
  'gov.': 'Governor',
  'adm.': 'Admiral',
  'capt.': 'Captain',
  'sgt.': 'Sergeant',
  'spc.': 'Specialist',
  'cmdr.': 'Commander',
  'prof.': 'Professor',
  'dr.': 'Dr.',
};
/** Honorifics that are not roles. */
export const HONORIFICS = set(
  `mr. mrs. ms. miss mr mrs ms dr. sir dame dr maulana ustaz ustadz alhaji hon. hon mawlawi maulvi daw`,
);

/** Last words of organisation names. */
export const ORG_SUFFIX = set(`
ministry department forces force army navy corps council party agency center centre institute committee group brigade
brigades battalion front movement organization organisation union coalition bank fund administration commission
university office police command court parliament assembly senate guard guards authority service services network
association foundation federation league alliance militia militias unit units regiment division cabinet government
company corporation inc. ltd. bureau directorate secretariat tribunal academy school hospital airlines airways
news times post agency observatory networks infirmary trust society institution ministries
board collective chamber inspectorate syndicate cooperative consortium caucus congress
constabulary gendarmerie troops fleet
`);
/** Head nouns of organisation names, anywhere in a capitalised run ("Ministry of Information", "Shan Council"). */
export const ORG_HEAD = new Set([
  ...ORG_SUFFIX,
  ...set(`staff operations semiconductors technologies systems industries holdings motors electronics pharmaceuticals
shipping shipmanagement logistics analytics airlines airways insurance telecom communications solutions laboratories
labs watch infirmary clinic mission directorate prosecutor's ombudsman's committee's command commands cartel
commission's institute's hospital's bloc radio television tv programme program`),
]);
/** Words that are never part of a person's name: compass points, descriptors, heads of place and institution names. */
export const NOT_NAME =
  set(`North South East West Northern Southern Eastern Western Central National Royal United New Great Grand
Upper Lower Old Saint St. Economic Joint International Federal Republic Democratic People's Popular Islamic Revolutionary
General Supreme Regional Provincial Municipal City County District Road Street Avenue Lane Boulevard Square Bridge River
Highway Park Hill Valley Mountain Mountains Lake Sea Gulf Coast Island Islands Desert Camp Fort Port Market Gas Oil Fire
Rescue Air Water Power Energy Health Security Defense Defence Foreign Interior Army Navy Police Court Social Party Labour
Conservative Liberal Green Christian Muslim Arab African Asian European American Middle Far Near Holy Black Red White Blue`);
/** Last words of streets and other named places that are not settlements. */
export const STREET_SUFFIX =
  set(`road street avenue lane boulevard square highway drive way close crescent place park grounds stadium
market river canal valley mountains hills`);
/** Words that mark a run as an agreement, law or programme, not an organisation or a person. */
export const NON_ENTITY_SUFFIX =
  set(`plan agreement treaty accord accords deal act initiative convention protocol
resolution doctrine strategy talks summit conference war crisis operation`);
/** Last words of unnamed facilities. */
export const FACILITY_SUFFIX =
  set(`base airbase airport airfield crossing port bridge dam refinery plant field camp garrison outpost
checkpoint embassy consulate barracks compound facility station terminal harbor harbour mosque hospital`);
export const ADMIN_SUFFIX = set(
  `province governorate region district oblast state county prefecture territory`,
);
export const SETTLEMENT_PREFIX = set(`village town city`);

export const MONTHS =
  set(`January February March April May June July August September October November December Jan. Feb. Mar. Apr.
Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.`);
export const WEEKDAYS = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

/** Speech verbs (any tense) that introduce or close a quotation. */
export const SPEECH_VERBS = set(`
said says say told tells tell added adds stated states announced announces declared declares wrote writes noted notes
stressed stresses emphasized emphasised emphasizes emphasises warned warns urged urges insisted insists explained
explains argued argues claimed claims asserted asserts confirmed confirms denied denies acknowledged acknowledges
called calls described describes reported reports tweeted posted replied replies responded responds commented comments
continued continues advised advises cautioned cautions recalled recalls vowed vows pledged pledges according
affirmed affirms reiterated reiterates demanded demands accused accuses blamed blames read reads
`);
/** Words for statements, so that "the statement said" is attributed to whoever issued it. */
export const STATEMENT_NOUNS =
  set(`statement readout release communique communiqué announcement report post tweet letter
memo message notice bulletin`);
/** Pronouns that refer back to the last speaker. */
export const PRONOUNS = set(`he she they it we i`);

/** Lower-case words that carry no entity even when capitalised at the start of a sentence. */
export const STOP_CAPS =
  set(`The A An In On At By For From To Of And But Or As If When While After Before Since Until This That These
Those It He She They We I His Her Its Their Our Your There Here Just Also Still Yet So Asked Citing Speaking According Meanwhile
However Although Though Even Such Some Many Most Several Both Each Every No Not Only Then Now Later Earlier Last Next First
Mr. Mrs. Ms. Dr. Sir`);
