// The plain text the engine sees for one editor, built in a single walk over its DOM, with a
// map from every character back to a DOM position so findings become Ranges. Rebuilt on every
// change: Lexical and Draft.js replace text nodes per keystroke, so nothing here is cached.

/** Elements that start a new line of text (the layout-free stand-in for `display: block`). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never text the user sends. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'VIDEO', 'AUDIO', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

type Piece =
  | { kind: 'text'; start: number; end: number; node: Text }
  | { kind: 'br'; start: number; end: number; node: Element }
  | { kind: 'break'; start: number; end: number };

export interface TextModel {
  readonly root: Element;
  readonly text: string;
  /** A DOM Range over [start, end) of `text`, or null when the span maps to no DOM position. */
  rangeFor(start: number, end: number): Range | null;
  /** The `text` offset of a DOM position, or -1 when it is outside the model. */
  offsetOf(node: Node, offset: number): number;
}

export interface TextModelOptions {
  /** Start reading at this node (inclusive); everything before it is left out. */
  from?: Node | null;
  /** Stop reading at this node (exclusive): used to leave out an email's quoted trail. */
  until?: Node | null;
  /** Keep "\n" inside text nodes as line breaks (editors with `white-space: pre-wrap`). */
  preserveNewlines?: boolean;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

// Pretty-printed markup between blocks ("\n    ") is not text anyone typed.
function isLayoutWhitespace(node: Text): boolean {
  const data = node.data;
  if (!/^[ \t\r\n]*$/.test(data) || !/[\r\n]/.test(data)) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  const blockish = (n: Node | null) => !n || (n.nodeType === 1 && isBlock(n as Element));
  return blockish(prev) && blockish(next);
}

/** Whether the editor renders "\n" in its text nodes as line breaks. */
export function preservesNewlines(el: Element): boolean {
  try {
    const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
    return ws.startsWith('pre') || ws === 'break-spaces';
  } catch {
    return false;
  }
}

export function buildTextModel(root: Element, options: TextModelOptions = {}): TextModel {
  const pieces: Piece[] = [];
  const chunks: string[] = [];
  let length = 0;
  let lastChar = '';
  let pendingBreak = false;
  let started = !options.from;
  let stopped = false;
  const until = options.until ?? null;
  const from = options.from ?? null;
  const keepNewlines = options.preserveNewlines ?? false;

  function emit(kind: 'text' | 'br', node: Node, text: string) {
    if (pendingBreak && length > 0 && lastChar !== '\n') {
      pieces.push({ kind: 'break', start: length, end: length + 1 });
      chunks.push('\n');
      length += 1;
      lastChar = '\n';
    }
    pendingBreak = false;
    pieces.push({ kind, node, start: length, end: length + text.length } as Piece);
    chunks.push(text);
    length += text.length;
    lastChar = text[text.length - 1] ?? lastChar;
  }

  function walk(node: Node) {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child === until) {
        stopped = true;
        return;
      }
      if (child === from) started = true;
      if (child.nodeType === 3) {
        const textNode = child as Text;
        if (!started || textNode.data.length === 0 || isLayoutWhitespace(textNode)) continue;
        // One character in, one character out, so offsets map straight back to the node.
        const data = keepNewlines ? textNode.data : textNode.data.replace(/[\r\n]/g, ' ');
        emit('text', textNode, data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') {
          if (started) emit('br', el, '\n');
          continue;
        }
        if (SKIP_TAGS.has(tag)) continue;
        // A block reached before `from` may still contain it.
        const block = isBlock(el);
        if (block && started) pendingBreak = true;
        walk(el);
        if (block && started) pendingBreak = true;
      }
    }
  }

  walk(root);
  const text = chunks.join('');
  const textIndex = new Map<Node, number>();
  pieces.forEach((piece, i) => {
    if (piece.kind !== 'break') textIndex.set(piece.node, i);
  });

  /** Index of the first piece whose end is beyond `offset`. */
  function pieceAt(offset: number): number {
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function startPoint(offset: number): [Node, number] | null {
    for (let i = pieceAt(offset); i < pieces.length; i++) {
      const p = pieces[i]!;
      if (p.kind === 'text') return [p.node, Math.max(0, offset - p.start)];
      if (p.kind === 'br') return pointBefore(p.node);
    }
    // At the very end: just after the last real piece.
    for (let i = pieces.length - 1; i >= 0; i--) {
      const p = pieces[i]!;
      if (p.kind === 'text') return [p.node, p.node.data.length];
      if (p.kind === 'br') return pointAfter(p.node);
    }
    return null;
  }

  function endPoint(offset: number): [Node, number] | null {
    if (offset <= 0) return null;
    for (let i = Math.min(pieceAt(offset - 1), pieces.length - 1); i >= 0; i--) {
      const p = pieces[i]!;
      if (p.kind === 'text') return [p.node, Math.min(p.node.data.length, offset - p.start)];
      if (p.kind === 'br') return pointAfter(p.node);
    }
    return null;
  }

  /** A caret position: at the end of the text before it when there is some (insertions join it). */
  function caretPoint(offset: number): [Node, number] | null {
    const before = offset > 0 ? pieces[pieceAt(offset - 1)] : undefined;
    if (before?.kind === 'text') return [before.node, offset - before.start];
    return startPoint(offset);
  }

  function pointBefore(node: Node): [Node, number] {
    // A node the editor has since replaced: no position (rangeFor gives null).
    const parent = node.parentNode;
    if (!parent) throw new Error('detached');
    return [parent, Array.prototype.indexOf.call(parent.childNodes, node) as number];
  }

  function pointAfter(node: Node): [Node, number] {
    const [parent, index] = pointBefore(node);
    return [parent, index + 1];
  }

  return {
    root,
    text,
    rangeFor(start, end) {
      try {
        const s = Math.max(0, Math.min(start, text.length));
        const e = Math.max(s, Math.min(end, text.length));
        const a = s === e ? caretPoint(s) : startPoint(s);
        const b = s === e ? a : endPoint(e);
        if (!a || !b) return null;
        const range = root.ownerDocument.createRange();
        range.setStart(a[0], a[1]);
        range.setEnd(b[0], b[1]);
        // A span of nothing but block breaks ends before it starts: collapse it.
        if (range.collapsed && s !== e) range.setEnd(a[0], a[1]);
        return range;
      } catch {
        return null;
      }
    },
    offsetOf(node, offset) {
      const direct = textIndex.get(node);
      if (direct !== undefined) {
        const p = pieces[direct]!;
        if (p.kind === 'text') return p.start + Math.min(Math.max(0, offset), p.end - p.start);
        return offset > 0 ? p.end : p.start;
      }
      if (!root.contains(node)) return -1;
      // An element position: the offset of the first piece at or after it.
      let probe: Range;
      try {
        probe = root.ownerDocument.createRange();
        probe.setStart(node, offset);
        probe.collapse(true);
      } catch {
        return -1;
      }
      const real = pieces.filter((p) => p.kind !== 'break') as Exclude<Piece, { kind: 'break' }>[];
      let lo = 0;
      let hi = real.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const p = real[mid]!;
        const [n, o] = p.kind === 'text' ? [p.node, 0] : pointBefore(p.node);
        if (probe.comparePoint(n, o) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo < real.length ? real[lo]!.start : text.length;
    },
  };
}

/** The model of a plain <textarea> (X's mobile composer): its value, with no DOM ranges inside. */
export function textareaModel(el: HTMLTextAreaElement): TextModel {
  const text = el.value;
  return {
    root: el,
    text,
    rangeFor: () => null,
    offsetOf: (node, offset) => (node === el ? Math.min(offset, text.length) : -1),
  };
}
