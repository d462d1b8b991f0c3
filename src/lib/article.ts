/** The one input every reading engine takes: what was pasted, attached, linked or fed. */
export interface Article {
  /** Plain body text (captions and credits included as found; engines separate them). */
  text: string;
  title?: string;
  url?: string;
  /** Publication date as ISO 8601 (date or date-time), when known. */
  published?: string;
  /** Site or outlet name. */
  source?: string;
  /** Where it came from, for messages and provenance. */
  origin: 'text' | 'file' | 'url' | 'message' | 'feed';
}

/** An error whose message is safe and friendly to show to a user as-is. */
export class UserError extends Error {
  override name = 'UserError';
}
