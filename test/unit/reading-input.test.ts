import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The fetcher is replaced by a recorder: these tests are about choosing what to read, not fetching it. */
const calls: { fn: string; arg: unknown; opts?: unknown }[] = [];
vi.mock('../../src/lib/fetch/index.ts', () => ({
  UPLOAD_EXTENSIONS: ['.txt', '.md', '.markdown', '.html', '.htm'],
  fetchArticle: async (url: string, opts: unknown) => {
    calls.push({ fn: 'fetchArticle', arg: url, opts });
    return { text: `page at ${url}`, url, origin: 'url' };
  },
  articleFromText: (text: string) => {
    calls.push({ fn: 'articleFromText', arg: text });
    return { text, origin: 'text' };
  },
  articleFromUpload: async (upload: { name: string }, opts: unknown) => {
    calls.push({ fn: 'articleFromUpload', arg: upload.name, opts });
    return { text: `file ${upload.name}`, origin: 'file' };
  },
}));

const { articleFromInteraction, firstLink, isReadableAttachment } = await import('../../src/bot/input.ts');
const { parsePublished, UserError } = await import('../../src/lib/article.ts');

type Att = { name: string; size: number; contentType: string | null; url: string };
const att = (name: string, contentType: string | null = null): Att => ({
  name,
  size: 100,
  contentType,
  url: `http://127.0.0.1:9/${name}`,
});

const ctx = {
  config: { FETCH_ALLOW_LOOPBACK: true, FETCH_TIMEOUT_MS: 1000, FETCH_MAX_BYTES: 5000 },
} as never;

function slash(opts: { text?: string; url?: string; file?: Att }) {
  return {
    isMessageContextMenuCommand: () => false,
    createdAt: new Date('2026-11-29T08:00:00Z'),
    options: {
      getString: (n: 'text' | 'url') => opts[n] ?? null,
      getAttachment: (n: 'file') => opts[n] ?? null,
    },
  } as never;
}

function menu(m: {
  content?: string;
  attachments?: Att[];
  embeds?: { title?: string; description?: string }[];
}) {
  const attachments = new Map((m.attachments ?? []).map((a, i) => [String(i), a]));
  return {
    isMessageContextMenuCommand: () => true,
    targetMessage: {
      createdAt: new Date('2026-11-28T21:30:00Z'),
      content: m.content ?? '',
      attachments,
      embeds: (m.embeds ?? []).map((e) => ({ ...e, fields: [] })),
    },
  } as never;
}

beforeEach(() => {
  calls.length = 0;
});

describe('articleFromInteraction', () => {
  it('reads exactly one of text, url, file', async () => {
    expect(await articleFromInteraction(slash({ text: 'hello' }), ctx)).toMatchObject({
      text: 'hello',
      posted: '2026-11-29T08:00:00.000Z',
    });
    await articleFromInteraction(slash({ url: 'news.invalid/a' }), ctx);
    expect(calls.at(-1)).toEqual({
      fn: 'fetchArticle',
      arg: 'https://news.invalid/a',
      opts: { allowLoopback: true, timeoutMs: 1000, maxBytes: 5000 },
    });
    await articleFromInteraction(slash({ file: att('a.md') }), ctx);
    expect(calls.at(-1)?.arg).toBe('a.md');
  });

  it('says what to give when given nothing, several things or blanks', async () => {
    await expect(articleFromInteraction(slash({}), ctx)).rejects.toThrow(
      /Nothing to read\. Give me one thing/,
    );
    await expect(
      articleFromInteraction(slash({ text: 'a', url: 'b', file: att('c.txt') }), ctx),
    ).rejects.toThrow('You gave text: and url: and file:; I read one thing at a time.');
    await expect(articleFromInteraction(slash({ text: '   ' }), ctx)).rejects.toBeInstanceOf(UserError);
    await expect(articleFromInteraction(slash({ file: att('scan.pdf') }), ctx)).rejects.toThrow(
      /only read \.txt, \.md or \.html files, not \.pdf files/,
    );
    expect(calls).toEqual([]);
  });

  it('message menus: attachment first, then the first link, then the text', async () => {
    const a = await articleFromInteraction(
      menu({ content: 'see https://e.x/a', attachments: [att('pic.png'), att('story.html')] }),
      ctx,
    );
    expect(a).toMatchObject({ text: 'file story.html', origin: 'message' });
    const b = await articleFromInteraction(menu({ content: 'see <https://e.x/a>, and https://e.x/b.' }), ctx);
    expect(b).toMatchObject({ text: 'page at https://e.x/a', origin: 'message' });
    const c = await articleFromInteraction(menu({ content: 'Just some text.' }), ctx);
    // The message's own time, not the menu click's, is when the article was shared.
    expect(c).toMatchObject({
      text: 'Just some text.',
      origin: 'message',
      posted: '2026-11-28T21:30:00.000Z',
    });
  });

  it('message menus: a long pasted article is read as text even with a link in it', async () => {
    const content = `${'The minister said the talks went well. '.repeat(40)} Source: https://e.x/a`;
    const a = await articleFromInteraction(menu({ content }), ctx);
    expect(a.text).toBe(content);
  });

  it('message menus: embeds when there is no text; clear errors otherwise', async () => {
    const a = await articleFromInteraction(menu({ embeds: [{ title: 'T', description: 'Body text' }] }), ctx);
    expect(a.text).toBe('T\n\nBody text');
    await expect(articleFromInteraction(menu({ content: '  ' }), ctx)).rejects.toThrow(/nothing I can read/);
    await expect(articleFromInteraction(menu({ attachments: [att('clip.mp4')] }), ctx)).rejects.toThrow(
      /not \.mp4 files/,
    );
  });
});

describe('input helpers', () => {
  it('finds the first link without trailing punctuation', () => {
    expect(firstLink('read https://e.x/a_(b) now')).toBe('https://e.x/a_(b)');
    expect(firstLink('(see https://e.x/a).')).toBe('https://e.x/a');
    expect(firstLink('"https://e.x/q?a=1",')).toBe('https://e.x/q?a=1');
    expect(firstLink('no link here')).toBeNull();
  });

  it('accepts .txt/.md/.html attachments', () => {
    expect(isReadableAttachment(att('A.TXT'))).toBe(true);
    expect(isReadableAttachment(att('page.htm'))).toBe(true);
    expect(isReadableAttachment(att('x.pdf', 'application/pdf'))).toBe(false);
    expect(isReadableAttachment(att('noext', 'text/plain; charset=utf-8'))).toBe(false);
  });

  it('validates the publication date', () => {
    expect(parsePublished(null)).toBeUndefined();
    expect(parsePublished(' 2022-01-05 ')).toBe('2022-01-05');
    expect(() => parsePublished('2022-02-30')).toThrow('published: 2022-02-30 is not a real date.');
    expect(() => parsePublished('5 Jan 2022')).toThrow(/YYYY-MM-DD/);
    expect(() => parsePublished('2999-01-01')).toThrow(/in the future/);
  });
});
