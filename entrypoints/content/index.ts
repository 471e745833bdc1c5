// The content script: finds the compose boxes of the four sites and gives each a checking
// session. The checking itself runs in the background (lib/check-service.ts), so that nothing
// heavy ever runs in the page. Everything here is wiring; the pieces live in lib/.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkInBackground, keepCheckerWarm, releaseComposer } from '../../lib/check-client.ts';
import { ComposerSession } from '../../lib/composer-session.ts';
import { loadPaused, watchSettings } from '../../lib/content-settings.ts';
import { PageHighlights } from '../../lib/overlay/highlights.ts';
import { watchInteraction } from '../../lib/overlay/interaction.ts';
import { installPresend } from '../../lib/presend.ts';
import { adapterFor } from '../../lib/sites/index.ts';
import { watchComposers, whenInUse } from '../../lib/sites/composer-watcher.ts';
import { CONTENT_MATCHES } from '../../lib/sites/matches.ts';
import { answerCountRequests } from '../../lib/storage/count-listener.ts';

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  // The UI's CSS goes into its shadow roots only, never into the page. It is a string handed to
  // each createShadowRootUi, so 'manual': with 'ui', WXT would fetch a content.css that does not
  // exist for every shadow root it creates.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const { signal } = controller;
    // An update or reload of the extension leaves this script in the page with a dead context.
    // WXT notices only when asked, so ask every second: the abort then tears every composer down.
    ctx.setInterval(() => {}, 1000);

    let paused = await loadPaused(adapter.site);
    const sessions = new Set<ComposerSession>();
    const highlights = new PageHighlights();
    const interaction = watchInteraction({ sessions: () => sessions, signal });

    watchSettings(
      adapter.site,
      (next) => {
        paused = next;
        for (const session of sessions) session.configChanged();
      },
      signal,
    );

    watchComposers({
      adapter,
      signal,
      onComposer(editor, composerSignal) {
        whenInUse(editor, composerSignal, () => {
          try {
            const session = new ComposerSession(
              editor,
              { ctx, adapter, highlights, check: checkInBackground, paused: () => paused, release: releaseComposer, keepWarm: keepCheckerWarm, requestPlace: interaction.requestPlace },
              composerSignal,
            );
            sessions.add(session);
            composerSignal.addEventListener('abort', () => sessions.delete(session), { once: true });
          } catch (error) {
            console.debug('[Parish Post Check] could not watch a composer', error);
          }
        });
      },
    });

    installPresend({ ctx, adapter, sessions: () => sessions, signal });
    // The popup asks how many findings the tab's composers hold.
    answerCountRequests({ site: adapter.site, sessions: () => sessions, paused: () => paused, signal });
  },
});
