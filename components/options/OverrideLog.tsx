// The override log: each time someone sent anyway, dismissed with a reason, or said they had
// permission. Date, site, rule, pack and reason only; never the draft.
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'react';
import { SITES } from '../../lib/settings/schema.ts';
import { overridesToCsv } from '../../lib/storage/csv.ts';
import type { StoredOverride } from '../../lib/storage/records.ts';
import type { OverrideFilter } from '../../lib/storage/store.ts';
import { RULE_TITLES } from '../rule-titles.ts';
import { downloadText, Section } from './common.tsx';
import type { StoreView } from './store-hooks.ts';
import { dateTime, KIND_LABELS, plural, SITE_NAMES } from './wording.ts';
import type { RuleId } from '../../lib/engine/rule-ids.ts';

export function OverrideLog({ view }: { view: StoreView }) {
  const [all, setAll] = useState<StoredOverride[] | null>(null);
  const [filter, setFilter] = useState<OverrideFilter>({});
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  // Follows the database as entries arrive from open tabs (through the background).
  useEffect(() => {
    const subscription = liveQuery(() => view.store.listOverrides()).subscribe({
      next: (rows) => setAll(rows),
      error: () => setAll([]),
    });
    return () => subscription.unsubscribe();
  }, [view.store]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const rows = useMemo(() => {
    if (!all) return [];
    const words = filter.text?.trim().toLowerCase();
    return all.filter(
      (r) => (!filter.site || r.site === filter.site) && (!filter.kind || r.kind === filter.kind) && (!filter.rule || r.rule === filter.rule) && (!words || r.reason.toLowerCase().includes(words)),
    );
  }, [all, filter]);
  const rules = useMemo(() => [...new Set((all ?? []).map((r) => r.rule))].sort(), [all]);
  const filtered = Boolean(filter.site || filter.kind || filter.rule || filter.text?.trim());

  const exportCsv = () => {
    downloadText(`parish-post-check-override-log-${new Date().toISOString().slice(0, 10)}.csv`, overridesToCsv(rows), 'text/csv');
    setMessage(`Exported ${plural(rows.length, 'entry', 'entries')} as a CSV file to your downloads.`);
  };

  const clear = async () => {
    const ok = await view.run('override log cleared', async (s) => {
      await s.clearOverrides();
    });
    setConfirming(false);
    if (ok) setMessage('The override log is empty.');
    clearButton.current?.focus();
  };

  const set = (patch: OverrideFilter) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <Section
      id="override-log"
      title="Override log"
      intro="A record kept in this browser of each time a finding was dismissed with a reason, sent anyway, or sent with permission: the date, site, rule, pack and reason. Your drafts are never recorded."
    >
      {all === null ? (
        <p className="muted" role="status">
          <span className="spinner dark" aria-hidden="true" style={{ display: 'inline-block', verticalAlign: '-2px', marginRight: 6 }} />
          Loading the log…
        </p>
      ) : all.length === 0 ? (
        <div className="empty" data-testid="log-empty">
          <strong>Nothing logged yet.</strong>
          <span>When you choose “Send anyway” or “I have permission” and give a reason, it is recorded here.</span>
        </div>
      ) : (
        <>
          <div className="filters" role="search" aria-label="Filter the override log">
            <div className="field">
              <label htmlFor="log-site">Site</label>
              <select id="log-site" value={filter.site ?? ''} onChange={(e) => set({ site: e.target.value || undefined })}>
                <option value="">All sites</option>
                {SITES.map((s) => (
                  <option key={s} value={s}>
                    {SITE_NAMES[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="log-kind">What happened</label>
              <select id="log-kind" value={filter.kind ?? ''} onChange={(e) => set({ kind: e.target.value || undefined })}>
                <option value="">Anything</option>
                {Object.entries(KIND_LABELS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="log-rule">Rule</label>
              <select id="log-rule" value={filter.rule ?? ''} onChange={(e) => set({ rule: e.target.value || undefined })}>
                <option value="">All rules</option>
                {rules.map((r) => (
                  <option key={r} value={r}>
                    {RULE_TITLES[r as RuleId] ?? r}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="log-text">Reason contains</label>
              <input id="log-text" type="search" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
            </div>
            {filtered && (
              <button type="button" className="btn btn-quiet" onClick={() => setFilter({})}>
                Show everything
              </button>
            )}
          </div>
          <p className="muted small" role="status" data-testid="log-count">
            {filtered ? `Showing ${plural(rows.length, 'entry', 'entries')} of ${all.length.toLocaleString('en-GB')}.` : `${plural(all.length, 'entry', 'entries')}, newest first.`}
          </p>
          {rows.length === 0 ? (
            <div className="empty">
              <strong>No entries match.</strong>
              <span>Try fewer filters.</span>
            </div>
          ) : (
            <div className="table-wrap">
              <table data-testid="log-table">
                <caption className="sr-only">Override log entries, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Site</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Pack</th>
                    <th scope="col">What happened</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, 500).map((r) => (
                    <tr key={r.id ?? `${r.date}${r.rule}`}>
                      <td style={{ whiteSpace: 'nowrap' }}>
                        <time dateTime={r.date}>{dateTime(r.date)}</time>
                      </td>
                      <td>{SITE_NAMES[r.site]}</td>
                      <td>{RULE_TITLES[r.rule as RuleId] ?? r.rule}</td>
                      <td>{r.pack}</td>
                      <td>{KIND_LABELS[r.kind]}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {rows.length > 500 && <p className="muted small">The first 500 are shown; the CSV export has them all.</p>}
        </>
      )}

      {message && (
        <p className="small" role="status">
          {message}
        </p>
      )}
      {all !== null && all.length > 0 && (
        <div className="actions">
          <button type="button" className="btn" onClick={exportCsv} disabled={rows.length === 0}>
            {filtered ? 'Export these as CSV' : 'Export as CSV'}
          </button>
          {!confirming ? (
            <button ref={clearButton} type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
              Clear the log…
            </button>
          ) : (
            <div className="note note-error" role="alertdialog" aria-labelledby="clear-title" aria-describedby="clear-text" style={{ width: '100%' }}>
              <p className="note-title" id="clear-title">
                Clear the override log?
              </p>
              <p id="clear-text">All {plural(all.length, 'entry', 'entries')} will be deleted from this browser. This cannot be undone. You may want to export them first.</p>
              <div className="actions">
                <button ref={confirmButton} type="button" className="btn btn-danger-solid" onClick={() => void clear()}>
                  Delete all entries
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    setConfirming(false);
                    clearButton.current?.focus();
                  }}
                >
                  Keep them
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </Section>
  );
}
