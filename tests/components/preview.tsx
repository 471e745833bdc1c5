// A static page of every component in its main states, for looking at rather than testing.
// Built and screenshotted by tests/components/build-preview.ts. Each component is mounted in
// its own shadow root with UI_CSS only, as the content script does, so nothing here leans on
// the page's styles.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ComposerBadge } from '../../components/ComposerBadge.tsx';
import { FindingCard } from '../../components/FindingCard.tsx';
import { FindingsPanel } from '../../components/FindingsPanel.tsx';
import { SendConfirmDialog } from '../../components/SendConfirmDialog.tsx';
import { SEVERITY_COLOURS, UI_CSS } from '../../components/styles.ts';
import type { Finding } from '../../lib/engine/finding.ts';
import { ADDRESS, ALL, ATTACK, DISCLAIMER, NAMED, SIGNATURE, SPEAKING, TEXT, TRAIL_PHONE } from './fixtures.ts';

const noop = () => {};

function mount(slot: string, ui: ReactNode): ShadowRoot {
  const host = document.getElementById(slot);
  if (!host) throw new Error(`no slot ${slot}`);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  flushSync(() => createRoot(container).render(ui));
  return shadow;
}

function button(shadow: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...shadow.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function typeInto(input: HTMLInputElement, value: string) {
  // React tracks the value itself; set it through the native setter so onChange fires.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Underline the fake composer's words with the Custom Highlight API, as the overlay does. */
function underline(editor: HTMLElement, findings: Finding[]) {
  const node = editor.firstChild;
  if (!node || !('highlights' in CSS)) return;
  const bySeverity = new Map<string, Range[]>();
  for (const f of findings) {
    if (f.end <= f.start) continue;
    const range = new Range();
    range.setStart(node, f.start);
    range.setEnd(node, f.end);
    bySeverity.set(f.severity, [...(bySeverity.get(f.severity) ?? []), range]);
  }
  const style = document.createElement('style');
  style.textContent = Object.entries(SEVERITY_COLOURS)
    .map(([s, c]) => `::highlight(ppc-${s}) { text-decoration: underline wavy ${c}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }`)
    .join('\n');
  document.head.append(style);
  for (const [s, ranges] of bySeverity) CSS.highlights.set(`ppc-${s}`, new Highlight(...ranges));
}

underline(document.getElementById('editor')!, ALL);

mount('badge-in-composer', <ComposerBadge counts={{ error: 2, warning: 2, info: 1 }} expanded={false} onToggle={noop} />);
mount('card-in-composer', <FindingCard finding={ADDRESS} text={TEXT} onFix={noop} onDismiss={noop} onClose={noop} />);

mount('badge-calm', <ComposerBadge counts={{ error: 0, warning: 0, info: 0 }} expanded={false} onToggle={noop} />);
mount('badge-one', <ComposerBadge counts={{ error: 0, warning: 1, info: 0 }} expanded={false} onToggle={noop} />);
mount('badge-mixed', <ComposerBadge counts={{ error: 1, warning: 2, info: 1 }} expanded onToggle={noop} />);
mount('badge-paused', <ComposerBadge counts={{ error: 1, warning: 0, info: 0 }} expanded={false} onToggle={noop} paused />);
const focused = mount('badge-focus', <ComposerBadge counts={{ error: 3, warning: 0, info: 0 }} expanded={false} onToggle={noop} />);

mount('panel', <FindingsPanel findings={[NAMED, ADDRESS, DISCLAIMER]} trailFindings={[TRAIL_PHONE]} text={TEXT} onSelect={noop} onClose={noop} autoFocus={false} />);
mount('panel-empty', <FindingsPanel findings={[]} text="Lovely turnout at the litter pick today." onSelect={noop} onClose={noop} autoFocus={false} />);

mount('card-attack', <FindingCard finding={ATTACK} text={TEXT} onDismiss={noop} onClose={noop} />);
mount('card-signature', <FindingCard finding={SIGNATURE} text="" onDismiss={noop} onClose={noop} />);
const asking = mount(
  'card-permission',
  <FindingCard finding={NAMED} text={TEXT} dismissReason="I have their written permission" onFix={noop} onDismiss={noop} onClose={noop} />,
);
flushSync(() => button(asking, 'I have permission').click());
flushSync(() => button(asking, 'Confirm').click());

const dialog = mount('dialog', <SendConfirmDialog findings={[SPEAKING, ADDRESS, NAMED]} text={TEXT} onBack={noop} onSendAnyway={noop} />);
flushSync(() => button(dialog, 'Send anyway').click());
typeInto(dialog.querySelector('input')!, 'The clerk approved this wording this morning');

// ?only=cards shows one part of the page, for a close-up screenshot at actual size.
const only = new URLSearchParams(location.search).get('only');
if (only) for (const part of document.querySelectorAll<HTMLElement>('[data-part]')) part.hidden = part.dataset.part !== only;

// After the components' own focus effects, so the ring on this badge is what the keyboard
// would show; then back to the top, which those effects scrolled away from.
setTimeout(() => {
  focused.querySelector('button')!.focus();
  window.scrollTo(0, 0);
}, 200);
