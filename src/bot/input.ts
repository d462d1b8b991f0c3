/**
 * Interaction → Article: what the reading commands (/unspin, /brief and the message menus Unspin, Brief)
 * were given to read. All network access goes through the safe fetcher; every failure is a UserError.
 */
import type { Attachment, ChatInputCommandInteraction, Message } from 'discord.js';
import { type Article, UserError } from '../lib/article.ts';
import { articleFromText, articleFromUpload, fetchArticle, UPLOAD_EXTENSIONS } from '../lib/fetch/index.ts';
import type { BotContext, CommandInteraction } from './types.ts';

/** Attachment types the reading commands accept (the fetcher's list). */
export const READABLE_EXTENSIONS: readonly string[] = UPLOAD_EXTENSIONS;

const WHAT_TO_GIVE =
  'Give me one thing to read: `text:` (paste the article), `url:` (a link to it) or `file:` (a .txt, .md or .html file).';

/** Fetch options from the configuration: loopback only when the operator allows it (sandbox, tests). */
export function fetchOptions(ctx: Pick<BotContext, 'config'>) {
  return {
    allowLoopback: ctx.config.FETCH_ALLOW_LOOPBACK === true,
    timeoutMs: ctx.config.FETCH_TIMEOUT_MS,
    maxBytes: ctx.config.FETCH_MAX_BYTES,
  };
}

function extensionOf(name: string): string {
  const m = /\.[A-Za-z0-9]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** A .txt/.md/.html attachment (by its extension, as the fetcher requires). */
export function isReadableAttachment(a: Pick<Attachment, 'name'>): boolean {
  return READABLE_EXTENSIONS.includes(extensionOf(a.name));
}

/** The first http(s) link of a message text (`<…>`-wrapped links included), without trailing punctuation. */
export function firstLink(text: string): string | null {
  const m = /<?(https?:\/\/[^\s<>]+)>?/i.exec(text);
  if (!m) return null;
  let url = m[1];
  // Trailing sentence punctuation is not part of the link; a closing bracket only when unbalanced.
  for (;;) {
    const last = url[url.length - 1];
    if (/[.,;:!?'"”’]/.test(last)) url = url.slice(0, -1);
    else if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0))
      url = url.slice(0, -1);
    else break;
  }
  return url;
}

/** A message whose own text is this long is a pasted article, even when it also contains a link. */
export const PASTED_ARTICLE_CHARS = 1000;

async function fromAttachment(a: Attachment, ctx: Pick<BotContext, 'config'>): Promise<Article> {
  if (!isReadableAttachment(a)) {
    const ext = extensionOf(a.name);
    throw new UserError(
      `I can only read .txt, .md or .html files${ext ? `, not ${ext} files` : ''} (“${clipName(a.name)}”). Paste the text or give a link instead.`,
    );
  }
  return articleFromUpload(
    { name: a.name, size: a.size, contentType: a.contentType, url: a.url },
    fetchOptions(ctx),
  );
}

function clipName(name: string): string {
  const clean = name.replace(/[`*_~|<>@]/g, '');
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

/** Reads the options of /unspin or /brief: exactly one of text, url, file. */
async function fromOptions(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<Article> {
  const text = interaction.options.getString('text');
  const url = interaction.options.getString('url');
  const file = interaction.options.getAttachment('file');
  const given = [text !== null && 'text:', url !== null && 'url:', file !== null && 'file:'].filter(
    Boolean,
  ) as string[];
  if (given.length === 0) throw new UserError(`Nothing to read. ${WHAT_TO_GIVE}`);
  if (given.length > 1) {
    throw new UserError(`You gave ${given.join(' and ')}; I read one thing at a time. ${WHAT_TO_GIVE}`);
  }
  if (file) return fromAttachment(file, ctx);
  if (url !== null) {
    const link = url.trim().replace(/^<|>$/g, '');
    if (!link) throw new UserError(`The url: option is empty. ${WHAT_TO_GIVE}`);
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`;
    return fetchArticle(withScheme, fetchOptions(ctx));
  }
  if (!text?.trim()) throw new UserError(`The text: option is empty. ${WHAT_TO_GIVE}`);
  return articleFromText(text);
}

/** Text of a message's embeds (for messages posted by bots or webhooks that carry no plain text). */
function embedText(message: Message): string {
  return message.embeds
    .map((e) =>
      [e.title, e.description, ...e.fields.map((f) => `${f.name}\n${f.value}`)].filter(Boolean).join('\n\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Reads the target of the message menus: its .txt/.md/.html attachment, else its first link, else its text
 * (a long pasted article is read as text even when it quotes a link).
 */
export async function articleFromMessage(
  message: Message,
  ctx: Pick<BotContext, 'config'>,
): Promise<Article> {
  const attachments = [...message.attachments.values()];
  const readable = attachments.find(isReadableAttachment);
  if (readable) return { ...(await fromAttachment(readable, ctx)), origin: 'message' };
  const content = message.content ?? '';
  const link = firstLink(content);
  const pasted = content.replace(/<?https?:\/\/[^\s<>]+>?/gi, '').trim().length >= PASTED_ARTICLE_CHARS;
  if (link && !pasted) {
    const article = await fetchArticle(link, fetchOptions(ctx));
    return { ...article, origin: 'message' };
  }
  const text = content.trim() ? content : embedText(message);
  if (text.trim()) return { ...articleFromText(text), origin: 'message' };
  if (attachments.length) return fromAttachment(attachments[0], ctx);
  throw new UserError(
    'That message has nothing I can read: no text, no link and no .txt, .md or .html attachment.',
  );
}

/**
 * The article an interaction asks to read. Slash commands: exactly one of the `text`, `url` or `file`
 * options (none or several → a UserError saying what to give). Message menus: the target message.
 */
export async function articleFromInteraction(
  interaction: CommandInteraction,
  ctx: BotContext,
): Promise<Article> {
  if (interaction.isMessageContextMenuCommand()) {
    const message = interaction.targetMessage;
    return { ...(await articleFromMessage(message, ctx)), posted: message.createdAt.toISOString() };
  }
  return { ...(await fromOptions(interaction, ctx)), posted: interaction.createdAt.toISOString() };
}
