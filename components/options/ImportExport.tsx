// Import and export: a custom pack, or the whole settings, as JSON. A file is checked completely
// before anything changes; a bad one is refused with the path and problem of each fault, and a
// good pack is previewed before it is applied.
import { useId, useRef, useState } from 'react';
import type { Pack } from '../../lib/engine/pack.ts';
import { checkPackFile, fileKind, packChanges, parseJsonText, type PackChange } from '../../lib/storage/import-file.ts';
import type { SettingsFile } from '../../lib/storage/records.ts';
import { StoreValidationError, type Snapshot } from '../../lib/storage/store.ts';
import { RULE_TITLES } from '../rule-titles.ts';
import { downloadText, Problems, Section } from './common.tsx';
import type { StoreView } from './store-hooks.ts';
import { CAPACITY_LABELS, plural, ROLE_LABELS } from './wording.ts';

type Pending =
  | { kind: 'pack'; file: string; pack: Pack; against: Pack | null; againstLabel: string; changes: PackChange[]; replaces: boolean }
  | { kind: 'settings'; file: string; data: SettingsFile };

type Rejected = { file: string; problems: string[]; hint?: string };

export function ImportExport({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  const { effective, state } = snapshot;
  const [pending, setPending] = useState<Pending | null>(null);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [activate, setActivate] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const packLocked = effective.locks.has('packId');
  const imported = Object.values(state.customPacks);

  const show = (next: Pending | null, bad: Rejected | null) => {
    setPending(next);
    setRejected(bad);
    setDone(null);
    // Move to the preview or the error, so keyboard and screen reader users land on it.
    requestAnimationFrame(() => previewRef.current?.focus());
  };

  const readPack = async (file: File) => {
    setReading(file.name);
    try {
      const text = await file.text();
      const json = parseJsonText(text);
      if (json.ok && fileKind(json.value) === 'settings') return show(null, { file: file.name, problems: ['this is a settings file, not a pack'], hint: 'Use “Import settings” for it.' });
      const checked = checkPackFile(text);
      if (!checked.ok) return show(null, { file: file.name, problems: checked.problems });
      const pack = checked.value;
      const existing = state.customPacks[pack.id]?.pack ?? null;
      const against = existing ?? effective.pack;
      show(
        {
          kind: 'pack',
          file: file.name,
          pack,
          against,
          againstLabel: existing ? `your imported pack “${existing.council}” with the same id, which it replaces` : `the pack you use now (${effective.pack.council})`,
          changes: packChanges(against, pack, RULE_TITLES),
          replaces: Boolean(existing),
        },
        null,
      );
    } finally {
      setReading(null);
    }
  };

  const readSettings = async (file: File) => {
    setReading(file.name);
    try {
      const json = parseJsonText(await file.text());
      if (!json.ok) return show(null, { file: file.name, problems: json.problems });
      if (fileKind(json.value) !== 'settings') return show(null, { file: file.name, problems: ['format: expected "parish-post-check-settings"'], hint: 'This does not look like a settings file. If it is a pack, use “Import a pack”.' });
      try {
        const data = await view.store.checkSettingsFile(json.value);
        show({ kind: 'settings', file: file.name, data }, null);
      } catch (error) {
        show(null, { file: file.name, problems: error instanceof StoreValidationError ? error.problems : [String(error)] });
      }
    } finally {
      setReading(null);
    }
  };

  const apply = async () => {
    if (!pending) return;
    const ok =
      pending.kind === 'pack'
        ? await view.run(`pack “${pending.pack.council}” imported`, (s) => s.saveCustomPack(pending.pack, { activate: activate && !packLocked }))
        : await view.run(`settings imported from ${pending.file}`, (s) => s.importSettings(pending.data));
    if (ok) {
      setDone(pending.kind === 'pack' ? `Imported “${pending.pack.council}”${activate && !packLocked ? ' and made it your pack' : ''}.` : `Imported your settings from ${pending.file}.`);
      setPending(null);
    }
  };

  const exportSettings = async () => {
    const file = await view.store.exportSettings();
    downloadText(`parish-post-check-settings-${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    setDone('Your settings were saved as a JSON file in your downloads.');
  };

  const exportPack = () => {
    downloadText(`${effective.pack.id}-pack.json`, `${JSON.stringify(effective.pack, null, 2)}\n`, 'application/json');
    setDone(`The ${effective.pack.council} pack was saved as a JSON file. Edit a copy (give it a new "id") to make your own council’s pack.`);
  };

  return (
    <Section id="import" title="Import and export" intro="Bring in your council’s own policy pack, or move all your settings to another browser, as JSON files. Files are checked in full first: if anything is wrong, nothing changes.">
      <div className="actions">
        <FileButton label="Import a pack…" primary testId="import-pack" onFile={(file) => void readPack(file)} />
        <FileButton label="Import settings…" testId="import-settings" onFile={(file) => void readSettings(file)} />
        <button type="button" className="btn" onClick={() => void exportSettings()}>
          Export settings
        </button>
        <button type="button" className="btn" onClick={exportPack}>
          Export this pack
        </button>
      </div>

      <div ref={previewRef} tabIndex={-1} aria-live="polite" style={{ outline: 'none' }}>
        {reading && (
          <p className="muted">
            <span className="spinner dark" aria-hidden="true" style={{ display: 'inline-block', verticalAlign: '-2px', marginRight: 6 }} />
            Checking {reading}…
          </p>
        )}
        {rejected && (
          <Problems title={`${rejected.file} was not imported. Nothing has changed.`} problems={rejected.problems}>
            <p>{rejected.hint ?? `Fix ${rejected.problems.length === 1 ? 'this' : 'these'} in the file and import it again:`}</p>
          </Problems>
        )}
        {done && (
          <div className="note note-ok" role="status">
            <p className="note-title">{done}</p>
          </div>
        )}
        {pending?.kind === 'pack' && (
          <div className="preview" data-testid="import-preview">
            <h3>Import “{pending.pack.council}”?</h3>
            <p>
              {pending.pack.policy.title} ({pending.pack.policy.date}), with {plural(Object.keys(pending.pack.rules).length, 'rule')}. From {pending.file}.
            </p>
            <p className="small muted">Compared with {pending.againstLabel}:</p>
            {pending.changes.length ? (
              <ul className="changes">
                {pending.changes.map((c, i) => (
                  <li key={i}>
                    <span className={`tag ${c.kind === 'removed' ? 'tag-off' : c.kind === 'added' ? 'tag-changed' : 'tag-warning'}`}>{c.kind === 'added' ? 'Added' : c.kind === 'removed' ? 'Removed' : 'Changed'}</span>
                    <span>{c.text}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>No differences.</p>
            )}
            {!packLocked && (
              <label className="check">
                <input type="checkbox" checked={activate} onChange={(e) => setActivate(e.target.checked)} />
                <span>Use it as my pack straight away</span>
              </label>
            )}
            <div className="actions">
              <button type="button" className="btn btn-primary" onClick={() => void apply()}>
                {pending.replaces ? 'Replace the pack' : 'Import the pack'}
              </button>
              <button type="button" className="btn" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {pending?.kind === 'settings' && (
          <div className="preview" data-testid="import-preview">
            <h3>Replace your settings with {pending.file}?</h3>
            <ul>
              <li>
                Pack: {effective.packs.find((p) => p.id === pending.data.settings.packId)?.pack.council ?? pending.data.customPacks.find((p) => p.id === pending.data.settings.packId)?.council ?? pending.data.settings.packId}
              </li>
              <li>
                {ROLE_LABELS[pending.data.settings.role]}, usually {CAPACITY_LABELS[pending.data.settings.capacity].toLowerCase()}
              </li>
              <li>Council details and lists for {plural(Object.keys(pending.data.councils).length, 'council')}</li>
              <li>{plural(pending.data.customPacks.length, 'imported pack')}</li>
            </ul>
            <p className="small muted">Settings your council manages stay as they are. Your override log is not touched.</p>
            <div className="actions">
              <button type="button" className="btn btn-primary" onClick={() => void apply()}>
                Replace my settings
              </button>
              <button type="button" className="btn" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>

      <div className="subsection">
        <h3>Imported packs</h3>
        {imported.length === 0 ? (
          <div className="empty">
            <strong>No imported packs.</strong>
            <span>Ask your clerk for your council’s pack file, or export a built-in pack above and adapt it.</span>
          </div>
        ) : (
          <ul className="changes">
            {imported.map((r) => (
              <li key={r.id} style={{ alignItems: 'center' }}>
                <span>
                  <strong>{r.pack.council}</strong> · {r.pack.policy.title} ({r.pack.policy.date}) · id “{r.id}”
                </span>
                <button
                  type="button"
                  className="btn btn-danger"
                  aria-label={`Remove the ${r.pack.council} pack`}
                  onClick={() => void view.run(`pack “${r.pack.council}” removed`, (s) => s.deleteCustomPack(r.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}

/** A button that opens a JSON file: a styled label over the file input, which keeps the keyboard and screen-reader behaviour. */
function FileButton({ label, primary = false, testId, onFile }: { label: string; primary?: boolean; testId: string; onFile(file: File): void }) {
  const id = useId();
  return (
    <span className="file-button">
      <span className={primary ? 'btn btn-primary' : 'btn'} aria-hidden="true">
        {label}
      </span>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-label={`${label.replace('…', '')} (JSON file)`}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is seen as a change.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </span>
  );
}
