/**
 * Checks every request body the bot sends against Discord's OpenAPI description (JSON Schema 2020-12)
 * and against Discord's documented message limits, including "allowed_mentions present and pinging no one".
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Violation {
  /** `METHOD /spec/path/{template}` (or the concrete path when no template matched). */
  route: string;
  /** Short rule name, e.g. `schema`, `content-length`, `allowed-mentions`. */
  rule: string;
  detail: string;
}

/** Where the spec lives: `../shared/discord-api-spec/openapi.json` relative to the repository root. */
export const DEFAULT_SPEC_PATH = fileURLToPath(
  new URL('../../../../shared/discord-api-spec/openapi.json', import.meta.url),
);

/**
 * Discord's documented limits, written out here on purpose rather than imported from src/render: the fake
 * checks the bot against Discord's documentation, so a wrong limit in the bot's own renderers is caught.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  actionRows: 5,
  rowButtons: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
} as const;

type Json = Record<string, unknown>;
type ValidateFn = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; keyword: string; params?: unknown }[] | null;
};

interface SpecRoute {
  template: string;
  re: RegExp;
  params: number;
  methods: Record<string, Json | undefined>;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

export interface ValidatorOptions {
  /** Path of openapi.json; null disables the schema check (limits only). */
  specPath?: string | null;
  /** Where to say once that the spec is missing (default: stderr). */
  warn?: (message: string) => void;
}

/** Templates the limit checks need, used to match paths when the spec is not available. */
const LIMIT_TEMPLATES = [
  '/interactions/{interaction_id}/{interaction_token}/callback',
  '/channels/{channel_id}/messages',
  '/channels/{channel_id}/messages/{message_id}',
  '/webhooks/{webhook_id}/{webhook_token}',
  '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
  '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
  '/applications/{application_id}/commands',
  '/applications/{application_id}/commands/{command_id}',
  '/applications/{application_id}/guilds/{guild_id}/commands',
  '/applications/{application_id}/guilds/{guild_id}/commands/{command_id}',
];

function specRoute(template: string, methods: Record<string, Json | undefined>): SpecRoute {
  let params = 0;
  const re = new RegExp(
    `^${template
      .split(/(\{[^}]+\})/)
      .map((seg) => {
        if (seg.startsWith('{')) {
          params++;
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      })
      .join('')}$`,
  );
  return { template, re, params, methods };
}

export class RequestValidator {
  private routes: SpecRoute[] = LIMIT_TEMPLATES.map((t) => specRoute(t, {})).sort(
    (a, b) => a.params - b.params,
  );
  private cache = new Map<string, ValidateFn>();
  // biome-ignore lint/suspicious/noExplicitAny: ajv instance, loaded dynamically
  private ajv: any = null;
  /** Whether bodies are checked against the OpenAPI schemas (false: limits only). */
  schemaChecks = false;

  static async create(opts: ValidatorOptions = {}): Promise<RequestValidator> {
    const v = new RequestValidator();
    const specPath = opts.specPath === undefined ? DEFAULT_SPEC_PATH : opts.specPath;
    const warn = opts.warn ?? ((m: string) => process.stderr.write(`${m}\n`));
    if (specPath === null) return v;
    if (!existsSync(specPath)) {
      warn(`fake discord: ${specPath} not found; validating Discord's limits only, not the API schema`);
      return v;
    }
    let Ajv2020: new (o: object) => unknown;
    let addFormats: (ajv: unknown) => unknown;
    try {
      Ajv2020 = (await import('ajv/dist/2020.js')).default as unknown as typeof Ajv2020;
      addFormats = (await import('ajv-formats')).default as unknown as typeof addFormats;
    } catch {
      warn("fake discord: ajv is not installed; validating Discord's limits only, not the API schema");
      return v;
    }
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
      paths: Record<string, Json>;
      components: Json;
    };
    const ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateFormats: true,
      logger: false,
      inlineRefs: false,
    }) as {
      addFormat(name: string, f: object): void;
      addSchema(s: object, key: string): void;
    };
    addFormats(ajv);
    const int = (bits: bigint) => (n: number | string) => {
      try {
        const b = BigInt(n);
        return b >= -(1n << (bits - 1n)) && b < 1n << (bits - 1n);
      } catch {
        return false;
      }
    };
    ajv.addFormat('int32', { type: 'number', validate: int(32n) });
    ajv.addFormat('int64', { type: 'number', validate: int(64n) });
    ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
    ajv.addFormat('snowflake', { type: 'string', validate: (s: string) => /^\d{1,20}$/.test(s) });
    ajv.addFormat('nonce', { type: 'string', validate: (s: string) => s.length <= 25 });
    ajv.addSchema({ $id: 'discord-openapi', components: spec.components }, 'discord-openapi');
    v.ajv = ajv;
    v.components = spec.components;
    v.routes = [];
    for (const [template, item] of Object.entries(spec.paths)) {
      const methods: Record<string, Json | undefined> = {};
      for (const m of ['get', 'put', 'post', 'patch', 'delete']) {
        const op = item[m];
        if (isObj(op)) {
          const content =
            isObj(op.requestBody) && isObj(op.requestBody.content) ? op.requestBody.content : undefined;
          const json =
            content && isObj(content['application/json']) ? content['application/json'] : undefined;
          methods[m.toUpperCase()] = json && isObj(json.schema) ? json.schema : undefined;
        }
      }
      v.routes.push(specRoute(template, methods));
    }
    // Literal segments (e.g. `messages/@original`) win over parameters.
    v.routes.sort((a, b) => a.params - b.params);
    v.schemaChecks = true;
    return v;
  }

  /** The spec template for a concrete API path (without the `/api/v10` prefix). */
  route(path: string): string | null {
    return this.routes.find((r) => r.re.test(path))?.template ?? null;
  }

  private components: Json = {};

  /**
   * For a union of `$ref`s whose branches fix `type` with an enum (e.g. interaction callbacks), the branch
   * the body's `type` selects: validating only that branch gives the same verdict, far clearer errors, and
   * compiles in a fraction of the time of the whole union.
   */
  private branchFor(schema: Json, body: unknown): { key: string; schema: Json } | { error: string } | null {
    const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
    if (!Array.isArray(union) || !isObj(body) || !('type' in body)) return null;
    const schemas = isObj(this.components.schemas) ? this.components.schemas : {};
    const branches = union.map((b) => {
      const name = typeof b.$ref === 'string' ? b.$ref.split('/').pop()! : '';
      const target = schemas[name];
      const typeProp = isObj(target) && isObj(target.properties) ? target.properties.type : undefined;
      const values = isObj(typeProp) && Array.isArray(typeProp.enum) ? (typeProp.enum as unknown[]) : null;
      return { name, values };
    });
    if (branches.some((b) => !b.name || !b.values)) return null;
    const hit = branches.find((b) => b.values!.includes(body.type));
    if (!hit)
      return {
        error: `/type must be one of ${branches.flatMap((b) => b.values!).join(', ')} (got ${JSON.stringify(body.type)})`,
      };
    return { key: hit.name, schema: { $ref: `#/components/schemas/${hit.name}` } };
  }

  private compiled(key: string, schema: Json): ValidateFn {
    let fn = this.cache.get(key);
    if (!fn) {
      const rewritten = JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/', '"discord-openapi#/components/'),
      );
      fn = this.ajv.compile(rewritten) as ValidateFn;
      this.cache.set(key, fn);
    }
    return fn;
  }

  /** Schema errors for `body` on this route, or [] when it conforms (or the route has no body schema). */
  private schemaErrors(method: string, template: string, body: unknown): string[] {
    const schema = this.routes.find((x) => x.template === template)?.methods[method];
    if (!schema) return [];
    const branch = this.branchFor(schema, body);
    if (branch && 'error' in branch) return [branch.error];
    const fn = branch
      ? this.compiled(`#${branch.key}`, branch.schema)
      : this.compiled(`${method} ${template}`, schema);
    if (fn(body)) return [];
    const all = fn.errors ?? [];
    // Nullable fields are unions with null: "must be null" only adds noise next to the real error.
    const useful = all.filter(
      (e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.message !== 'must be null',
    );
    return [
      ...new Set(
        (useful.length > 0 ? useful : all).map(
          (e) => `${e.instancePath || '(body)'} ${e.message ?? e.keyword}`,
        ),
      ),
    ];
  }

  /** Compiles the schemas of the routes a bot uses most, so the first real request is not slowed down. */
  warmUp(): void {
    if (!this.schemaChecks) return;
    const am = { parse: [] };
    this.validate('POST', '/interactions/1/t/callback', {
      type: 4,
      data: { content: '', allowed_mentions: am },
    });
    this.validate('POST', '/interactions/1/t/callback', {
      type: 7,
      data: { content: '', allowed_mentions: am },
    });
    this.validate('POST', '/interactions/1/t/callback', { type: 8, data: { choices: [] } });
    this.validate('POST', '/interactions/1/t/callback', {
      type: 9,
      data: { custom_id: 'x', title: 'x', components: [] },
    });
    this.validate('PATCH', '/webhooks/1/t/messages/@original', { content: '', allowed_mentions: am });
    this.validate('POST', '/webhooks/1/t', { content: '', allowed_mentions: am });
    this.validate('POST', '/channels/1/messages', { content: '', allowed_mentions: am });
  }

  /**
   * Validates one request. `path` is the decoded API path without `/api/v10` (e.g. `/channels/1/messages`);
   * `body` the parsed JSON (for multipart bodies: the parsed `payload_json`).
   */
  validate(method: string, path: string, body: unknown): Violation[] {
    const template = this.route(path);
    const route = `${method} ${template ?? path}`;
    const out: Violation[] = [];
    if (this.schemaChecks && template && body !== undefined) {
      const errs = this.schemaErrors(method, template, body);
      if (errs.length > 0) out.push({ route, rule: 'schema', detail: errs.slice(0, 6).join('; ') });
    }
    out.push(...checkLimits(method, template ?? path, body).map((v) => ({ route, ...v })));
    return out;
  }
}

/** Which bodies create or edit a message (and so must carry a non-pinging allowed_mentions). */
export function messageBodyOf(method: string, template: string, body: unknown): Json | null {
  if (!isObj(body)) return null;
  if (template === '/interactions/{interaction_id}/{interaction_token}/callback') {
    return (body.type === 4 || body.type === 7) && isObj(body.data) ? body.data : null;
  }
  if (
    method === 'POST' &&
    (template === '/channels/{channel_id}/messages' || template === '/webhooks/{webhook_id}/{webhook_token}')
  )
    return body;
  if (
    method === 'PATCH' &&
    (template === '/channels/{channel_id}/messages/{message_id}' ||
      template === '/webhooks/{webhook_id}/{webhook_token}/messages/@original' ||
      template === '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}')
  )
    return body;
  return null;
}

/** Discord's documented limits (see the developer docs on messages, embeds, components and autocomplete). */
export function checkLimits(method: string, template: string, body: unknown): Omit<Violation, 'route'>[] {
  const out: Omit<Violation, 'route'>[] = [];
  const add = (rule: string, detail: string) => out.push({ rule, detail });
  const msg = messageBodyOf(method, template, body);
  if (msg) {
    checkMessage(msg, add);
  }
  if (
    /^\/applications\/\{application_id\}(\/guilds\/\{guild_id\})?\/commands(\/\{command_id\})?$/.test(
      template,
    )
  ) {
    const list = Array.isArray(body) ? body : isObj(body) ? [body] : [];
    list.forEach((c) => {
      if (isObj(c)) checkCommand(c, add);
    });
  }
  if (isObj(body) && template === '/interactions/{interaction_id}/{interaction_token}/callback') {
    if (body.type === 8) {
      const choices = isObj(body.data) ? body.data.choices : undefined;
      if (!Array.isArray(choices)) add('autocomplete', 'autocomplete result without a choices array');
      else {
        if (choices.length > LIMITS.choices)
          add('autocomplete-count', `${choices.length} choices (max ${LIMITS.choices})`);
        choices.forEach((c, i) => {
          if (!isObj(c)) return;
          if (len(c.name) > LIMITS.choiceName || len(c.name) < 1)
            add(
              'autocomplete-name',
              `choice ${i} name is ${len(c.name)} characters (1–${LIMITS.choiceName})`,
            );
          if (typeof c.value === 'string' && len(c.value) > LIMITS.choiceValue)
            add(
              'autocomplete-value',
              `choice ${i} value is ${len(c.value)} characters (max ${LIMITS.choiceValue})`,
            );
        });
      }
    }
    if (body.type === 9 && isObj(body.data)) {
      const d = body.data;
      if (len(d.title) > LIMITS.modalTitle)
        add('modal-title', `modal title is ${len(d.title)} characters (max ${LIMITS.modalTitle})`);
      if (len(d.custom_id) > LIMITS.customId)
        add('custom-id', `modal custom_id is ${len(d.custom_id)} characters (max 100)`);
      if (Array.isArray(d.components) && d.components.length > 5)
        add('modal-components', `${d.components.length} modal rows (max 5)`);
    }
  }
  return out;
}

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Application command definitions: names, descriptions, option and choice counts. */
function checkCommand(c: Json, add: (rule: string, detail: string) => void): void {
  const type = (c.type as number | undefined) ?? 1;
  const name = String(c.name ?? '');
  const where = `command "${name}"`;
  if (type === 1) {
    if (!NAME_RE.test(name) || name !== name.toLowerCase())
      add('command-name', `${where}: a slash command name is 1–32 lowercase letters, digits, - or _`);
    if (len(c.description) < 1 || len(c.description) > 100)
      add('command-description', `${where}: description must be 1–100 characters`);
  } else if (len(name) < 1 || len(name) > 32)
    add('command-name', `${where}: a context-menu name is 1–32 characters`);
  const walk = (options: unknown, at: string) => {
    if (!Array.isArray(options)) return;
    if (options.length > 25) add('command-options', `${at}: ${options.length} options (max 25)`);
    let optionalSeen = false;
    for (const o of options) {
      if (!isObj(o)) continue;
      const on = `${at} option "${String(o.name)}"`;
      if (!NAME_RE.test(String(o.name ?? '')) || String(o.name) !== String(o.name).toLowerCase())
        add('command-name', `${on}: option names are 1–32 lowercase letters, digits, - or _`);
      if (len(o.description) < 1 || len(o.description) > 100)
        add('command-description', `${on}: description must be 1–100 characters`);
      if (Array.isArray(o.choices) && o.choices.length > 25)
        add('command-choices', `${on}: ${o.choices.length} choices (max 25)`);
      if (o.type === 1 || o.type === 2) walk(o.options, on);
      else if (o.required === true && optionalSeen)
        add('command-options', `${on}: required options must come before optional ones`);
      else if (o.required !== true) optionalSeen = true;
    }
  };
  walk(c.options, where);
}

function checkMessage(m: Json, add: (rule: string, detail: string) => void): void {
  if (typeof m.content === 'string' && len(m.content) > LIMITS.content)
    add('content-length', `content is ${len(m.content)} characters (max ${LIMITS.content})`);
  const am = m.allowed_mentions;
  if (!isObj(am)) add('allowed-mentions', 'allowed_mentions is missing: article text could ping people');
  else {
    if (!Array.isArray(am.parse) || am.parse.length > 0)
      add('allowed-mentions', `allowed_mentions.parse must be [] (got ${JSON.stringify(am.parse)})`);
    if (Array.isArray(am.users) && am.users.length > 0)
      add('allowed-mentions', 'allowed_mentions lists users');
    if (Array.isArray(am.roles) && am.roles.length > 0)
      add('allowed-mentions', 'allowed_mentions lists roles');
    if (am.replied_user === true) add('allowed-mentions', 'allowed_mentions.replied_user is true');
  }
  if (Array.isArray(m.embeds)) {
    if (m.embeds.length > LIMITS.embeds)
      add('embed-count', `${m.embeds.length} embeds (max ${LIMITS.embeds})`);
    let total = 0;
    m.embeds.forEach((e, i) => {
      if (!isObj(e)) return;
      const at = `embed ${i}`;
      const lim = (rule: string, what: string, v: unknown, max: number) => {
        total += len(v);
        if (len(v) > max) add(rule, `${at} ${what} is ${len(v)} characters (max ${max})`);
      };
      lim('embed-title', 'title', e.title, LIMITS.title);
      lim('embed-description', 'description', e.description, LIMITS.description);
      if (isObj(e.footer)) lim('embed-footer', 'footer text', e.footer.text, LIMITS.footer);
      if (isObj(e.author)) lim('embed-author', 'author name', e.author.name, LIMITS.authorName);
      if (Array.isArray(e.fields)) {
        if (e.fields.length > LIMITS.fields)
          add('embed-fields', `${at} has ${e.fields.length} fields (max ${LIMITS.fields})`);
        e.fields.forEach((f, j) => {
          if (!isObj(f)) return;
          lim('embed-field-name', `field ${j} name`, f.name, LIMITS.fieldName);
          lim('embed-field-value', `field ${j} value`, f.value, LIMITS.fieldValue);
          if (len(f.name) === 0 || len(f.value) === 0)
            add('embed-field-empty', `${at} field ${j} has an empty name or value`);
        });
      }
    });
    if (total > LIMITS.embedTotal)
      add('embed-total', `embeds total ${total} characters (max ${LIMITS.embedTotal})`);
  }
  if (Array.isArray(m.components)) checkComponents(m.components, add);
}

function checkComponents(rows: unknown[], add: (rule: string, detail: string) => void): void {
  const actionRows = rows.filter((r) => isObj(r) && r.type === 1);
  if (actionRows.length > LIMITS.actionRows)
    add('action-rows', `${actionRows.length} action rows (max ${LIMITS.actionRows})`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (!isObj(row) || row.type !== 1 || !Array.isArray(row.components)) return;
    const buttons = row.components.filter((c) => isObj(c) && c.type === 2);
    if (buttons.length > LIMITS.rowButtons)
      add('row-buttons', `row ${i} has ${buttons.length} buttons (max ${LIMITS.rowButtons})`);
    row.components.forEach((c, j) => {
      if (!isObj(c)) return;
      if (typeof c.custom_id === 'string') {
        if (len(c.custom_id) > LIMITS.customId)
          add(
            'custom-id',
            `row ${i} component ${j} custom_id is ${len(c.custom_id)} characters (max ${LIMITS.customId})`,
          );
        if (ids.has(c.custom_id))
          add('custom-id-duplicate', `custom_id "${c.custom_id}" is used twice in one message`);
        ids.add(c.custom_id);
      }
      if (c.type === 2 && len(c.label) > LIMITS.buttonLabel)
        add(
          'button-label',
          `row ${i} button ${j} label is ${len(c.label)} characters (max ${LIMITS.buttonLabel})`,
        );
      if (c.type === 3 && Array.isArray(c.options) && c.options.length > LIMITS.selectOptions)
        add(
          'select-options',
          `row ${i} select menu has ${c.options.length} options (max ${LIMITS.selectOptions})`,
        );
    });
  });
}
