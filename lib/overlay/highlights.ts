// Underlines through the CSS Custom Highlight API: the browser paints them over the text with
// no DOM change at all, which is the only safe way next to Lexical and Draft.js.
import type { Severity } from '../engine/index.ts';

export const HIGHLIGHT_NAMES: Record<Severity, string> = { error: 'ppc-error', warning: 'ppc-warning', info: 'ppc-info' };

// ::highlight() rules only work from the page's own stylesheets (a shadow root's styles do not
// reach page text), and may only set colours and text decoration.
const HIGHLIGHT_CSS = `
::highlight(ppc-error) { text-decoration: underline wavy #c62828; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(198, 40, 40, 0.08); }
::highlight(ppc-warning) { text-decoration: underline wavy #b26a00; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(178, 106, 0, 0.08); }
::highlight(ppc-info) { text-decoration: underline dotted #1565c0; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;
const STYLE_ID = 'parish-post-check-highlights';

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistryLike | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export function highlightsSupported(): boolean {
  return registry() !== null;
}

export type SpanSet = Record<Severity, readonly Range[]>;

/** One page-wide set of highlights, merged from every composer's spans. */
export class PageHighlights {
  private readonly owners = new Map<object, SpanSet>();
  private styleAdded = false;

  set(owner: object, spans: SpanSet): void {
    this.owners.set(owner, spans);
    this.paint();
  }

  delete(owner: object): void {
    if (this.owners.delete(owner)) this.paint();
  }

  private paint(): void {
    const highlights = registry();
    if (!highlights) return;
    this.ensureStyle();
    const HighlightCtor = (globalThis as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight;
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const ranges = [...this.owners.values()].flatMap((spans) => spans[severity]);
      if (ranges.length) highlights.set(HIGHLIGHT_NAMES[severity], new HighlightCtor(...ranges));
      else highlights.delete(HIGHLIGHT_NAMES[severity]);
    }
  }

  // The one thing added to the page outside a shadow root, and never inside an editor.
  private ensureStyle(): void {
    if (this.styleAdded && document.getElementById(STYLE_ID)) return;
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (document.head ?? document.documentElement).append(style);
    this.styleAdded = true;
  }
}
