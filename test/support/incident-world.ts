/**
 * A small world for incident tests: places, a document of one sentence per paragraph with records read from its
 * sentences, and days told in them, as the extraction passes would give them.
 */
import type { Doc } from '../../src/lib/extract/doc.ts';
import type { Entities, Place } from '../../src/lib/extract/entities.ts';
import type { Candidate } from '../../src/lib/extract/incidents/types.ts';

export const place = (name: string, kind: Place['kind'], o: Partial<Place> = {}): Place => ({
  id: `place:${kind}:XX:${name}`,
  name,
  kind,
  country: 'XX',
  admin1: null,
  lat: 1,
  lon: 1,
  tz: null,
  mentions: 1,
  first: 0,
  ...o,
});

/** A document of one sentence per paragraph, and records read from its sentences. */
export function world(sentences: string[]) {
  let at = 0;
  const sents = sentences.map((text, index) => {
    const s = { index, para: index, start: at, end: at + text.length, text, w0: 0, w1: 0 };
    at += text.length + 2;
    return s;
  });
  const doc = {
    text: sentences.join('\n\n'),
    paragraphs: sents.map((s) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      sentences: [s.index],
    })),
    sentences: sents,
    words: [],
    captions: [],
    dateline: null,
  } as unknown as Doc;
  const ents = {
    people: [],
    orgs: [],
    places: [],
    mentions: [],
    countries: new Set(),
    byId: new Map(),
  } as Entities;
  const record = (k: number, o: Partial<Candidate>): Candidate =>
    ({
      type: 'Battles',
      subType: 'Armed clash',
      summary: '',
      evidence: sentences[k],
      place: o.placeRef?.name ?? null,
      country: o.placeRef?.country ?? null,
      date: null,
      localTime: null,
      attacker: 'unknown',
      target: null,
      attribution: 'not ascribed',
      killed: null,
      injured: null,
      damage: null,
      background: false,
      confidence: 0.9,
      lowConfidence: false,
      weapon: null,
      sentence: k,
      paragraphs: [k],
      trig: { re: /x/, type: 'Battles', subType: 'Armed clash', strength: 0.7 },
      start: sents[k].start,
      placeRef: null,
      placeWeak: false,
      dateWeak: false,
      firstPara: k,
      lastPara: k,
      sents: [k],
      ...o,
    }) as Candidate;
  /** Names armed groups the entity pass would have found, so that a record's side can be told apart. */
  const addGroups = (names: string[]) => {
    for (const name of names)
      ents.orgs.push({
        id: `org:${name}`,
        name,
        aliases: [],
        type: 'armed group',
        country: null,
        mentions: 1,
        first: 0,
      });
  };
  return { doc, ents, record, addGroups };
}
/** A day told in sentence `k` of the document, as the date pass would give it. */
export const told = (doc: Doc, k: number, iso: string) => ({
  text: iso,
  start: doc.sentences[k].start,
  end: doc.sentences[k].start + 1,
  sent: k,
  iso,
  precision: iso.length > 10 ? 'time' : 'day',
  parts: {},
  resolvedFrom: 'absolute',
});
