// Small pieces the options page's sections share.
import type { ReactNode } from 'react';
import type { Severity } from '../../lib/engine/draft.ts';
import type { SaveState } from './store-hooks.ts';

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className="section" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {intro && <p>{intro}</p>}
      </div>
      {children}
    </section>
  );
}

/** Beside a control the council manages: who set it. */
export function Locked({ by, id }: { by: string | null; id?: string }) {
  return (
    <span className="lock" id={id}>
      <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true">
        <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
      </svg>
      Set by {by ?? 'your council'}
    </span>
  );
}

export function Problems({ title, problems, children }: { title: string; problems: readonly string[]; children?: ReactNode }) {
  return (
    <div className="note note-error" role="alert">
      <p className="note-title">{title}</p>
      {children}
      <ul className="problems">
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

export const SEVERITY_WORDS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function SeverityWord({ severity }: { severity: Severity }) {
  return <span className={`tag tag-${severity}`}>{SEVERITY_WORDS[severity]}</span>;
}

/** The page's one status message: "Saving…", "Saved", or what went wrong. Polite, so it never interrupts typing. */
export function SaveStatus({ save }: { save: SaveState }) {
  const kind = save.kind;
  return (
    <div className={`status status-${kind}`} role="status" aria-live="polite" aria-atomic="true">
      {kind === 'saving' && (
        <>
          <span className="spinner" aria-hidden="true" />
          <span>Saving {save.what}…</span>
        </>
      )}
      {kind === 'saved' && <span>Saved: {save.what}</span>}
      {kind === 'failed' && (
        <>
          <span>Not saved: {save.what}. Nothing was changed.</span>
          <ul>
            {save.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Starts a download of text as a file, made in the page (no request leaves the browser). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function readFileText(file: File): Promise<string> {
  return file.text();
}
