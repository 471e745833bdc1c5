// The options page: set up once by the clerk (pack, council details, lists), checked by each
// councillor (role and capacity). Every change is saved as it is made and reaches open tabs at once.
import { useEffect } from 'react';
import { UI_CSS } from '../styles.ts';
import { SaveStatus, Section } from './common.tsx';
import { CouncilSection } from './CouncilSection.tsx';
import { ImportExport } from './ImportExport.tsx';
import { OverrideLog } from './OverrideLog.tsx';
import { PackSection } from './PackSection.tsx';
import { extensionStore } from '../../lib/storage/extension-store.ts';
import { useStoreView, type StoreView } from './store-hooks.ts';
import { TryIt } from './TryIt.tsx';
import { YouSection } from './YouSection.tsx';

const CONTENTS = [
  ['you', 'You and your capacity'],
  ['pack', 'Your council’s policy'],
  ['council', 'Council details'],
  ['try', 'Try it'],
  ['import', 'Import and export'],
  ['override-log', 'Override log'],
] as const;

/**
 * The cards' CSS (the same the content script puts in its shadow roots), adopted as a constructed
 * stylesheet: the extension pages' CSP allows no inline <style>, and this needs none.
 */
function adoptCardStyles() {
  if (document.adoptedStyleSheets.some((sheet) => (sheet as CSSStyleSheet & { ppc?: true }).ppc)) return;
  const sheet = Object.assign(new CSSStyleSheet(), { ppc: true as const });
  sheet.replaceSync(UI_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function OptionsApp() {
  useEffect(adoptCardStyles, []);
  const view = useStoreView(extensionStore());
  useHashFocus(Boolean(view.snapshot));
  const { snapshot } = view;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the settings
      </a>
      <header className="page-header">
        <div className="page-header-inner">
          <div className="logo" aria-hidden="true">
            P
          </div>
          <div>
            <h1>Parish Post Check settings</h1>
            <p>Checks your posts and emails against your council’s policy as you write. Everything stays in this browser.</p>
          </div>
        </div>
      </header>
      <div className="page">
        <nav className="toc" aria-label="Sections">
          <h2>On this page</h2>
          <ol>
            {CONTENTS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <main id="main" tabIndex={-1}>
          {view.loadError && (
            <div className="note note-error" role="alert">
              <p className="note-title">Your settings could not be opened.</p>
              <p>{view.loadError}</p>
            </div>
          )}
          {!snapshot && !view.loadError && (
            <p className="muted" role="status">
              <span className="spinner dark" aria-hidden="true" style={{ display: 'inline-block', verticalAlign: '-2px', marginRight: 6 }} />
              Loading your settings…
            </p>
          )}
          {snapshot && (
            <>
              <Notices view={view} />
              <YouSection view={view} snapshot={snapshot} />
              <PackSection view={view} snapshot={snapshot} />
              <CouncilSection view={view} snapshot={snapshot} />
              <TryIt snapshot={snapshot} />
              <ImportExport view={view} snapshot={snapshot} />
              <OverrideLog view={view} />
              <Section id="privacy" title="Privacy">
                <p className="muted">
                  Parish Post Check makes no network requests. Your drafts are checked inside this browser and are never stored. Your settings and override log are kept in this browser’s storage for this extension.
                </p>
              </Section>
            </>
          )}
        </main>
      </div>
      <SaveStatus save={view.save} />
    </>
  );
}

function Notices({ view }: { view: StoreView }) {
  const snapshot = view.snapshot!;
  const { effective, managed, readProblems } = snapshot;
  return (
    <>
      {effective.managedBy && (
        <div className="note note-locked" data-testid="managed-note">
          <p className="note-title">Some settings are managed by {effective.managedBy}.</p>
          <p>They are marked “Set by {effective.managedBy}” and cannot be changed here. Ask them if one needs to change.</p>
        </div>
      )}
      {managed.problems.length > 0 && (
        <div className="note note-error">
          <p className="note-title">Some of your council’s managed settings could not be used, and are ignored:</p>
          <ul className="problems">
            {managed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {readProblems.length > 0 && (
        <div className="note note-error">
          <p className="note-title">Some stored settings could not be read, so the defaults are shown for them. Saving replaces them.</p>
          <ul className="problems">
            {readProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {effective.problems.map((p) => (
        <div key={p} className="note note-error">
          <p>{p}</p>
        </div>
      ))}
    </>
  );
}

/** Opening options.html#override-log (from the popup) moves focus to that section once it exists. */
function useHashFocus(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.scrollIntoView();
    const heading = target.querySelector('h2');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }, [ready]);
}
