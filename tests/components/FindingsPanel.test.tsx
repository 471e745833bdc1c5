// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsPanel } from '../../components/FindingsPanel.tsx';
import { axeViolations } from './axe.ts';
import { ADDRESS, ALL, ATTACK, DISCLAIMER, NAMED, SPEAKING, TEXT, TRAIL_PHONE } from './fixtures.ts';

afterEach(cleanup);

const entryNames = () => screen.getAllByRole('button').filter((b) => b.className.includes('ppc-entry')).map((b) => b.textContent);

describe('FindingsPanel', () => {
  it('lists every finding, errors first and then in reading order', () => {
    render(<FindingsPanel findings={ALL} text={TEXT} onSelect={vi.fn()} onClose={vi.fn()} />);
    const entries = entryNames();
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatch(/^Error.*Speaking for the council.*“Speaking for Bottisham Parish Council”/);
    expect(entries[1]).toMatch(/^Error.*home address.*“14 Mill Road”/);
    expect(entries[2]).toMatch(/^Warning.*private person.*“John Smith”/);
    expect(entries[3]).toMatch(/^Warning.*personal attack.*“idiot”/);
    expect(entries[4]).toMatch(/^Note.*No “views my own” note/);
  });

  it('each entry is a button that calls onSelect with its finding, by mouse or keyboard', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(<FindingsPanel findings={[NAMED, ADDRESS]} text={TEXT} onSelect={onSelect} onClose={vi.fn()} />);
    // Focus starts on the panel; Tab goes to Close, then the first entry.
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toContain('14 Mill Road');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(ADDRESS);

    await user.click(screen.getByRole('button', { name: /John Smith/ }));
    expect(onSelect).toHaveBeenLastCalledWith(NAMED);
  });

  it('says so kindly when there is nothing to report', () => {
    render(<FindingsPanel findings={[]} text="Lovely turnout at the litter pick today." onSelect={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByText('No problems found in this draft.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('No problems found');
  });

  it('announces count changes politely, without moving focus', async () => {
    const user = userEvent.setup();
    const props = { text: TEXT, onSelect: vi.fn(), onClose: vi.fn() };
    const view = render(<FindingsPanel {...props} findings={[NAMED]} />);
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('1 warning');

    await user.tab();
    const focused = document.activeElement;
    view.rerender(<FindingsPanel {...props} findings={[NAMED, ATTACK, ADDRESS]} />);
    expect(screen.getByRole('status')).toBe(live);
    expect(live.textContent).toBe('1 error, 2 warnings');
    expect(document.activeElement).toBe(focused);
  });

  it('takes focus when it opens, so keyboard users land in it', () => {
    render(<FindingsPanel findings={[NAMED]} text={TEXT} onSelect={vi.fn()} onClose={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Parish Post Check' }));
  });

  it('puts findings in the quoted trail in their own section', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(<FindingsPanel findings={[SPEAKING]} trailFindings={[TRAIL_PHONE]} text={TEXT} onSelect={onSelect} onClose={vi.fn()} />);
    const trailHeading = screen.getByRole('heading', { name: 'In the quoted email trail' });
    const trail = trailHeading.closest('section')!;
    const entry = within(trail).getByRole('button');
    // Trail offsets are not into the draft's text, so no words are quoted from it.
    expect(entry.textContent).not.toContain('Speaking');
    expect(entry.textContent).toContain('01223 555010');
    await user.click(entry);
    expect(onSelect).toHaveBeenCalledWith(TRAIL_PHONE);
    expect(screen.getByRole('status').textContent).toBe('2 errors');
  });

  it('shows the empty state for the message even when only the trail has findings', () => {
    render(<FindingsPanel findings={[]} trailFindings={[TRAIL_PHONE]} text="" onSelect={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByText('No problems found in this draft.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'In the quoted email trail' })).toBeTruthy();
  });

  it('Escape and the close button call onClose', async () => {
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(<FindingsPanel findings={[DISCLAIMER]} text={TEXT} onSelect={vi.fn()} onClose={onClose} />);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('has no axe violations, full or empty', async () => {
    const full = render(<FindingsPanel findings={ALL} trailFindings={[TRAIL_PHONE]} text={TEXT} onSelect={vi.fn()} onClose={vi.fn()} />);
    expect(await axeViolations(full.container)).toEqual([]);
    cleanup();
    const empty = render(<FindingsPanel findings={[]} text="" onSelect={vi.fn()} onClose={vi.fn()} />);
    expect(await axeViolations(empty.container)).toEqual([]);
  });
});
