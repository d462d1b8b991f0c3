import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '../../src/sandbox/fake/multipart.ts';
import { checkLimits, DEFAULT_SPEC_PATH, RequestValidator } from '../../src/sandbox/fake/validate.ts';

const CALLBACK = '/interactions/1234567890123456789/tok/callback';
const quiet = { parse: [] };
const rules = (vs: { rule: string }[]) => vs.map((v) => v.rule);

describe('request validator', () => {
  let v: RequestValidator;
  beforeAll(async () => {
    v = await RequestValidator.create();
  });

  it('loads the OpenAPI spec from the repository root', () => {
    expect(existsSync(DEFAULT_SPEC_PATH)).toBe(true);
    expect(v.schemaChecks).toBe(true);
  });

  it('matches concrete paths to templates, literal segments first', () => {
    expect(v.route('/webhooks/1/abc/messages/@original')).toBe(
      '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
    );
    expect(v.route('/webhooks/1/abc/messages/99')).toBe(
      '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    );
    expect(v.route('/channels/1/messages')).toBe('/channels/{channel_id}/messages');
    expect(v.route('/nowhere')).toBeNull();
  });

  it('accepts well-formed bodies', () => {
    expect(
      v.validate('POST', CALLBACK, { type: 4, data: { content: 'hi', allowed_mentions: quiet } }),
    ).toEqual([]);
    expect(v.validate('POST', CALLBACK, { type: 5, data: { flags: 64 } })).toEqual([]);
    expect(
      v.validate('POST', CALLBACK, { type: 8, data: { choices: [{ name: 'Tehran', value: 'tehran' }] } }),
    ).toEqual([]);
    expect(
      v.validate('POST', '/channels/1/messages', {
        content: 'x'.repeat(2000),
        embeds: [
          {
            title: 't',
            description: 'd',
            fields: [{ name: 'n', value: 'v', inline: true }],
            footer: { text: 'f' },
          },
        ],
        components: [
          { type: 1, components: [{ type: 2, style: 1, custom_id: 'help:page:2', label: 'Next' }] },
        ],
        allowed_mentions: { parse: [], replied_user: false },
      }),
    ).toEqual([]);
    expect(
      v.validate('PUT', '/applications/1/guilds/2/commands', [
        {
          name: 'unspin',
          description: 'Restore spun text',
          options: [{ type: 3, name: 'text', description: 'Text', required: true }],
        },
        { name: 'Unspin', type: 3 },
      ]),
    ).toEqual([]);
  });

  it('reports schema errors with the path of the bad field', () => {
    const found = v.validate('POST', '/channels/1/messages', {
      embeds: [{ title: 42 }],
      allowed_mentions: quiet,
    });
    expect(rules(found)).toEqual(['schema']);
    expect(found[0].detail).toMatch(/embeds\/0\/title/);
    expect(found[0].route).toBe('POST /channels/{channel_id}/messages');
    expect(rules(v.validate('POST', CALLBACK, { type: 99 }))).toContain('schema');
  });

  it('enforces content and embed limits', () => {
    const big = v.validate('POST', CALLBACK, {
      type: 4,
      data: { content: 'x'.repeat(2001), allowed_mentions: quiet },
    });
    expect(rules(big)).toContain('content-length');
    const embed = (n: number) => ({ description: 'd'.repeat(n) });
    const total = checkLimits('POST', '/channels/{channel_id}/messages', {
      embeds: [embed(4000), embed(2001)],
      allowed_mentions: quiet,
    });
    expect(rules(total)).toEqual(['embed-total']);
    const fields = checkLimits('POST', '/channels/{channel_id}/messages', {
      embeds: [
        {
          title: 't'.repeat(257),
          fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })),
          footer: { text: 'f'.repeat(2049) },
          author: { name: 'a'.repeat(257) },
        },
      ],
      allowed_mentions: quiet,
    });
    expect(rules(fields).sort()).toEqual(['embed-author', 'embed-fields', 'embed-footer', 'embed-title']);
    const field = checkLimits('PATCH', '/webhooks/{webhook_id}/{webhook_token}/messages/@original', {
      embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v'.repeat(1025) }] }],
      allowed_mentions: quiet,
    });
    expect(rules(field).sort()).toEqual(['embed-field-name', 'embed-field-value']);
    const many = checkLimits('POST', '/channels/{channel_id}/messages', {
      embeds: Array.from({ length: 11 }, () => ({ title: 'x' })),
      allowed_mentions: quiet,
    });
    expect(rules(many)).toEqual(['embed-count']);
  });

  it('enforces component limits', () => {
    const button = (i: number) => ({ type: 2, style: 1, custom_id: `b${i}`, label: 'x' });
    const rows = Array.from({ length: 6 }, (_, r) => ({ type: 1, components: [button(r)] }));
    expect(
      rules(
        checkLimits('POST', '/channels/{channel_id}/messages', { components: rows, allowed_mentions: quiet }),
      ),
    ).toEqual(['action-rows']);
    const wide = [{ type: 1, components: Array.from({ length: 6 }, (_, i) => button(i)) }];
    expect(
      rules(
        checkLimits('POST', '/channels/{channel_id}/messages', { components: wide, allowed_mentions: quiet }),
      ),
    ).toEqual(['row-buttons']);
    const longId = [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'c'.repeat(101), label: 'x' }] }];
    expect(
      rules(
        checkLimits('POST', '/channels/{channel_id}/messages', {
          components: longId,
          allowed_mentions: quiet,
        }),
      ),
    ).toEqual(['custom-id']);
  });

  it('requires allowed_mentions that pings no one on every message body', () => {
    const route = '/webhooks/{webhook_id}/{webhook_token}';
    expect(rules(checkLimits('POST', route, { content: 'hi' }))).toEqual(['allowed-mentions']);
    expect(
      rules(checkLimits('POST', route, { content: 'hi', allowed_mentions: { parse: ['users'] } })),
    ).toEqual(['allowed-mentions']);
    expect(
      rules(checkLimits('POST', route, { content: 'hi', allowed_mentions: { parse: [], users: ['1'] } })),
    ).toEqual(['allowed-mentions']);
    expect(
      rules(checkLimits('POST', route, { content: 'hi', allowed_mentions: { parse: [], roles: ['1'] } })),
    ).toEqual(['allowed-mentions']);
    expect(
      rules(
        checkLimits('POST', route, { content: 'hi', allowed_mentions: { parse: [], replied_user: true } }),
      ),
    ).toEqual(['allowed-mentions']);
    expect(checkLimits('POST', route, { content: 'hi', allowed_mentions: { parse: [] } })).toEqual([]);
    // A deferral creates no message content: nothing to check.
    expect(
      checkLimits('POST', '/interactions/{interaction_id}/{interaction_token}/callback', { type: 5 }),
    ).toEqual([]);
    // An update (type 7) edits a message: checked.
    expect(
      rules(
        checkLimits('POST', '/interactions/{interaction_id}/{interaction_token}/callback', {
          type: 7,
          data: { content: 'x' },
        }),
      ),
    ).toEqual(['allowed-mentions']);
  });

  it('enforces autocomplete limits', () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expect(rules(v.validate('POST', CALLBACK, { type: 8, data: { choices } }))).toContain(
      'autocomplete-count',
    );
    const long = [{ name: 'n'.repeat(101), value: 'v'.repeat(101) }];
    const found = rules(
      checkLimits('POST', '/interactions/{interaction_id}/{interaction_token}/callback', {
        type: 8,
        data: { choices: long },
      }),
    );
    expect(found.sort()).toEqual(['autocomplete-name', 'autocomplete-value']);
  });

  it('checks command definitions', () => {
    const found = v.validate('PUT', '/applications/1/commands', [
      { name: 'Bad Name', description: 'x' },
      {
        name: 'ok',
        description: '',
        options: [
          { type: 3, name: 'a', description: 'a' },
          { type: 3, name: 'b', description: 'b', required: true },
        ],
      },
    ]);
    expect(rules(found)).toEqual(
      expect.arrayContaining(['command-name', 'command-description', 'command-options']),
    );
  });

  it('falls back to limits only when the spec is missing, and says so once', async () => {
    const warnings: string[] = [];
    const limitsOnly = await RequestValidator.create({
      specPath: '/nonexistent/openapi.json',
      warn: (m) => warnings.push(m),
    });
    expect(limitsOnly.schemaChecks).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/limits only/);
    expect(
      limitsOnly.validate('POST', '/channels/1/messages', {
        embeds: [{ title: 42 }],
        allowed_mentions: quiet,
      }),
    ).toEqual([]);
    expect(rules(limitsOnly.validate('POST', '/channels/1/messages', { content: 'hi' }))).toEqual([
      'allowed-mentions',
    ]);
  });
});

describe('multipart parser', () => {
  it('splits parts, keeps binary bytes and reads file names', () => {
    const boundary = '----formdata-undici-0123';
    const bin = Buffer.from([0, 1, 2, 13, 10, 45, 45, 255]);
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n\r\n{"content":"hi"}\r\n`,
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files[0]"; filename="a b.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bin,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    expect(boundaryOf(`multipart/form-data; boundary=${boundary}`)).toBe(boundary);
    expect(boundaryOf('application/json')).toBeNull();
    const parts = parseMultipart(body, boundary);
    expect(parts.map((p) => p.name)).toEqual(['payload_json', 'files[0]']);
    expect(JSON.parse(parts[0].data.toString())).toEqual({ content: 'hi' });
    expect(parts[1].filename).toBe('a b.bin');
    expect(parts[1].data.equals(bin)).toBe(true);
  });

  it('rejects a truncated body', () => {
    expect(() =>
      parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nabc'), 'b'),
    ).toThrow(/closing boundary/);
  });
});
