import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BUILTIN_PACKS, BUILTIN_PACK_IDS, describeZodError, parsePack, RULES, type Finding, type Pack } from '../engine/index.ts';
import { CheckerPool, DraftDefaultsSchema, InputError, toDraft, type DraftDefaults } from './drafts.ts';
import { formatFindings, summaryLine } from './format.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  readFile: (path: string) => string;
}

export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => readFileSync(0, 'utf8'),
  readFile: (p) => readFileSync(p, 'utf8'),
};

const OPTIONS = {
  pack: { type: 'string' },
  'pack-file': { type: 'string' },
  channel: { type: 'string' },
  capacity: { type: 'string' },
  role: { type: 'string' },
  now: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CliOptionsSchema = DraftDefaultsSchema.extend({
  now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2027-04-20').optional(),
  packFile: z.string().optional(),
  batch: z.string().optional(),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
  input: z.string().optional(),
});

export function helpText(): string {
  const packs = BUILTIN_PACK_IDS.map((id) => {
    const p = BUILTIN_PACKS[id];
    return `  ${id.padEnd(16)}${p.council}: ${p.policy.title} (${Object.keys(p.rules).length} rules)`;
  }).join('\n');
  return `Parish Post Check: check a draft against a parish council's social media policy.

Usage:
  npm run check -- [options] FILE      check a plain-text draft (or a whole Draft in FILE.json)
  npm run check -- [options] -         read the draft from standard input
  npm run check -- --batch FILE.jsonl  check one Draft per line; prints one JSON line per input line

Options:
  --pack ID          the council's policy pack (default bottisham)
  --pack-file FILE   a custom pack (JSON), used for drafts that name its id
  --channel C        facebook | x | email (default facebook)
  --capacity C       council | personal (default personal)
  --role R           councillor | clerk | chair | staff (default councillor)
  --now YYYY-MM-DD   the day the draft is written (default today)
  --json             print the findings as JSON
  --batch FILE       JSON Lines of drafts; missing fields take the options above
  -h, --help         show this help

Packs:
${packs}

Rules: ${RULES.length} (see rules/README.md for each).

Exit codes: 0 no findings, 1 findings, 2 bad input or options.
`;
}

/** Runs the CLI; returns the exit code. Never throws: every failure becomes a message and code 2. */
export function runCli(argv: string[], io: CliIO = nodeIO): number {
  try {
    return run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${error instanceof InputError ? '' : 'error: '}${message}\n`);
    return 2;
  }
}

function parseOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError(`${(error as Error).message.split('\n')[0]}. Run with --help to see the options.`);
  }
  if (parsed.positionals.length > 1) throw new InputError(`expected one FILE, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  const { 'pack-file': packFile, ...values } = parsed.values;
  const options = CliOptionsSchema.safeParse({ ...values, packFile, input: parsed.positionals[0] });
  if (!options.success) {
    throw new InputError(describeZodError(options.error).map((line) => `--${line}`).join('\n'));
  }
  return options.data;
}

function run(argv: string[], io: CliIO): number {
  const options = parseOptions(argv);
  if (options.help) {
    io.stdout(helpText());
    return 0;
  }
  const customPacks = new Map<string, Pack>();
  if (options.packFile) {
    const pack = readPackFile(options.packFile, io);
    customPacks.set(pack.id, pack);
    if (!argv.includes('--pack')) options.pack = pack.id;
  }
  const defaults: DraftDefaults = { pack: options.pack, channel: options.channel, capacity: options.capacity, role: options.role, now: options.now };
  const pool = new CheckerPool(customPacks);
  if (options.batch !== undefined) return runBatch(options.batch, defaults, pool, io);
  if (options.input === undefined) throw new InputError('no draft given: name a FILE, or - for standard input. Run with --help for usage.');
  return runSingle(options.input, defaults, pool, options.json, io);
}

function readText(path: string, io: CliIO): string {
  try {
    return path === '-' ? io.readStdin() : io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message})`);
  }
}

function readPackFile(path: string, io: CliIO): Pack {
  const text = readText(path, io);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return parsePack(path, data);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

function runSingle(path: string, defaults: DraftDefaults, pool: CheckerPool, json: boolean, io: CliIO): number {
  const name = path === '-' ? 'stdin' : path;
  const raw = readText(path, io);
  let input: unknown = { text: raw };
  if (path.endsWith('.json')) {
    try {
      input = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${name}: not valid JSON (${(error as Error).message})`);
    }
  }
  const draft = toDraft(input, defaults, name);
  const findings = pool.check(draft, name);
  if (json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  else {
    io.stdout(formatFindings(name, draft.text, findings));
    io.stdout(`${summaryLine(findings, 1)}\n`);
  }
  return findings.length > 0 ? 1 : 0;
}

function runBatch(path: string, defaults: DraftDefaults, pool: CheckerPool, io: CliIO): number {
  const raw = readText(path, io);
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let anyFindings = false;
  let anyBad = false;
  lines.forEach((line, i) => {
    const where = `${path === '-' ? 'stdin' : path} line ${i + 1}`;
    let out: { findings: Finding[] } | { error: string };
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputError(`${where}: not valid JSON (${(error as Error).message})`);
      }
      const findings = pool.check(toDraft(value, defaults, where), where);
      anyFindings ||= findings.length > 0;
      out = { findings };
    } catch (error) {
      anyBad = true;
      out = { error: error instanceof Error ? error.message : String(error) };
    }
    io.stdout(`${JSON.stringify(out)}\n`);
  });
  if (anyBad) return 2;
  return anyFindings ? 1 : 0;
}
