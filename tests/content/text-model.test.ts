// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../lib/text-model.ts';
import { mount } from './dom.ts';

function html(markup: string): HTMLElement {
  const el = mount(markup);
  el.setAttribute('contenteditable', 'true');
  return el;
}

describe('text model', () => {
  it('puts one newline between blocks and one character per <br>', () => {
    const root = html('<p><span>Hello</span> <span>there</span></p><p><br></p><p>Line<br>two</p>');
    const model = buildTextModel(root);
    expect(model.text).toBe('Hello there\n\nLine\ntwo');
  });

  it('does not double newlines for nested blocks (Draft.js)', () => {
    const root = html(
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">First</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Second</span></span></div></div></div>',
    );
    expect(buildTextModel(root).text).toBe('First\nSecond');
  });

  it('ignores pretty-printing whitespace between blocks', () => {
    const root = html('\n  <div>One</div>\n  <div>Two</div>\n');
    expect(buildTextModel(root).text).toBe('One\nTwo');
  });

  it('maps spans back to DOM ranges across text nodes', () => {
    const root = html('<p><span>Call 07700 </span><b>900123</b> today</p><p>Next</p>');
    const model = buildTextModel(root);
    const start = model.text.indexOf('07700');
    const end = model.text.indexOf(' today');
    const range = model.rangeFor(start, end)!;
    expect(range.toString()).toBe('07700 900123');
    const next = model.text.indexOf('Next');
    expect(model.rangeFor(next, next + 4)!.toString()).toBe('Next');
  });

  it('maps a span that ends at a block edge', () => {
    const root = html('<p>abc</p><p>def</p>');
    const model = buildTextModel(root);
    expect(model.rangeFor(0, 3)!.toString()).toBe('abc');
    expect(model.rangeFor(0, 4)!.toString()).toBe('abc');
    expect(model.rangeFor(3, 7)!.toString()).toBe('def');
  });

  it('gives a caret at the end of the text before it', () => {
    const root = html('<p>abc</p><p>def</p>');
    const model = buildTextModel(root);
    const caret = model.rangeFor(3, 3)!;
    expect(caret.collapsed).toBe(true);
    expect(caret.startContainer.textContent).toBe('abc');
    expect(caret.startOffset).toBe(3);
    const end = model.rangeFor(7, 7)!;
    expect(end.startContainer.textContent).toBe('def');
    expect(end.startOffset).toBe(3);
  });

  it('maps DOM positions back to offsets', () => {
    const root = html('<p>abc</p><p>de<br>f</p>');
    const model = buildTextModel(root);
    const f = root.querySelectorAll('p')[1]!.lastChild!;
    expect(model.offsetOf(f, 1)).toBe(model.text.length);
    expect(model.text).toBe('abc\nde\nf');
    const p2 = root.querySelectorAll('p')[1]!;
    expect(model.offsetOf(p2, 0)).toBe(4);
    expect(model.offsetOf(document.body, 0)).toBe(-1);
  });

  it('stops at the quoted trail and can read the trail alone', () => {
    const root = html('<div>Thanks, see you</div><div><br></div><div class="gmail_quote"><div class="gmail_attr">On Mon, Ann wrote:</div><blockquote>Old text</blockquote></div>');
    const trail = root.querySelector('.gmail_quote')!;
    expect(buildTextModel(root, { until: trail }).text).toBe('Thanks, see you\n\n');
    const trailModel = buildTextModel(root, { from: trail });
    expect(trailModel.text).toBe('On Mon, Ann wrote:\nOld text');
    expect(trailModel.rangeFor(0, 18)!.toString()).toBe('On Mon, Ann wrote:');
  });

  it('turns raw newlines into spaces unless the editor preserves them', () => {
    const root = html('<div>a\nb</div>');
    expect(buildTextModel(root).text).toBe('a b');
    expect(buildTextModel(root, { preserveNewlines: true }).text).toBe('a\nb');
  });

  it('keeps UTF-16 offsets for astral characters', () => {
    const root = html('<p>Hi 😀 Bob</p>');
    const model = buildTextModel(root);
    const i = model.text.indexOf('Bob');
    expect(model.rangeFor(i, i + 3)!.toString()).toBe('Bob');
  });
});
