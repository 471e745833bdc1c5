import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, SEVERITY_COLOURS, SEVERITY_TINTS, UI_CSS } from '../../components/styles.ts';
import { SEVERITY_ORDER } from '../../components/severity.tsx';

// WCAG 2.2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the palette meets WCAG AA', () => {
  const AA_TEXT = 4.5;
  const AA_UI = 3;
  const pairs: [string, string, string, number][] = [
    ['body text on white', PALETTE.text, PALETTE.surface, AA_TEXT],
    ['body text on the subtle grey', PALETTE.text, PALETTE.subtle, AA_TEXT],
    ['muted text on white', PALETTE.muted, PALETTE.surface, AA_TEXT],
    ['muted text on the subtle grey', PALETTE.muted, PALETTE.subtle, AA_TEXT],
    ['button text on blue', PALETTE.primaryText, PALETTE.primary, AA_TEXT],
    ['button text on hovered blue', PALETTE.primaryText, PALETTE.primaryHover, AA_TEXT],
    ['link-style button text', PALETTE.primary, PALETTE.surface, AA_TEXT],
    ['link-style button text when hovered', PALETTE.primary, PALETTE.subtle, AA_TEXT],
    ['focus ring on white', PALETTE.focus, PALETTE.surface, AA_UI],
    ['calm text on its tint', PALETTE.calm, PALETTE.calmTint, AA_TEXT],
    ['calm tick on white', PALETTE.calm, PALETTE.surface, AA_UI],
  ];
  for (const s of SEVERITY_ORDER) {
    pairs.push([`${s} text on white`, SEVERITY_COLOURS[s], PALETTE.surface, AA_TEXT]);
    pairs.push([`${s} text on its tint`, SEVERITY_COLOURS[s], SEVERITY_TINTS[s], AA_TEXT]);
    pairs.push([`${s} underline on the subtle grey`, SEVERITY_COLOURS[s], PALETTE.subtle, AA_UI]);
  }
  it.each(pairs)('%s', (_name, fg, bg, minimum) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('UI_CSS', () => {
  it('shows focus, respects reduced motion, and sets its own font', () => {
    expect(UI_CSS).toContain(':focus-visible');
    expect(UI_CSS).toContain('prefers-reduced-motion: reduce');
    expect(UI_CSS).toMatch(/font-family: system-ui/);
  });

  it('gives every severity its colour and tint', () => {
    for (const s of SEVERITY_ORDER) {
      expect(UI_CSS).toContain(`.ppc-sev-${s} { --ppc-sev: ${SEVERITY_COLOURS[s]}; --ppc-sev-tint: ${SEVERITY_TINTS[s]}; }`);
    }
  });
});

describe('extension source', () => {
  it('never uses innerHTML: Gmail enforces Trusted Types', () => {
    const root = join(import.meta.dirname, '..', '..');
    const files = ['components', 'entrypoints', 'lib'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => join(root, dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});

describe('UiStyles', () => {
  it('is UI_CSS as a style element', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { UiStyles } = await import('../../components/UiStyles.tsx');
    const { createElement } = await import('react');
    const markup = renderToStaticMarkup(createElement(UiStyles));
    expect(markup.startsWith('<style>')).toBe(true);
    expect(markup).toContain('.ppc-card {');
  });
});
