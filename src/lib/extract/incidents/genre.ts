/**
 * What kind of story an article is, read from the story as a whole: a report of a violent event of now, or a story of
 * another kind that tells violence without one happening - a drill, an exercise, a parade or mine clearance, a trial
 * or a verdict, an accident or a disaster, an obituary, a profile or an interview, an anniversary or a commemoration,
 * a match report, a business or politics story told in war words, a work (a film, a book, a television drama and its
 * recaps, a game, an album, an exhibition), talks or sanctions between parties to a war, a humanitarian appeal, an
 * order of arms, a story of figures (crime statistics, an analysis of trends). The reading counts general cues of each
 * kind over the article, weighing the headline and the lead (where a story says what it is) above the rest, so that no
 * single phrase decides it.
 *
 * In a story of another kind, a record survives only with strong evidence in its own sentences of a current, real
 * violent event distinct from the story's kind: a recent day or "overnight" of its own, an armed doer or weapon (a
 * hostile one in a story of an accident; someone harmed as well in a story of a drill), and no word of the kind's
 * frame in the clause of its act. A record of a story that retells the past (trial, obituary, anniversary) that lacks it is
 * told as background; one of a story that stages, metaphors or tells an accident is dropped.
 *
 * A column or an editorial, known by its own label, not its words, argues about events more than it reports them: its
 * crowds are its past unless a day of their own, before its writing, is told with them.
 */
import type { DateMention } from '../dates.ts';
import type { Doc } from '../doc.ts';
import { withoutAccidentWords } from './cause.ts';
import { clauseAround, daysFrom, plainPattern, SPORT_WORDS } from './common.ts';
import { leadEnd, ownRecency } from './news.ts';
import type { Candidate } from './types.ts';

export type Genre =
  | 'drill'
  | 'trial'
  | 'accident'
  | 'obituary'
  | 'anniversary'
  | 'sport'
  | 'metaphor'
  | 'work'
  | 'talks'
  | 'relief'
  | 'arms'
  | 'figures';

/**
 * Words of a game's result and its sides, which stories of war use as well ("victory", "defeat", "the captain",
 * "a series of attacks", "bouts of fighting"): cues of a story of sport weighed against its armed doers, never the
 * sign of a game by themselves.
 */
const SPORT_RESULTS =
  'finals?|points|victory|win|won|defeat|beat|squad|players?|captain|opponents?|the visitors|the hosts|home side|series|bouts?|lightweights?';

/** The cues of each kind of story. Each is a general word of the kind, never a phrase of one article. */
const CUES: Record<Genre, RegExp> = {
  drill:
    /\b(?:exercises?|drills?|live[- ]fire|manoeuvres?|maneuvers?|war ?games?|simulat(?:ed|ion|ions)|mock|rehears\w+|scenarios?|training (?:area|ground|range|exercise)s?|firing range|mock (?:enemy|attack)|(?:notional|imaginary|simulated) enemy|participating (?:units|troops|forces)|demin\w+|mine[- ](?:clearance|action)|unexploded|ordnance|bomb disposal|controlled (?:explosions?|detonations?)|parades?|paraded|ceremon(?:y|ies)|salutes?|fly-?pasts?|passing[- ]out|graduat\w+|cadets?|recruits|tableaux?|guard of honou?r|(?:independence|national|victory|republic|armed forces|army) day|showcased?|on display|displayed)\b/gi,
  trial:
    /\b(?:courts?|courtroom|judges?|jur(?:y|ors)|trials?|verdicts?|sentenc(?:e|ed|es|ing)|convict(?:ed|ion|ions)|acquit\w*|guilty|prosecut\w+|defen[cs]e (?:lawyers?|counsel|attorneys?|team)|defendants?|accused|appeals?|appellate|hearings?|tribunals?|indict\w+|testif\w+|testimony|witness(?:es)?|bail|plea|magistrates?|ruling|ruled|jail(?:ed)?|imprisonment|life terms?|in prison|charge sheet|compensation|reparations?|inquests?|inquir(?:y|ies))\b/gi,
  accident:
    /\b(?:accident(?:s|al|ally)?|gas (?:leak|cylinders?|explosion|blast)|cylinders?|LPG|propane|methane|boilers?|short[- ]circuit|electrical fault|firefighters?|fire (?:brigade|service|department|tenders?|engines?)|blaze|collaps(?:e|ed)|capsiz\w+|derail\w+|collision|floods?|flooding|flash floods?|landslides?|cyclones?|typhoons?|hurricanes?|storms?|earthquakes?|tremors?|heavy rains?|rainfall|monsoon|wildfires?|bushfires?|evacuat\w+|rescuers?|rescue (?:teams?|workers|operations?)|disaster|negligence|safety|factory|refinery|reactor|fireworks|leak|toxic|rubble|tankers?|overturn\w*|spill\w*|chemicals?|furnaces?|mines?|miners|dams?|emergency (?:services|officials|workers|management)|the cause)\b/gi,
  obituary:
    /\b(?:obituar(?:y|ies)|died|dies|dead at \d+|death (?:at|aged)|aged \d+|was born|born in|survived by|funeral|buried|career|retired|retirement|his life|her life|legacy|tributes?|served (?:as|in|with)|joined the|rose to|promoted|veteran|widow(?:er)?|mourners|is survived|late (?:general|commander|colonel|major)|profile|interview\w*|memoirs?|recalls|recalling|remembers|looks? back|grew up|childhood|now (?:aged )?\d+|(?:his|her) (?:wife|husband|sons|daughters|children|comrades)|(?:he|she) says|says (?:he|she))\b/gi,
  anniversary:
    /\b(?:anniversar(?:y|ies)|commemorat\w+|memorials?|remember\w*|remembrance|wreaths?|minute'?s? (?:of )?silence|moments? of silence|(?:years?|decades?) (?:since|after|ago|on)|marks?|marked|marking|survivors|victims' families|families of (?:the )?victims|mourn\w*|vigils?|tributes?|never forget|to this day|(?:years?|decades?) on|relatives)\b/gi,
  sport: new RegExp(String.raw`${SPORT_WORDS.source}|\b(?:${SPORT_RESULTS})\b`, 'gi'),
  metaphor:
    /\b(?:shares?|investors?|markets?|inflation|interest rates?|rates?|central bank|per ?cent|percent|profits?|revenues?|prices?|economy|economic|budget|tariffs?|banks?|stocks?|bonds?|deposits?|customers?|competitors?|rivals?|quotas?|output|exports?|imports?|growth|fiscal|spending|elections?|voters?|polls?|campaign|candidates?|parliament\w*|lawmakers|opposition|party|ministers?|bill)\b/gi,
  work: /\b(?:films?|movies?|cinemas?|director|screenplay|cast|actors?|actress|premiere\w*|screen(?:ed|ing|ings)|documentar(?:y|ies)|novels?|books?|author|writers?|chapters?|prose|publish(?:er|ers|ed)|readers|fiction|episodes?|characters?|plot|scenes?|sequences?|review(?:s|ed|ers)?|critics?|(?:TV|television) (?:series|shows?|dramas?)|finales?|recaps?|spoilers?|showrunners?|aired|streaming|viewers|box office|trailers?|starring|video ?games?|gamers|players|gameplay|multiplayer|single-player|set pieces?|consoles?|PlayStation|PS[45]|Xbox|Nintendo|graphics|copies|instalments?|sequels?|franchise|exhibitions?|museums?|curators?|galler(?:y|ies)|artists?|paintings?|photographs|albums?|songs?|lyrics|music videos?|rappers?|singers?|songwriters?|musicians?)\b/gi,
  talks:
    /\b(?:talks|negotiat\w+|mediat\w+|ceasefire|cease-fire|truce|envoys?|delegations?|diplomats?|diplomatic|diplomacy|summit|peace (?:deal|process|plan|agreement|accord)|agreements?|accords?|sanctions?|foreign ministers?|resolutions?|proposals?|prisoner (?:exchange|swap)s?|dialogue|communiqu\w+|declarations?|conferences?|commissions?|pledg\w+|round of|meetings?|visits?|bilateral)\b/gi,
  relief:
    /\b(?:aid (?:agencies|groups|workers|convoys?)|humanitarian|refugees?|displaced|displacement|camps?|donors?|appeal(?:ed|s)?|funding|rations?|food|shelter|cholera|malnutrition|famine|hunger|relief|UNHCR|WFP|OCHA|UNICEF|assistance|supplies)\b/gi,
  arms: /\b(?:contracts?|orders?|ordered|deliver(?:y|ies|ed|s)?|purchases?|purchased|procure\w*|acquisitions?|acquire[ds]?|budgets?|billion|million|manufactur\w+|suppl(?:y|ier|iers)|production|produce[ds]?|arms (?:deals?|sales?|makers?|exports?|industry)|defen[cs]e (?:industry|spending|firms?|companies|contractors?)|batteries|systems|units|stockpiles?|capacity|pledg\w+|funding|shortages?)\b/gi,
  figures:
    /\b(?:figures|statistics|data|per ?cent|percent|rates?|year-on-year|compared (?:with|to)|rose|fell|increase[ds]?|decrease[ds]?|declin(?:e|ed|es)|drop(?:ped)?|quarter|annual|averages?|totals?|tally|trends?|so far this year|since January|last year|per 100,?000|homicides|analys[ie]s|analysts?|researchers?|experts?|explainer)\b/gi,
};

/**
 * The words of each kind's own frame, not of the people or things in it: an act whose clause holds one is the kind's
 * (a drill's assault, a match's ambush, a flood's dead), while "three died", "opposition supporters" or "the accused
 * gunmen" may tell a real event inside a story of another kind.
 */
const FRAME: Record<Genre, RegExp> = {
  drill:
    /\b(?:exercises?|drills?|live[- ]fire|manoeuvres?|maneuvers?|war ?games?|simulat\w+|mock|rehears\w+|demin\w+|controlled (?:explosions?|detonations?)|parades?|paraded|ceremon(?:y|ies)|salutes?|fly-?pasts?|passing[- ]out|graduat\w+|on display|displayed|showcased?)\b/i,
  trial:
    /\b(?:courts?|courtroom|judges?|jur(?:y|ors)|trials?|verdicts?|sentenc\w+|convict\w+|acquit\w*|prosecut\w+|hearings?|tribunals?|indict\w+|testif\w+|testimony|jailed|imprison\w*)\b/i,
  accident:
    /\b(?:accident\w*|gas (?:leak|cylinders?)|LPG|propane|methane|short[- ]circuit|floods?|flooding|landslides?|cyclones?|typhoons?|hurricanes?|storms?|earthquakes?|wildfires?|bushfires?|derail\w+|capsiz\w+|collision|blaze|fire (?:brigade|service)|firefighters?)\b/i,
  obituary:
    /\b(?:obituar(?:y|ies)|funeral|was born|born in|survived by|career|retired|retirement|interview\w*|memoirs?|recalls|remembers|looks? back)\b/i,
  anniversary:
    /\b(?:anniversar(?:y|ies)|commemorat\w+|memorials?|remembrance|wreaths?|(?:minute|moment)'?s? (?:of )?silence|(?:years?|decades?) (?:since|ago|on))\b/i,
  sport:
    /\b(?:match(?:es)?|league|tournament|championship|goals?|referee|innings|wickets?|derby|half-?time|full-?time|scored?|penalt(?:y|ies)|quarterback|touchdowns?|standings|(?:quarter|semi)-?finals?|bouts?|(?:heavy|cruiser|middle|welter|light|feather|bantam|fly)weights?|knockouts?|title fights?|bowl(?:ed|ers|ing)|batting|batsm[ae]n|spinners?)\b/i,
  metaphor:
    /\b(?:shares?|investors?|markets?|inflation|interest rates?|central bank|per ?cent|percent|profits?|revenues?|prices?|stocks?|bonds?|tariffs?|polls?|votes?|ballots?|debates?)\b/i,
  work: /\b(?:films?|movies?|novels?|books?|documentar(?:y|ies)|video ?games?|games?|players|reviews?|finales?|recaps?|spoilers?|gameplay|multiplayer|exhibitions?|museums?|chapters?|scenes?|sequences?|characters?|plot|episodes?|instalments?|screens?|albums?|songs?|lyrics|music videos?)\b/i,
  talks:
    /\b(?:talks|negotiat\w+|mediat\w+|envoys?|delegations?|diplomats?|summit|sanctions?|proposals?|dialogue|communiqu\w+|conferences?)\b/i,
  relief: /\b(?:fled|fleeing|flee|new arrivals|refugees)\b/i,
  arms: /\b(?:contracts?|orders?|ordered|deliver\w*|purchase\w*|procure\w*|acqui\w+|budgets?|billion|million|manufactur\w+|suppl(?:y|ier|iers)|production|stockpiles?|capacity|pledg\w+)\b/i,
  figures:
    /\b(?:figures|statistics|data|per ?cent|percent|rates?|compared (?:with|to)|rose|fell|increase[ds]?|decrease[ds]?|declin\w+|averages?|totals?|tally|trends?|so far this year|per 100,?000)\b/i,
};

/** Genres that retell a past event (its records become background); the others stage or figure violence. */
const RETELLING = new Set<Genre>(['trial', 'obituary', 'anniversary']);

/**
 * Cues of a hostile act with a doer: armed people and weapons of war. An accident or a disaster names none in its
 * lead; a story that does tells an attack, not an accident.
 */
const HOSTILE =
  /\b(?:gunm[ae]n|militants?|insurgents?|rebels?|jihadists?|terrorists?|attackers?|assailants?|bandits|arson\w*|sabotage|suicide bomb\w*|car bomb\w*|roadside bomb\w*|IEDs?|air ?strikes?|drones?|missiles?|shelling|shelled|artillery|mortars?|grenades?|gunfire|opened fire|ambush\w*|abduct\w*|kidnap\w*)\b/i;

/**
 * Armed doers and weapons over the article: a story of a violent event names them more often than the words of any
 * other kind (a trial or an anniversary retells its attack in fewer words than it tells the court or the ceremony).
 */
const DOERS =
  /\b(?:gunm[ae]n|militants?|insurgents?|rebels?|jihadists?|terrorists?|attackers?|assailants?|bandits|fighters|militias?|troops|soldiers|forces|army|police(?:men)?|drones?|air ?strikes?|missiles?|rockets?|shell(?:s|ed|ing)|artillery|mortars?|grenades?|IEDs?|gunfire|opened fire)\b/gi;
/** How many more cues of its kind than armed doers a story of another kind has (a drill's doers are its own). */
const OVER_DOERS = 1.5;

/** Someone harmed, told in the sentence. */
const HARMED = /\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|casualties|victims?|hurt)\b/i;
/** An armed doer or a weapon, told in the sentence. */
const ARMED_DOER =
  /\b(?:gunm[ae]n|militants?|insurgents?|rebels?|jihadists?|terrorists?|attackers?|assailants?|bandits|fighters|militias?|troops|soldiers|forces|army|police|armed|bombs?|bombers?|explosives?|IEDs?|air ?strikes?|drones?|missiles?|rockets?|shell(?:s|ed|ing)|artillery|mortars?|grenades?|gunfire|guns?|rifles?|knife|knives|machetes?)\b/i;

/**
 * A work told as being about what follows, or as showing it: "a track about a protest march", "a novel set during the
 * riots", "the film depicts crowds", "opens with protesters", "spent two months filming the demonstrators".
 */
const WORK_ABOUT_BEFORE =
  /\b(?:(?:films?|movies?|novels?|books?|documentar(?:y|ies)|(?:video ?)?games?|exhibitions?|chapters?|scenes?|sequences?|episodes?|albums?|songs?|tracks?|plays?|paintings?|photographs?|stor(?:y|ies))\s+(?:(?:is|are|was|were)\s+)?(?:about|of|on|depicting|showing|portraying|recreating|set (?:in|during|amid))|(?:shows?|showing|film(?:s|ed|ing)|photograph(?:s|ed|ing)|depicts?|depicting|portrays?|portraying|recreates?|recreating|captures?|capturing|chronicles?|chronicling|dramati[sz]es?|opens? with)(?:\s+(?:how|the|a|an))?)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Whether a record's trigger is told as what a work is about or shows. */
function workAbout(f: Candidate, doc: Doc): boolean {
  const text = doc.sentences[f.sentence]?.text ?? '';
  const m = plainPattern(f.trig.re).exec(text);
  return !!m && WORK_ABOUT_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index));
}

/** A conjunction that opens a clause of its own. */
const JOINER = /\b(?:although|though|while|whereas|but|after|before|when|because|as)\b/gi;
/**
 * The clause of a record's own sentence that tells its act (the whole sentence when its trigger is not found again);
 * with `wholeHeadline`, a headline's clause runs over its colons and dashes, cut at a conjunction only.
 */
function actClause(f: Candidate, doc: Doc, wholeHeadline = false): string {
  const text = doc.sentences[f.sentence]?.text ?? f.evidence;
  const m = plainPattern(f.trig.re).exec(text);
  if (!m) return text;
  // (a clause joined by a conjunction is a clause of its own: "The match went ahead although an army convoy was
  // ambushed near Tessit")
  const clause = wholeHeadline && f.sentence === 0 ? text : clauseAround(text, m.index, m[0].length);
  const at = clause.indexOf(m[0]);
  const before = clause.slice(0, at);
  const cut = [...before.matchAll(JOINER)].pop();
  const after = clause.slice(at).search(JOINER);
  return clause.slice(cut ? (cut.index ?? 0) : 0, after < 0 ? clause.length : at + after);
}

/**
 * The phrase that opens a sentence before its first comma, when it is a short phrase of time or setting led by a
 * preposition ("In the third episode,", "During the opening scene,", "At the trial,"): it frames the whole sentence.
 */
const OPENING_PHRASE = /^\s*(?:in|during|at|throughout|over)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+,/i;
const openingPhrase = (text: string) => OPENING_PHRASE.exec(text)?.[0] ?? '';

/** How many words of a text. */
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const count = (re: RegExp, t: string) => (t.match(re) ?? []).length;

/** How many cues a story of a kind needs: in the whole text, per 100 words of it, and in its headline and lead. */
const MIN_CUES = 4;
const PER_100_WORDS = 0.8;
/** The metaphor reading needs more: business and politics words fill many stories of real violence too. */
const METAPHOR_PER_100_WORDS = 3;

/** The headline and the lead, and the paragraph after it: where a story says what kind of story it is. */
const topOf = (doc: Doc) =>
  doc.paragraphs
    .slice(0, leadEnd(doc) + 2)
    .map((p) => p.text)
    .join('\n');

/** How many cues of each kind a story gives: in its whole text, and in its headline and lead (`topOf`). */
function cueCounts(doc: Doc): { genre: Genre; all: number; lead: number; per100: number; doers: number }[] {
  const text = doc.text.slice(0, 20_000);
  const top = topOf(doc);
  const n = Math.max(1, words(text));
  const doers = count(DOERS, text);
  return (Object.keys(CUES) as Genre[]).map((genre) => {
    const lead = count(CUES[genre], top);
    // (a kind with no cue in the headline and lead is not the story's: its whole text is not counted)
    const all = lead ? count(CUES[genre], text) : 0;
    return { genre, all, lead, per100: (all / n) * 100, doers };
  });
}

const cache = new WeakMap<Doc, Genre | null>();
/**
 * The kind of a story: the genre whose cues are dense over the article, present in its headline or lead and more
 * than its armed doers and weapons, with the most cues weighed (headline and lead count three times); null for a
 * story of a violent event, or of no kind read.
 * An accident needs a lead that names no hostile doer or weapon of war (one ruled out, "police ruled out sabotage",
 * names none).
 */
export function storyKind(doc: Doc): Genre | null {
  const known = cache.get(doc);
  if (known !== undefined) return known;
  const top = withoutAccidentWords(topOf(doc));
  const headline = withoutAccidentWords(doc.sentences[0]?.text ?? '');
  let best: { genre: Genre; score: number } | null = null;
  for (const { genre, all, lead, per100, doers } of cueCounts(doc)) {
    const need = genre === 'metaphor' ? METAPHOR_PER_100_WORDS : PER_100_WORDS;
    if (all < MIN_CUES || per100 < need || lead === 0) continue;
    if (genre !== 'drill' && all < OVER_DOERS * doers) continue;
    if (genre === 'accident' && HOSTILE.test(top)) continue;
    // (a headline that names a hostile doer or weapon and no word of the kind's frame is the headline of an event)
    if (HOSTILE.test(headline) && !FRAME[genre].test(headline)) continue;
    const score = (all + 2 * lead) / need;
    if (!best || score > best.score) best = { genre, score };
  }
  const genre = best?.genre ?? null;
  cache.set(doc, genre);
  return genre;
}

/**
 * A commentary's own label: a headline or a first line that says so ("OPINION: Ten years on…", "Comment | …",
 * "EDITORIAL"), or the disclaimer of a signed column ("The views expressed are the author's own").
 */
const COMMENTARY_LABEL =
  /^(?:opinion|comment|commentary|op-?ed|column|editorial|viewpoint|perspective)\b\s*(?:[:|\u2013\u2014-]|$)/i;
const COMMENTARY_DISCLAIMER =
  /\b(?:views|opinions) (?:expressed )?(?:in this (?:article|column|piece) )?are (?:(?:the|this) (?:author|writer|columnist)'?s?|(?:his|her|their|my)) own\b/i;
const commentaryCache = new WeakMap<Doc, boolean>();
/** Whether a story is a signed column or an editorial by its own label, not by its words. */
export function commentary(doc: Doc): boolean {
  const known = commentaryCache.get(doc);
  if (known !== undefined) return known;
  const is =
    COMMENTARY_LABEL.test(doc.sentences[0]?.text.trim() ?? '') ||
    COMMENTARY_LABEL.test(doc.paragraphs[0]?.text.trim() ?? '') ||
    COMMENTARY_DISCLAIMER.test(doc.text.slice(0, 20_000));
  commentaryCache.set(doc, is);
  return is;
}

/**
 * The strategic developments a story of another kind tells as its own acts (a profile's bomb disposal, an appeal's
 * round-up); the others (a tanker seized, territory taken) are its news, and are not gated.
 */
const GATED_DEVELOPMENTS = new Set(['Arrests', 'Disrupted weapons use']);

/** A day of a record's own account, told as the event's and of the report's days (two weeks either side). */
const ownDay = (f: Candidate, published: string | null) =>
  !!published && !!f.date && !f.dateWeak && Math.abs(daysFrom(f.date.slice(0, 10), published)) <= 14;

/**
 * Gates the records of a story of another kind: a record keeps its standing only with a current, real violent event
 * told in its own sentences (a recent day or word of its own, an armed doer or weapon) and with no word of the kind's
 * frame in the clause of its act. A record of a story that
 * retells the past becomes background; any other is dropped.
 */
export function gateByKind(
  found: Candidate[],
  doc: Doc,
  dates: DateMention[],
  published: string | null,
): void {
  const genre = storyKind(doc);
  const column = commentary(doc);
  if (!genre && !column) return;
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    // (arrests and weapons made safe or shot down are read as well: a raid's round-up told in a refugee's account is
    // the account's, not news; so are the bombs a retired officer "made safe for a living")
    if (f.background || (f.type === 'Strategic developments' && !GATED_DEVELOPMENTS.has(f.subType))) continue;
    const own = f.sents.length ? f.sents : [f.sentence];
    // (a column argues about events more than it reports them: the marches it looks back on, "the people who marched
    // then", are its past unless a day of the report's own days before its writing is told with them, "the march held
    // in the capital yesterday"; its "today" and "now" are the writer's present, "the politics of today")
    if (
      column &&
      (f.type === 'Protests' || f.type === 'Riots') &&
      !(ownDay(f, published) && f.date?.slice(0, 10) !== published?.slice(0, 10))
    ) {
      f.background = true;
      continue;
    }
    if (!genre) continue;
    // (a crowd's acts are read by ./protests.ts: fans who fight police after a derby, a protest outside a court; but
    // the demonstrations of a life told in its obituary, profile or interview, "who led women's marches against
    // military rule in the 1990s", "was 16 when she marched across the bridge", are its past unless a day or a word of
    // the report's own days is told with them: mourners who march behind the coffin on Tuesday demanding justice; so
    // are the crowds an anniversary looks back on, "The attack caused outrage around the world, and thousands of people
    // protested outside Soviet embassies in Seoul, Tokyo and Washington", told after the night of 1983)
    if (f.type === 'Protests' || f.type === 'Riots') {
      if (
        (genre === 'obituary' || genre === 'anniversary') &&
        !ownDay(f, published) &&
        !ownRecency(f, doc, dates, published, own)
      )
        f.background = true;
      // (the crowds of a work are its story's, a documentary's protesters who "clash with police", a song's "protest
      // march in Compton", unless a day or a word of the report's own days is told with them and no work is told
      // as being about them: protesters who gathered outside the cinema on Friday against the film)
      if (genre === 'work' && (!ownRecency(f, doc, dates, published, own) || workAbout(f, doc)))
        found.splice(k, 1);
      continue;
    }
    const told = own.map((i) => doc.sentences[i]?.text ?? '').join(' ');
    // (the clause of the act is what must be apart from the story's kind: "Hours before the hearing, gunmen killed
    // three soldiers at a checkpoint" tells an attack apart from the trial)
    // (a headline of a match or a market is told in the story's own field past its colon: "Ambush in Cardiff: Morgan
    // stops Ruiz in seventh to claim heavyweight title")
    // (a phrase that opens the sentence sets the frame of all of it: "In the third episode, police raid a drugs house
    // and a firefight breaks out")
    const distinct =
      !FRAME[genre].test(actClause(f, doc, genre === 'sport' || genre === 'metaphor')) &&
      !FRAME[genre].test(openingPhrase(doc.sentences[f.sentence]?.text ?? ''));
    // (armed people or weapons; in a story of an accident, a hostile doer, not the army called to a flood; in a story
    // of a drill, whose troops are everywhere, someone harmed as well)
    const armed =
      genre === 'accident'
        ? HOSTILE.test(withoutAccidentWords(told))
        : ARMED_DOER.test(told) || (!!f.attacker && f.attacker !== 'unknown');
    const harmed = HARMED.test(told) || f.killed !== null || f.injured !== null;
    const dayOwn = ownDay(f, published);
    const current = dayOwn || ownRecency(f, doc, dates, published, own);
    // (a story told in the words of another field, a match or a market, names its metaphors' places and days rarely:
    // an act told apart from its frame with a town and a day of its own is news in passing, "A clash was also reported
    // in the northern town of Zaria on March 4", armed doer named or not; news in passing is not the headline, whose
    // words are the story's own field: "Bumrah's bombardment blows away Australia in Perth")
    const inPassing =
      (genre === 'sport' || genre === 'metaphor') &&
      f.sentence > 0 &&
      dayOwn &&
      !!f.placeRef &&
      !f.placeWeak &&
      f.placeRef.kind !== 'country';
    if (distinct && current && ((armed && (genre !== 'drill' || harmed)) || inPassing)) continue;
    if (RETELLING.has(genre)) f.background = true;
    else found.splice(k, 1);
  }
}
