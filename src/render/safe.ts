/**
 * The last guard between the bot and Discord: every message the bot sends goes through these helpers.
 * They force `allowedMentions: { parse: [] }` (nobody is ever pinged, `repliedUser` included) and keep
 * a payload within Discord's limits. Renderers should already produce payloads that fit (pages,
 * attachments); when one does not, the helpers move overlong content to an attachment and mark every
 * cut with "…", so nothing is silently truncated.
 */
import {
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  AttachmentBuilder,
  type AutocompleteInteraction,
  type BaseMessageOptions,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type JSONEncodable,
  type MessageCreateOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Pings nobody: no users, roles, @everyone/@here, nor the author of a replied-to message. */
export const NO_MENTIONS = Object.freeze({ parse: [] as never[], repliedUser: false });

/** A file as plain data (the renderers' shape) or a ready discord.js attachment. */
export interface FileInput {
  name: string;
  data: Buffer;
  description?: string;
}

/** What handlers hand to the helpers: plain text, or a message as plain data / discord.js builders. */
export type ReplyInput =
  | string
  | {
      content?: string;
      embeds?: readonly (APIEmbed | JSONEncodable<APIEmbed>)[];
      components?: BaseMessageOptions['components'];
      files?: readonly (FileInput | AttachmentBuilder)[];
      /** Ignored: mentions are always disabled. Present so renderer payloads pass through unchanged. */
      allowedMentions?: unknown;
    };

export interface ReplyOptions {
  ephemeral?: boolean;
}

/** Cuts at `max` UTF-16 units (never inside a surrogate pair) and marks the cut with "…". */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function toEmbed(e: APIEmbed | JSONEncodable<APIEmbed>): APIEmbed {
  const json = 'toJSON' in e && typeof e.toJSON === 'function' ? e.toJSON() : (e as APIEmbed);
  return structuredClone(json);
}

/** Characters Discord counts towards an embed's 6,000 total. */
export function embedChars(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
  n += (e.footer?.text?.length ?? 0) + (e.author?.name?.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** Brings one embed within the per-part limits; fields past 25 are replaced by a note saying how many. */
export function clampEmbed(input: APIEmbed): APIEmbed {
  const e = { ...input };
  if (e.title) e.title = clipText(e.title, LIMITS.title);
  if (e.description !== undefined) e.description = clipText(e.description, LIMITS.description) || undefined;
  if (e.footer?.text) e.footer = { ...e.footer, text: clipText(e.footer.text, LIMITS.footer) };
  if (e.author?.name) e.author = { ...e.author, name: clipText(e.author.name, LIMITS.author) };
  if (e.fields) {
    let fields = e.fields.map((f) => ({
      ...f,
      name: clipText(f.name || '\u200b', LIMITS.fieldName),
      value: clipText(f.value || '\u200b', LIMITS.fieldValue),
    }));
    if (fields.length > LIMITS.fields) {
      const hidden = fields.length - (LIMITS.fields - 1);
      fields = fields.slice(0, LIMITS.fields - 1);
      fields.push({ name: '…', value: `${hidden} more not shown`, inline: false });
    }
    e.fields = fields;
  }
  return e;
}

/**
 * Keeps at most 10 embeds whose characters add up to ≤ 6,000. When the total is over, the longest
 * descriptions and field values are shortened (each cut marked "…"); embeds that still do not fit are
 * dropped and counted in the returned `dropped`.
 */
export function fitEmbeds(input: readonly APIEmbed[]): { embeds: APIEmbed[]; dropped: number } {
  let embeds = input.map(clampEmbed);
  let dropped = 0;
  if (embeds.length > LIMITS.embedsPerMessage) {
    dropped += embeds.length - LIMITS.embedsPerMessage;
    embeds = embeds.slice(0, LIMITS.embedsPerMessage);
  }
  const total = () => embeds.reduce((n, e) => n + embedChars(e), 0);
  let over = total() - LIMITS.embedTotal;
  // Shorten the longest text parts first, never below 200 characters.
  while (over > 0) {
    let best: { e: APIEmbed; field?: number; len: number } | null = null;
    for (const e of embeds) {
      if ((e.description?.length ?? 0) > (best?.len ?? 200)) best = { e, len: e.description!.length };
      e.fields?.forEach((f, i) => {
        if (f.value.length > (best?.len ?? 200)) best = { e, field: i, len: f.value.length };
      });
    }
    if (!best) break;
    const target = Math.max(200, best.len - over);
    if (best.field === undefined) best.e.description = clipText(best.e.description!, target);
    else {
      const f = best.e.fields![best.field];
      best.e.fields![best.field] = { ...f, value: clipText(f.value, target) };
    }
    over = total() - LIMITS.embedTotal;
  }
  while (embeds.length > 1 && total() > LIMITS.embedTotal) {
    embeds.pop();
    dropped++;
  }
  return { embeds, dropped };
}

function toAttachment(f: FileInput | AttachmentBuilder): AttachmentBuilder {
  if (f instanceof AttachmentBuilder) return f;
  return new AttachmentBuilder(f.data, { name: f.name, description: f.description });
}

/** The shared body of every message: no pings, content ≤ 2,000 (else the full text as an attachment), embeds within limits. */
export function safeBody(
  input: ReplyInput,
): Required<Pick<BaseMessageOptions, 'allowedMentions'>> &
  Pick<BaseMessageOptions, 'content' | 'embeds' | 'components' | 'files'> {
  const p = typeof input === 'string' ? { content: input } : input;
  const files = (p.files ?? []).map(toAttachment);
  let content = p.content;
  if (content !== undefined && content.length > LIMITS.content) {
    const name = uniqueName('message.txt', files);
    files.push(new AttachmentBuilder(Buffer.from(content, 'utf8'), { name }));
    const note = `\n… (too long for one message: the full text is attached as ${name})`;
    content = clipText(content, LIMITS.content - note.length) + note;
  }
  const out: ReturnType<typeof safeBody> = { allowedMentions: { ...NO_MENTIONS, parse: [] } };
  if (content !== undefined) out.content = content;
  if (p.embeds) {
    const { embeds, dropped } = fitEmbeds(p.embeds.map(toEmbed));
    if (dropped > 0) {
      const last = embeds[embeds.length - 1];
      const note = `${dropped} more section${dropped === 1 ? '' : 's'} did not fit in one message`;
      if (last)
        last.footer = {
          text: clipText(last.footer?.text ? `${last.footer.text} · ${note}` : note, LIMITS.footer),
        };
    }
    out.embeds = embeds;
  }
  if (p.components) out.components = p.components;
  if (files.length) out.files = files;
  return out;
}

function uniqueName(name: string, files: AttachmentBuilder[]): string {
  const taken = new Set(files.map((f) => f.name));
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const n = name.replace(/(\.\w+)?$/, `-${i}$1`);
    if (!taken.has(n)) return n;
  }
}

/** Options for `interaction.reply` / `followUp`. */
export function safeReply(input: ReplyInput, opts: ReplyOptions = {}): InteractionReplyOptions {
  const body: InteractionReplyOptions = safeBody(input);
  if (opts.ephemeral) body.flags = MessageFlags.Ephemeral;
  return body;
}

/** Options for `interaction.editReply` (ephemerality is fixed by the original reply or defer). */
export function safeEdit(input: ReplyInput): InteractionEditReplyOptions {
  return safeBody(input);
}

/** Options for `componentInteraction.update` (edits the message the component is on). */
export function safeUpdate(input: ReplyInput): InteractionUpdateOptions {
  return safeBody(input);
}

/** Options for `channel.send` / `user.send`. */
export function safeMessage(input: ReplyInput): MessageCreateOptions {
  return safeBody(input);
}

/** Autocomplete choices within Discord's limits: ≤ 25, names ≤ 100 characters, string values ≤ 100. */
export function safeChoices<T extends string | number>(
  choices: readonly { name: string; value: T }[],
): ApplicationCommandOptionChoiceData<T>[] {
  const out: ApplicationCommandOptionChoiceData<T>[] = [];
  for (const c of choices) {
    if (out.length >= LIMITS.choices) break;
    if (typeof c.value === 'string' && (c.value.length > LIMITS.choiceValue || c.value.length === 0))
      continue;
    const name = clipText(c.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName);
    if (name.length === 0) continue;
    out.push({ name, value: c.value });
  }
  return out;
}

/** Answers an autocomplete interaction once; later calls and expired interactions are ignored. */
export async function respondChoices<T extends string | number>(
  interaction: AutocompleteInteraction,
  choices: readonly { name: string; value: T }[],
): Promise<void> {
  if (interaction.responded) return;
  await interaction.respond(safeChoices(choices));
}

/**
 * Sends `input` as the answer to `interaction`, whatever state it is in:
 * not yet acknowledged → reply; deferred → edit the deferred reply; already replied → follow-up.
 */
export async function respond(
  interaction: RepliableInteraction,
  input: ReplyInput,
  opts: ReplyOptions = {},
): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(safeEdit(input));
  } else if (interaction.replied) {
    await interaction.followUp(safeReply(input, opts));
  } else {
    await interaction.reply(safeReply(input, opts));
  }
}

/**
 * Sends a short notice (a denial or an error) as privately as the interaction's state allows:
 * not yet acknowledged → ephemeral reply; a command whose reply was deferred → the deferred reply is
 * edited (it keeps the defer's visibility: commands that may fail in public should defer ephemerally);
 * already replied, or a component whose message was deferred for update → ephemeral follow-up (the
 * component's message is left alone).
 */
export async function respondPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  const isCommand = interaction.isChatInputCommand() || interaction.isContextMenuCommand();
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(safeReply(text, { ephemeral: true }));
  } else if (isCommand && interaction.deferred && !interaction.replied) {
    // Discord treats the first follow-up after a deferral as the deferred reply itself. When the deferral was
    // public, delete the "thinking…" message first so the error stays private instead of replacing it in the
    // channel; when it was ephemeral, editing it is already private.
    if (interaction.ephemeral) {
      await interaction.editReply(safeEdit(text));
    } else {
      await interaction.deleteReply();
      await interaction.followUp(safeReply(text, { ephemeral: true }));
    }
  } else {
    await interaction.followUp(safeReply(text, { ephemeral: true }));
  }
}
