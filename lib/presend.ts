// Stop and ask: Post / Send / Reply, or Ctrl/Cmd+Enter, while an error is open brings up the
// confirmation. The original send is held (never altered) and, on "Send anyway", replayed on the
// same control. A send whose latest edits are not checked yet is held just as long as the check
// takes, then let through if it finds no error. The draft itself is never touched; the log gets
// the rule, site, date and reason.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposerSession, SendSnapshot } from './composer-session.ts';
import type { Finding } from './engine/index.ts';
import { appendOverrides } from './storage/override-log-client.ts';
import { askBeforeSending, sendDialogOpen } from './overlay/send-dialog.tsx';
import type { SiteAdapter } from './sites/index.ts';

export interface PresendOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  sessions(): Iterable<ComposerSession>;
  signal: AbortSignal;
}

// Gmail acts on mousedown/mouseup, others on click: the whole press is held.
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/** Joins several composers' snapshots (an X thread) into one text with shifted offsets. */
export function combineSnapshots(snapshots: readonly SendSnapshot[]): SendSnapshot {
  const findings: Finding[] = [];
  let text = '';
  for (const snap of snapshots) {
    const shift = text ? text.length + 2 : 0;
    if (text) text += '\n\n';
    text += snap.text;
    for (const f of snap.findings) findings.push(shift ? { ...f, start: f.start + shift, end: f.end + shift } : f);
  }
  return { findings, text };
}

export function installPresend({ ctx, adapter, sessions, signal }: PresendOptions): void {
  // Our own replays pass through untouched.
  const replayed = new WeakSet<Event>();
  let deciding = false;
  // The control whose press is being held: once its pointerdown is held, the rest of that press is too.
  let heldPress: Element | null = null;

  const targetOf = (event: Event): Element | null => {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
  };
  const inScope = (test: (s: ComposerSession) => boolean) => [...sessions()].filter(test);

  function hold(event: Event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  async function decide(scope: ComposerSession[], replay: () => void) {
    deciding = true;
    const editor = scope[0]!.editor;
    const selection = document.getSelection();
    const saved = selection && selection.rangeCount && editor.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null;
    const restore = () => {
      editor.focus({ preventScroll: true });
      if (saved && selection) {
        selection.removeAllRanges();
        selection.addRange(saved);
      }
    };
    try {
      await Promise.all(scope.map((s) => s.refresh()));
      // Fixed or dismissed in the meantime: nothing to ask.
      const blocking = scope.filter((s) => s.openErrors().length > 0);
      if (!blocking.length) {
        replay();
        return;
      }
      const { findings, text } = combineSnapshots(scope.map((s) => s.sendSnapshot()));
      const decision = await askBeforeSending(ctx, findings, text);
      restore();
      if (decision.action === 'back') return;
      const date = new Date().toISOString();
      const rules = new Map<string, string>();
      for (const f of blocking.flatMap((s) => s.openErrors())) rules.set(f.rule, f.clause.pack);
      await appendOverrides([...rules].map(([rule, pack]) => ({ date, site: adapter.site, rule, pack, kind: 'send-anyway' as const, reason: decision.reason })));
      replay();
    } catch (error) {
      console.debug('[Parish Post Check] pre-send check failed; letting the send through', error);
      replay();
    } finally {
      deciding = false;
    }
  }

  function replayPress(control: Element) {
    const rect = control.getBoundingClientRect();
    const base = { bubbles: true, cancelable: true, composed: true, view: window, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, button: 0 };
    const pointer = { pointerId: 1, pointerType: 'mouse', isPrimary: true };
    const events: Event[] = [
      new PointerEvent('pointerdown', { ...base, ...pointer, buttons: 1 }),
      new MouseEvent('mousedown', { ...base, buttons: 1 }),
      new PointerEvent('pointerup', { ...base, ...pointer, buttons: 0 }),
      new MouseEvent('mouseup', { ...base, buttons: 0 }),
      new MouseEvent('click', { ...base, buttons: 0, detail: 1 }),
    ];
    for (const event of events) {
      replayed.add(event);
      control.dispatchEvent(event);
    }
  }

  function replayKey(target: Element, original: KeyboardEvent) {
    const init = { key: 'Enter', code: 'Enter', ctrlKey: original.ctrlKey, metaKey: original.metaKey, shiftKey: original.shiftKey, altKey: original.altKey, bubbles: true, cancelable: true, composed: true };
    for (const type of ['keydown', 'keyup'] as const) {
      const event = new KeyboardEvent(type, init);
      // Older handlers read keyCode/which, which the constructor cannot set.
      Object.defineProperty(event, 'keyCode', { get: () => 13 });
      Object.defineProperty(event, 'which', { get: () => 13 });
      replayed.add(event);
      target.dispatchEvent(event);
    }
  }

  function onPress(event: Event) {
    try {
      if (ctx.isInvalid) return; // the extension was reloaded: let the site send
      if (replayed.has(event) || (event instanceof MouseEvent && event.button !== 0)) return;
      const control = targetOf(event)?.closest(adapter.sendSelector);
      if (!control) return;
      const scope = inScope((s) => s.containsControl(control));
      if (!scope.length) return;
      const mustWait = () => deciding || sendDialogOpen() || scope.some((s) => s.mayBlockSend());
      if (event.type === 'pointerdown' || (event.type === 'mousedown' && heldPress !== control)) {
        // A press begins: hold all of it or none of it, even if the check finishes mid-press.
        heldPress = mustWait() ? control : null;
        if (!heldPress) return;
      } else if (heldPress !== control && !mustWait()) return;
      hold(event);
      if (event.type === 'click') {
        heldPress = null;
        if (!deciding) void decide(scope, () => replayPress(control));
      }
    } catch (error) {
      console.debug('[Parish Post Check] send interception failed', error);
    }
  }

  function onKey(event: KeyboardEvent) {
    try {
      if (ctx.isInvalid) return; // the extension was reloaded: let the site send
      if (replayed.has(event) || event.key !== 'Enter' && event.key !== ' ') return;
      const target = targetOf(event);
      if (!target) return;
      const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
      const control = shortcut ? null : target.closest(adapter.sendSelector);
      if (!shortcut && !control) return;
      const scope = inScope((s) => (control ? s.containsControl(control) : s.containsTarget(target)));
      if (!scope.length) return;
      if (!deciding && !sendDialogOpen() && !scope.some((s) => s.mayBlockSend())) return;
      hold(event);
      if (deciding || event.repeat) return;
      void decide(scope, control ? () => replayPress(control) : () => replayKey(target.isConnected ? target : scope[0]!.editor, event));
    } catch (error) {
      console.debug('[Parish Post Check] send interception failed', error);
    }
  }

  for (const type of PRESS_EVENTS) window.addEventListener(type, onPress, { capture: true, signal });
  window.addEventListener('keydown', onKey, { capture: true, signal });
}
