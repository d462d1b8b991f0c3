export type SpinVerdict = 'clean' | 'suspicious' | 'spun';

/** One edit: `from` is input[start, end), `to` is what it becomes. Offsets are UTF-16 indices into the input. */
export interface SpinChange {
  start: number;
  end: number;
  from: string;
  to: string;
  /** 0..1 */
  confidence: number;
  /** Which layer proposed it: fingerprint table, entity/fixed-expression repair, thesaurus+LM, alignment to a known original. */
  layer: 'table' | 'entity' | 'lm' | 'align';
  /** The spun form is a slur or otherwise offensive: show only the restored word, never echo `from`. */
  offensive?: boolean;
}

export interface SpinEvidence {
  /** Short human-readable reasons, strongest first. */
  reasons: string[];
  /** Fingerprint hits per 1,000 words. */
  fingerprintRate: number;
  /** The most frequent fingerprints found, spun form → original. */
  topFingerprints: { from: string; to: string; count: number }[];
  words: number;
}

export interface SpinResult {
  /** Probability (0..1) that the text is machine-spun. */
  score: number;
  verdict: SpinVerdict;
  evidence: SpinEvidence;
  /** The input with every applied change. */
  restored: string;
  changes: SpinChange[];
  /** Proposed but not applied (below the confidence threshold). */
  suggestions: SpinChange[];
}
