// The policy pack: which one, its title and date, and every rule it enables with the pack's
// grading beside the person's own choice.
import { useId } from 'react';
import { RULE_IDS, RULES_BY_ID, type RuleId, type Severity } from '../../lib/engine/index.ts';
import { lockPath } from '../../lib/storage/effective.ts';
import type { Snapshot } from '../../lib/storage/store.ts';
import { RULE_TITLES } from '../rule-titles.ts';
import { Locked, Section, SEVERITY_WORDS, SeverityWord } from './common.tsx';
import { useShown, type StoreView } from './store-hooks.ts';

type Choice = 'default' | Severity | 'off';

export function PackSection({ view, snapshot }: { view: StoreView; snapshot: Snapshot }) {
  const { effective } = snapshot;
  const { pack } = effective;
  const packLocked = effective.locks.has('packId');
  const selectId = useId();
  const builtIn = effective.packs.filter((p) => p.source === 'built-in');
  const imported = effective.packs.filter((p) => p.source === 'imported');
  const managed = effective.packs.filter((p) => p.source === 'managed');
  const ruleIds = RULE_IDS.filter((id) => pack.rules[id]);
  const overrides = effective.council.rules;
  const changedCount = ruleIds.filter((id) => overrides[id]?.enabled === false || overrides[id]?.severity).length;

  const [packId, setPackId] = useShown(effective.settings.packId);
  const choosePack = (next: string) => {
    const choice = effective.packs.find((p) => p.id === next);
    setPackId(next, () => view.run(`pack set to ${choice?.pack.council ?? next}`, (s) => s.updateSettings({ packId: next })));
  };

  return (
    <Section id="pack" title="Your council’s policy" intro="Parish Post Check checks against your council’s own social media and communications policy, held as a pack of rules.">
      <div className="field">
        <label htmlFor={selectId}>
          Policy pack {packLocked && <Locked by={effective.managedBy} />}
        </label>
        <span className="hint" id={`${selectId}-hint`}>
          Five councils’ policies come built in. To use your own council’s, import its pack under “Import and export”.
        </span>
        <select id={selectId} aria-describedby={`${selectId}-hint`} value={packId} disabled={packLocked} onChange={(e) => choosePack(e.target.value)}>
          <optgroup label="Built-in packs">
            {builtIn.map((p) => (
              <option key={p.id} value={p.id}>
                {p.pack.council}
              </option>
            ))}
          </optgroup>
          {imported.length > 0 && (
            <optgroup label="Imported packs">
              {imported.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.pack.council} (imported)
                </option>
              ))}
            </optgroup>
          )}
          {managed.length > 0 && (
            <optgroup label="From your council">
              {managed.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.pack.council} (set by {effective.managedBy ?? 'your council'})
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>

      <dl className="policy" aria-label="The policy this pack follows">
        <dt>Council</dt>
        <dd>{pack.council}</dd>
        <dt>Policy</dt>
        <dd data-testid="policy-title">{pack.policy.title}</dd>
        <dt>Dated</dt>
        <dd data-testid="policy-date">{pack.policy.date}</dd>
        <dt>Who may post for the council</dt>
        <dd style={{ fontWeight: 400 }}>{pack.officialPosterNote}</dd>
      </dl>

      <div className="subsection">
        <h3 id="rules-title">Rules this policy enables ({ruleIds.length})</h3>
        <p className="muted small" id="rules-help">
          Each rule shows the policy clause it comes from and the pack’s grading. You can switch a rule off or grade it differently for yourself; the pack’s own grading stays beside it.{' '}
          {changedCount > 0 ? `You have changed ${changedCount === 1 ? 'one rule' : `${changedCount} rules`}.` : 'You have not changed any.'}
        </p>
        <div className="table-wrap">
          <table aria-labelledby="rules-title" aria-describedby="rules-help" className="rules-table">
            <colgroup>
              <col style={{ width: '29%' }} />
              <col style={{ width: '30%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '29%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Policy clause</th>
                <th scope="col">Pack’s grading</th>
                <th scope="col">Your setting</th>
              </tr>
            </thead>
            <tbody>
              {ruleIds.map((id) => (
                <RuleRow key={id} id={id} view={view} snapshot={snapshot} />
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Section>
  );
}

function RuleRow({ id, view, snapshot }: { id: RuleId; view: StoreView; snapshot: Snapshot }) {
  const { effective } = snapshot;
  const rule = effective.pack.rules[id]!;
  const override = effective.council.rules[id];
  const [value, setValue] = useShown<Choice>(override?.enabled === false ? 'off' : (override?.severity ?? 'default'));
  const locked = effective.locks.has(lockPath.rule(id));
  const title = RULE_TITLES[id];

  const choose = (choice: Choice) => {
    const next = choice === 'default' ? null : choice === 'off' ? { enabled: false } : { severity: choice };
    const what = choice === 'default' ? `“${title}” back to the pack’s grading` : choice === 'off' ? `“${title}” switched off` : `“${title}” graded ${SEVERITY_WORDS[choice].toLowerCase()}`;
    setValue(choice, () => view.run(what, (s) => s.setRuleOverride(effective.settings.packId, id, next)));
  };

  return (
    <tr className={value === 'off' ? 'is-off' : undefined} data-rule={id}>
      <th scope="row">
        {title}
        <span className="rule-desc">{RULES_BY_ID.get(id)?.meta.description}</span>
      </th>
      <td>
        <span className="clause-ref">{rule.clause.ref}</span> {rule.clause.summary}
      </td>
      <td>
        <SeverityWord severity={rule.severity} />
      </td>
      <td>
        <select className="rule-select" aria-label={`Your setting for “${title}”`} value={value} disabled={locked} onChange={(e) => choose(e.target.value as Choice)}>
          <option value="default">As the pack ({SEVERITY_WORDS[rule.severity].toLowerCase()})</option>
          <option value="error">Error</option>
          <option value="warning">Warning</option>
          <option value="info">Note</option>
          <option value="off">Off</option>
        </select>
        {value !== 'default' && !locked && (
          <div>
            <span className="tag tag-changed">{value === 'off' ? 'Switched off by you' : 'Changed by you'}</span>
          </div>
        )}
        {locked && (
          <div>
            <Locked by={effective.managedBy} />
          </div>
        )}
      </td>
    </tr>
  );
}
