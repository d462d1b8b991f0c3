/** The one input every reading engine takes: what was pasted, attached, linked or fed. */
export interface Article {
  /** Plain body text (captions and credits included as found; engines separate them). */
  text: string;
  title?: string;
  url?: string;
  /** Publication date as ISO 8601 (date or date-time), when known. */
  published?: string;
  /**
   * When it was shared (ISO 8601): the Discord message or command that brought it. Relative dates are resolved
   * against it when the article carries no publication date and no dateline.
   */
  posted?: string;
  /** Site or outlet name. */
  source?: string;
  /** Where it came from, for messages and provenance. */
  origin: 'text' | 'file' | 'url' | 'message' | 'feed';
}

/** An error whose message is safe and friendly to show to a user as-is. */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * Validates an optional publication date given by a user (the `published` option of /brief and the CLI):
 * YYYY-MM-DD, a real calendar date, not before 1900 nor in the future. Throws a UserError saying what is wrong.
 */
export function parsePublished(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || !value.trim()) return undefined;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const bad = () =>
    new UserError(
      `published: must be a date written YYYY-MM-DD, e.g. 2022-01-05 (got “${v.length > 60 ? `${v.slice(0, 57)}…` : v}”).`,
    );
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new UserError(`published: ${v} is not a real date.`);
  }
  if (y < 1900) throw new UserError(`published: ${v} is too early; give the article's publication date.`);
  if (date.getTime() > Date.now() + 2 * 86_400_000) {
    throw new UserError(`published: ${v} is in the future; give the date the article was published.`);
  }
  return v;
}
