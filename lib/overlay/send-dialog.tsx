// The stop-and-ask dialog, in its own shadow root on <body>, above everything.
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SendConfirmDialog } from '../../components/SendConfirmDialog.tsx';
import { UI_CSS } from '../../components/styles.ts';
import type { Finding } from '../engine/index.ts';
import { scopedContext } from './scoped-context.ts';

export type SendDecision = { action: 'back' } | { action: 'send'; reason: string };

let open = false;

export function sendDialogOpen(): boolean {
  return open;
}

/** Shows the dialog for `findings` (offsets into `text`) and resolves with the user's choice. */
export async function askBeforeSending(ctx: ContentScriptContext, findings: Finding[], text: string): Promise<SendDecision> {
  open = true;
  const closed = new AbortController();
  try {
    let settle: (decision: SendDecision) => void = () => {};
    const decided = new Promise<SendDecision>((resolve) => (settle = resolve));
    const ui = await createShadowRootUi<Root>(scopedContext(ctx, closed.signal), {
      name: 'parish-post-check-dialog',
      position: 'modal',
      zIndex: 2147483647,
      // WXT's host reset (all: initial) would drop the host's z-index: keep it above the site.
      css: `${UI_CSS}\n:host { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; }`,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'],
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <SendConfirmDialog
            findings={findings}
            text={text}
            onBack={() => settle({ action: 'back' })}
            onSendAnyway={(reason) => settle({ action: 'send', reason })}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    const decision = await decided;
    ui.remove();
    return decision;
  } finally {
    open = false;
    closed.abort();
  }
}
