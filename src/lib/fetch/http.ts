/**
 * The one way newsdesk reaches the network: a GET that is safe by construction.
 *
 * - http(s) only; the host is resolved here and every address is vetted (public unicast only;
 *   loopback only with `allowLoopback`), then the connection is pinned to the vetted address
 *   (the socket's `lookup` returns only that address), so DNS rebinding cannot slip in between.
 * - Redirects are followed by hand, and every hop is vetted again.
 * - Connect, response-headers and total timeouts; a size cap enforced while streaming, on the
 *   bytes received and again on the decompressed bytes (gzip, deflate, br), so a bomb is cut off.
 * - Every failure is a UserError with a short, specific message.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import zlib from 'node:zlib';
import { UserError } from '../article.ts';
import { isIpLiteral, vetAddress } from './address.ts';

export interface FetchOptions {
  /** Permit 127.0.0.0/8 and ::1 (tests and the local sandbox only). Never anything else private. */
  allowLoopback?: boolean;
  /** Total time for the whole fetch, redirects and body included (ms). Default 15000. */
  timeoutMs?: number;
  /** Time to establish each TCP connection (ms). Default 5000. */
  connectTimeoutMs?: number;
  /** Time from sending a request to receiving the response headers (ms). Default 10000. */
  headersTimeoutMs?: number;
  /** Cap on the body, both as received and after decompression (bytes). Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'newsdesk/0.1 (+https://github.com/; a Discord bot that reads news articles)',
} as const;

export interface FetchedBody {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** Lowercased media type without parameters ('' when the server sent none). */
  mediaType: string;
  /** The charset parameter of Content-Type, if any. */
  charset?: string;
  body: Buffer;
}

export interface SafeGetOptions extends FetchOptions {
  /**
   * Decides on the media type before the body is read: return an error message to refuse it,
   * or null to accept it.
   */
  accept?: (mediaType: string) => string | null;
  /** Text used in size messages: "That page", "That file". */
  noun?: string;
}

const PRIVATE_MESSAGE =
  'That link points to a private or internal network address, which newsdesk does not fetch.';

/** An abort reason that maps to a user message. */
class Stop extends Error {}

/** A size for messages: "1.5 MB", "300 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${Math.round(ms / 100) / 10} s`;
}

export function parseLink(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UserError('That is not a valid link. Give a full address starting with https://');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`Only http:// and https:// links can be read (not ${url.protocol}//).`);
  }
  if (url.username || url.password) {
    throw new UserError('Links that carry a user name or password are not fetched.');
  }
  if (!url.hostname) throw new UserError('That link has no site name in it.');
  return url;
}

/** Resolves and vets a host; returns the one address to connect to. */
async function resolveVetted(
  hostname: string,
  allowLoopback: boolean,
  signal: AbortSignal,
): Promise<{ address: string; family: 4 | 6 }> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIpLiteral(bare)) {
    const verdict = vetAddress(bare, allowLoopback);
    if (!verdict.ok) throw new UserError(PRIVATE_MESSAGE);
    return verdict;
  }
  let records: dns.LookupAddress[];
  try {
    records = await new Promise<dns.LookupAddress[]>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      dns.lookup(bare, { all: true, verbatim: true }, (error, addresses) => {
        signal.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(addresses);
      });
    });
  } catch (error) {
    if (error instanceof Stop || error instanceof UserError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
      throw new UserError(
        `I could not find the site “${bare}”: that name does not exist (DNS lookup failed).`,
      );
    }
    throw new UserError(
      `I could not look up the site “${bare}” right now (DNS error); please try again later.`,
    );
  }
  if (records.length === 0)
    throw new UserError(`I could not find the site “${bare}” (DNS returned no address).`);
  // One forbidden address is enough to refuse: a name that mixes public and internal addresses is
  // a classic way to slip past a check.
  let chosen: { address: string; family: 4 | 6 } | undefined;
  for (const record of records) {
    const verdict = vetAddress(record.address, allowLoopback);
    if (!verdict.ok) throw new UserError(PRIVATE_MESSAGE);
    chosen ??= verdict;
  }
  return chosen!;
}

function statusMessage(status: number): string {
  if (status === 404 || status === 410) return `The page was not found (HTTP ${status}).`;
  if (status === 401 || status === 403) {
    return `The site refused access to that page (HTTP ${status}); it may need a login or block automated readers.`;
  }
  if (status === 429) return 'The site is rate-limiting requests (HTTP 429); please try again later.';
  if (status >= 500) return `The site had an error (HTTP ${status}); please try again later.`;
  return `The site answered with HTTP ${status} instead of the page.`;
}

function networkMessage(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return 'The site refused the connection.';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'The connection to the site was cut off.';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'The site cannot be reached from here.';
  if (code.startsWith('ERR_TLS') || /CERT|SSL|TLS/i.test(code)) {
    return 'The site’s secure connection could not be verified (TLS certificate problem).';
  }
  if (code === 'HPE_HEADER_OVERFLOW') return 'The site sent oversized headers.';
  if (code.startsWith('HPE_')) return 'The site sent a malformed HTTP response.';
  return 'The site could not be read because of a network error.';
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  response: http.IncomingMessage;
}

function request(
  url: URL,
  pinned: { address: string; family: 4 | 6 },
  opts: Required<Pick<FetchOptions, 'connectTimeoutMs' | 'headersTimeoutMs' | 'userAgent'>>,
  signal: AbortSignal,
): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const lookup = (
      _host: string,
      options: { all?: boolean },
      callback: (...args: unknown[]) => void,
    ): void => {
      // Only the vetted address, whatever the name resolves to now.
      if (options?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
      else callback(null, pinned.address, pinned.family);
    };
    const req = lib.request({
      protocol: url.protocol,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false,
      lookup: lookup as never,
      servername: isIpLiteral(hostname) ? undefined : hostname,
      headers: {
        'user-agent': opts.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'en;q=1, *;q=0.5',
      },
    });
    let connectTimer: NodeJS.Timeout | undefined;
    const headersTimer = setTimeout(() => {
      req.destroy(new Stop(`The site did not answer within ${seconds(opts.headersTimeoutMs)}.`));
    }, opts.headersTimeoutMs);
    const onAbort = () => req.destroy(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => {
      clearTimeout(connectTimer);
      clearTimeout(headersTimer);
      signal.removeEventListener('abort', onAbort);
    };
    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => {
        req.destroy(
          new Stop(`The site did not accept a connection within ${seconds(opts.connectTimeoutMs)}.`),
        );
      }, opts.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('response', (response) => {
      cleanup();
      // Keep aborting the body on the total deadline.
      const onBodyAbort = () => response.destroy(signal.reason as Error);
      signal.addEventListener('abort', onBodyAbort, { once: true });
      response.once('close', () => signal.removeEventListener('abort', onBodyAbort));
      resolve({ status: response.statusCode ?? 0, headers: response.headers, response });
    });
    req.on('error', (error) => {
      cleanup();
      reject(error);
    });
    req.end();
  });
}

function readBody(response: http.IncomingMessage, maxBytes: number, noun: string): Promise<Buffer> {
  const tooLarge = (what: string) =>
    new UserError(`${noun} is too large${what} (the limit is ${formatBytes(maxBytes)}).`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(''));
  }
  const codings = String(response.headers['content-encoding'] ?? '')
    .toLowerCase()
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e && e !== 'identity');
  const coding = codings[0];
  if (codings.length > 1) {
    response.destroy();
    return Promise.reject(
      new UserError('The site compressed the page twice over, which newsdesk does not read.'),
    );
  }
  if (coding && !['gzip', 'x-gzip', 'deflate', 'br'].includes(coding)) {
    response.destroy();
    return Promise.reject(new UserError(`The site used a compression newsdesk does not read (${coding}).`));
  }

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let size = 0;
    let settled = false;
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      response.destroy();
      decoder?.destroy();
      chunks.length = 0;
      reject(error);
    };
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    };
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      // Checked on every decompressed chunk: a bomb is cut off as soon as it passes the cap.
      if (size > maxBytes) fail(tooLarge(decoder ? ' once decompressed' : ''));
      else chunks.push(chunk);
    };
    const makeDecoder = (first: Buffer) => {
      if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip();
      if (coding === 'br') return zlib.createBrotliDecompress();
      // "deflate" should be zlib-wrapped, but some servers send raw deflate.
      return (first[0]! & 0x0f) === 8 && (first.length < 2 || ((first[0]! << 8) | first[1]!) % 31 === 0)
        ? zlib.createInflate()
        : zlib.createInflateRaw();
    };
    response.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > maxBytes) return fail(tooLarge(''));
      if (!coding) return keep(chunk);
      if (!decoder) {
        decoder = makeDecoder(chunk);
        decoder.on('data', (out: Buffer) => {
          if (!settled) keep(out);
        });
        decoder.on('end', finish);
        decoder.on('error', () => fail(new UserError('The site sent a damaged compressed page.')));
      }
      decoder.write(chunk);
    });
    response.on('end', () => {
      if (settled) return;
      if (!coding) finish();
      else if (decoder) decoder.end();
      else finish();
    });
    response.on('error', fail);
    response.on('close', () => {
      if (!response.complete)
        fail(new UserError('The connection to the site was cut off before the page arrived.'));
    });
  });
}

/** The media type (lower case, without parameters) and charset of a Content-Type value. */
export function parseContentType(header: string | null | undefined): { mediaType: string; charset?: string } {
  if (!header) return { mediaType: '' };
  const [type, ...params] = header.split(';');
  let charset: string | undefined;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mediaType: type!.trim().toLowerCase(), charset };
}

/**
 * GET a URL safely (see the module comment). Resolves to the final URL, the media type and the
 * (decompressed) body; rejects only with UserError.
 */
export async function safeGet(rawUrl: string, opts: SafeGetOptions = {}): Promise<FetchedBody> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allowLoopback = opts.allowLoopback === true;
  const noun = opts.noun ?? 'That page';
  const timing = {
    connectTimeoutMs: opts.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    headersTimeoutMs: opts.headersTimeoutMs ?? FETCH_DEFAULTS.headersTimeoutMs,
    userAgent: opts.userAgent ?? FETCH_DEFAULTS.userAgent,
  };
  let url = parseLink(rawUrl);
  const controller = new AbortController();
  const deadline = setTimeout(() => {
    controller.abort(new Stop(`The site took too long to send the page (over ${seconds(timeoutMs)}).`));
  }, timeoutMs);
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      const pinned = await resolveVetted(url.hostname, allowLoopback, controller.signal);
      const { status, headers, response } = await request(url, pinned, timing, controller.signal);
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        response.destroy();
        const location = headers.location;
        if (!location) throw new UserError(`The site answered with a redirect (HTTP ${status}) to nowhere.`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new UserError('The site redirected to an invalid address.');
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new UserError(`The site redirected to a ${next.protocol}// address, which is not fetched.`);
        }
        if (seen.has(next.href)) throw new UserError('The site redirects in a loop.');
        if (hop + 1 > maxRedirects)
          throw new UserError(`The site redirected more than ${maxRedirects} times.`);
        url = parseLink(next.href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new UserError(statusMessage(status));
      }
      const { mediaType, charset } = parseContentType(headers['content-type']);
      const refusal = opts.accept?.(mediaType);
      if (refusal) {
        response.destroy();
        throw new UserError(refusal);
      }
      const body = await readBody(response, maxBytes, noun);
      return { url: url.href, status, mediaType, charset, body };
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof Stop) throw new UserError(error.message);
    const reason = controller.signal.aborted ? controller.signal.reason : undefined;
    if (reason instanceof Stop) throw new UserError(reason.message);
    throw new UserError(networkMessage(error));
  } finally {
    clearTimeout(deadline);
  }
}
