import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { parseCommandArgs, publishedOption, readInputs } from '../../src/cli/io.ts';

const USAGE = 'usage: newsdesk thing [--json] [--out DIR] [FILE...]';
const SPEC = { valued: ['out'], switches: ['json'], positional: true };

let out: MockInstance;
let err: MockInstance;
beforeEach(() => {
  out = vi.spyOn(console, 'log').mockImplementation(() => {});
  err = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('parseCommandArgs', () => {
  it('returns flags and files', () => {
    expect(parseCommandArgs('thing', USAGE, ['--json', '--out', 'd', 'a.txt', '--', '--b'], SPEC)).toEqual({
      flags: { json: true, out: 'd' },
      positional: ['a.txt', '--b'],
    });
    expect(parseCommandArgs('thing', USAGE, ['--out=d'], SPEC)).toEqual({
      flags: { out: 'd' },
      positional: [],
    });
  });

  it('prints the usage for --help and -h (exit code 0), but reads a file named -h after --', () => {
    expect(parseCommandArgs('thing', USAGE, ['--help'], SPEC)).toBe(0);
    expect(parseCommandArgs('thing', USAGE, ['a.txt', '-h'], SPEC)).toBe(0);
    expect(out).toHaveBeenCalledTimes(2);
    expect(out).toHaveBeenLastCalledWith(USAGE);
    expect(parseCommandArgs('thing', USAGE, ['--', '-h'], SPEC)).toEqual({ flags: {}, positional: ['-h'] });
  });

  it('names unknown options, unexpected files and missing values (exit code 2)', () => {
    expect(parseCommandArgs('thing', USAGE, ['--colour', 'red'], SPEC)).toBe(2);
    expect(err).toHaveBeenLastCalledWith(`newsdesk thing: unexpected --colour\n\n${USAGE}`);
    expect(parseCommandArgs('thing', USAGE, ['a.txt'], { switches: ['json'] })).toBe(2);
    expect(err).toHaveBeenLastCalledWith(`newsdesk thing: unexpected a.txt\n\n${USAGE}`);
    expect(parseCommandArgs('thing', USAGE, ['--out'], SPEC)).toBe(2);
    expect(err).toHaveBeenLastCalledWith(`newsdesk thing: --out needs a value\n\n${USAGE}`);
  });
});

describe('publishedOption', () => {
  it('accepts a real past date and refuses anything else (exit code 2)', () => {
    expect(publishedOption('thing', {})).toEqual({});
    expect(publishedOption('thing', { published: '2022-01-05' })).toEqual({ published: '2022-01-05' });
    expect(publishedOption('thing', { published: '2022-02-30' })).toBe(2);
    expect(err).toHaveBeenLastCalledWith('newsdesk thing: --published: 2022-02-30 is not a real date.');
    expect(publishedOption('thing', { published: 'yesterday' })).toBe(2);
    expect(publishedOption('thing', { published: true })).toBe(2);
    expect(err).toHaveBeenLastCalledWith(
      expect.stringMatching(/--published needs a date written YYYY-MM-DD/),
    );
  });
});

describe('readInputs', () => {
  it('reports a file that cannot be read by name', async () => {
    expect(await readInputs('thing', ['/nonexistent/a.txt'])).toBeNull();
    expect(err).toHaveBeenLastCalledWith('newsdesk thing: cannot read /nonexistent/a.txt: no such file');
    expect(await readInputs('thing', ['/'])).toBeNull();
    expect(err).toHaveBeenLastCalledWith('newsdesk thing: cannot read /: is a directory');
  });
});
