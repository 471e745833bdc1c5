import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The page's content-script context, narrowed to one composer's lifetime. WXT's shadow-root UIs
 * register their removal with `ctx.onInvalidated`; on the page-lifetime context that keeps every
 * closed composer's UI, session and editor reachable. Here the callback lives only until the
 * composer's signal (or the extension's own invalidation) aborts.
 */
export function scopedContext(ctx: ContentScriptContext, signal: AbortSignal): ContentScriptContext {
  const lifetime = AbortSignal.any([signal, ctx.signal]);
  return Object.assign(Object.create(ctx) as ContentScriptContext, {
    onInvalidated(callback: () => void) {
      if (lifetime.aborted) {
        callback();
        return () => {};
      }
      lifetime.addEventListener('abort', callback, { once: true });
      return () => lifetime.removeEventListener('abort', callback);
    },
  });
}
