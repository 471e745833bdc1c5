// A <textarea> has no text nodes, so no Range can point into it. A hidden copy laid out exactly
// like it (same box, font, wrapping and scroll), kept in our shadow root, gives ranges whose
// client rects are where the words are drawn: the underline boxes and hover hit-tests use those.
import type { TextModel } from '../text-model.ts';

// Everything that decides where a character lands.
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'tabSize', 'direction', 'textAlign',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private text: Text;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: HTMLElement,
  ) {
    this.box = document.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    Object.assign(this.box.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      visibility: 'hidden',
      pointerEvents: 'none',
      overflow: 'hidden',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      borderColor: 'transparent',
    });
    this.text = document.createTextNode('');
    this.box.append(this.text);
    container.append(this.box);
  }

  /** Copies the textarea's layout and places the copy over it (`origin`: where fixed 0,0 lands). */
  sync(origin: { x: number; y: number }): void {
    const style = getComputedStyle(this.textarea);
    for (const prop of COPIED) this.box.style[prop] = style[prop];
    const rect = this.textarea.getBoundingClientRect();
    this.box.style.transform = `translate(${rect.left - origin.x}px, ${rect.top - origin.y}px)`;
    this.box.scrollTop = this.textarea.scrollTop;
    this.box.scrollLeft = this.textarea.scrollLeft;
  }

  /** The textarea's text as a model whose ranges point into the copy. */
  model(): TextModel {
    const value = this.textarea.value;
    // A new node per model, so ranges of an older model never shift under a newer text.
    const node = document.createTextNode(value);
    this.text.replaceWith(node);
    this.text = node;
    const textarea = this.textarea;
    return {
      root: textarea,
      text: value,
      rangeFor(start, end) {
        const range = document.createRange();
        range.setStart(node, Math.max(0, Math.min(start, value.length)));
        range.setEnd(node, Math.max(0, Math.min(end, value.length)));
        return range;
      },
      offsetOf: (target, offset) => (target === textarea ? Math.min(offset, value.length) : -1),
    };
  }

  remove(): void {
    this.box.remove();
  }
}
