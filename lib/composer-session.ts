// One compose box, from the moment it appears until it leaves the page: its text model, live
// checking, underlines, badge, panel, card, quick fixes and dismissals. Everything it adds to
// the page is outside the editable element; everything it listens to is released on `signal`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyEdits, removeTrail } from './apply-fix.ts';
import { CHECK_MESSAGE, MAX_ANALYSED_CHARS, type CheckRequest, type CheckTransport } from './check-protocol.ts';
import { revealSpan } from './editor-input.ts';
import type { Finding, Severity } from './engine/index.ts';
import { createLiveCheck, type LiveCheck } from './live-check.ts';
import { appendOverrides } from './storage/override-log-client.ts';
import { ComposerUi, type CardSource, type ComposerViewState, type Placement } from './overlay/composer-ui.tsx';
import { clippingAncestors, contains, toBox, visibleBox } from './overlay/geometry.ts';
import { highlightsSupported, type PageHighlights, type SpanSet } from './overlay/highlights.ts';
import { TextareaMirror } from './overlay/textarea-mirror.ts';
import type { SiteAdapter, Trail } from './sites/index.ts';
import { buildTextModel, preservesNewlines, textareaModel, type TextModel } from './text-model.ts';
import { scopedContext } from './overlay/scoped-context.ts';

export interface SessionEnv {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  highlights: PageHighlights;
  /** Sends a check to the checker (the background's, or one in-process in tests). */
  check: CheckTransport;
  /** Checking is switched off on this site. */
  paused(): boolean;
  /** The composer has gone: the checker may forget it. */
  release?(composer: string): void;
  /** While the user writes: keeps the checker ready. */
  keepWarm?(): void;
  /** Asks for every overlay to be re-placed on the next frame. */
  requestPlace(): void;
}

/** What the pre-send step needs: open findings and the text their offsets point into. */
export interface SendSnapshot {
  findings: Finding[];
  text: string;
}

const WARM_EVERY_MS = 20_000;
let composerCount = 0;

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const HOVER_HIDE_MS = 300;

/** Stable across re-checks and offset shifts: the rule and the words it flags. */
function keyOf(finding: Finding, text: string, scope: 'main' | 'trail'): string {
  return `${scope}|${finding.rule}|${text.slice(finding.start, finding.end)}`;
}

function emptySpans(): Record<Severity, Range[]> {
  return { error: [], warning: [], info: [] };
}

export class ComposerSession {
  private readonly adapter: SiteAdapter;
  private readonly composeRoot: Element;
  private readonly live: LiveCheck;
  private readonly preserveNewlines: boolean;
  private ui: ComposerUi | null = null;
  /** This composer's name for the checker, unique in the tab. */
  private readonly id = `${++composerCount}-${Date.now().toString(36)}`;
  /** Rules whose dismissal asks a reason, and the question (from the last check). */
  private dismissReasons: Record<string, string> = {};

  private model: TextModel;
  private allFindings: Finding[] = [];
  private findings: Finding[] = [];
  private trail: Trail | null = null;
  private trailModel: TextModel | null = null;
  private allTrailFindings: Finding[] = [];
  private trailFindings: Finding[] = [];
  private readonly ranges = new Map<Finding, Range>();
  private readonly dismissed = new Set<string>();

  /** Bumped on every change to the editor; a check remembers the version it read. */
  private version = 0;
  private checkedVersion = -1;
  private paused = false;
  private notice: string | null = null;
  private panelOpen = false;
  private card: ComposerViewState['card'] = null;
  private cardScope: 'main' | 'trail' = 'main';
  private pointerOnCard = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private navigatedAt = 0;
  private clippers: Element[] = [];
  /** For a <textarea>: its laid-out copy, which gives the words' positions. */
  private mirror: TextareaMirror | null = null;

  constructor(
    readonly editor: HTMLElement,
    private readonly env: SessionEnv,
    private readonly signal: AbortSignal,
  ) {
    this.adapter = env.adapter;
    this.composeRoot = this.adapter.composeRoot(editor);
    this.preserveNewlines = preservesNewlines(editor);
    this.model = this.buildModel(null);
    this.live = createLiveCheck({ run: (s) => this.runCheck(s), signal });
    this.listen();
    signal.addEventListener('abort', () => this.teardown(), { once: true });
    this.keepCheckerWarm();
    void this.mountUi();
    void this.live.runNow();
  }

  // ---- lifecycle -------------------------------------------------------------------------

  private async mountUi(): Promise<void> {
    try {
      // In a task of its own: the first render of the overlay must not lengthen the user's click
      // (or keystroke) that brought the composer into use.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.signal.aborted) return;
      const ui = await ComposerUi.create(scopedContext(this.env.ctx, this.signal), this.adapter.uiAnchor(this.editor), this.viewActions(), () => this.measure());
      if (this.signal.aborted) {
        ui.remove();
        return;
      }
      this.ui = ui;
      this.clippers = clippingAncestors(this.editor);
      ui.ensureMounted();
      if (this.editor instanceof HTMLTextAreaElement) {
        this.mirror = new TextareaMirror(this.editor, ui.helperLayer());
        // Findings may already be in: give them positions.
        this.model = this.mirror.model();
        this.applyDismissals();
      }
      this.render();
    } catch (error) {
      console.debug('[Parish Post Check] could not show the overlay', error);
    }
  }

  private listen(): void {
    const { signal, editor } = this;
    const changed = () => {
      this.version++;
      this.live.schedule();
      this.env.requestPlace();
    };
    const textObserver = new MutationObserver(changed);
    textObserver.observe(editor, { characterData: true, childList: true, subtree: true });
    // Recipients, subject and attachments live around the body.
    const formObserver = new MutationObserver((records) => {
      if (records.some((r) => !editor.contains(r.target) && !(this.ui && r.addedNodes.length === 1 && r.addedNodes[0] === this.ui.host))) {
        this.live.schedule();
      }
    });
    if (this.composeRoot !== editor) formObserver.observe(this.composeRoot, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      textObserver.disconnect();
      formObserver.disconnect();
    });
    // A <textarea> changes without mutations.
    editor.addEventListener('input', changed, { signal });
    this.composeRoot.addEventListener('change', () => this.live.schedule(), { signal, capture: true });
    this.composeRoot.addEventListener('input', (e) => !editor.contains(e.target as Node) && this.live.schedule(), { signal, capture: true });
    editor.addEventListener('compositionstart', () => this.live.setComposing(true), { signal });
    editor.addEventListener('compositionend', () => this.live.setComposing(false), { signal });
    editor.addEventListener(
      'keydown',
      (event) => {
        if (NAVIGATION_KEYS.has(event.key)) this.navigatedAt = performance.now();
        if (event.key === 'Escape' && this.card) this.closeCard();
      },
      { signal },
    );
    editor.addEventListener('mouseup', () => (this.navigatedAt = performance.now()), { signal });
  }

  private teardown(): void {
    clearTimeout(this.hideTimer);
    this.env.highlights.delete(this);
    this.mirror?.remove();
    this.ui?.remove();
    this.ui = null;
    this.env.release?.(this.id);
  }

  /** Settings or pack changed: check again with them. */
  configChanged(): void {
    void this.live.runNow();
  }

  /** While the editor has focus, reminds the checker now and then (it is unloaded when idle). */
  private keepCheckerWarm(): void {
    const { keepWarm } = this.env;
    if (!keepWarm) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = () => clearInterval(timer);
    this.editor.addEventListener(
      'focus',
      () => {
        stop();
        keepWarm();
        timer = setInterval(keepWarm, WARM_EVERY_MS);
      },
      { signal: this.signal },
    );
    this.editor.addEventListener('blur', stop, { signal: this.signal });
    this.signal.addEventListener('abort', stop, { once: true });
  }

  // ---- checking --------------------------------------------------------------------------

  private buildModel(trail: Trail | null): TextModel {
    if (this.editor instanceof HTMLTextAreaElement) return this.mirror?.model() ?? textareaModel(this.editor);
    return buildTextModel(this.editor, { until: trail?.start ?? null, preserveNewlines: this.preserveNewlines });
  }

  /** Reads the composer into a check request; null when checking is paused on this site. */
  private prepare() {
    this.ui?.ensureMounted();
    if (this.env.paused()) return null;
    const version = this.version;
    const trail = this.adapter.findTrail?.(this.editor, this.composeRoot) ?? null;
    const model = this.buildModel(trail);
    const capped = model.text.length > MAX_ANALYSED_CHARS;
    // The trail is checked apart (the checker only checks it again when it changes).
    const trailModel = trail?.start ? buildTextModel(this.editor, { from: trail.start, preserveNewlines: this.preserveNewlines }) : null;
    const request: CheckRequest = {
      type: CHECK_MESSAGE,
      composer: this.id,
      site: this.adapter.site,
      channel: this.adapter.channel,
      text: capped ? model.text.slice(0, MAX_ANALYSED_CHARS) : model.text,
      email: this.adapter.readEmail?.(this.editor, this.composeRoot),
      attachments: this.adapter.readAttachments(this.editor, this.composeRoot),
      trail: trail ? { text: trailModel?.text.slice(0, MAX_ANALYSED_CHARS) ?? '', collapsed: trail.collapsed } : null,
    };
    return { version, trail, model, capped, request, trailModel };
  }

  private pause(): void {
    this.paused = true;
    this.commit(this.version, this.buildModel(null), [], null, null, []);
  }

  private async runCheck(signal: AbortSignal): Promise<void> {
    const p = this.prepare();
    if (!p) return this.pause();
    const reply = await this.env.check(p.request, signal);
    signal.throwIfAborted();
    if (reply.paused) return this.pause();
    // A slower, older run must not overwrite a newer result.
    if (p.version < this.checkedVersion) return;
    this.paused = false;
    this.dismissReasons = reply.dismissReasons;
    this.notice = p.capped ? `Long draft: only the first ${MAX_ANALYSED_CHARS.toLocaleString('en-GB')} characters are checked.` : null;
    this.commit(p.version, p.model, reply.findings, p.trail, p.trailModel, reply.trailFindings);
  }

  private commit(version: number, model: TextModel, findings: Finding[], trail: Trail | null, trailModel: TextModel | null, trailFindings: Finding[]): void {
    this.checkedVersion = version;
    this.model = model;
    this.trail = trail;
    this.trailModel = trailModel;
    this.allFindings = findings;
    this.allTrailFindings = trailFindings;
    this.applyDismissals();
  }

  private applyDismissals(): void {
    const text = this.model.text;
    const trailText = this.trailModel?.text ?? '';
    this.findings = this.allFindings.filter((f) => !this.dismissed.has(keyOf(f, text, 'main')));
    this.trailFindings = this.allTrailFindings.filter((f) => !this.dismissed.has(keyOf(f, trailText, 'trail')));
    this.ranges.clear();
    const spans = emptySpans();
    for (const f of this.findings) this.addRange(f, this.model, spans);
    if (this.trailModel && !this.trail?.collapsed) for (const f of this.trailFindings) this.addRange(f, this.trailModel, spans);
    if (this.drawsBoxes()) this.env.highlights.delete(this);
    else this.env.highlights.set(this, spans as SpanSet);
    this.refreshCard();
    this.render();
  }

  private addRange(finding: Finding, model: TextModel, spans: Record<Severity, Range[]>): void {
    if (finding.end <= finding.start) return;
    const range = model.rangeFor(finding.start, finding.end);
    if (!range || range.collapsed) return;
    this.ranges.set(finding, range);
    spans[finding.severity].push(range);
  }

  private isTrailFinding(finding: Finding): boolean {
    return this.allTrailFindings.includes(finding);
  }

  private textFor(finding: Finding): string {
    return this.isTrailFinding(finding) ? (this.trailModel?.text ?? '') : this.model.text;
  }

  // ---- rendering -------------------------------------------------------------------------

  private render(): void {
    if (!this.ui || this.signal.aborted) return;
    this.ui.render({
      findings: this.paused ? [] : this.findings,
      text: this.model.text,
      trailFindings: this.paused ? [] : this.trailFindings,
      panelOpen: this.panelOpen,
      card: this.card,
      paused: this.paused,
      notice: this.notice,
    });
  }

  place(): void {
    this.ui?.place();
  }

  /** Underlines as boxes: where the Highlight API is missing, and always for a <textarea>. */
  private drawsBoxes(): boolean {
    return !highlightsSupported() || this.editor instanceof HTMLTextAreaElement;
  }

  private measure(): Placement {
    if (this.mirror && this.ui) this.mirror.sync(this.ui.origin());
    const editorBox = visibleBox(this.editor, this.clippers);
    const cardRange = this.card ? this.ranges.get(this.card.finding) : undefined;
    const cardRects = cardRange ? [...cardRange.getClientRects()].map(toBox) : [];
    const boxes: Placement['boxes'] = [];
    if (this.drawsBoxes() && editorBox) {
      for (const [finding, range] of this.ranges) {
        for (const rect of range.getClientRects()) {
          const box = toBox(rect);
          // An underline box two pixels tall along the bottom of each line of the span.
          if (box.bottom >= editorBox.top && box.top <= editorBox.bottom) boxes.push({ box: { ...box, top: box.bottom - 2 }, severity: finding.severity });
        }
      }
    }
    const length = this.model.text.length;
    const fresh = this.checkedVersion === this.version;
    const tail = editorBox && fresh && length ? this.model.rangeFor(length - 1, length) : null;
    const tailRects = tail ? tail.getClientRects() : null;
    const lastRect = tailRects?.length ? tailRects[tailRects.length - 1] : undefined;
    return { editor: editorBox, cardRects, boxes, lastLine: lastRect ? toBox(lastRect) : null };
  }

  // ---- the card, the panel, the pointer and the caret --------------------------------------

  private viewActions() {
    return {
      togglePanel: () => {
        this.panelOpen = !this.panelOpen;
        this.render();
      },
      closePanel: () => {
        this.panelOpen = false;
        this.render();
        this.ui?.host.shadowRoot?.querySelector<HTMLElement>('.ppc-badge')?.focus();
      },
      select: (finding: Finding) => this.select(finding),
      fix: (finding: Finding) => void this.applyFix(finding),
      dismiss: (finding: Finding, reason?: string) => this.dismiss(finding, reason),
      closeCard: () => this.closeCard(),
      pointerOverCard: (over: boolean) => {
        this.pointerOnCard = over;
        if (over) clearTimeout(this.hideTimer);
        else if (this.card?.source === 'hover') this.scheduleHide();
      },
    };
  }

  private showCard(finding: Finding, source: CardSource): void {
    clearTimeout(this.hideTimer);
    if (this.card?.finding === finding && this.card.source === source) return;
    this.card = { finding, text: this.textFor(finding), dismissReason: this.dismissReasons[finding.rule], source };
    this.cardScope = this.isTrailFinding(finding) ? 'trail' : 'main';
    this.render();
  }

  private closeCard(): void {
    clearTimeout(this.hideTimer);
    if (!this.card) return;
    const hadFocus = this.ui?.hasFocus() ?? false;
    this.card = null;
    this.render();
    if (hadFocus) this.editor.focus({ preventScroll: true });
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.card?.source === 'hover' && !this.pointerOnCard && !this.ui?.hasFocus()) this.closeCard();
    }, HOVER_HIDE_MS);
  }

  /** After a re-check, keep the card on the same finding (new object, same key) or close it. */
  private refreshCard(): void {
    if (!this.card) return;
    const old = this.card;
    const oldKey = keyOf(old.finding, old.text, this.cardScope);
    const pool = [...this.findings.map((f) => [f, 'main'] as const), ...this.trailFindings.map((f) => [f, 'trail'] as const)];
    const textOf = (scope: 'main' | 'trail') => (scope === 'main' ? this.model.text : (this.trailModel?.text ?? ''));
    // Same words first; else the only finding of that rule (a trimmed trail that was just shown).
    const sameRule = pool.filter(([f, scope]) => scope === this.cardScope && f.rule === old.finding.rule);
    const match = pool.find(([f, scope]) => keyOf(f, textOf(scope), scope) === oldKey) ?? (sameRule.length === 1 ? sameRule[0] : undefined);
    if (match) this.card = { ...old, finding: match[0], text: this.textFor(match[0]) };
    // Someone typing a reason keeps their card even if the words moved.
    else if (!this.ui?.hasFocus()) this.card = null;
  }

  /** The finding under a viewport point, the most serious first. */
  findingAt(x: number, y: number): Finding | null {
    let best: Finding | null = null;
    const order = { error: 0, warning: 1, info: 2 };
    for (const [finding, range] of this.ranges) {
      for (const rect of range.getClientRects()) {
        if (contains(toBox(rect), x, y, 1) && (!best || order[finding.severity] < order[best.severity])) best = finding;
      }
    }
    return best;
  }

  /** The pointer moved to (x, y); `overUi` when it is over this composer's own UI. */
  pointerAt(x: number, y: number, overUi: boolean): void {
    if (overUi) {
      clearTimeout(this.hideTimer);
      return;
    }
    const box = this.ranges.size ? visibleBox(this.editor, this.clippers) : null;
    const finding = box && contains(box, x, y) ? this.findingAt(x, y) : null;
    if (finding) this.showCard(finding, 'hover');
    else if (this.card?.source === 'hover' && !this.pointerOnCard) this.scheduleHide();
  }

  /** The selection moved; offer the card when the caret was moved into a flagged span. */
  caretMoved(selection: Selection): void {
    if (this.checkedVersion !== this.version || !selection.focusNode || !this.editor.contains(selection.focusNode)) return;
    if (performance.now() - this.navigatedAt > 600) return;
    const offset = this.model.offsetOf(selection.focusNode, selection.focusOffset);
    const finding = this.findings.find((f) => f.start < offset && offset < f.end && this.ranges.has(f));
    if (finding) this.showCard(finding, 'caret');
    else if (this.card && this.card.source !== 'hover' && !this.ui?.hasFocus()) this.closeCard();
  }

  owns(event: Event): boolean {
    return this.ui?.owns(event) ?? false;
  }

  private select(finding: Finding): void {
    this.panelOpen = false;
    if (this.isTrailFinding(finding) && this.trail?.collapsed) this.trail.expand?.();
    const range = this.ranges.get(finding) ?? null;
    revealSpan(this.editor, range?.cloneRange() ?? null);
    this.showCard(finding, 'panel');
    this.render();
    this.env.requestPlace();
  }

  // ---- fixes and dismissals ----------------------------------------------------------------

  private dismiss(finding: Finding, reason?: string): void {
    const trail = this.isTrailFinding(finding);
    this.dismissed.add(keyOf(finding, this.textFor(finding), trail ? 'trail' : 'main'));
    if (reason) {
      const kind = this.dismissReasons[finding.rule] ? 'permission' : 'dismiss';
      void appendOverrides([{ date: new Date().toISOString(), site: this.adapter.site, rule: finding.rule, pack: finding.clause.pack, kind, reason }]);
    }
    this.closeCard();
    this.applyDismissals();
  }

  private async applyFix(finding: Finding): Promise<void> {
    try {
      const trail = this.isTrailFinding(finding);
      const scope = trail ? 'trail' : 'main';
      const key = keyOf(finding, this.textFor(finding), scope);
      this.closeCard();
      if (trail && finding.rule === 'email-trail') {
        await removeTrail(this.editor, this.adapter, this.composeRoot, this.preserveNewlines);
      } else {
        // Offsets must match the editor as it is now.
        if (this.checkedVersion !== this.version) await this.live.runNow();
        const current = (trail ? this.allTrailFindings : this.allFindings).find((f) => keyOf(f, this.textFor(f), scope) === key);
        if (!current?.fix) return;
        await applyEdits(this.editor, current.fix.edits, () => (trail ? this.currentTrailModel() : this.buildModel(this.trail)), {
          // Plain contenteditable mail bodies and textareas take line breaks through insertText.
          lineBreaks: this.adapter.channel === 'email' || this.editor instanceof HTMLTextAreaElement,
        });
      }
      await this.live.runNow();
    } catch (error) {
      console.debug('[Parish Post Check] quick fix failed', error);
    }
  }

  private currentTrailModel(): TextModel | null {
    const trail = this.adapter.findTrail?.(this.editor, this.composeRoot);
    return trail?.start ? buildTextModel(this.editor, { from: trail.start, preserveNewlines: this.preserveNewlines }) : null;
  }

  // ---- before sending ----------------------------------------------------------------------

  /** Whether a send must wait: an error is open, or the latest edits are not checked yet. */
  mayBlockSend(): boolean {
    if (this.env.paused()) return false;
    return this.checkedVersion !== this.version || this.openErrors().length > 0;
  }

  /** Brings the findings up to date with the editor. */
  async refresh(): Promise<void> {
    if (this.checkedVersion !== this.version) await this.live.runNow();
  }

  openErrors(): Finding[] {
    if (this.paused) return [];
    return [...this.findings, ...this.trailFindings].filter((f) => f.severity === 'error');
  }

  /** Open findings with their text: the trail's are shifted after the message, as sent. */
  sendSnapshot(): SendSnapshot {
    const main = this.model.text;
    const trailText = this.trailModel?.text ?? '';
    if (!this.trailFindings.length) return { findings: this.findings, text: main };
    const shift = main.length + 2;
    const shifted = this.trailFindings.map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }));
    return { findings: [...this.findings, ...shifted], text: `${main}\n\n${trailText}` };
  }

  get site() {
    return this.adapter.site;
  }

  containsControl(control: Element): boolean {
    return this.composeRoot.contains(control) || this.editor.contains(control);
  }

  /** The composer the user is in: the target is inside its editor or its form. */
  containsTarget(target: Node): boolean {
    return this.editor.contains(target) || this.composeRoot.contains(target);
  }
}
