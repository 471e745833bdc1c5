// The council's own details (pre-filled from the pack), its lists, and the polling day.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Pack } from '../../lib/engine/pack.ts';
import { lockPath } from '../../lib/storage/effective.ts';
import type { CouncilDetailsRecord } from '../../lib/storage/records.ts';
import { StoreValidationError, type Snapshot } from '../../lib/storage/store.ts';
import { Locked, Section } from './common.tsx';
import { entriesFromCsv, entriesFromLines } from './list-import.ts';
import type { StoreView } from './store-hooks.ts';
import { addDays, firstThursdayInMay, longDate, plural, PRE_ELECTION_DAYS, todayLocal } from './wording.ts';

type DetailKey = keyof CouncilDetailsRecord;

interface DetailField {
  key: DetailKey;
  label: string;
  hint: string;
  list: boolean;
  fromPack: (pack: Pack) => string[] | string | undefined;
  wide?: boolean;
}

const DETAIL_FIELDS: DetailField[] = [
  { key: 'officialEmails', label: 'Official email addresses', hint: 'One per line. Mail from these is the council’s own.', list: true, fromPack: (p) => p.official.emails },
  { key: 'officialDomains', label: 'Official domains', hint: 'One per line, such as example-pc.gov.uk.', list: true, fromPack: (p) => p.official.domains },
  { key: 'clerkEmail', label: 'Clerk’s email address', hint: 'Council email is copied to this address.', list: false, fromPack: (p) => p.official.clerkEmail },
  { key: 'websites', label: 'Council websites', hint: 'One per line.', list: true, fromPack: (p) => p.official.websites },
  { key: 'handles', label: 'Council social media handles', hint: 'One per line, such as @example_pc.', list: true, fromPack: (p) => p.official.handles },
  { key: 'phones', label: 'Council phone numbers', hint: 'One per line: published council numbers are not treated as private.', list: true, fromPack: (p) => p.official.phones },
  {
    key: 'signature',
    label: 'Email signature',
    hint: 'The council’s designated signature, as you add it to council email.',
    list: false,
    fromPack: () => undefined,
    wide: true,
  },
];

const asText = (value: string[] | string | undefined) => (Array.isArray(value) ? value.join('\n') : (value ?? ''));

export function CouncilSection({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  return (
    <Section id="council" title="Council details" intro="These tell the checks which addresses, links and numbers are the council’s own, and which names and places to take care with. They start from the pack; change them to match your council.">
      <DetailsForm view={view} snapshot={snapshot} />
      <Lists view={view} snapshot={snapshot} />
      <PollingDay view={view} snapshot={snapshot} />
    </Section>
  );
}

function DetailsForm({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  const { effective } = snapshot;
  const { pack, council } = effective;
  const packId = effective.settings.packId;
  const initial = useMemo(() => Object.fromEntries(DETAIL_FIELDS.map((f) => [f.key, asText(council.details[f.key] ?? f.fromPack(pack))])) as Record<DetailKey, string>, [council, pack]);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<DetailKey, string>>>({});
  const [formProblems, setFormProblems] = useState<string[]>([]);
  useEffect(() => {
    setValues(initial);
    setErrors({});
    setFormProblems([]);
  }, [initial]);
  const dirty = DETAIL_FIELDS.some((f) => values[f.key] !== initial[f.key]);
  const signatureLabels = pack.signature?.required ? pack.signature.statements.map((s) => s.label) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const details: Record<string, unknown> = {};
    for (const field of DETAIL_FIELDS) {
      if (effective.locks.has(lockPath.council(field.key))) {
        if (snapshot.state.councils[packId]?.details[field.key] !== undefined) details[field.key] = snapshot.state.councils[packId]!.details[field.key];
        continue;
      }
      const text = values[field.key];
      const packText = asText(field.fromPack(pack));
      if (text.trim() === packText.trim()) continue; // follows the pack
      details[field.key] = field.list ? entriesFromLines(text) : text.trim() === '' ? undefined : text.trim();
    }
    let problems: string[] = [];
    const ok = await view.run('council details', async (s) => {
      try {
        return await s.updateCouncil(packId, { details: details as CouncilDetailsRecord });
      } catch (error) {
        if (error instanceof StoreValidationError) problems = error.problems;
        throw error;
      }
    });
    const byField: Partial<Record<DetailKey, string>> = {};
    const rest: string[] = [];
    for (const line of problems) {
      const m = /^details\.(\w+)(?:\.(\d+))?: (.*)$/.exec(line);
      const field = m && DETAIL_FIELDS.find((f) => f.key === m[1]);
      if (field && m) byField[field.key] ??= m[2] !== undefined ? `Line ${Number(m[2]) + 1}: ${m[3]}` : m[3]!;
      else rest.push(line);
    }
    setErrors(ok ? {} : byField);
    setFormProblems(ok ? [] : rest);
    if (!ok) {
      const first = DETAIL_FIELDS.find((f) => byField[f.key]);
      if (first) document.getElementById(`detail-${first.key}`)?.focus();
    }
  };

  const reset = () => void view.run('council details reset to the pack’s', (s) => s.updateCouncil(packId, { details: {} }));
  const changedFromPack = DETAIL_FIELDS.filter((f) => council.details[f.key] !== undefined).length;

  return (
    <form className="subsection" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="details-title">
      <h3 id="details-title">Official details of {pack.council}</h3>
      <p className="muted small">{changedFromPack ? `You have changed ${plural(changedFromPack, 'detail')} from the pack.` : 'These are the pack’s own details.'}</p>
      <div className="details-grid">
        {DETAIL_FIELDS.map((field) => {
          const id = `detail-${field.key}`;
          const locked = effective.locks.has(lockPath.council(field.key));
          const error = errors[field.key];
          const own = council.details[field.key] !== undefined;
          const hint = field.key === 'signature' && signatureLabels.length ? `${field.hint} The policy asks it to include: ${signatureLabels.join('; ')}.` : field.hint;
          const common = {
            id,
            value: values[field.key],
            disabled: locked,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
            onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field.key]: e.target.value })),
          };
          return (
            <div key={field.key} className={`field${field.wide ? ' wide' : ''}`}>
              <label htmlFor={id}>
                {field.label} {locked ? <Locked by={effective.managedBy} /> : own ? <span className="tag tag-changed from-pack">Your own</span> : field.fromPack(pack) !== undefined ? <span className="tag from-pack">From the pack</span> : null}
              </label>
              <span className="hint" id={`${id}-hint`}>
                {hint}
              </span>
              {field.list || field.key === 'signature' ? <textarea {...common} rows={field.key === 'signature' ? 4 : 3} spellCheck={field.key === 'signature'} /> : <input type="email" {...common} autoComplete="off" />}
              {error && (
                <span className="hint" id={`${id}-error`} style={{ color: 'var(--error)', fontWeight: 600 }}>
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {formProblems.length > 0 && (
        <ul className="problems" role="alert">
          {formProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={!dirty}>
          Save council details
        </button>
        {dirty && (
          <button type="button" className="btn" onClick={() => setValues(initial)}>
            Undo changes
          </button>
        )}
        {changedFromPack > 0 && (
          <button type="button" className="btn btn-quiet" onClick={reset}>
            Use the pack’s details again
          </button>
        )}
      </div>
    </form>
  );
}

type ListKey = 'localStreets' | 'permittedNames' | 'sensitiveMatters';

const LISTS: { key: ListKey; title: string; help: string; empty: string; csv: boolean; noun: [string, string] }[] = [
  {
    key: 'localStreets',
    title: 'Local streets',
    help: 'Streets in the parish, so a resident’s address on one of them is spotted even without a house-number pattern. One per line, or import a CSV file (for example from your council’s street list).',
    empty: 'No streets yet.',
    csv: true,
    noun: ['street', 'streets'],
  },
  {
    key: 'permittedNames',
    title: 'Permitted names',
    help: 'People who may be named freely: councillors, the clerk, people who have given written permission. One per line.',
    empty: 'No names yet: every private person named is flagged.',
    csv: true,
    noun: ['name', 'names'],
  },
  {
    key: 'sensitiveMatters',
    title: 'Sensitive matters',
    help: 'Matters that must not be discussed in public, such as a confidential agenda item or a legal dispute. One per line, as they would be written.',
    empty: 'No sensitive matters yet.',
    csv: false,
    noun: ['matter', 'matters'],
  },
];

function Lists({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  return (
    <div className="subsection">
      <h3>Streets, names and sensitive matters</h3>
      <div className="list-editors">
        {LISTS.map((list) => (
          <ListEditor key={list.key} list={list} view={view} snapshot={snapshot} />
        ))}
      </div>
    </div>
  );
}

function ListEditor({ list, view, snapshot }: { list: (typeof LISTS)[number]; view: StoreView; snapshot: Snapshot }) {
  const { effective } = snapshot;
  const saved = effective.council[list.key];
  const savedText = saved.join('\n');
  const [text, setText] = useState(savedText);
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const locked = effective.locks.has(list.key);
  useEffect(() => setText(savedText), [savedText]);
  const entries = entriesFromLines(text);
  const dirty = entries.join('\n') !== savedText;

  const importCsv = async (file: File | undefined) => {
    if (!file) return;
    setMessage(`Reading ${file.name}…`);
    const { entries: found, column } = entriesFromCsv(await file.text());
    const merged = entriesFromLines([text, ...found].join('\n'));
    const added = merged.length - entries.length;
    setText(merged.join('\n'));
    setMessage(
      found.length
        ? `Added ${plural(added, list.noun[0], list.noun[1])} from ${file.name} (${column}${found.length > added ? `; ${found.length - added} already listed` : ''}). Check them, then save.`
        : `${file.name} has no entries we could read.`,
    );
  };

  return (
    <div className="list-editor" data-list={list.key}>
      <label htmlFor={id}>
        {list.title} {locked && <Locked by={effective.managedBy} />}
      </label>
      <span className="hint small muted" id={`${id}-hint`}>
        {list.help}
      </span>
      <textarea id={id} value={text} disabled={locked} aria-describedby={`${id}-hint ${id}-count`} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <span className="count" id={`${id}-count`} aria-live="polite">
        {entries.length ? plural(entries.length, list.noun[0], list.noun[1]) : list.empty}
        {dirty ? ' (not saved yet)' : ''}
      </span>
      {message && (
        <p className="small" role="status">
          {message}
        </p>
      )}
      {!locked && (
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!dirty}
            onClick={() =>
              void view.run(list.title.toLowerCase(), (s) => s.updateCouncil(effective.settings.packId, { [list.key]: entries })).then((ok) => {
                if (ok) setMessage(null);
              })
            }
          >
            Save {list.title.toLowerCase()}
          </button>
          {list.csv && (
            <span className="file-button">
              <span className="btn" aria-hidden="true">
                Import a CSV file…
              </span>
              <input type="file" accept=".csv,.txt,text/csv,text/plain" aria-label={`Import ${list.title.toLowerCase()} from a CSV file`} onChange={(e) => void importCsv(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function PollingDay({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  const { effective } = snapshot;
  const stored = effective.council.pollingDay;
  const [value, setValue] = useState(stored ?? '');
  useEffect(() => setValue(stored ?? ''), [stored]);
  const locked = effective.locks.has('pollingDay');
  const today = todayLocal();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const day = valid ? value : (stored ?? firstThursdayInMay(Number(today.slice(0, 4))));
  const start = addDays(day, -PRE_ELECTION_DAYS);
  const inPeriod = today >= start && today <= day;
  const past = today > day;
  const dirty = value !== (stored ?? '');
  const hasRule = Boolean(effective.pack.rules['pre-election-period']);

  return (
    <div className="subsection">
      <h3>
        <label htmlFor="polling-day">Polling day</label> {locked && <Locked by={effective.managedBy} />}
      </h3>
      <p className="muted small" id="polling-hint">
        The next local election. The six weeks before it are the pre-election period, when council posts keep to essential facts.
        {!hasRule && ' (The pack you use has no pre-election rule, so this is kept for when you use one that has.)'}
      </p>
      <div className="field-row">
        <input id="polling-day" type="date" value={value} disabled={locked} aria-describedby="polling-hint polling-period" onChange={(e) => setValue(e.target.value)} />
        {!locked && (
          <>
            <button type="button" className="btn btn-primary" disabled={!dirty || (value !== '' && !valid)} onClick={() => void view.run('polling day', (s) => s.updateCouncil(effective.settings.packId, { pollingDay: value || undefined }))}>
              Save polling day
            </button>
            {stored && (
              <button type="button" className="btn btn-quiet" onClick={() => void view.run('polling day cleared', (s) => s.updateCouncil(effective.settings.packId, { pollingDay: undefined }))}>
                Clear
              </button>
            )}
          </>
        )}
      </div>
      <div className={`note ${inPeriod ? 'note-info' : ''}`} id="polling-period" aria-live="polite">
        {stored || valid ? (
          <p>
            Pre-election period: <strong>{longDate(start)}</strong> to polling day, <strong>{longDate(day)}</strong>.{dirty && valid ? ' (Not saved yet.)' : ''}
          </p>
        ) : (
          <p>
            No polling day set: the checks assume the first Thursday in May, <strong>{longDate(day)}</strong>, so the pre-election period would run from <strong>{longDate(start)}</strong>.
          </p>
        )}
        <p className="small">
          {inPeriod ? 'You are in the pre-election period now.' : past ? 'That day has passed, so no pre-election period applies now. Set the next polling day when it is known.' : 'You are not in the pre-election period yet.'}
        </p>
      </div>
    </div>
  );
}
