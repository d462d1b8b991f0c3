/**
 * A fake Discord on 127.0.0.1: REST under /api/v10 and a gateway at /gateway on one node:http server, good
 * enough for the real, unmodified discord.js client to log in, receive interactions and messages, and answer.
 * Every REST request is recorded and validated (OpenAPI schema + Discord's limits); see validate.ts.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { boundaryOf, MultipartError, parseMultipart } from './multipart.ts';
import {
  attachmentJson,
  contentTypeFor,
  dmChannel,
  type FakeUser,
  guildCreate,
  interactionToken,
  member,
  PERMS,
  type StoredAttachment,
  snowflake,
  textChannel,
  user,
} from './payloads.ts';
import { RequestValidator, type Violation } from './validate.ts';

export type { FakeUser, StoredAttachment } from './payloads.ts';
export { LIMITS, RequestValidator, type Violation } from './validate.ts';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const INTENTS = {
  Guilds: 1,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
const EPHEMERAL = 64;
const LOADING = 128;

export interface FakeDiscordOptions {
  port?: number;
  token?: string;
  /** Answer violating requests with a 400 (default true). */
  strict?: boolean;
  /** openapi.json path; null: limits only. Default: ../shared/discord-api-spec/openapi.json from the repo root. */
  specPath?: string | null;
  heartbeatIntervalMs?: number;
  guildName?: string;
  /** Compile the schemas of the common routes at start (default true), so the first reply is not delayed. */
  warmUp?: boolean;
  /** Called once when the spec cannot be loaded (default: stderr). */
  warn?: (message: string) => void;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  auth: string | undefined;
  at: number;
  status: number;
  violations: Violation[];
}

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  url: string;
  data: Buffer;
}

/** A message as the fake holds it, with attachment bytes. */
export interface MessageView {
  id: string;
  channelId: string;
  authorId: string;
  content: string;
  embeds: Json[];
  components: Json[];
  attachments: AttachmentView[];
  flags: number;
  ephemeral: boolean;
  /** Still the "thinking…" placeholder of a deferred reply. */
  loading: boolean;
  interactionId: string | null;
  edited: boolean;
  deleted: boolean;
}

export interface ModalView {
  customId: string;
  title: string;
  /** Text inputs in order. */
  fields: {
    customId: string;
    label: string;
    style: number;
    required: boolean;
    value?: string;
    placeholder?: string;
  }[];
}

export interface Choice {
  name: string;
  value: string | number;
}

/** What an interaction finally showed the user. */
export interface FinalResponse extends MessageView {
  /** 'message': a reply or an updated message; 'modal': a modal was opened; 'autocomplete': choices were sent. */
  kind: 'message' | 'modal' | 'autocomplete';
  modal: ModalView | null;
  choices: Choice[] | null;
}

export interface InteractionContext {
  user?: FakeUser;
  /** Member permissions (decimal string); defaults to the user's role permissions. */
  permissions?: string;
  /** null: the interaction happens in a DM with the bot. */
  guildId?: string | null;
  channelId?: string;
  locale?: string;
}

export interface UploadInput {
  name: string;
  data: Buffer | string;
  contentType?: string;
}

export type OptionValue = string | number | boolean | UploadInput;

interface StoredMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  author: FakeUser;
  content: string;
  embeds: Json[];
  components: Json[];
  attachments: StoredAttachment[];
  flags: number;
  timestamp: string;
  editedTimestamp: string | null;
  interactionId: string | null;
  webhookId: string | null;
  deleted: boolean;
  reference: Json | null;
}

interface Session {
  id: string;
  intents: number;
  seq: number;
  buffer: { op: 0; t: string; s: number; d: unknown }[];
  socket: WebSocket | null;
  live: boolean;
}

class InteractionState extends EventEmitter {
  callbacks: { type: number; data: Json | undefined; at: number }[] = [];
  originalId: string | null = null;
  deferred: 'reply' | 'update' | null = null;
  edited = false;
  followUpIds: string[] = [];
  choices: Choice[] | null = null;
  modal: ModalView | null = null;
  rejected: Violation[] | null = null;
  lastActivity = Date.now();
  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: number,
    readonly label: string,
    readonly channelId: string,
    readonly guildId: string | null,
    /** For components: the message the component sits on. */
    readonly sourceMessageId: string | null,
  ) {
    super();
    this.setMaxListeners(0);
  }
  touch(): void {
    this.lastActivity = Date.now();
    this.emit('change');
  }
  get settled(): boolean {
    const first = this.callbacks[0]?.type;
    if (first === undefined) return false;
    if (first === 4 || first === 7 || first === 8 || first === 9) return true;
    // A deferred update may be followed by a new message instead of an edit.
    return this.edited || (this.deferred === 'update' && this.followUpIds.length > 0);
  }
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload that was dispatched. */
  payload: Json;
  /** Resolves with the first interaction callback the bot sent. */
  reply(opts?: { timeoutMs?: number }): Promise<{ type: number; data: Json | undefined }>;
  /** Resolves when the interaction shows a settled response (a reply, an update, a modal, choices, or a deferral followed by an edit). */
  final(opts?: { timeoutMs?: number }): Promise<FinalResponse>;
  /** final(), then waits until the interaction was quiet for `quietMs` (so follow-ups have arrived). */
  done(opts?: {
    timeoutMs?: number;
    quietMs?: number;
  }): Promise<{ final: FinalResponse; followUps: MessageView[] }>;
  /** Follow-up messages so far (the first follow-up after a bare deferral replaces the "thinking…" message instead). */
  readonly followUps: MessageView[];
  /** Whether the bot deferred (type 5 or 6) — readable at any time. */
  readonly deferred: boolean;
  autocompleteChoices(opts?: { timeoutMs?: number }): Promise<Choice[]>;
  /** Calls `listener` whenever the interaction changes (callback, edit, follow-up); returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}

export interface FakeDiscord extends EventEmitter {
  readonly port: number;
  readonly baseUrl: string;
  /** What discord.js takes as `rest.api`. */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  /** #general */
  readonly channelId: string;
  readonly channels: { id: string; name: string }[];
  readonly botUser: FakeUser;
  /** An ordinary member (owner of the guild is `moderator`). */
  readonly human: FakeUser;
  /** A member with Administrator and Manage Server. */
  readonly moderator: FakeUser;
  readonly requests: RecordedRequest[];
  readonly violations: (Violation & { at: number })[];
  readonly validator: RequestValidator;
  strict: boolean;
  /** Stored command definitions (guild-scoped when guildId is given, global otherwise). */
  commands(guildId?: string): Json[];
  /** Messages of a channel, oldest first (ephemeral ones included, deleted ones excluded). */
  messages(channelId?: string): MessageView[];
  message(id: string): MessageView | null;
  /** Adds a file to the fake's attachment store and returns its public URL metadata. */
  upload(input: UploadInput): StoredAttachment;
  chatInput(
    name: string,
    options?: Record<string, OptionValue> | Json[],
    ctx?: InteractionContext,
  ): InteractionHandle;
  messageContextMenu(
    name: string,
    message: string | { id: string } | { content?: string; attachments?: UploadInput[]; author?: FakeUser },
    ctx?: InteractionContext,
  ): InteractionHandle;
  autocomplete(
    name: string,
    focused: string,
    options?: Record<string, OptionValue>,
    ctx?: InteractionContext,
  ): InteractionHandle;
  clickButton(messageId: string, customId: string, ctx?: InteractionContext): InteractionHandle;
  selectMenu(
    messageId: string,
    customId: string,
    values: string[],
    ctx?: InteractionContext,
  ): InteractionHandle;
  submitModal(
    customId: string,
    fields: Record<string, string>,
    ctx?: InteractionContext & { messageId?: string },
  ): InteractionHandle;
  /** Dispatches MESSAGE_CREATE from a member (blank content unless the bot identified with MessageContent). */
  postMessage(
    channelId: string,
    content: string,
    opts?: { attachments?: UploadInput[]; author?: FakeUser },
  ): MessageView;
  /** Sends a raw dispatch to the bot (buffered for RESUME like every dispatch). */
  dispatch(t: string, d: unknown): void;
  /** Kills the gateway socket abruptly (no close frame). */
  dropConnection(): void;
  /** Asks the client to reconnect (op 7). */
  requestReconnect(): void;
  /** Resolves when a gateway session is connected and ready (after login or a resume). */
  waitForSession(timeoutMs?: number): Promise<void>;
  /** Number of sessions resumed so far. */
  readonly resumes: number;
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

function waitUntil<T>(
  emitter: EventEmitter,
  event: string,
  check: () => T | undefined,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onEvent = () => {
      let v: T | undefined;
      try {
        v = check();
      } catch (err) {
        cleanup();
        reject(err);
        return;
      }
      if (v !== undefined) {
        cleanup();
        resolve(v);
      }
    };
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
    };
    emitter.on(event, onEvent);
    timer = setTimeout(() => {
      cleanup();
      reject(new Error(describe()));
    }, timeoutMs);
    onEvent();
  });
}

class FakeDiscordServer extends EventEmitter implements FakeDiscord {
  port = 0;
  baseUrl = '';
  apiBase = '';
  gatewayUrl = '';
  readonly token: string;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly channels: { id: string; name: string }[];
  readonly botUser: FakeUser;
  readonly human: FakeUser;
  readonly moderator: FakeUser;
  readonly moderatorRoleId = snowflake();
  readonly requests: RecordedRequest[] = [];
  readonly violations: (Violation & { at: number })[] = [];
  validator!: RequestValidator;
  strict: boolean;
  resumes = 0;

  private server: Server;
  private wss = new WebSocketServer({ noServer: true });
  private sessions = new Map<string, Session>();
  private current: Session | null = null;
  private pending: { t: string; d: unknown }[] = [];
  private guildCommands = new Map<string, Json[]>();
  private globalCommands: Json[] = [];
  private stored = new Map<string, StoredMessage>();
  private channelMessages = new Map<string, string[]>();
  private dmChannels = new Map<string, { id: string; recipient: FakeUser }>();
  private attachments = new Map<string, StoredAttachment>();
  private interactions = new Map<string, InteractionState>();
  private byToken = new Map<string, InteractionState>();
  private readonly joinedAt = new Date().toISOString();
  private readonly opts: FakeDiscordOptions;
  private closed = false;

  constructor(opts: FakeDiscordOptions) {
    super();
    this.setMaxListeners(0);
    this.opts = opts;
    this.token = opts.token ?? 'fake-bot-token.sandbox';
    this.strict = opts.strict ?? true;
    this.botUser = user(this.applicationId, 'newsdesk', true);
    this.human = user(snowflake(), 'reader');
    this.moderator = user(snowflake(), 'editor');
    this.channels = [
      { id: this.channelId, name: 'general' },
      { id: snowflake(), name: 'news' },
    ];
    for (const c of this.channels) this.channelMessages.set(c.id, []);
    this.server = createServer((req, res) => {
      this.handleHttp(req, res).catch((err: unknown) => {
        if (!res.headersSent)
          this.json(res, 500, { message: `fake discord error: ${(err as Error).message}`, code: 0 });
        else res.end();
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/gateway' || this.closed) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async listen(): Promise<void> {
    this.validator = await RequestValidator.create({ specPath: this.opts.specPath, warn: this.opts.warn });
    if (this.opts.warmUp !== false) this.validator.warmUp();
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    this.apiBase = `${this.baseUrl}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}/gateway`;
  }

  // ---------------------------------------------------------------- gateway

  private send(ws: WebSocket | null, payload: unknown): void {
    if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  private onSocket(ws: WebSocket): void {
    this.send(ws, {
      op: 10,
      d: { heartbeat_interval: this.opts.heartbeatIntervalMs ?? 41_250 },
      s: null,
      t: null,
    });
    ws.on('error', () => {});
    ws.on('close', () => {
      for (const s of this.sessions.values()) {
        if (s.socket === ws) {
          s.socket = null;
          s.live = false;
          this.emit('gateway', 'disconnected');
        }
      }
    });
    ws.on('message', (raw) => {
      let msg: { op?: number; d?: Json } = {};
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      switch (msg.op) {
        case 1:
          this.send(ws, { op: 11, d: null, s: null, t: null });
          break;
        case 2:
          this.identify(ws, msg.d ?? {});
          break;
        case 6:
          this.resume(ws, msg.d ?? {});
          break;
        case 3:
        case 4:
        case 8:
          break;
        default:
          ws.close(4001, 'Unknown opcode.');
      }
    });
  }

  private identify(ws: WebSocket, d: Json): void {
    if (d.token !== this.token && d.token !== `Bot ${this.token}`) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const session: Session = {
      id: snowflake(),
      intents: typeof d.intents === 'number' ? d.intents : 0,
      seq: 0,
      buffer: [],
      socket: ws,
      live: false,
    };
    if (this.current?.socket && this.current.socket !== ws) this.current.socket.terminate();
    this.sessions.set(session.id, session);
    this.current = session;
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      user_settings: {},
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    this.sendDispatch(session, 'GUILD_CREATE', this.guildPayload());
    session.live = true;
    this.emit('gateway', 'ready');
    const pending = this.pending.splice(0);
    for (const p of pending) this.dispatch(p.t, p.d);
  }

  private resume(ws: WebSocket, d: Json): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || (d.token !== this.token && d.token !== `Bot ${this.token}`)) {
      this.send(ws, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    this.current = session;
    const after = typeof d.seq === 'number' ? d.seq : 0;
    for (const p of session.buffer) if (p.s > after) this.send(ws, p);
    this.sendDispatch(session, 'RESUMED', { _trace: ['fake-discord'] });
    session.live = true;
    this.resumes++;
    this.emit('gateway', 'resumed');
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    const payload = { op: 0 as const, t, s: ++session.seq, d };
    session.buffer.push(payload);
    if (session.buffer.length > 5000) session.buffer.splice(0, session.buffer.length - 5000);
    this.send(session.socket, payload);
  }

  dispatch(t: string, d: unknown): void {
    const session = this.current;
    if (!session) {
      this.pending.push({ t, d });
      return;
    }
    let data = d;
    if (t === 'MESSAGE_CREATE' || t === 'MESSAGE_UPDATE') {
      const m = d as Json;
      const inGuild = typeof m.guild_id === 'string';
      const need = inGuild ? INTENTS.GuildMessages : INTENTS.DirectMessages;
      if ((session.intents & need) === 0) return;
      const mentionsBot =
        Array.isArray(m.mentions) && m.mentions.some((u) => isObj(u) && u.id === this.botUser.id);
      if ((session.intents & INTENTS.MessageContent) === 0 && inGuild && !mentionsBot) {
        data = { ...m, content: '', embeds: [], attachments: [], components: [] };
      }
    }
    this.sendDispatch(session, t, data);
  }

  dropConnection(): void {
    const s = this.current;
    if (s?.socket) {
      s.live = false;
      s.socket.terminate();
    }
  }

  requestReconnect(): void {
    const s = this.current;
    if (s?.socket) {
      s.live = false;
      this.send(s.socket, { op: 7, d: null, s: null, t: null });
    }
  }

  waitForSession(timeoutMs = 10_000): Promise<void> {
    return waitUntil(
      this,
      'gateway',
      () => (this.current?.live && this.current.socket ? true : undefined),
      timeoutMs,
      () => `no live gateway session within ${timeoutMs} ms`,
    ).then(() => undefined);
  }

  private guildPayload() {
    const members = [
      member(this.botUser, [], this.joinedAt),
      member(this.human, [], this.joinedAt),
      member(this.moderator, [this.moderatorRoleId], this.joinedAt),
    ];
    return guildCreate(
      {
        id: this.guildId,
        name: this.opts.guildName ?? 'Newsroom',
        ownerId: this.moderator.id,
        channels: this.channels,
        moderatorRoleId: this.moderatorRoleId,
      },
      members,
      this.joinedAt,
    );
  }

  // ---------------------------------------------------------------- HTTP

  private json(res: ServerResponse, status: number, body: unknown): void {
    if (status === 204) {
      res.writeHead(204);
      res.end();
      return;
    }
    const data = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
    res.end(data);
  }

  private async readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const path = decodeURIComponent(url.pathname);
    if (req.method === 'GET' && path.startsWith('/attachments/')) {
      const id = path.split('/')[2];
      const a = this.attachments.get(id);
      if (!a) {
        this.json(res, 404, { message: 'Unknown attachment', code: 0 });
        return;
      }
      res.writeHead(200, { 'content-type': a.contentType, 'content-length': a.data.length });
      res.end(a.data);
      return;
    }
    if (!path.startsWith('/api/v10/')) {
      this.json(res, 404, { message: '404: Not Found', code: 0 });
      return;
    }
    const raw = await this.readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      auth: req.headers.authorization,
      at: Date.now(),
      status: 0,
      violations: [],
    };
    this.requests.push(record);
    const reply = (status: number, body: unknown) => {
      record.status = status;
      this.json(res, status, body);
      this.emit('request', record);
    };
    try {
      const boundary = boundaryOf(req.headers['content-type']);
      if (boundary) {
        for (const part of parseMultipart(raw, boundary)) {
          if (part.name === 'payload_json') record.body = JSON.parse(part.data.toString('utf8'));
          else if (part.filename !== undefined)
            record.files.push({
              field: part.name,
              filename: part.filename,
              contentType: part.contentType ?? contentTypeFor(part.filename),
              data: part.data,
            });
        }
      } else if (raw.length > 0) {
        record.body = JSON.parse(raw.toString('utf8'));
      }
    } catch (err) {
      const what = err instanceof MultipartError ? err.message : 'body is not valid JSON';
      reply(400, { message: `400: Bad Request (${what})`, code: 50109 });
      return;
    }
    const api = path.slice('/api/v10'.length);
    const open = api.startsWith('/interactions/') || api.startsWith('/webhooks/');
    if (!open && record.auth !== `Bot ${this.token}`) {
      reply(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    if (record.body !== undefined) {
      const found = this.validator.validate(record.method, api, record.body);
      if (found.length > 0) {
        record.violations = found;
        for (const v of found) this.violations.push({ ...v, at: record.at });
        this.emit('violation', found, record);
        if (this.strict) {
          const token = api.split('/')[3];
          const st = api.startsWith('/interactions/')
            ? this.interactions.get(api.split('/')[2])
            : this.byToken.get(token);
          if (st) {
            st.rejected = found;
            st.touch();
          }
          reply(400, {
            message: 'Invalid Form Body',
            code: 50035,
            errors: Object.fromEntries(
              found.map((v, i) => [`${v.rule}_${i}`, { _errors: [{ code: v.rule, message: v.detail }] }]),
            ),
          });
          return;
        }
      }
    }
    const [status, body] = this.route(record.method, api, record);
    reply(status, body);
  }

  private route(method: string, api: string, r: RecordedRequest): [number, unknown] {
    const seg = api.split('/').slice(1);
    const body = r.body as Json | undefined;
    const notFound: [number, unknown] = [404, { message: '404: Not Found', code: 0 }];
    const is = (m: string, pattern: string) => {
      if (m !== method) return false;
      const p = pattern.split('/').slice(1);
      return p.length === seg.length && p.every((x, i) => x === '*' || x === seg[i]);
    };
    if (is('GET', '/gateway/bot'))
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      ];
    if (is('GET', '/gateway')) return [200, { url: this.gatewayUrl }];
    if (is('GET', '/users/@me'))
      return [200, { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 }];
    if (is('GET', '/users/*')) {
      const u = [this.botUser, this.human, this.moderator].find((x) => x.id === seg[1]);
      return u ? [200, u] : [404, { message: 'Unknown User', code: 10013 }];
    }
    if (is('GET', '/applications/@me') || is('GET', '/oauth2/applications/@me'))
      return [
        200,
        {
          id: this.applicationId,
          name: 'newsdesk',
          icon: null,
          description: 'newsdesk in the sandbox',
          bot_public: true,
          bot_require_code_grant: false,
          flags: 0,
          owner: this.moderator,
          team: null,
          verify_key: '0'.repeat(64),
          bot: this.botUser,
        },
      ];
    // Application commands.
    if (seg[0] === 'applications' && seg[2] !== undefined && (seg[2] === 'commands' || seg[2] === 'guilds')) {
      if (seg[1] !== this.applicationId) return [403, { message: 'Missing Access', code: 50001 }];
      const guild = seg[2] === 'guilds' ? seg[3] : undefined;
      if (guild !== undefined && guild !== this.guildId)
        return [404, { message: 'Unknown Guild', code: 10004 }];
      const rest = guild ? seg.slice(4) : seg.slice(2);
      if (rest[0] !== 'commands') return notFound;
      const list = guild ? (this.guildCommands.get(guild) ?? []) : this.globalCommands;
      const save = (l: Json[]) => {
        if (guild) this.guildCommands.set(guild, l);
        else this.globalCommands = l;
        this.emit('commands', guild ?? null, l);
      };
      const stamp = (c: Json, old?: Json): Json => ({
        type: 1,
        description: '',
        options: [],
        default_member_permissions: null,
        dm_permission: true,
        nsfw: false,
        ...c,
        id: (old?.id as string) ?? snowflake(),
        application_id: this.applicationId,
        ...(guild ? { guild_id: guild } : {}),
        version: snowflake(),
      });
      if (rest.length === 1) {
        if (method === 'GET') return [200, list];
        if (method === 'PUT') {
          if (!Array.isArray(body)) return [400, { message: 'Invalid Form Body', code: 50035 }];
          const next = (body as Json[]).map((c) =>
            stamp(
              c,
              list.find((o) => o.name === c.name && (o.type ?? 1) === (c.type ?? 1)),
            ),
          );
          save(next);
          return [200, next];
        }
        if (method === 'POST' && body) {
          const old = list.find((o) => o.name === body.name && (o.type ?? 1) === (body.type ?? 1));
          const c = stamp(body, old);
          save([...list.filter((o) => o !== old), c]);
          return [old ? 200 : 201, c];
        }
      } else if (rest.length === 2) {
        const c = list.find((o) => o.id === rest[1]);
        if (!c) return [404, { message: 'Unknown application command', code: 10063 }];
        if (method === 'GET') return [200, c];
        if (method === 'DELETE') {
          save(list.filter((o) => o !== c));
          return [204, null];
        }
        if (method === 'PATCH' && body) {
          const n = stamp({ ...c, ...body }, c);
          save(list.map((o) => (o === c ? n : o)));
          return [200, n];
        }
      }
      return notFound;
    }
    if (is('POST', '/interactions/*/*/callback')) return this.callback(seg[1], seg[2], r);
    if (seg[0] === 'webhooks' && seg.length >= 3) return this.webhook(method, seg, r);
    if (is('POST', '/users/@me/channels')) {
      const id = body?.recipient_id;
      const u = [this.human, this.moderator].find((x) => x.id === id);
      if (!u) return [400, { message: 'Invalid Recipient(s)', code: 50033 }];
      let dm = this.dmChannels.get(u.id);
      if (!dm) {
        dm = { id: snowflake(), recipient: u };
        this.dmChannels.set(u.id, dm);
        this.channelMessages.set(dm.id, []);
      }
      return [200, dmChannel(dm.id, u)];
    }
    if (seg[0] === 'channels' && seg[1] !== undefined) {
      const channel = this.channelJson(seg[1]);
      if (!channel) return [404, { message: 'Unknown Channel', code: 10003 }];
      if (is('GET', '/channels/*')) return [200, channel];
      if (is('POST', '/channels/*/typing')) return [204, null];
      if (is('GET', '/channels/*/messages'))
        return [
          200,
          (this.channelMessages.get(seg[1]) ?? [])
            .map((id) => this.stored.get(id)!)
            .filter((m) => !m.deleted && (m.flags & EPHEMERAL) === 0)
            .reverse()
            .slice(0, Number(r.query.limit ?? 50))
            .map((m) => this.messageJson(m)),
        ];
      if (is('POST', '/channels/*/messages')) {
        const m = this.createMessage(seg[1], body ?? {}, r.files, null, null);
        return [200, this.messageJson(m)];
      }
      if (seg[2] === 'messages' && seg.length === 4) {
        const m = this.stored.get(seg[3]);
        if (!m || m.deleted || m.channelId !== seg[1])
          return [404, { message: 'Unknown Message', code: 10008 }];
        if (method === 'GET') return [200, this.messageJson(m)];
        if (m.author.id !== this.botUser.id)
          return [403, { message: 'Cannot edit a message authored by another user', code: 50005 }];
        if (method === 'PATCH') {
          this.editMessage(m, body ?? {}, r.files);
          return [200, this.messageJson(m)];
        }
        if (method === 'DELETE') {
          m.deleted = true;
          return [204, null];
        }
      }
      return notFound;
    }
    if (is('GET', '/guilds/*'))
      return seg[1] === this.guildId
        ? [200, this.guildPayload()]
        : [404, { message: 'Unknown Guild', code: 10004 }];
    if (is('GET', '/guilds/*/channels')) return [200, this.guildPayload().channels];
    if (is('GET', '/guilds/*/roles')) return [200, this.guildPayload().roles];
    if (is('GET', '/guilds/*/members/*')) {
      const m = this.guildPayload().members.find((x) => x.user.id === seg[3]);
      return m ? [200, m] : [404, { message: 'Unknown Member', code: 10007 }];
    }
    return notFound;
  }

  private channelJson(id: string): Json | null {
    const i = this.channels.findIndex((c) => c.id === id);
    if (i >= 0) return textChannel(id, this.channels[i].name, this.guildId, i);
    for (const dm of this.dmChannels.values()) if (dm.id === id) return dmChannel(dm.id, dm.recipient);
    return null;
  }

  // ---------------------------------------------------------------- messages

  upload(input: UploadInput): StoredAttachment {
    const id = snowflake();
    const a: StoredAttachment = {
      id,
      filename: input.name,
      contentType: input.contentType ?? contentTypeFor(input.name),
      data: Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, 'utf8'),
      url: `${this.baseUrl}/attachments/${id}/${encodeURIComponent(input.name)}`,
    };
    this.attachments.set(id, a);
    return a;
  }

  /** Resolves the `attachments` array of a create/edit body against the uploaded files. */
  private resolveAttachments(
    body: Json,
    files: RecordedFile[],
    existing: StoredAttachment[],
  ): StoredAttachment[] {
    const byIndex = new Map<string, RecordedFile>();
    for (const f of files) {
      const m = /^files\[(\d+)\]$/.exec(f.field) ?? /^file(\d*)$/.exec(f.field);
      byIndex.set(m ? m[1] || '0' : f.field, f);
    }
    const make = (f: RecordedFile, meta?: Json) => {
      const a = this.upload({
        name: (meta?.filename as string) ?? f.filename,
        data: f.data,
        contentType: f.contentType,
      });
      if (typeof meta?.description === 'string') a.description = meta.description;
      return a;
    };
    if (!Array.isArray(body.attachments)) return [...existing, ...files.map((f) => make(f))];
    const out: StoredAttachment[] = [];
    for (const meta of body.attachments as Json[]) {
      const key = String(meta.id);
      const old = existing.find((a) => a.id === key);
      if (old) out.push(old);
      else if (byIndex.has(key)) out.push(make(byIndex.get(key)!, meta));
    }
    return out;
  }

  private createMessage(
    channelId: string,
    body: Json,
    files: RecordedFile[],
    interaction: InteractionState | null,
    flags: number | null,
  ): StoredMessage {
    const now = new Date().toISOString();
    const m: StoredMessage = {
      id: snowflake(),
      channelId,
      guildId: this.channels.some((c) => c.id === channelId) ? this.guildId : null,
      author: this.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? (body.embeds as Json[]).map((e) => ({ type: 'rich', ...e })) : [],
      components: Array.isArray(body.components) ? (body.components as Json[]) : [],
      attachments: this.resolveAttachments(body, files, []),
      flags: flags ?? (typeof body.flags === 'number' ? body.flags : 0),
      timestamp: now,
      editedTimestamp: null,
      interactionId: interaction?.id ?? null,
      webhookId: interaction ? this.applicationId : null,
      deleted: false,
      reference: isObj(body.message_reference) ? body.message_reference : null,
    };
    this.stored.set(m.id, m);
    if (!this.channelMessages.has(channelId)) this.channelMessages.set(channelId, []);
    this.channelMessages.get(channelId)!.push(m.id);
    this.emit('message', this.view(m));
    return m;
  }

  private editMessage(m: StoredMessage, body: Json, files: RecordedFile[]): void {
    if ('content' in body) m.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body)
      m.embeds = Array.isArray(body.embeds)
        ? (body.embeds as Json[]).map((e) => ({ type: 'rich', ...e }))
        : [];
    if ('components' in body)
      m.components = Array.isArray(body.components) ? (body.components as Json[]) : [];
    if ('attachments' in body || files.length > 0)
      m.attachments = this.resolveAttachments(body, files, m.attachments);
    if (typeof body.flags === 'number')
      m.flags = (m.flags & EPHEMERAL) | (body.flags & ~EPHEMERAL & ~LOADING);
    m.flags &= ~LOADING;
    m.editedTimestamp = new Date().toISOString();
    this.emit('message', this.view(m));
  }

  private messageJson(m: StoredMessage): Json {
    return {
      id: m.id,
      channel_id: m.channelId,
      ...(m.guildId ? { guild_id: m.guildId } : {}),
      author: m.author,
      content: m.content,
      timestamp: m.timestamp,
      edited_timestamp: m.editedTimestamp,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: m.attachments.map(attachmentJson),
      embeds: m.embeds,
      components: m.components,
      reactions: [],
      pinned: false,
      type: m.interactionId ? 20 : m.reference ? 19 : 0,
      flags: m.flags,
      ...(m.webhookId ? { webhook_id: m.webhookId, application_id: this.applicationId } : {}),
      ...(m.reference ? { message_reference: m.reference } : {}),
    };
  }

  private view(m: StoredMessage): MessageView {
    return {
      id: m.id,
      channelId: m.channelId,
      authorId: m.author.id,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      attachments: m.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        contentType: a.contentType,
        size: a.data.length,
        url: a.url,
        data: a.data,
      })),
      flags: m.flags,
      ephemeral: (m.flags & EPHEMERAL) !== 0,
      loading: (m.flags & LOADING) !== 0,
      interactionId: m.interactionId,
      edited: m.editedTimestamp !== null,
      deleted: m.deleted,
    };
  }

  messages(channelId = this.channelId): MessageView[] {
    return (this.channelMessages.get(channelId) ?? [])
      .map((id) => this.stored.get(id)!)
      .filter((m) => !m.deleted)
      .map((m) => this.view(m));
  }

  message(id: string): MessageView | null {
    const m = this.stored.get(id);
    return m ? this.view(m) : null;
  }

  postMessage(
    channelId: string,
    content: string,
    opts: { attachments?: UploadInput[]; author?: FakeUser } = {},
  ): MessageView {
    const m = this.humanMessage(channelId, content, opts.attachments ?? [], opts.author ?? this.human);
    const json = this.messageJson(m);
    if (m.guildId)
      json.member = member(
        m.author,
        m.author.id === this.moderator.id ? [this.moderatorRoleId] : [],
        this.joinedAt,
      );
    delete (json.member as Json | undefined)?.user;
    this.dispatch('MESSAGE_CREATE', json);
    return this.view(m);
  }

  private humanMessage(
    channelId: string,
    content: string,
    uploads: UploadInput[],
    author: FakeUser,
  ): StoredMessage {
    if (!this.channelJson(channelId)) throw new Error(`fake discord: unknown channel ${channelId}`);
    const m: StoredMessage = {
      id: snowflake(),
      channelId,
      guildId: this.channels.some((c) => c.id === channelId) ? this.guildId : null,
      author,
      content,
      embeds: [],
      components: [],
      attachments: uploads.map((u) => this.upload(u)),
      flags: 0,
      timestamp: new Date().toISOString(),
      editedTimestamp: null,
      interactionId: null,
      webhookId: null,
      deleted: false,
      reference: null,
    };
    this.stored.set(m.id, m);
    this.channelMessages.get(channelId)!.push(m.id);
    return m;
  }

  // ---------------------------------------------------------------- interactions

  private callback(id: string, token: string, r: RecordedRequest): [number, unknown] {
    const st = this.interactions.get(id);
    if (!st || st.token !== token) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (st.callbacks.length > 0)
      return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    const body = (r.body ?? {}) as Json;
    const type = Number(body.type);
    const data = isObj(body.data) ? body.data : undefined;
    const isComponent = st.type === 3 || (st.type === 5 && st.sourceMessageId !== null);
    if ((type === 6 || type === 7) && !isComponent)
      return [
        400,
        { message: 'Interaction callback type is only valid for component interactions', code: 50035 },
      ];
    if (type === 8 && st.type !== 4)
      return [400, { message: 'Autocomplete results are only valid for autocomplete', code: 50035 }];
    if (st.type === 4 && type !== 8)
      return [400, { message: 'Autocomplete interactions take only results', code: 50035 }];
    let message: StoredMessage | null = null;
    switch (type) {
      case 4:
        message = this.createMessage(st.channelId, data ?? {}, r.files, st, null);
        st.originalId = message.id;
        break;
      case 5:
        message = this.createMessage(
          st.channelId,
          {},
          [],
          st,
          ((Number(data?.flags) || 0) & EPHEMERAL) | LOADING,
        );
        st.originalId = message.id;
        st.deferred = 'reply';
        break;
      case 6:
        st.originalId = st.sourceMessageId;
        st.deferred = 'update';
        break;
      case 7: {
        st.originalId = st.sourceMessageId;
        message = st.sourceMessageId ? (this.stored.get(st.sourceMessageId) ?? null) : null;
        if (message) this.editMessage(message, data ?? {}, r.files);
        break;
      }
      case 8:
        st.choices = Array.isArray(data?.choices) ? (data.choices as Choice[]) : [];
        break;
      case 9:
        st.modal = modalView(data ?? {});
        break;
      default:
        return [400, { message: `Unsupported interaction callback type ${body.type}`, code: 50035 }];
    }
    st.callbacks.push({ type, data, at: Date.now() });
    st.touch();
    if (r.query.with_response === 'true') {
      return [
        200,
        {
          interaction: {
            id: st.id,
            type: st.type,
            response_message_id: message?.id,
            response_message_loading: type === 5,
            response_message_ephemeral: message ? (message.flags & EPHEMERAL) !== 0 : false,
          },
          ...(message ? { resource: { type, message: this.messageJson(message) } } : {}),
        },
      ];
    }
    return [204, null];
  }

  private webhook(method: string, seg: string[], r: RecordedRequest): [number, unknown] {
    const [, appId, token, ...rest] = seg;
    const st = this.byToken.get(token);
    if (appId !== this.applicationId || !st) return [404, { message: 'Unknown Webhook', code: 10015 }];
    const body = (r.body ?? {}) as Json;
    if (rest.length === 0) {
      if (method !== 'POST') return [405, { message: '405: Method Not Allowed', code: 0 }];
      if (st.callbacks.length === 0) return [404, { message: 'Unknown Webhook', code: 10015 }];
      const original = st.originalId ? this.stored.get(st.originalId) : undefined;
      let m: StoredMessage;
      if (
        st.deferred === 'reply' &&
        !st.edited &&
        original &&
        !original.deleted &&
        (original.flags & LOADING) !== 0
      ) {
        // Discord: the first follow-up to a bare deferral replaces the "thinking…" message.
        this.editMessage(original, body, r.files);
        st.edited = true;
        m = original;
      } else {
        m = this.createMessage(
          st.channelId,
          body,
          r.files,
          st,
          typeof body.flags === 'number' ? body.flags & EPHEMERAL : 0,
        );
        st.followUpIds.push(m.id);
      }
      st.touch();
      return r.query.wait === 'true' ? [200, this.messageJson(m)] : [204, null];
    }
    if (rest[0] !== 'messages' || rest.length !== 2) return [404, { message: '404: Not Found', code: 0 }];
    const targetId = rest[1] === '@original' ? st.originalId : rest[1];
    const m = targetId ? this.stored.get(targetId) : undefined;
    const mine = m && (m.id === st.originalId || st.followUpIds.includes(m.id));
    if (!m || !mine || m.deleted) return [404, { message: 'Unknown Message', code: 10008 }];
    if (method === 'GET') return [200, this.messageJson(m)];
    if (method === 'DELETE') {
      m.deleted = true;
      // Deleting the deferred "thinking…" message settles the interaction: follow-ups are new messages now.
      if (m.id === st.originalId) st.edited = true;
      st.touch();
      return [204, null];
    }
    if (method === 'PATCH') {
      this.editMessage(m, body, r.files);
      if (m.id === st.originalId) st.edited = true;
      st.touch();
      return [200, this.messageJson(m)];
    }
    return [405, { message: '405: Method Not Allowed', code: 0 }];
  }

  commands(guildId?: string): Json[] {
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }

  private findCommand(name: string, type: number, guildId: string | null): Json | undefined {
    const pick = (l: Json[]) => l.find((c) => c.name === name && (c.type ?? 1) === type);
    return (guildId ? pick(this.guildCommands.get(guildId) ?? []) : undefined) ?? pick(this.globalCommands);
  }

  private baseInteraction(type: number, data: Json | undefined, ctx: InteractionContext, extra: Json = {}) {
    const guildId = ctx.guildId === undefined ? this.guildId : ctx.guildId;
    const u = ctx.user ?? this.human;
    const id = snowflake();
    const token = interactionToken();
    let channelId = ctx.channelId;
    if (!channelId) {
      if (guildId) channelId = this.channelId;
      else {
        let dm = this.dmChannels.get(u.id);
        if (!dm) {
          dm = { id: snowflake(), recipient: u };
          this.dmChannels.set(u.id, dm);
          this.channelMessages.set(dm.id, []);
        }
        channelId = dm.id;
      }
    }
    const channel = this.channelJson(channelId);
    if (!channel) throw new Error(`fake discord: unknown channel ${channelId}`);
    const roles = u.id === this.moderator.id ? [this.moderatorRoleId] : [];
    const permissions =
      ctx.permissions ??
      (u.id === this.moderator.id
        ? (BigInt(PERMS.member) | BigInt(PERMS.moderator)).toString()
        : PERMS.member);
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      ...(data ? { data } : {}),
      ...(guildId ? { guild_id: guildId, guild: { id: guildId, locale: 'en-US', features: [] } } : {}),
      channel_id: channelId,
      channel,
      ...(guildId ? { member: member(u, roles, this.joinedAt, permissions) } : { user: u }),
      token,
      version: 1,
      locale: ctx.locale ?? 'en-US',
      ...(guildId ? { guild_locale: 'en-US' } : {}),
      app_permissions: PERMS.bot,
      entitlements: [],
      authorizing_integration_owners: guildId ? { '0': guildId } : { '1': u.id },
      context: guildId ? 0 : 1,
      attachment_size_limit: 26_214_400,
      ...extra,
    };
    return { id, token, guildId: guildId ?? null, channelId, payload };
  }

  private start(
    type: number,
    label: string,
    data: Json | undefined,
    ctx: InteractionContext,
    sourceMessageId: string | null,
    extra: Json = {},
  ): InteractionHandle {
    const b = this.baseInteraction(type, data, ctx, extra);
    const st = new InteractionState(b.id, b.token, type, label, b.channelId, b.guildId, sourceMessageId);
    this.interactions.set(b.id, st);
    this.byToken.set(b.token, st);
    this.dispatch('INTERACTION_CREATE', b.payload);
    return this.handle(st, b.payload);
  }

  private handle(st: InteractionState, payload: Json): InteractionHandle {
    const describe = (timeoutMs: number, what: string) => () => {
      const cbs = st.callbacks.map((c) => c.type).join(', ') || 'none';
      return `interaction ${st.label} (${st.id}): no ${what} within ${timeoutMs} ms (callback types so far: ${cbs}${st.deferred ? `, deferred, edited: ${st.edited}` : ''})`;
    };
    const failIfRejected = () => {
      if (st.rejected)
        throw new Error(
          `interaction ${st.label}: the fake Discord rejected the bot's response: ${st.rejected.map((v) => `${v.rule}: ${v.detail}`).join('; ')}`,
        );
    };
    const finalView = (): FinalResponse => {
      const kind = st.modal ? 'modal' : st.choices ? 'autocomplete' : 'message';
      const m = st.originalId ? this.stored.get(st.originalId) : undefined;
      const base: MessageView = m
        ? this.view(m)
        : {
            id: '',
            channelId: st.channelId,
            authorId: this.botUser.id,
            content: '',
            embeds: [],
            components: [],
            attachments: [],
            flags: 0,
            ephemeral: false,
            loading: false,
            interactionId: st.id,
            edited: false,
            deleted: false,
          };
      return { ...base, kind, modal: st.modal, choices: st.choices };
    };
    const final = (opts: { timeoutMs?: number } = {}) => {
      const timeoutMs = opts.timeoutMs ?? 10_000;
      return waitUntil(
        st,
        'change',
        () => {
          if (st.settled) return finalView();
          failIfRejected();
          return undefined;
        },
        timeoutMs,
        describe(timeoutMs, 'settled response'),
      );
    };
    const self = this;
    return {
      id: st.id,
      token: st.token,
      payload,
      reply(opts = {}) {
        const timeoutMs = opts.timeoutMs ?? 10_000;
        return waitUntil(
          st,
          'change',
          () => {
            if (st.callbacks[0]) return { type: st.callbacks[0].type, data: st.callbacks[0].data };
            failIfRejected();
            return undefined;
          },
          timeoutMs,
          describe(timeoutMs, 'interaction callback'),
        );
      },
      final,
      async done(opts = {}) {
        const quietMs = opts.quietMs ?? 150;
        await final(opts);
        for (;;) {
          const idle = Date.now() - st.lastActivity;
          if (idle >= quietMs) break;
          await new Promise((r) => setTimeout(r, quietMs - idle + 5));
        }
        return { final: finalView(), followUps: this.followUps };
      },
      get followUps() {
        return st.followUpIds.map((id) => self.view(self.stored.get(id)!)).filter((m) => !m.deleted);
      },
      get deferred() {
        return st.deferred !== null;
      },
      autocompleteChoices(opts = {}) {
        const timeoutMs = opts.timeoutMs ?? 10_000;
        return waitUntil(
          st,
          'change',
          () => {
            failIfRejected();
            return st.choices ?? undefined;
          },
          timeoutMs,
          describe(timeoutMs, 'autocomplete result'),
        );
      },
      onChange(listener) {
        st.on('change', listener);
        return () => st.off('change', listener);
      },
    };
  }

  /** Builds `data.options` for a chat-input command from a flat record, typed by the deployed definition. */
  private buildOptions(
    def: Json | undefined,
    path: string[],
    values: Record<string, OptionValue>,
    focused: string | null,
  ): { options: Json[]; resolved: Json } {
    const attachments: Record<string, Json> = {};
    const resolved: Json = {};
    let defs = (def?.options as Json[] | undefined) ?? [];
    const wrap: ((inner: Json[]) => Json[])[] = [];
    for (const sub of path) {
      const d = defs.find((o) => o.name === sub && (o.type === 1 || o.type === 2));
      if (def && !d) throw new Error(`fake discord: /${def.name} has no subcommand "${sub}"`);
      wrap.push((inner) => [
        { name: sub, type: d?.type ?? (wrap.length === path.length - 1 ? 1 : 2), options: inner },
      ]);
      defs = (d?.options as Json[] | undefined) ?? [];
    }
    const leaf: Json[] = Object.entries(values).map(([name, value]) => {
      const d = defs.find((o) => o.name === name);
      let type = d?.type as number | undefined;
      if (type === undefined) {
        if (typeof value === 'object') type = 11;
        else if (typeof value === 'boolean') type = 5;
        else if (typeof value === 'number') type = Number.isInteger(value) ? 4 : 10;
        else type = 3;
      }
      if (type === 11) {
        if (typeof value !== 'object')
          throw new Error(`fake discord: option ${name} needs a file ({name, data})`);
        const a = this.upload(value);
        attachments[a.id] = attachmentJson(a);
        return { name, type, value: a.id };
      }
      if (typeof value === 'object')
        throw new Error(`fake discord: option ${name} is not an attachment option`);
      if (type === 6 || type === 9) {
        const u = [this.botUser, this.human, this.moderator].find((x) => x.id === String(value));
        if (u) {
          resolved.users = { ...(resolved.users as Json), [u.id]: u };
          const roles = u.id === this.moderator.id ? [this.moderatorRoleId] : [];
          const { user: _, ...m } = member(u, roles, this.joinedAt);
          resolved.members = { ...(resolved.members as Json), [u.id]: m };
        }
      } else if (type === 7) {
        const c = this.channelJson(String(value));
        if (c)
          resolved.channels = {
            ...(resolved.channels as Json),
            [String(value)]: { ...c, permissions: PERMS.member },
          };
      } else if (type === 8) {
        const r = this.guildPayload().roles.find((x) => x.id === String(value));
        if (r) resolved.roles = { ...(resolved.roles as Json), [r.id]: r };
      }
      return { name, type, value, ...(focused === name ? { focused: true } : {}) };
    });
    let options = leaf;
    for (let i = wrap.length - 1; i >= 0; i--) options = wrap[i](options);
    if (Object.keys(attachments).length > 0) resolved.attachments = attachments;
    return { options, resolved };
  }

  chatInput(
    name: string,
    options: Record<string, OptionValue> | Json[] = {},
    ctx: InteractionContext = {},
  ): InteractionHandle {
    return this.commandInteraction(2, name, options, null, ctx);
  }

  autocomplete(
    name: string,
    focused: string,
    options: Record<string, OptionValue> = {},
    ctx: InteractionContext = {},
  ) {
    const values = focused in options ? options : { ...options, [focused]: '' };
    return this.commandInteraction(4, name, values, focused, ctx);
  }

  private commandInteraction(
    type: 2 | 4,
    fullName: string,
    options: Record<string, OptionValue> | Json[],
    focused: string | null,
    ctx: InteractionContext,
  ): InteractionHandle {
    const [name, ...path] = fullName.trim().replace(/^\//, '').split(/\s+/);
    const guildId = ctx.guildId === undefined ? this.guildId : ctx.guildId;
    const def = this.findCommand(name, 1, guildId);
    const built = Array.isArray(options)
      ? { options, resolved: {} }
      : this.buildOptions(def, path, options, focused);
    const data: Json = {
      id: (def?.id as string) ?? snowflake(),
      name,
      type: 1,
      ...(def?.guild_id ? { guild_id: def.guild_id } : {}),
      options: built.options,
      ...(Object.keys(built.resolved).length > 0 ? { resolved: built.resolved } : {}),
    };
    return this.start(type, `/${fullName}`, data, ctx, null);
  }

  messageContextMenu(
    name: string,
    message: string | { id: string } | { content?: string; attachments?: UploadInput[]; author?: FakeUser },
    ctx: InteractionContext = {},
  ): InteractionHandle {
    const guildId = ctx.guildId === undefined ? this.guildId : ctx.guildId;
    let target: StoredMessage | undefined;
    if (typeof message === 'object' && 'id' in message) {
      target = this.stored.get(message.id);
      if (!target) throw new Error(`fake discord: unknown message ${message.id}`);
    } else {
      const m = typeof message === 'string' ? { content: message } : message;
      const channelId = ctx.channelId ?? (guildId ? this.channelId : undefined);
      if (!channelId) throw new Error('fake discord: a DM context-menu target needs an existing message id');
      target = this.humanMessage(channelId, m.content ?? '', m.attachments ?? [], m.author ?? this.human);
    }
    const def = this.findCommand(name, 3, guildId);
    const json = this.messageJson(target);
    const data: Json = {
      id: (def?.id as string) ?? snowflake(),
      name,
      type: 3,
      ...(def?.guild_id ? { guild_id: def.guild_id } : {}),
      target_id: target.id,
      resolved: { messages: { [target.id]: json } },
    };
    return this.start(
      2,
      `${name} (message menu)`,
      data,
      { ...ctx, channelId: ctx.channelId ?? target.channelId },
      null,
    );
  }

  private componentTarget(messageId: string, customId: string): { m: StoredMessage; component: Json } {
    const m = this.stored.get(messageId);
    if (!m || m.deleted) throw new Error(`fake discord: unknown message ${messageId}`);
    const all: Json[] = [];
    const walk = (list: unknown) => {
      if (!Array.isArray(list)) return;
      for (const c of list) {
        if (!isObj(c)) continue;
        all.push(c);
        walk(c.components);
        if (isObj(c.accessory)) all.push(c.accessory);
      }
    };
    walk(m.components);
    const component = all.find((c) => c.custom_id === customId);
    if (!component) {
      const ids = all.map((c) => c.custom_id).filter(Boolean);
      throw new Error(
        `fake discord: message ${messageId} has no component "${customId}" (has: ${ids.join(', ') || 'none'})`,
      );
    }
    if (component.disabled) throw new Error(`fake discord: component "${customId}" is disabled`);
    return { m, component };
  }

  clickButton(messageId: string, customId: string, ctx: InteractionContext = {}): InteractionHandle {
    const { m, component } = this.componentTarget(messageId, customId);
    if (component.type !== 2) throw new Error(`fake discord: "${customId}" is not a button`);
    const data = { custom_id: customId, component_type: 2 };
    return this.start(
      3,
      `button ${customId}`,
      data,
      { ...ctx, channelId: m.channelId, guildId: m.guildId },
      m.id,
      {
        message: this.messageJson(m),
      },
    );
  }

  selectMenu(
    messageId: string,
    customId: string,
    values: string[],
    ctx: InteractionContext = {},
  ): InteractionHandle {
    const { m, component } = this.componentTarget(messageId, customId);
    const data = { custom_id: customId, component_type: component.type, values };
    return this.start(
      3,
      `select ${customId}`,
      data,
      { ...ctx, channelId: m.channelId, guildId: m.guildId },
      m.id,
      {
        message: this.messageJson(m),
      },
    );
  }

  submitModal(
    customId: string,
    fields: Record<string, string>,
    ctx: InteractionContext & { messageId?: string } = {},
  ): InteractionHandle {
    const data = {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    };
    const m = ctx.messageId ? this.stored.get(ctx.messageId) : undefined;
    return this.start(
      5,
      `modal ${customId}`,
      data,
      m ? { ...ctx, channelId: m.channelId, guildId: m.guildId } : ctx,
      m?.id ?? null,
      m ? { message: this.messageJson(m) } : {},
    );
  }

  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.length;
    const existing = this.requests.find((r) => r.status !== 0 && pred(r));
    if (existing) return Promise.resolve(existing);
    return waitUntil(
      this,
      'request',
      () => this.requests.slice(seen).find((r) => r.status !== 0 && pred(r)),
      timeoutMs,
      () => `no matching request within ${timeoutMs} ms`,
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 2000);
      this.server.close(() => {
        clearTimeout(t);
        resolve();
      });
    });
    this.removeAllListeners();
  }
}

function modalView(data: Json): ModalView {
  const fields: ModalView['fields'] = [];
  const walk = (list: unknown, label?: string) => {
    if (!Array.isArray(list)) return;
    for (const c of list) {
      if (!isObj(c)) continue;
      if (c.type === 4)
        fields.push({
          customId: String(c.custom_id),
          label: String(c.label ?? label ?? c.custom_id),
          style: Number(c.style ?? 1),
          required: c.required !== false,
          ...(typeof c.value === 'string' ? { value: c.value } : {}),
          ...(typeof c.placeholder === 'string' ? { placeholder: c.placeholder } : {}),
        });
      else if (c.type === 18 && isObj(c.component)) walk([c.component], String(c.label ?? ''));
      else walk(c.components);
    }
  };
  walk(data.components);
  return { customId: String(data.custom_id ?? ''), title: String(data.title ?? ''), fields };
}

/** Starts a fake Discord on 127.0.0.1 (a free port unless `port` is given). */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(opts);
  await fake.listen();
  return fake;
}
