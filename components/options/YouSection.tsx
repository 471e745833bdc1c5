// Who is writing (role), in what capacity, and site by site: is checking on, and which capacity.
import { CAPACITIES, ROLES, type Capacity } from '../../lib/engine/draft.ts';
import { SITES, type SiteId } from '../../lib/settings/schema.ts';
import { lockPath } from '../../lib/storage/effective.ts';
import type { Snapshot } from '../../lib/storage/store.ts';
import { Locked, Section } from './common.tsx';
import { useShown, type StoreView } from './store-hooks.ts';
import { CAPACITY_EXPLAINED, CAPACITY_LABELS, ROLE_LABELS, SITE_NAMES } from './wording.ts';

export function YouSection({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  const { effective } = snapshot;
  const s = effective.settings;
  const by = effective.managedBy;
  const roleLocked = effective.locks.has('role');
  const capacityLocked = effective.locks.has('capacity');
  const [role, setRole] = useShown(s.role);
  const [capacity, setCapacity] = useShown(s.capacity);

  return (
    <Section id="you" title="You and your capacity" intro="Before you post, ask: am I writing as the council, or as myself? The checks change with the answer.">
      <fieldset>
        <legend>
          Your role {roleLocked && <Locked by={by} />}
        </legend>
        <div className="choices inline">
          {ROLES.map((r) => (
            <label key={r} className="choice">
              <input
                type="radio"
                name="role"
                value={r}
                checked={role === r}
                disabled={roleLocked}
                onChange={() => setRole(r, () => view.run(`role set to ${ROLE_LABELS[r].toLowerCase()}`, (st) => st.updateSettings({ role: r })))}
              />
              <span className="choice-title">{ROLE_LABELS[r]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>
          Usually, you write {capacityLocked && <Locked by={by} />}
        </legend>
        <div className="choices">
          {CAPACITIES.map((c) => (
            <label key={c} className="choice">
              <input
                type="radio"
                name="capacity"
                value={c}
                checked={capacity === c}
                disabled={capacityLocked}
                aria-describedby={`capacity-${c}-text`}
                onChange={() => setCapacity(c, () => view.run(`capacity set to “${CAPACITY_LABELS[c].toLowerCase()}”`, (st) => st.updateSettings({ capacity: c })))}
              />
              <span>
                <span className="choice-title">{CAPACITY_LABELS[c]}</span>
                <span className="choice-text" id={`capacity-${c}-text`}>
                  {CAPACITY_EXPLAINED[c]}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="subsection" id="sites">
        <h3 id="sites-title">Site by site</h3>
        <p className="muted small" id="sites-help">
          Switch checking off for a site, or say which capacity you write in there. For example, “Gmail: as the council” if your council email address is in Gmail. You can also pause a site from the toolbar button.
        </p>
        <div className="table-wrap">
          <table aria-labelledby="sites-title" aria-describedby="sites-help">
            <colgroup>
              <col style={{ width: '22%' }} />
              <col style={{ width: '38%' }} />
              <col style={{ width: '40%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Checking</th>
                <th scope="col">You write there</th>
              </tr>
            </thead>
            <tbody>
              {SITES.map((site) => (
                <SiteRow key={site} site={site} view={view} snapshot={snapshot} />
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Section>
  );
}

function SiteRow({ site, view, snapshot }: { site: SiteId; view: StoreView; snapshot: Snapshot }) {
  const { effective, state } = snapshot;
  const s = effective.settings;
  const sitesLocked = effective.locks.has('disabledSites');
  const capacityLocked = effective.locks.has(lockPath.siteCapacity(site));
  const [on, setOn] = useShown(!s.disabledSites.includes(site));
  const [value, setValue] = useShown<string>(s.siteCapacity[site] ?? 'general');
  const name = SITE_NAMES[site];

  const toggle = (checked: boolean) => {
    const current = state.settings.disabledSites;
    const disabledSites = checked ? current.filter((x) => x !== site) : [...new Set([...current, site])];
    setOn(checked, () => view.run(`checking ${checked ? 'on' : 'off'} for ${name}`, (st) => st.updateSettings({ disabledSites })));
  };

  const choose = (choice: string) => {
    const siteCapacity = { ...state.settings.siteCapacity };
    if (choice === 'general') delete siteCapacity[site];
    else siteCapacity[site] = choice as Capacity;
    const what = choice === 'general' ? `${name}: same as usual` : `${name}: ${CAPACITY_LABELS[choice as Capacity].toLowerCase()}`;
    setValue(choice, () => view.run(what, (st) => st.updateSettings({ siteCapacity })));
  };

  return (
    <tr data-site={site}>
      <th scope="row">{name}</th>
      <td>
        <label className="check">
          <input type="checkbox" checked={on} disabled={sitesLocked} onChange={(e) => toggle(e.target.checked)} />
          <span>Check on {name}</span>
        </label>
        {sitesLocked && (
          <div>
            <Locked by={effective.managedBy} />
          </div>
        )}
      </td>
      <td>
        <select aria-label={`Capacity on ${name}`} value={value} disabled={capacityLocked} onChange={(e) => choose(e.target.value)}>
          <option value="general">As usual ({CAPACITY_LABELS[s.capacity].toLowerCase()})</option>
          <option value="council">{CAPACITY_LABELS.council}</option>
          <option value="personal">{CAPACITY_LABELS.personal}</option>
        </select>
        {capacityLocked && (
          <div>
            <Locked by={effective.managedBy} />
          </div>
        )}
      </td>
    </tr>
  );
}
