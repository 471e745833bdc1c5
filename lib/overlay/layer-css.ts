// Positioning for the overlay's own wrappers; the components bring their own look (UI_CSS).
export const LAYER_CSS = `
:host {
  display: block !important; position: absolute !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
}
.ppc-float { position: fixed; left: 0; top: 0; z-index: 2147483646; }
.ppc-float[data-hidden="true"] { visibility: hidden; }
.ppc-badge-wrap[data-covering="true"] { opacity: 0.35; transition: opacity 120ms; }
.ppc-badge-wrap[data-covering="true"]:hover, .ppc-badge-wrap[data-covering="true"]:focus-within { opacity: 1; }
.ppc-probe { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.ppc-card-wrap { width: 340px; max-width: calc(100vw - 8px); z-index: 2147483647; }
.ppc-panel-wrap { width: 360px; max-width: calc(100vw - 8px); z-index: 2147483647; }
.ppc-panel-wrap > .ppc-panel { max-height: min(70vh, 520px); }
.ppc-notice {
  margin: 4px 0 0; padding: 4px 8px; border-radius: 6px; background: #fdf4e3; color: #7a3d00;
  font: 12px/1.3 system-ui, sans-serif; max-width: 240px;
}
.ppc-boxes { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483645; }
.ppc-box { position: fixed; pointer-events: none; border-bottom: 2px solid var(--ppc-box, #c5221f); }
`;
