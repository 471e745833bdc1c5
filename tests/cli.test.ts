import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../lib/cli/run.ts';

function cli(args: string[], files: Record<string, string> = {}, stdin = '') {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: () => stdin,
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[p]!;
    },
  };
  const code = runCli(args, io);
  return { code, out, err };
}

const draft = (o: Record<string, unknown>) => JSON.stringify({ pack: 'bottisham', channel: 'email', capacity: 'personal', role: 'councillor', ...o });

describe('CLI', () => {
  it('exits 0 with a summary when there is nothing to report', () => {
    const r = cli(['-'], {}, 'The hall is booked for Saturday.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/No findings in 1 draft\./);
  });

  it('exits 1 and prints line:column, severity, rule, message and clause', () => {
    const r = cli(['--pack', 'croft', '--channel', 'email', '--role', 'councillor', 'd.json'], {
      'd.json': draft({ pack: 'croft', text: 'Hi all\nAgreed.', email: { from: 'cllr@example.org', to: ['a@example.org', 'b@example.org'], replyAll: true } }),
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^d\.json\n {2}1:1 +warning +reply-all +Croft policy §8: /m);
    expect(r.out).toMatch(/clause §8: Copy only essential recipients/);
    expect(r.out).toMatch(/(?<!\d)\d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 draft\./);
  });

  it('prints JSON with --json', () => {
    const r = cli(['--json', 'd.json'], { 'd.json': draft({ text: 'x', email: { to: ['a@example.org', 'b@example.org'], replyAll: true } }) });
    const parsed = JSON.parse(r.out) as { findings: { rule: string; clause: { pack: string } }[] };
    expect(parsed.findings.some((f) => f.rule === 'reply-all' && f.clause.pack === 'bottisham')).toBe(true);
  });

  it('prints one JSON line per batch line, in order, with errors in place', () => {
    const lines = [
      draft({ text: 'ok', email: { to: ['a@example.org', 'b@example.org'], replyAll: true } }),
      '{not json',
      draft({ channel: 'fax', text: 'x' }),
      JSON.stringify({ text: 'Plain text with CLI defaults.' }),
      JSON.stringify({ pack: 'nowhere', text: 'x' }),
    ];
    const r = cli(['--batch', 'b.jsonl'], { 'b.jsonl': `${lines.join('\n')}\n` });
    const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { findings?: unknown[]; error?: string });
    expect(out).toHaveLength(5);
    expect(out[0]!.findings!.length).toBeGreaterThan(0);
    expect(out[1]!.error).toMatch(/^b\.jsonl line 2: not valid JSON/);
    expect(out[2]!.error).toBe('b.jsonl line 3: channel: expected one of facebook, x, email');
    expect(out[3]).toEqual({ findings: [] });
    expect(out[4]!.error).toMatch(/line 5: pack: unknown pack "nowhere"/);
    expect(r.code).toBe(2);
  });

  it('exits 2 with a clear message, never a stack trace, on bad input or options', () => {
    for (const [args, pattern] of [
      [['--channel', 'fax', '-'], /--channel: expected one of facebook, x, email/],
      [['--bogus'], /Unknown option '--bogus'/],
      [['missing.txt'], /missing\.txt: cannot read \(no such file\)/],
      [['bad.json'], /bad\.json: not valid JSON/],
      [['--now', '20/04/2027', '-'], /--now: expected a date such as 2027-04-20/],
      [[], /no draft given/],
      [['--pack', 'nowhere', '-'], /unknown pack "nowhere"/],
    ] as const) {
      const r = cli([...args], { 'bad.json': '{' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(pattern);
      expect(r.err).not.toMatch(/\n[ \t]+at /);
    }
  });

  it('lists every option and pack in --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['--pack', '--pack-file', '--channel', '--capacity', '--role', '--now', '--json', '--batch', 'bottisham', 'croft', 'withyham', 'pitstone', 'collier-street']) {
      expect(r.out).toContain(word);
    }
  });

  it('checks against a custom pack file and rejects a malformed one by path', () => {
    const r = cli(['--pack-file', 'p.json', '-'], { 'p.json': '{"id":"x"}' }, 'hi');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.json is invalid:\n {2}council: /);
  });
});
