// The toolbar popup: the pack and capacity (one click to switch), pause or resume on this site,
// how many findings the tab's compose boxes have, and links to the settings and the override log.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Capacity } from '../../lib/engine/draft.ts';
import { capacityFor, type SiteId } from '../../lib/settings/schema.ts';
import { lockPath } from '../../lib/storage/effective.ts';
import { COUNT_MESSAGE, type FindingCount } from '../../lib/storage/keys.ts';
import { Locked, SaveStatus } from './common.tsx';
import { siteForUrl } from './sites.ts';
import { popupStore } from '../../lib/storage/popup-store.ts';
import { useStoreView } from './store-hooks.ts';
import { CAPACITY_LABELS, SITE_NAMES, SWITCH_LABELS } from './wording.ts';

type Tab = { id: number | null; site: SiteId | null };
type Count = { state: 'loading' } | { state: 'none' } | { state: 'ok'; count: FindingCount };

const SITE_IDS: readonly SiteId[] = ['facebook', 'x', 'gmail', 'outlook'];

const COUNT_POLL_MS = 1500;

export function PopupApp() {
  const view = useStoreView(popupStore());
  const [tab, setTab] = useState<Tab | null>(null);
  const [count, setCount] = useState<Count>({ state: 'loading' });

  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => setTab({ id: active?.id ?? null, site: siteForUrl(active?.url) }))
      .catch(() => setTab({ id: null, site: null }));
  }, []);

  // Ask the tab's content script; it answers only on the four sites.
  useEffect(() => {
    if (!tab) return;
    if (tab.id === null) return setCount({ state: 'none' });
    let stopped = false;
    const ask = async () => {
      try {
        const reply = (await browser.tabs.sendMessage(tab.id!, { type: COUNT_MESSAGE })) as FindingCount | undefined;
        if (stopped) return;
        setCount(reply && typeof reply.total === 'number' ? { state: 'ok', count: reply } : { state: 'none' });
        // The content script says which site it is on, in case the tab's address was not given.
        if (!tab.site && reply?.site && SITE_IDS.includes(reply.site)) setTab({ ...tab, site: reply.site });
      } catch {
        if (!stopped) setCount({ state: 'none' });
      }
    };
    void ask();
    const timer = setInterval(() => void ask(), COUNT_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tab]);

  const snapshot = view.snapshot;
  const openOptions = (hash = '') => {
    if (hash) void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    else void browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <main className="popup-main">
      <div className="popup-head">
        <div className="logo" aria-hidden="true">
          P
        </div>
        <h1>Parish Post Check</h1>
      </div>
      {!snapshot ? (
        <p className="muted" role="status">
          {view.loadError ? `Your settings could not be opened: ${view.loadError}` : 'Loading…'}
        </p>
      ) : (
        <PopupBody view={view} tab={tab} count={count} />
      )}
      <nav className="popup-links" aria-label="More">
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            openOptions();
          }}
        >
          All settings
        </a>
        <a
          href={browser.runtime.getURL('/options.html#override-log')}
          onClick={(e) => {
            e.preventDefault();
            openOptions('#override-log');
          }}
        >
          Override log
        </a>
      </nav>
      <SaveStatus save={view.save} />
    </main>
  );
}

function PopupBody({ view, tab, count }: { view: ReturnType<typeof useStoreView>; tab: Tab | null; count: Count }) {
  const { effective, state } = view.snapshot!;
  const settings = effective.settings;
  const site = tab?.site ?? null;
  const siteName = site ? SITE_NAMES[site] : null;
  // On a site with its own capacity, the switch changes that site's; elsewhere the usual one.
  const siteOwn = site ? settings.siteCapacity[site] !== undefined : false;
  const capacity: Capacity = site ? capacityFor(settings, site) : settings.capacity;
  const other: Capacity = capacity === 'council' ? 'personal' : 'council';
  const capacityLocked = siteOwn && site ? effective.locks.has(lockPath.siteCapacity(site)) : effective.locks.has('capacity');
  const paused = site ? settings.disabledSites.includes(site) : false;
  const pauseLocked = effective.locks.has('disabledSites');

  const switchCapacity = () => {
    if (siteOwn && site) {
      void view.run(`${siteName}: ${CAPACITY_LABELS[other].toLowerCase()}`, (s) => s.updateSettings({ siteCapacity: { ...state.settings.siteCapacity, [site]: other } }));
    } else void view.run(CAPACITY_LABELS[other].toLowerCase(), (s) => s.updateSettings({ capacity: other }));
  };

  const togglePause = () => {
    if (!site) return;
    const current = state.settings.disabledSites;
    const disabledSites = paused ? current.filter((x) => x !== site) : [...new Set([...current, site])];
    void view.run(paused ? `checking resumed on ${siteName}` : `checking paused on ${siteName}`, (s) => s.updateSettings({ disabledSites }));
  };

  return (
    <>
      <section className="popup-card" aria-labelledby="popup-pack">
        <h2 className="label" id="popup-pack">
          Policy
        </h2>
        <p>
          <strong data-testid="popup-council">{effective.pack.council}</strong>
          <br />
          <span className="muted small">
            {effective.pack.policy.title} · {effective.pack.policy.date}
          </span>
        </p>
      </section>

      <section className="popup-card" aria-labelledby="popup-capacity">
        <h2 className="label" id="popup-capacity">
          You are writing
        </h2>
        <p data-testid="popup-capacity-now">
          <strong>{CAPACITY_LABELS[capacity]}</strong>
          {siteOwn && siteName ? <span className="muted small"> (your setting for {siteName})</span> : null}
        </p>
        {capacityLocked ? (
          <Locked by={effective.managedBy} />
        ) : (
          <button type="button" className="btn btn-primary" onClick={switchCapacity}>
            {SWITCH_LABELS[other]}
          </button>
        )}
      </section>

      <section className="popup-card" aria-labelledby="popup-site">
        <h2 className="label" id="popup-site">
          {siteName ?? 'This page'}
        </h2>
        {!site ? (
          <p className="muted small">Checking runs on Facebook, X, Gmail and Outlook on the web. Open one of them to see its findings here.</p>
        ) : (
          <>
            <p className="popup-count" data-testid="popup-count" aria-live="polite">
              {paused ? 'Checking is paused here.' : countText(count)}
            </p>
            <div className="popup-row">
              {pauseLocked ? (
                <Locked by={effective.managedBy} />
              ) : (
                <button type="button" className={paused ? 'btn btn-primary' : 'btn'} onClick={togglePause}>
                  {paused ? `Resume on ${siteName}` : `Pause on ${siteName}`}
                </button>
              )}
            </div>
          </>
        )}
      </section>
    </>
  );
}

function countText(count: Count): string {
  if (count.state === 'loading') return 'Counting…';
  if (count.state === 'none') return 'No compose box being checked.';
  const { total, error, warning, info, composers } = count.count;
  if (composers === 0) return 'No compose box open.';
  if (total === 0) return 'No problems found.';
  const parts = [error && `${error} ${error === 1 ? 'error' : 'errors'}`, warning && `${warning} ${warning === 1 ? 'warning' : 'warnings'}`, info && `${info} ${info === 1 ? 'note' : 'notes'}`].filter(Boolean);
  return `${total} ${total === 1 ? 'finding' : 'findings'}: ${parts.join(', ')}`;
}
