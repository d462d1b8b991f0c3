import { UserError } from '../article.ts';

/** A store could not be opened or was misused (bad URL, unreachable backend at start, invalid value written). */
export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * The backend stopped answering while the bot was running. The message is safe to show to a user;
 * the underlying cause is kept in `cause` for the log.
 */
export class StoreUnavailableError extends UserError {
  override name = 'StoreUnavailableError';
  constructor(cause?: unknown) {
    super('Storage is unavailable right now; please try again in a moment.', { cause });
  }
}

/** A store URL with any password replaced, safe for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  }
}

/** A short description of an error and its cause chain (without stack traces). */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof AggregateError && current.errors.length > 0) {
      parts.push(describeError(current.errors[0]));
      break;
    }
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      const text = current.message || current.name;
      parts.push(typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return [...new Set(parts.filter(Boolean))].join(' <- ') || 'unknown error';
}
