/**
 * The shapes the incident engine passes between its parts: the incident as the brief shows it, a trigger of the
 * lexicon, a candidate record while incidents are found and merged, and the reading of one trigger in its sentence.
 */
import type { Incident } from '../../brief/types.ts';
import type { DateMention } from '../dates.ts';
import type { Doc, Sentence } from '../doc.ts';
import type { Entities, Place } from '../entities.ts';
import type { NumberMention } from '../numbers.ts';
import type { Site } from './remote.ts';

/** An incident as the brief shows it (every optional field filled), plus where it was found. */
export interface ExtractedIncident extends Required<Omit<Incident, 'dateFromPublication'>> {
  dateFromPublication?: boolean;
  sentence: number;
  paragraphs: number[];
}
export interface Trigger {
  re: RegExp;
  type: string;
  subType: string;
  weapon?: string;
  /** strong triggers name a weapon or a violent act outright */
  strength: number;
}
/** An incident while incidents are being found and merged: what it came from and how sure its date is. */
export type Candidate = ExtractedIncident & {
  trig: Trigger;
  start: number;
  placeRef: Place | null;
  /** the place is named in the sentence but not as where the event happened ("… operations that Baghdad condemned") */
  placeWeak: boolean;
  dateWeak: boolean;
  firstPara: number;
  lastPara: number;
  /** every sentence that told of this event */
  sents: number[];
  /** the span of its first sentence this event was read from, when that sentence tells two events (a site's part) */
  part?: [number, number];
  /** an interception's report names whose weapons were downed: the doer once the records are settled */
  launcher?: string;
};
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One trigger read in its sentence (or in one site the sentence says was hit), with the document around it. */
export interface Reading {
  doc: Doc;
  ents: Entities;
  dates: DateMention[];
  nums: NumberMention[];
  published: string | null;
  s: Sentence;
  site: Site | null;
  /** the sentence says two or more distinct places were hit (one event for each) */
  manySites: boolean;
  text: string;
  trig: Trigger;
  at: number;
  trigLen: number;
  remote: boolean;
  /** the dates of the sentence */
  sentDates: DateMention[];
  /** the day a statement was made is not the day of the event: "the military said on Thursday that …" */
  saidOn: (d: DateMention) => boolean;
  /** "Curfew was imposed on Wednesday after clashes …": that day belongs to the other clause */
  otherClause: (d: DateMention) => boolean;
  /** the days and times of a list, those of the event itself when there are any */
  dayDates: (list: DateMention[]) => DateMention[];
}
