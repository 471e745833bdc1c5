import type { Severity } from '../lib/engine/draft.ts';

// One palette for the cards, the badge and the overlay's underlines, so a red underline
// always means the same as a red card. Every colour below is chosen for WCAG AA:
// tests/components/styles.test.ts checks the contrast of each text/background pair.

/** The main colour of each severity: underlines, icons, and text on white (at least 4.5:1). */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  error: '#c5221f',
  warning: '#b45309',
  info: '#1a5fb4',
};

/** Pale backgrounds that the severity colour stays readable on (at least 4.5:1). */
export const SEVERITY_TINTS: Readonly<Record<Severity, string>> = {
  error: '#fdecea',
  warning: '#fdf4e3',
  info: '#e8f0fe',
};

export const PALETTE = {
  text: '#1f2328',
  muted: '#555f6d',
  surface: '#ffffff',
  subtle: '#f4f5f7',
  border: '#c9ced6',
  primary: '#0b57d0',
  primaryText: '#ffffff',
  primaryHover: '#0842a0',
  focus: '#0b57d0',
  calm: '#146c2e',
  calmTint: '#e6f4ea',
} as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const severityRules = (Object.keys(SEVERITY_COLOURS) as Severity[])
  .map(
    (s) =>
      `.ppc-sev-${s} { --ppc-sev: ${SEVERITY_COLOURS[s]}; --ppc-sev-tint: ${SEVERITY_TINTS[s]}; }`,
  )
  .join('\n');

/**
 * All CSS for the components, injected into each shadow root. The page's styles cannot reach
 * in, and WXT resets the host with `all: initial`, so every root sets its own font and colour.
 */
export const UI_CSS = `
.ppc-root {
  --ppc-text: ${PALETTE.text};
  --ppc-muted: ${PALETTE.muted};
  --ppc-surface: ${PALETTE.surface};
  --ppc-subtle: ${PALETTE.subtle};
  --ppc-border: ${PALETTE.border};
  --ppc-primary: ${PALETTE.primary};
  --ppc-primary-text: ${PALETTE.primaryText};
  --ppc-primary-hover: ${PALETTE.primaryHover};
  --ppc-focus: ${PALETTE.focus};
  --ppc-calm: ${PALETTE.calm};
  --ppc-calm-tint: ${PALETTE.calmTint};
  box-sizing: border-box;
  font-family: ${FONT};
  font-size: 14px;
  line-height: 1.45;
  font-weight: 400;
  color: var(--ppc-text);
  text-align: left;
  letter-spacing: normal;
  -webkit-font-smoothing: antialiased;
}
/* Resets wrapped in :where() weigh nothing, so every component class below wins over them. */
:where(.ppc-root) *, :where(.ppc-root) *::before, :where(.ppc-root) *::after { box-sizing: inherit; }
:where(.ppc-root) :where(p, h2, h3, ul, ol, li, blockquote, form) { margin: 0; padding: 0; }
:where(.ppc-root) :where(ul, ol) { list-style: none; }
${severityRules}

/* Visually hidden, still read by screen readers. */
.ppc-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}

/* Buttons */
:where(.ppc-root) :where(button, input) { font: inherit; color: inherit; margin: 0; }
.ppc-btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 32px; padding: 5px 12px;
  border: 1px solid var(--ppc-border); border-radius: 8px;
  background: var(--ppc-surface); color: var(--ppc-text);
  font-weight: 600; font-size: 13.5px; line-height: 1.2;
  cursor: pointer; white-space: nowrap;
}
.ppc-btn:hover { background: var(--ppc-subtle); }
.ppc-btn-primary {
  background: var(--ppc-primary); border-color: var(--ppc-primary); color: var(--ppc-primary-text);
}
.ppc-btn-primary:hover { background: var(--ppc-primary-hover); border-color: var(--ppc-primary-hover); }
.ppc-btn-quiet { border-color: transparent; background: transparent; color: var(--ppc-primary); }
.ppc-btn-quiet:hover { background: var(--ppc-subtle); }
.ppc-icon-btn {
  display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; padding: 0; flex: none;
  border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: var(--ppc-muted); cursor: pointer;
}
.ppc-icon-btn:hover { background: var(--ppc-subtle); color: var(--ppc-text); }

/* A focus ring that shows on white, on the tints and on the blue button. The root itself is
   included: the badge is its own root. Containers focused only by script (tabindex -1) get none. */
.ppc-root:focus, .ppc-root :focus { outline: none; }
.ppc-root:focus-visible:not([tabindex="-1"]), .ppc-root :focus-visible:not([tabindex="-1"]) {
  outline: 2px solid var(--ppc-focus); outline-offset: 2px;
  box-shadow: 0 0 0 2px var(--ppc-surface);
}
.ppc-root input:focus { outline: 2px solid var(--ppc-focus); outline-offset: 1px; }

/* Severity tag: icon and word, never colour alone. */
.ppc-tag {
  display: inline-flex; align-items: center; gap: 4px;
  padding: 1px 7px 1px 5px; border-radius: 999px;
  background: var(--ppc-sev-tint); color: var(--ppc-sev);
  font-size: 12px; font-weight: 700; line-height: 18px; white-space: nowrap;
}
.ppc-sev-icon { flex: none; display: block; }

/* The flagged words, quoted and underlined as in the composer. */
.ppc-quote {
  display: block; padding: 5px 10px 7px; background: var(--ppc-subtle); border-radius: 6px;
  font-weight: 600; overflow-wrap: anywhere;
}
.ppc-quote-words {
  text-decoration: underline wavy var(--ppc-sev); text-decoration-thickness: 1.5px;
  text-underline-offset: 3px; text-decoration-skip-ink: none;
}

/* Finding card */
.ppc-card {
  width: 340px; max-width: calc(100vw - 16px);
  background: var(--ppc-surface); border: 1px solid var(--ppc-border);
  border-top: 4px solid var(--ppc-sev); border-radius: 10px;
  box-shadow: 0 8px 24px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  padding: 10px 12px 12px;
  display: flex; flex-direction: column; gap: 10px;
  animation: ppc-appear 120ms ease-out;
}
.ppc-card-head { display: flex; align-items: center; gap: 8px; }
.ppc-card-title {
  flex: 1; min-width: 0; font-size: 14px; font-weight: 700; line-height: 1.3;
}
.ppc-card-message { margin: 0; }
.ppc-clause {
  padding: 8px 10px; border-radius: 8px; background: var(--ppc-subtle);
  font-size: 13px; color: var(--ppc-text);
}
.ppc-clause-ref { display: block; font-weight: 700; font-size: 12px; color: var(--ppc-muted); margin-bottom: 2px; }
.ppc-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.ppc-actions-end { justify-content: flex-end; }

/* Reason forms (permission, send anyway) */
.ppc-reason { display: flex; flex-direction: column; gap: 6px; }
.ppc-label { font-weight: 700; font-size: 13px; }
.ppc-hint { font-size: 12.5px; color: var(--ppc-muted); }
.ppc-input {
  width: 100%; min-height: 34px; padding: 6px 9px;
  border: 1px solid #7d8590; border-radius: 7px; background: var(--ppc-surface);
}
.ppc-input[aria-invalid="true"] { border-color: ${SEVERITY_COLOURS.error}; border-width: 2px; padding: 5px 8px; }
.ppc-error-text {
  display: flex; align-items: center; gap: 5px;
  color: ${SEVERITY_COLOURS.error}; font-size: 12.5px; font-weight: 600;
}

/* Composer badge */
.ppc-badge {
  display: inline-flex; align-items: center; gap: 6px;
  height: 28px; padding: 0 8px 0 6px;
  border: 1px solid var(--ppc-border); border-radius: 999px;
  background: var(--ppc-surface); color: var(--ppc-text);
  box-shadow: 0 1px 3px rgba(15, 23, 42, 0.16);
  font-size: 13px; font-weight: 700; line-height: 1; cursor: pointer;
  transition: box-shadow 120ms ease-out;
}
.ppc-badge:hover { box-shadow: 0 2px 6px rgba(15, 23, 42, 0.22); }
.ppc-badge[aria-expanded="true"] { border-color: var(--ppc-primary); background: #f3f7fe; }
.ppc-badge-mark { flex: none; display: block; }
.ppc-badge-count { display: inline-flex; align-items: center; gap: 3px; color: var(--ppc-sev); }
.ppc-badge-calm { color: var(--ppc-calm); }
.ppc-badge-paused { color: var(--ppc-muted); background: var(--ppc-subtle); box-shadow: none; }
.ppc-badge-word { font-weight: 600; font-size: 12.5px; }

/* Findings panel */
.ppc-panel {
  width: 360px; max-width: calc(100vw - 16px);
  max-height: min(480px, calc(100vh - 32px));
  display: flex; flex-direction: column;
  background: var(--ppc-surface); border: 1px solid var(--ppc-border); border-radius: 12px;
  box-shadow: 0 8px 24px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  animation: ppc-appear 120ms ease-out;
}
.ppc-panel-head {
  display: flex; align-items: flex-start; gap: 8px;
  padding: 10px 10px 8px 14px; border-bottom: 1px solid #e3e6ea;
}
.ppc-panel-titles { flex: 1; min-width: 0; }
.ppc-panel-title { font-size: 14.5px; font-weight: 700; line-height: 1.3; }
.ppc-panel-summary { font-size: 12.5px; color: var(--ppc-muted); }
.ppc-panel-body { overflow-y: auto; padding: 6px; }
.ppc-panel-section + .ppc-panel-section { margin-top: 6px; border-top: 1px solid #e3e6ea; padding-top: 6px; }
.ppc-panel-section-title {
  padding: 6px 8px 2px; font-size: 12px; font-weight: 700; color: var(--ppc-muted);
  text-transform: uppercase; letter-spacing: 0.04em;
}
.ppc-panel-section-hint { padding: 0 8px 4px; font-size: 12.5px; color: var(--ppc-muted); }
.ppc-entry {
  display: flex; flex-direction: column; align-items: stretch; gap: 3px; width: 100%;
  padding: 8px 10px; border: 1px solid transparent; border-left: 3px solid var(--ppc-sev);
  border-radius: 4px 8px 8px 4px; background: transparent; text-align: left; cursor: pointer;
  margin-bottom: 2px;
}
.ppc-entry:hover { background: var(--ppc-subtle); }
.ppc-entry-top { display: flex; align-items: center; gap: 6px; min-width: 0; }
.ppc-entry-rule { font-weight: 700; font-size: 13px; }
.ppc-entry-words {
  min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font-size: 13px; color: var(--ppc-text);
}
.ppc-entry-message {
  font-size: 12.5px; color: var(--ppc-muted);
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.ppc-empty {
  display: flex; align-items: center; gap: 10px; padding: 14px 10px;
  color: var(--ppc-text);
}
.ppc-empty-mark { color: var(--ppc-calm); flex: none; }

/* Send confirmation */
.ppc-backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center; padding: 16px;
  background: rgba(15, 23, 42, 0.45);
  animation: ppc-fade 120ms ease-out;
}
.ppc-dialog {
  width: 480px; max-width: 100%; max-height: calc(100vh - 32px); overflow-y: auto;
  background: var(--ppc-surface); border-radius: 14px; border-top: 5px solid ${SEVERITY_COLOURS.error};
  box-shadow: 0 16px 48px rgba(15, 23, 42, 0.35);
  padding: 18px 20px 20px; display: flex; flex-direction: column; gap: 14px;
  animation: ppc-appear 140ms ease-out;
}
.ppc-dialog-title { font-size: 18px; font-weight: 700; line-height: 1.3; }
.ppc-dialog-intro { color: var(--ppc-text); }
.ppc-safe {
  display: flex; align-items: center; gap: 8px; padding: 8px 10px; border-radius: 8px;
  background: var(--ppc-calm-tint); color: var(--ppc-calm); font-weight: 600; font-size: 13px;
}
.ppc-dialog-list { display: flex; flex-direction: column; gap: 8px; max-height: 40vh; overflow-y: auto; padding: 2px; }
.ppc-dialog-item {
  display: flex; flex-direction: column; gap: 4px; padding: 8px 10px;
  border: 1px solid #e3e6ea; border-left: 3px solid var(--ppc-sev); border-radius: 4px 8px 8px 4px;
}
.ppc-dialog-item-top { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.ppc-dialog-item-ref { font-size: 12.5px; color: var(--ppc-muted); }
.ppc-dialog-item-message { font-size: 13px; }
.ppc-dialog .ppc-actions { margin-top: 6px; }

@keyframes ppc-appear { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@keyframes ppc-fade { from { opacity: 0; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) {
  .ppc-root, .ppc-root * { animation: none !important; transition: none !important; }
}
/* Windows high contrast: keep edges and focus visible with system colours. */
@media (forced-colors: active) {
  .ppc-btn, .ppc-badge, .ppc-entry, .ppc-card, .ppc-panel, .ppc-dialog { border: 1px solid CanvasText; }
  .ppc-root:focus-visible, .ppc-root :focus-visible { outline-color: Highlight; }
}
`;
