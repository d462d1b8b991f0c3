/** The brief of one article. Field names are a stable contract (CLI --json, eval, storage): add, never rename. */
export interface Brief {
  headline: string;
  summary: string[];
  /** YYYY-MM-DD or null when unknown. */
  published: string | null;
  people: { name: string; role: string | null; mentions?: number }[];
  organizations: { name: string; aliases: string[] }[];
  places: {
    name: string;
    kind: 'facility' | 'city' | 'province' | 'country' | 'region' | 'sea' | 'other';
    country: string | null;
    lat: number | null;
    lon: number | null;
    timezone?: string | null;
  }[];
  dates: { text: string; iso: string; precision: 'year' | 'month' | 'day' | 'time'; resolvedFrom?: string }[];
  quotes: { speaker: string | null; text: string }[];
  /** A range ("between 10 and 15") has value = min, approximate, and min/max; money has its ISO 4217 currency. */
  numbers: {
    text: string;
    value: number;
    noun: string | null;
    approximate: boolean;
    min?: number;
    max?: number;
    currency?: string;
  }[];
  incidents: Incident[];
  /** Where `published` came from: the article, the caller, a guess from the latest full date in the text, or nowhere. */
  publishedSource?: 'article' | 'option' | 'inferred' | 'posted' | 'unknown';
  /** Photo captions, credits and keyword lines set apart from the body (they yield no facts). */
  captions?: string[];
  /** Relative dates left unresolved because the publication date is unknown. */
  unresolvedDates?: string[];
  /** Plain-language remarks for the reader: empty text, not English, text cut for length, a guessed date. */
  notes?: string[];
}

export interface Incident {
  type: string;
  subType: string;
  summary: string;
  evidence: string;
  place: string | null;
  country: string | null;
  /** ISO date (YYYY-MM-DD) or date-time when the time is known. */
  date: string | null;
  /** True when the text gives no day and `date` is the publication day (a headline pasted alone). */
  dateFromPublication?: boolean;
  localTime?: string | null;
  attacker: string | null;
  target: string | null;
  attribution: string;
  killed: number | null;
  injured: number | null;
  damage: string | null;
  background: boolean;
  /**
   * 0..1: in an article, the learned chance that the record tells an event of the report's days (see
   * extract/incidents/calibrate.ts); in a shorter text, the rules' confidence.
   */
  confidence: number;
  /** True when confidence is below 0.5: shown flagged as low confidence ("unconfirmed"). */
  lowConfidence?: boolean;
  /** Weapon class named by the trigger (drone, artillery/rocket, explosive, …). */
  weapon?: string | null;
}

/** A brief with no facts: the starting point for empty input, and for tests. */
export function blankBrief(over: Partial<Brief> = {}): Brief {
  return {
    headline: '',
    summary: [],
    published: null,
    people: [],
    organizations: [],
    places: [],
    dates: [],
    quotes: [],
    numbers: [],
    incidents: [],
    ...over,
  };
}
