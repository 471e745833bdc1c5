// The per-composer UI: badge, panel and card in one shadow root placed right after the editor
// (so Tab from the editor reaches it), positioned with `position: fixed` over the page.
import { startTransition, useLayoutEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ComposerBadge } from '../../components/ComposerBadge.tsx';
import { FindingCard } from '../../components/FindingCard.tsx';
import { FindingsPanel } from '../../components/FindingsPanel.tsx';
import { SEVERITY_COLOURS, UI_CSS } from '../../components/styles.ts';
import type { Finding, Severity } from '../engine/index.ts';
import { fixedOrigin, intersect, placeNear, type Box } from './geometry.ts';
import { LAYER_CSS } from './layer-css.ts';

export type CardSource = 'hover' | 'caret' | 'panel';

export interface ComposerViewState {
  findings: Finding[];
  /** The analysed text the findings point into. */
  text: string;
  /** Findings in the quoted trail (offsets in the trail's own text). */
  trailFindings: Finding[];
  panelOpen: boolean;
  card: { finding: Finding; text: string; dismissReason?: string; source: CardSource } | null;
  paused: boolean;
  notice: string | null;
}

export interface ComposerViewActions {
  togglePanel(): void;
  closePanel(): void;
  select(finding: Finding): void;
  fix(finding: Finding): void;
  dismiss(finding: Finding, reason?: string): void;
  closeCard(): void;
  pointerOverCard(over: boolean): void;
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function ComposerView({ state, actions, onRendered }: { state: ComposerViewState; actions: ComposerViewActions; onRendered: () => void }) {
  useLayoutEffect(onRendered);
  const { card } = state;
  return (
    <>
      <div className="ppc-probe" />
      {/* First in tab order when offered, so Tab from the editor reaches it without focus being taken. */}
      {card && (
        <div
          className="ppc-float ppc-card-wrap"
          data-hidden="true"
          onMouseEnter={() => actions.pointerOverCard(true)}
          onMouseLeave={() => actions.pointerOverCard(false)}
        >
          <FindingCard
            finding={card.finding}
            text={card.text}
            dismissReason={card.dismissReason}
            onFix={card.finding.fix ? () => actions.fix(card.finding) : undefined}
            onDismiss={(reason) => actions.dismiss(card.finding, reason)}
            onClose={actions.closeCard}
          />
        </div>
      )}
      <div className="ppc-float ppc-badge-wrap" data-hidden="true">
        <ComposerBadge counts={counts([...state.findings, ...state.trailFindings])} expanded={state.panelOpen} onToggle={actions.togglePanel} paused={state.paused} />
        {state.notice && (
          <p className="ppc-notice" role="status">
            {state.notice}
          </p>
        )}
      </div>
      {state.panelOpen && (
        <div className="ppc-float ppc-panel-wrap" data-hidden="true">
          <FindingsPanel findings={state.findings} text={state.text} trailFindings={state.trailFindings} onSelect={actions.select} onClose={actions.closePanel} />
        </div>
      )}
      <div className="ppc-boxes" />
    </>
  );
}

export interface Placement {
  /** The visible part of the editor, or null when it is scrolled away or hidden. */
  editor: Box | null;
  /** The card's span, as the client rects of its range. */
  cardRects: Box[];
  /** Fallback underline boxes when the Highlight API is missing. */
  boxes: { box: Box; severity: Severity }[];
  /** The last line of text, which the badge (bottom right) may sit over. */
  lastLine: Box | null;
}

export class ComposerUi {
  private root: Root | null = null;
  private state: ComposerViewState | null = null;
  private committed = false;
  private boxPool: HTMLElement[] = [];

  private constructor(
    private readonly ui: ShadowRootContentScriptUi<Root>,
    private readonly anchor: Element,
    private readonly actions: ComposerViewActions,
    private readonly measure: () => Placement,
  ) {}

  static async create(
    ctx: ContentScriptContext,
    anchor: Element,
    actions: ComposerViewActions,
    measure: () => Placement,
  ): Promise<ComposerUi> {
    let created: ComposerUi | null = null;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'parish-post-check',
      position: 'inline',
      anchor,
      append: 'after',
      css: `${UI_CSS}\n${LAYER_CSS}`,
      // Keys typed in our UI must not reach the site's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'],
      onMount(container) {
        const root = createRoot(container);
        if (created) created.root = root;
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    created = new ComposerUi(ui, anchor, actions, measure);
    return created;
  }

  get host(): HTMLElement {
    return this.ui.shadowHost;
  }

  /** Mounts (or re-mounts, if the site's own re-render removed the host) after the anchor. */
  ensureMounted(): void {
    const host = this.ui.shadowHost;
    if (host.isConnected) return;
    if (!this.root) {
      this.ui.mount();
      if (this.state) this.render(this.state);
      return;
    }
    // Put the same host back (its React root lives on) after the anchor.
    this.anchor.parentElement?.insertBefore(host, this.anchor.nextSibling);
  }

  render(state: ComposerViewState): void {
    this.state = state;
    const root = this.root;
    if (!root) return;
    const view = (
      <ComposerView
        state={state}
        actions={this.actions}
        onRendered={() => {
          if (this.committed) return this.place();
          // The first placement measures the page with the new shadow root in it, a full layout:
          // in the next frame, where the browser lays out anyway, not inside React's commit.
          this.committed = true;
          requestAnimationFrame(() => this.place());
        }}
      />
    );
    // Until the first render is on screen, renders are transitions: the first one runs React's
    // code for the first time on the page, and as a transition React does it in slices of a few
    // milliseconds instead of one long task.
    if (this.committed) root.render(view);
    else startTransition(() => root.render(view));
  }

  /** Whether an event came from inside this UI (its shadow root is open to composedPath). */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.ui.shadowHost);
  }

  /** Puts every floating part where it belongs; called after renders and on scroll/resize. */
  place(): void {
    const shadow = this.ui.shadow;
    const probe = shadow.querySelector<HTMLElement>('.ppc-probe');
    if (!probe || !this.ui.shadowHost.isConnected) return;
    const origin = fixedOrigin(probe);
    const placement = this.measure();
    const put = (el: HTMLElement, left: number, top: number) => {
      el.style.transform = `translate(${Math.round(left - origin.x)}px, ${Math.round(top - origin.y)}px)`;
      el.dataset.hidden = 'false';
    };

    const badge = shadow.querySelector<HTMLElement>('.ppc-badge-wrap');
    let badgeBox: Box | null = null;
    if (badge) {
      if (!placement.editor) badge.dataset.hidden = 'true';
      else {
        const width = badge.offsetWidth;
        const height = badge.offsetHeight;
        const left = Math.max(placement.editor.left, placement.editor.right - width - 6);
        const top = Math.max(placement.editor.top, placement.editor.bottom - height - 6);
        put(badge, left, top);
        badgeBox = { left, top, right: left + width, bottom: top + height };
        // Over the words being typed it fades, so the text shows through until pointed at.
        badge.dataset.covering = String(!!placement.lastLine && !!intersect(placement.lastLine, badgeBox));
      }
    }

    const panel = shadow.querySelector<HTMLElement>('.ppc-panel-wrap');
    if (panel) {
      const anchor = badgeBox ?? placement.editor;
      if (!anchor) panel.dataset.hidden = 'true';
      else {
        const size = { width: panel.offsetWidth, height: panel.offsetHeight };
        const pos = placeNear({ ...anchor, left: anchor.right - size.width }, size);
        put(panel, pos.left, pos.top);
      }
    }

    const card = shadow.querySelector<HTMLElement>('.ppc-card-wrap');
    if (card) {
      const rects = placement.cardRects;
      const last = rects[rects.length - 1];
      const anchor = last ?? badgeBox;
      if (!anchor) card.dataset.hidden = 'true';
      else {
        const pos = placeNear(anchor, { width: card.offsetWidth, height: card.offsetHeight });
        put(card, pos.left, pos.top);
      }
    }

    this.drawBoxes(placement.boxes, origin);
  }

  private drawBoxes(boxes: Placement['boxes'], origin: { x: number; y: number }): void {
    const layer = this.ui.shadow.querySelector<HTMLElement>('.ppc-boxes');
    if (!layer) return;
    while (this.boxPool.length < boxes.length) {
      const el = document.createElement('div');
      el.className = 'ppc-box';
      layer.append(el);
      this.boxPool.push(el);
    }
    this.boxPool.forEach((el, i) => {
      const item = boxes[i];
      if (!item) {
        el.style.display = 'none';
        return;
      }
      el.style.display = 'block';
      el.style.left = `${item.box.left - origin.x}px`;
      el.style.top = `${item.box.top - origin.y}px`;
      el.style.width = `${item.box.right - item.box.left}px`;
      el.style.height = `${item.box.bottom - item.box.top}px`;
      el.style.setProperty('--ppc-box', SEVERITY_COLOURS[item.severity]);
    });
  }

  /** A container in the shadow root for layout helpers that React does not manage. */
  helperLayer(): HTMLElement {
    let layer = this.ui.shadow.querySelector<HTMLElement>('.ppc-helpers');
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'ppc-helpers';
      this.ui.shadow.append(layer);
    }
    return layer;
  }

  /** Where a `position: fixed` 0,0 lands inside this UI. */
  origin(): { x: number; y: number } {
    const probe = this.ui.shadow.querySelector<HTMLElement>('.ppc-probe');
    return probe ? fixedOrigin(probe) : { x: 0, y: 0 };
  }

  /** Moves focus into the card (keyboard users who asked for it). */
  focusCard(): boolean {
    const card = this.ui.shadow.querySelector<HTMLElement>('.ppc-card');
    card?.focus();
    return !!card;
  }

  /** Whether keyboard focus is inside this UI. */
  hasFocus(): boolean {
    return this.ui.shadow.activeElement !== null;
  }

  remove(): void {
    this.ui.remove();
    this.root = null;
  }
}
