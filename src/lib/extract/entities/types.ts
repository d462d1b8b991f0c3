/** The types the entity engine returns: people, organisations, places and their mentions in the text. */
import type { PlaceKind } from '../gazetteer.ts';
import type { Gender } from '../names.ts';

export interface Person {
  id: string;
  name: string;
  role: string | null;
  /** From a given name, an honorific or a gendered title, when known: for "he"/"she" back-references. */
  gender?: Gender | null;
  country: string | null;
  mentions: number;
  first: number;
}
export interface Org {
  id: string;
  name: string;
  aliases: string[];
  type: string;
  country: string | null;
  mentions: number;
  first: number;
}
export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  tz: string | null;
  mentions: number;
  first: number;
}
export interface Mention {
  kind: 'person' | 'org' | 'place' | 'demonym';
  id: string;
  w0: number;
  w1: number;
  start: number;
  end: number;
  sent: number;
  text: string;
}
export interface Entities {
  people: Person[];
  orgs: Org[];
  places: Place[];
  mentions: Mention[];
  /** Two-letter codes of countries named or implied (demonyms) in the body. */
  countries: Set<string>;
  byId: Map<string, Person | Org | Place>;
}
