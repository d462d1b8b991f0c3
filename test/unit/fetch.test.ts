import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/lib/article.ts';
import {
  articleFromHtml,
  articleFromText,
  articleFromUpload,
  fetchArticle,
  LIMITS,
  safeGet,
} from '../../src/lib/fetch/index.ts';

const FIXTURE = readFileSync(path.join(import.meta.dirname, '../fixtures/html/article.html'), 'utf8');
const PRIVATE = /private or internal network address/;

const LATIN1_HTML =
  '<html><head><title>Café news</title></head><body><article><h1>Café owners in Zürich</h1>' +
  '<p>The café on the Bahnhofstraße served crème brûlée to more than two hundred guests on the opening day, its owner said.</p>' +
  '<p>Prices start at 4,50 francs; the señora at the counter speaks four languages, and the façade was restored last year.</p>' +
  '</article></body></html>';

const PLAIN_ARTICLE =
  'Volunteers planted 2,000 trees along the river on Saturday.\r\n\r\nThe project, run by the town council, ' +
  'aims to reduce flooding in the lower district.\u0000\u0007 Organisers said more planting days are planned for the autumn.';

/** The same article as a file would carry it (NUL bytes would mark it as binary). */
const PLAIN_FILE = PLAIN_ARTICLE.replace(/[\u0000\u0007]/g, '');

let server: http.Server;
let base = '';
let port = 0;
const seen: string[] = [];
let bomb: Buffer;

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, ...extra });
  res.end(body);
}

beforeAll(async () => {
  // 300 MB of zeros, gzip-compressed to a few hundred KB, built chunk by chunk.
  bomb = await new Promise<Buffer>((resolve, reject) => {
    const gzip = zlib.createGzip({ level: 9 });
    const out: Buffer[] = [];
    gzip.on('data', (c: Buffer) => out.push(c));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    gzip.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024);
    let left = 300;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!gzip.write(chunk)) {
          gzip.once('drain', pump);
          return;
        }
      }
      gzip.end();
    };
    pump();
  });

  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    seen.push(url);
    const route = url.split('?')[0];
    switch (route) {
      case '/article':
        return send(res, 200, 'text/html; charset=utf-8', FIXTURE);
      case '/article-gzip':
        return send(res, 200, 'text/html', zlib.gzipSync(FIXTURE), { 'content-encoding': 'gzip' });
      case '/article-br':
        return send(res, 200, 'text/html', zlib.brotliCompressSync(FIXTURE), { 'content-encoding': 'br' });
      case '/article-deflate':
        return send(res, 200, 'text/html', zlib.deflateSync(FIXTURE), { 'content-encoding': 'deflate' });
      case '/article-deflate-raw':
        return send(res, 200, 'text/html', zlib.deflateRawSync(FIXTURE), { 'content-encoding': 'deflate' });
      case '/latin1':
        return send(res, 200, 'text/html; charset=ISO-8859-1', Buffer.from(LATIN1_HTML, 'latin1'));
      case '/latin1-meta':
        return send(
          res,
          200,
          'text/html',
          Buffer.from(LATIN1_HTML.replace('<head>', '<head><meta charset="windows-1252">'), 'latin1'),
        );
      case '/plain':
        return send(res, 200, 'text/plain', PLAIN_FILE);
      case '/pdf':
        return send(res, 200, 'application/pdf', '%PDF-1.4 not really');
      case '/json':
        return send(res, 200, 'application/json', '{"a":1}');
      case '/png':
        return send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/missing':
        return send(res, 404, 'text/html', 'nope');
      case '/broken':
        return send(res, 500, 'text/html', 'oops');
      case '/big': {
        // 6 MB streamed without a Content-Length: only a streaming cap can stop it.
        res.writeHead(200, { 'content-type': 'text/html' });
        let sent = 0;
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (sent < 6 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        return res.write('<p>start</p>');
      case '/bomb':
        return send(res, 200, 'text/html', bomb, { 'content-encoding': 'gzip' });
      case '/slow-body': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('<p>x</p>'), 100);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/hang':
        return; // never answers
      case '/loop-a':
        return send(res, 302, 'text/plain', '', { location: '/loop-b' });
      case '/loop-b':
        return send(res, 302, 'text/plain', '', { location: '/loop-a' });
      case '/to-private':
        return send(res, 302, 'text/plain', '', { location: 'http://10.0.0.1/admin' });
      case '/to-metadata':
        return send(res, 301, 'text/plain', '', { location: 'http://169.254.169.254/latest/meta-data/' });
      case '/to-file':
        return send(res, 302, 'text/plain', '', { location: 'file:///etc/passwd' });
      case '/to-article':
        return send(res, 303, 'text/plain', '', { location: '/article' });
      case '/files/story.txt':
        return send(res, 200, 'text/plain; charset=utf-8', PLAIN_FILE);
      case '/files/story-latin1.txt':
        return send(
          res,
          200,
          'application/octet-stream',
          Buffer.from('Der Bürgermeister von Köln eröffnete die Brücke.', 'latin1'),
        );
      case '/files/story.md':
        return send(
          res,
          200,
          'text/markdown',
          '# Trees for the river\n\nVolunteers planted 2,000 trees.\n\n## Next steps\n\nMore planting days follow.',
        );
      case '/files/story.html':
        return send(res, 200, 'text/html', FIXTURE);
      case '/files/binary.txt': {
        const bytes = Buffer.alloc(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
        return send(res, 200, 'text/plain', bytes);
      }
      case '/files/huge.txt':
        return send(res, 200, 'text/plain', Buffer.alloc(3 * 1024 * 1024, 'b'));
      default: {
        const hop = /^\/chain\/(\d+)$/.exec(route ?? '');
        if (hop) {
          const n = Number(hop[1]);
          return n === 0
            ? send(res, 200, 'text/html', FIXTURE)
            : send(res, 302, 'text/plain', '', { location: `/chain/${n - 1}` });
        }
        return send(res, 404, 'text/plain', 'not found');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

afterEach(() => {
  vi.restoreAllMocks();
});

const loop = { allowLoopback: true };

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('article extraction', () => {
  it('extracts title, text, date and site name from an HTML page', async () => {
    const article = await fetchArticle(`${base}/article`, loop);
    expect(article.origin).toBe('url');
    expect(article.url).toBe(`${base}/article`);
    expect(article.title).toBe('Harbour town opens a floating library');
    expect(article.published).toBe('2024-03-14T09:30:00.000Z');
    expect(article.source).toBe('The Coastline Courier');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The town of Westerby on Thursday opened a library/);
    expect(paragraphs).toContain('The converted ferry at the north quay. Photo: Jonas Ekberg');
    expect(paragraphs.at(-1)).toMatch(/being considered for 2026\.$/);
    expect(article.text).not.toMatch(/Subscribe|trackPageView|font-family|All rights reserved/);
    expect(article.text).not.toMatch(/ {2}|\n{3}/);
  });

  it('reads gzip, br, zlib deflate and raw deflate bodies', async () => {
    for (const route of ['/article-gzip', '/article-br', '/article-deflate', '/article-deflate-raw']) {
      const article = await fetchArticle(`${base}${route}`, loop);
      expect(article.title, route).toBe('Harbour town opens a floating library');
    }
  });

  it('falls back to JSON-LD, <time> and the host name', () => {
    const html = `<html><head><title>Quiet week</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02"}]}</script></head>
      <body><article><p>${'A quiet week in the valley, with little to report beyond the weather and a late harvest. '.repeat(4)}</p></article></body></html>`;
    const a = articleFromHtml(html, 'https://www.valley.example/news/1');
    expect(a.published).toBe('2023-11-02');
    expect(a.source).toBe('valley.example');
    const b = articleFromHtml(
      html
        .replace(/<script.*<\/script>/, '')
        .replace('<article>', '<article><time datetime="2022-05-06T10:00:00+02:00">May 6</time>'),
    );
    expect(b.published).toBe('2022-05-06T08:00:00.000Z');
    expect(b.source).toBeUndefined();
  });

  it('reads plain-text pages and decodes latin1 from the header or a meta tag', async () => {
    const plain = await fetchArticle(`${base}/plain`, loop);
    expect(plain.text).toBe(
      'Volunteers planted 2,000 trees along the river on Saturday.\n\nThe project, run by the town council, aims to reduce flooding in the lower district. Organisers said more planting days are planned for the autumn.',
    );
    for (const route of ['/latin1', '/latin1-meta']) {
      const a = await fetchArticle(`${base}${route}`, loop);
      expect(a.text, route).toContain('crème brûlée');
      expect(a.text, route).toContain('Bahnhofstraße');
      expect(a.text, route).not.toContain('\uFFFD');
    }
  });

  it('follows a redirect to the article', async () => {
    const a = await fetchArticle(`${base}/to-article`, loop);
    expect(a.url).toBe(`${base}/article`);
  });
});

describe('address safety', () => {
  it('refuses loopback, private, link-local and numeric tricks before connecting', async () => {
    const httpSpy = vi.spyOn(http, 'request');
    const httpsSpy = vi.spyOn(https, 'request');
    const before = seen.length;
    const targets = [
      `http://127.0.0.1:${port}/article`,
      `http://localhost:${port}/article`,
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://172.16.0.5/',
      'http://100.64.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${port}/article`,
      `http://[::ffff:127.0.0.1]:${port}/article`,
      `http://[::ffff:a9fe:a9fe]/`,
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      `http://2130706433:${port}/article`,
      `http://0x7f.1:${port}/article`,
      `http://017700000001:${port}/article`,
      'http://0.0.0.0/',
      'https://192.0.2.10/',
      'http://224.0.0.1/',
    ];
    for (const target of targets) {
      const started = Date.now();
      const error = await userError(fetchArticle(target, { allowLoopback: false, timeoutMs: 3000 }));
      expect(error.message, target).toMatch(PRIVATE);
      expect(Date.now() - started, target).toBeLessThan(1000);
    }
    expect(httpSpy).not.toHaveBeenCalled();
    expect(httpsSpy).not.toHaveBeenCalled();
    expect(seen.length).toBe(before);
  });

  it('allowLoopback permits only loopback, nothing else private', async () => {
    const httpSpy = vi.spyOn(http, 'request');
    for (const target of [
      'http://10.0.0.1/',
      'http://169.254.169.254/',
      'http://[fd00::1]/',
      'http://192.168.0.1/',
    ]) {
      expect((await userError(fetchArticle(target, loop))).message).toMatch(PRIVATE);
    }
    expect(httpSpy).not.toHaveBeenCalled();
    const viaName = await fetchArticle(`http://localhost:${port}/article`, loop);
    expect(viaName.title).toBe('Harbour town opens a floating library');
  });

  it('re-checks every redirect: a hop to a private address is refused without connecting', async () => {
    for (const route of ['/to-private', '/to-metadata']) {
      const httpSpy = vi.spyOn(http, 'request');
      const error = await userError(fetchArticle(`${base}${route}`, loop));
      expect(error.message, route).toMatch(PRIVATE);
      // Exactly one request: the one to the loopback test server.
      expect(httpSpy, route).toHaveBeenCalledTimes(1);
      httpSpy.mockRestore();
    }
    expect((await userError(fetchArticle(`${base}/to-file`, loop))).message).toMatch(/file:\/\/ address/);
  });

  it('refuses a name whose addresses include a private one, and reports DNS failures', async () => {
    const lookup = vi.spyOn(dns, 'lookup');
    lookup.mockImplementation(((host: string, _opts: unknown, cb: (...a: unknown[]) => void) => {
      if (host === 'mixed.example')
        cb(null, [
          { address: '93.184.215.14', family: 4 },
          { address: '10.1.1.1', family: 4 },
        ]);
      else cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }));
    }) as never);
    const httpSpy = vi.spyOn(http, 'request');
    expect((await userError(fetchArticle('http://mixed.example/', loop))).message).toMatch(PRIVATE);
    const dnsError = await userError(fetchArticle('https://no-such-site.example/', loop));
    expect(dnsError.message).toMatch(/could not find the site “no-such-site\.example”/);
    expect(httpSpy).not.toHaveBeenCalled();
  });

  it('pins the connection to the vetted address (DNS rebinding after the check has no effect)', async () => {
    let calls = 0;
    vi.spyOn(dns, 'lookup').mockImplementation(((
      _host: string,
      _opts: unknown,
      cb: (...a: unknown[]) => void,
    ) => {
      calls++;
      // First answer is loopback (allowed in this test); any later lookup would say "internal".
      cb(null, [{ address: calls === 1 ? '127.0.0.1' : '10.9.9.9', family: 4 }]);
    }) as never);
    const a = await fetchArticle(`http://rebind.example:${port}/article`, loop);
    expect(a.title).toBe('Harbour town opens a floating library');
    expect(calls).toBe(1);
  });

  it('refuses other schemes and malformed links', async () => {
    expect((await userError(fetchArticle('ftp://example.org/x'))).message).toMatch(
      /Only http:\/\/ and https:\/\//,
    );
    expect((await userError(fetchArticle('file:///etc/passwd'))).message).toMatch(/Only http/);
    expect((await userError(fetchArticle('not a url'))).message).toMatch(/not a valid link/);
    expect((await userError(fetchArticle(`http://u:p@127.0.0.1:${port}/`, loop))).message).toMatch(
      /user name or password/,
    );
  });
});

describe('limits and timeouts', () => {
  it('cuts off an oversized body while streaming', async () => {
    const error = await userError(fetchArticle(`${base}/big`, { ...loop, maxBytes: 1024 * 1024 }));
    expect(error.message).toBe('That page is too large (the limit is 1 MB).');
    const declared = await userError(fetchArticle(`${base}/big-declared`, loop));
    expect(declared.message).toBe('That page is too large (the limit is 5 MB).');
  });

  it('cuts off a gzip bomb quickly with bounded memory', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const error = await userError(fetchArticle(`${base}/bomb`, loop));
    const elapsed = Date.now() - started;
    const growth = process.memoryUsage().rss - rssBefore;
    expect(error.message).toBe('That page is too large once decompressed (the limit is 5 MB).');
    expect(elapsed).toBeLessThan(2000);
    expect(growth).toBeLessThan(120 * 1024 * 1024);
  });

  it('gives up on a slow body at the total timeout', async () => {
    const started = Date.now();
    const error = await userError(fetchArticle(`${base}/slow-body`, { ...loop, timeoutMs: 800 }));
    expect(error.message).toBe('The site took too long to send the page (over 0.8 s).');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('gives up when headers never come', async () => {
    const started = Date.now();
    const error = await userError(fetchArticle(`${base}/hang`, { ...loop, headersTimeoutMs: 400 }));
    expect(error.message).toBe('The site did not answer within 0.4 s.');
    expect(Date.now() - started).toBeLessThan(1200);
    const total = await userError(fetchArticle(`${base}/hang`, { ...loop, timeoutMs: 500 }));
    expect(total.message).toMatch(/took too long/);
  });

  it('refuses non-article content with a clear message', async () => {
    expect((await userError(fetchArticle(`${base}/pdf`, loop))).message).toBe(
      'That link points to a PDF file, not an article page.',
    );
    expect((await userError(fetchArticle(`${base}/json`, loop))).message).toBe(
      'That link points to JSON data, not an article page.',
    );
    expect((await userError(fetchArticle(`${base}/png`, loop))).message).toBe(
      'That link points to an image, not an article page.',
    );
  });

  it('reports redirect loops, long chains and HTTP errors', async () => {
    expect((await userError(fetchArticle(`${base}/loop-a`, loop))).message).toBe(
      'The site redirects in a loop.',
    );
    expect((await userError(fetchArticle(`${base}/chain/6`, loop))).message).toBe(
      'The site redirected more than 5 times.',
    );
    expect((await fetchArticle(`${base}/chain/5`, loop)).title).toBe('Harbour town opens a floating library');
    expect((await userError(fetchArticle(`${base}/missing`, loop))).message).toBe(
      'The page was not found (HTTP 404).',
    );
    expect((await userError(fetchArticle(`${base}/broken`, loop))).message).toMatch(/HTTP 500/);
  });

  it('reports a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect((await userError(fetchArticle(`http://127.0.0.1:${deadPort}/`, loop))).message).toBe(
      'The site refused the connection.',
    );
  });

  it('safeGet returns the final URL and body for other callers', async () => {
    const page = await safeGet(`${base}/to-article`, loop);
    expect(page.url).toBe(`${base}/article`);
    expect(page.mediaType).toBe('text/html');
    expect(page.body.toString('utf8')).toBe(FIXTURE);
  });
});

describe('pasted text', () => {
  it('cleans control characters and newlines', () => {
    const a = articleFromText(PLAIN_ARTICLE);
    expect(a.origin).toBe('text');
    expect(a.text).not.toMatch(/[\u0000-\u0008\r]/);
    expect(a.text.split('\n\n')).toHaveLength(2);
  });

  it('extracts pasted HTML', () => {
    const a = articleFromText(FIXTURE);
    expect(a.title).toBe('Harbour town opens a floating library');
    expect(a.text).not.toContain('<p>');
  });

  it('refuses empty and oversized text, naming the limit', () => {
    expect(() => articleFromText('  \n\u0000 ')).toThrow(UserError);
    expect(() => articleFromText('x'.repeat(LIMITS.textChars + 1))).toThrow(
      `That text is too long (200,001 characters); the limit is 200,000.`,
    );
    expect(articleFromText('y'.repeat(LIMITS.textChars)).text).toHaveLength(LIMITS.textChars);
  });
});

describe('attachments', () => {
  const upload = (name: string, route: string, size = 1000, contentType: string | null = 'text/plain') => ({
    name,
    size,
    contentType,
    url: `${base}${route}`,
  });

  it('reads .txt, .md and .html files', async () => {
    const txt = await articleFromUpload(upload('story.txt', '/files/story.txt'), loop);
    expect(txt.origin).toBe('file');
    expect(txt.text).toMatch(/^Volunteers planted 2,000 trees/);
    const md = await articleFromUpload(upload('story.md', '/files/story.md', 100, 'text/markdown'), loop);
    expect(md.title).toBe('Trees for the river');
    expect(md.text).toBe('Volunteers planted 2,000 trees.\n\nNext steps\n\nMore planting days follow.');
    const html = await articleFromUpload(upload('story.html', '/files/story.html', 3000, 'text/html'), loop);
    expect(html.title).toBe('Harbour town opens a floating library');
    expect(html.origin).toBe('file');
    const latin = await articleFromUpload(upload('alt.txt', '/files/story-latin1.txt', 60, null), loop);
    expect(latin.text).toBe('Der Bürgermeister von Köln eröffnete die Brücke.');
  });

  it('refuses other file types and binary content', async () => {
    const httpSpy = vi.spyOn(http, 'request');
    expect(
      (await userError(articleFromUpload(upload('setup.exe', '/files/story.txt'), loop))).message,
    ).toMatch(/only read \.txt, \.md or \.html files, not \.exe files/);
    expect(
      (await userError(articleFromUpload(upload('photo.txt', '/files/story.txt', 100, 'image/png'), loop)))
        .message,
    ).toMatch(/That file is an image, not text/);
    expect(httpSpy).not.toHaveBeenCalled();
    expect(
      (await userError(articleFromUpload(upload('data.txt', '/files/binary.txt'), loop))).message,
    ).toMatch(/not text \(it looks like binary data\)/);
  });

  it('refuses oversize files by declared size (without downloading) and while streaming', async () => {
    const httpSpy = vi.spyOn(http, 'request');
    expect(
      (await userError(articleFromUpload(upload('big.txt', '/files/huge.txt', 3 * 1024 * 1024), loop)))
        .message,
    ).toBe('That file is too large (3 MB); the limit is 2 MB.');
    expect(httpSpy).not.toHaveBeenCalled();
    expect(
      (await userError(articleFromUpload(upload('liar.txt', '/files/huge.txt', 100), loop))).message,
    ).toBe('That file is too large (the limit is 2 MB).');
  });

  it('downloads attachments through the safe fetcher (no private addresses)', async () => {
    expect(
      (await userError(articleFromUpload({ name: 'a.txt', size: 10, url: `${base}/files/story.txt` })))
        .message,
    ).toMatch(PRIVATE);
  });
});
