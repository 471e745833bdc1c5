// "Try it": a draft checked as you type against the current settings, with the same engine and
// the same card as the content script. Nothing typed here is stored.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { draftFor, draftSettingsFor } from '../../lib/draft-setup.ts';
import { createChecker, RULES_BY_ID, type Checker, type Finding, type Severity } from '../../lib/engine/index.ts';
import { withFix } from '../../lib/fixes.ts';
import { capacityFor, type SiteId } from '../../lib/settings/schema.ts';
import type { Snapshot } from '../../lib/storage/store.ts';
import { FindingCard } from '../FindingCard.tsx';
import { countFindings, flaggedWords, sortFindings } from '../finding-text.ts';
import { RULE_TITLES } from '../rule-titles.ts';
import { describeCounts } from '../severity.tsx';
import { Section, SeverityWord } from './common.tsx';
import { CAPACITY_LABELS, ROLE_LABELS } from './wording.ts';

const PLACES: { site: SiteId; label: string; channel: 'facebook' | 'x' | 'email' }[] = [
  { site: 'facebook', label: 'A Facebook post', channel: 'facebook' },
  { site: 'x', label: 'A post on X', channel: 'x' },
  { site: 'gmail', label: 'An email in Gmail', channel: 'email' },
  { site: 'outlook', label: 'An email in Outlook', channel: 'email' },
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const DEBOUNCE_MS = 250;
/** Say "Checking…" only when a check takes longer than this. */
const SLOW_MS = 150;

const keyOf = (f: Finding, text: string) => `${f.rule}|${text.slice(f.start, f.end)}`;

export function TryIt({ snapshot }: { snapshot: Snapshot }) {
  const { effective } = snapshot;
  const settings = effective.settings;
  const [text, setText] = useState('');
  const [site, setSite] = useState<SiteId>('facebook');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checkedText, setCheckedText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [note, setNote] = useState<string | null>(null);
  const textId = useId();
  const placeId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const place = PLACES.find((p) => p.site === site)!;
  const capacity = capacityFor(settings, site);

  const { checker, setupError } = useMemo((): { checker: Checker | null; setupError: string | null } => {
    try {
      return { checker: createChecker({ pack: effective.pack, settings: draftSettingsFor(settings) }), setupError: null };
    } catch (error) {
      return { checker: null, setupError: (error as Error).message };
    }
  }, [effective.pack, settings]);

  useEffect(() => {
    if (!checker) return;
    if (!text.trim()) {
      setFindings([]);
      setCheckedText(text);
      setBusy(false);
      return;
    }
    const controller = new AbortController();
    let slowTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      slowTimer = setTimeout(() => setBusy(true), SLOW_MS);
      const draft = { ...draftFor(settings, site, place.channel, { text }), pack: effective.pack.id };
      checker
        .checkInSlices(draft, { budgetMs: 12, yieldToPage: () => new Promise((r) => setTimeout(r, 0)), signal: controller.signal })
        .then((found) => {
          if (controller.signal.aborted) return;
          setFindings(found.map((f) => withFix(f, text)));
          setCheckedText(text);
          setFailed(null);
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setFailed((error as Error).message || String(error));
        })
        .finally(() => {
          clearTimeout(slowTimer);
          if (!controller.signal.aborted) setBusy(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
      clearTimeout(slowTimer);
    };
  }, [checker, text, site, place.channel, settings, effective.pack.id]);

  const open = useMemo(() => sortFindings(findings.filter((f) => !dismissed.has(keyOf(f, checkedText)))), [findings, dismissed, checkedText]);
  const current = open.find((f) => keyOf(f, checkedText) === selected) ?? null;
  const counts = describeCounts(countFindings(open));
  const stale = checkedText !== text;

  const applyFix = (finding: Finding) => {
    if (!finding.fix) return;
    let next = checkedText;
    for (const edit of [...finding.fix.edits].sort((a, b) => b.start - a.start)) next = next.slice(0, edit.start) + edit.text + next.slice(edit.end);
    setText(next);
    setSelected(null);
    setNote(`Applied: ${finding.fix.label}.`);
    textRef.current?.focus();
  };

  const dismiss = (finding: Finding, reason?: string) => {
    setDismissed((d) => new Set(d).add(keyOf(finding, checkedText)));
    setSelected(null);
    setNote(reason ? 'Dismissed with your reason. In a real post this goes in your override log; nothing from “Try it” is logged.' : 'Dismissed for this draft.');
  };

  return (
    <Section id="try" title="Try it" intro="Type or paste a draft to see what the checks say with your current settings. Nothing you type here is saved or sent anywhere.">
      <div className="try">
        <div className="field" style={{ maxWidth: 'none' }}>
          <label htmlFor={placeId}>Where it will go</label>
          <select id={placeId} value={site} onChange={(e) => setSite(e.target.value as SiteId)}>
            {PLACES.map((p) => (
              <option key={p.site} value={p.site}>
                {p.label}
              </option>
            ))}
          </select>
          <span className="hint" id={`${textId}-as`}>
            Checked for {ROLE_LABELS[settings.role].toLowerCase()}, {CAPACITY_LABELS[capacity].toLowerCase()}, against the {effective.pack.council} policy.
          </span>
          <label htmlFor={textId} style={{ marginTop: 10 }}>
            Your draft
          </label>
          <textarea
            id={textId}
            ref={textRef}
            value={text}
            aria-describedby={`${textId}-as ${textId}-result`}
            placeholder="For example: Speaking on behalf of the council, call Mrs Smith on 07700 900123."
            onChange={(e) => {
              setText(e.target.value);
              setNote(null);
            }}
          />
          <div className="actions">
            <button type="button" className="btn btn-quiet" onClick={() => setText('Speaking on behalf of the council, the new bins arrive on Friday. Call Mrs Smith on 07700 900123. The planning committee were clueless.')}>
              Use an example draft
            </button>
            {text && (
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => {
                  setText('');
                  setDismissed(new Set());
                  setNote(null);
                }}
              >
                Clear
              </button>
            )}
          </div>
        </div>

        <div className="try-results">
          <p id={`${textId}-result`} role="status" aria-live="polite" className={busy ? 'muted' : undefined} data-testid="try-summary">
            {busy ? (
              <>
                <span className="spinner dark" aria-hidden="true" style={{ display: 'inline-block', verticalAlign: '-2px', marginRight: 6 }} />
                Checking…
              </>
            ) : failed || setupError ? (
              `The check could not run: ${failed ?? setupError}`
            ) : !text.trim() ? (
              'Nothing to check yet.'
            ) : stale ? (
              ''
            ) : open.length ? (
              `Found ${counts}.`
            ) : (
              'No problems found in this draft.'
            )}
          </p>
          {note && <p className="small muted">{note}</p>}
          {text.trim() && (
            <div className="marked" aria-label="Your draft with the flagged words marked" role="region">
              <Marked text={checkedText} findings={open} />
            </div>
          )}
          {open.length > 0 && (
            <ul className="changes" aria-label="Findings" data-testid="try-findings">
              {open.map((f) => {
                const key = keyOf(f, checkedText);
                const words = flaggedWords(f, checkedText);
                return (
                  <li key={`${key}|${f.start}`}>
                    <SeverityWord severity={f.severity} />
                    <button type="button" className="btn btn-quiet" aria-expanded={selected === key} onClick={() => setSelected(selected === key ? null : key)} style={{ minHeight: 0, padding: '2px 6px', textAlign: 'left' }}>
                      {RULE_TITLES[f.rule]}
                      {words ? `: “${words}”` : ''}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {current && (
            <div className="ppc-root">
              <FindingCard
                finding={current}
                text={checkedText}
                dismissReason={RULES_BY_ID.get(current.rule)?.meta.dismissReason}
                onFix={current.fix ? () => applyFix(current) : undefined}
                onDismiss={(reason) => dismiss(current, reason)}
                onClose={() => setSelected(null)}
                autoFocus
              />
            </div>
          )}
        </div>
      </div>
    </Section>
  );
}

/** The draft with each flagged stretch marked, most serious colour where findings overlap. */
function Marked({ text, findings }: { text: string; findings: Finding[] }) {
  const points = [...new Set([0, text.length, ...findings.flatMap((f) => [f.start, f.end])])].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const covering = findings.filter((f) => f.start <= a && f.end >= b && f.end > f.start);
    const worst = covering.sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity])[0];
    const piece = text.slice(a, b);
    parts.push(
      worst ? (
        <mark key={a} className={`sev-${worst.severity}`}>
          {piece}
        </mark>
      ) : (
        <span key={a}>{piece}</span>
      ),
    );
  }
  return <>{parts}</>;
}
