// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchComposers, whenInUse } from '../../lib/sites/composer-watcher.ts';
import { gmail } from '../../lib/sites/gmail.ts';
import { mount } from './dom.ts';

const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('watchComposers', () => {
  it('finds late composers and lets go of removed ones', async () => {
    const root = mount('<div class="M9"><div g_editable="true" contenteditable="true"></div></div>');
    const seen: { editor: HTMLElement; signal: AbortSignal }[] = [];
    const controller = new AbortController();
    watchComposers({ adapter: gmail, signal: controller.signal, scanDelayMs: 10, onComposer: (editor, signal) => seen.push({ editor, signal }) });
    expect(seen).toHaveLength(1);

    const late = document.createElement('div');
    late.className = 'AD';
    const body = document.createElement('div');
    body.setAttribute('g_editable', 'true');
    body.setAttribute('contenteditable', 'true');
    late.append(body);
    root.append(late);
    await tick();
    expect(seen.map((s) => s.editor)).toEqual([root.querySelector('.M9 [g_editable]'), body]);

    late.remove();
    await tick();
    expect(seen[1]!.signal.aborted).toBe(true);
    expect(seen[0]!.signal.aborted).toBe(false);
    controller.abort();
    expect(seen[0]!.signal.aborted).toBe(true);
  });
});

describe('whenInUse', () => {
  it('starts at once for a focused or non-empty composer', () => {
    const root = mount('<div contenteditable="true">Draft</div>');
    const start = vi.fn();
    whenInUse(root.firstElementChild as HTMLElement, new AbortController().signal, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for focus on an empty one, and starts only once', () => {
    const root = mount('<div contenteditable="true"></div>');
    const editor = root.firstElementChild as HTMLElement;
    const start = vi.fn();
    whenInUse(editor, new AbortController().signal, start);
    expect(start).not.toHaveBeenCalled();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts when text arrives without focus, and never after the composer goes', async () => {
    const root = mount('<div contenteditable="true"></div><div contenteditable="true"></div>');
    const [a, b] = [...root.children] as HTMLElement[];
    const startA = vi.fn();
    const startB = vi.fn();
    whenInUse(a!, new AbortController().signal, startA);
    const gone = new AbortController();
    whenInUse(b!, gone.signal, startB);
    a!.append('restored draft');
    gone.abort();
    b!.append('text');
    await tick(10);
    expect(startA).toHaveBeenCalledTimes(1);
    expect(startB).not.toHaveBeenCalled();
  });
});
