// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerBadge } from '../../components/ComposerBadge.tsx';
import { axeViolations } from './axe.ts';

afterEach(cleanup);

const none = { error: 0, warning: 0, info: 0 };

describe('ComposerBadge', () => {
  it('names the counts by severity', () => {
    render(<ComposerBadge counts={{ error: 1, warning: 2, info: 0 }} expanded={false} onToggle={vi.fn()} />);
    const badge = screen.getByRole('button', { name: 'Parish Post Check: 1 error, 2 warnings' });
    expect(badge.textContent).toBe('12');
    expect(badge.getAttribute('title')).toBe('Parish Post Check: 1 error, 2 warnings');
  });

  it('counts notes too, and plurals properly', () => {
    render(<ComposerBadge counts={{ error: 2, warning: 1, info: 3 }} expanded={false} onToggle={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Parish Post Check: 2 errors, 1 warning, 3 notes' })).toBeTruthy();
  });

  it('reports aria-expanded and toggles', async () => {
    const onToggle = vi.fn();
    const user = userEvent.setup();
    const view = render(<ComposerBadge counts={{ ...none, warning: 1 }} expanded={false} onToggle={onToggle} />);
    const badge = screen.getByRole('button');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    await user.click(badge);
    badge.focus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledTimes(2);
    view.rerender(<ComposerBadge counts={{ ...none, warning: 1 }} expanded onToggle={onToggle} />);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
  });

  it('is calm when there is nothing to report', () => {
    render(<ComposerBadge counts={none} expanded={false} onToggle={vi.fn()} />);
    const badge = screen.getByRole('button', { name: 'Parish Post Check: no problems found' });
    expect(badge.className).toContain('ppc-badge-calm');
    expect(badge.textContent).toBe('');
  });

  it('says when it is paused, and hides stale counts', () => {
    render(<ComposerBadge counts={{ error: 3, warning: 0, info: 0 }} expanded={false} onToggle={vi.fn()} paused />);
    const badge = screen.getByRole('button', { name: 'Parish Post Check: paused' });
    expect(badge.textContent).toBe('Paused');
  });

  it('has no axe violations', async () => {
    const view = render(<ComposerBadge counts={{ error: 1, warning: 2, info: 1 }} expanded onToggle={vi.fn()} />);
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
