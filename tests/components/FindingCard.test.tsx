// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../components/FindingCard.tsx';
import { axeViolations } from './axe.ts';
import { ADDRESS, ATTACK, NAMED, SIGNATURE, TEXT } from './fixtures.ts';

afterEach(cleanup);

function setup(props: Partial<Parameters<typeof FindingCard>[0]> = {}) {
  const callbacks = { onFix: vi.fn(), onDismiss: vi.fn(), onClose: vi.fn() };
  const user = userEvent.setup();
  const view = render(<FindingCard finding={ADDRESS} text={TEXT} {...callbacks} {...props} />);
  return { user, view, ...callbacks };
}

describe('FindingCard', () => {
  it('shows the flagged words, the message and the council’s clause', () => {
    setup();
    const card = screen.getByRole('dialog', { name: 'Someone’s home address' });
    expect(card.querySelector('.ppc-quote-words')?.textContent).toBe('14 Mill Road');
    expect(card.textContent).toContain('looks like someone’s home address');
    expect(card.textContent).toContain('Bottisham policy §4');
    expect(card.textContent).toContain('including home addresses');
  });

  it('states the severity in words as well as colour', () => {
    setup();
    expect(screen.getByRole('dialog').textContent).toContain('Error');
    expect(screen.getByRole('dialog').className).toContain('ppc-sev-error');
  });

  it('shows the message once, without repeating the clause prefix', () => {
    setup();
    const description = screen.getByRole('dialog').getAttribute('aria-describedby')!;
    const message = document.getElementById(description)!.textContent!;
    expect(message.startsWith('“14 Mill Road” looks like')).toBe(true);
  });

  it('quotes nothing for a finding about the whole draft', () => {
    setup({ finding: SIGNATURE });
    const card = screen.getByRole('dialog', { name: 'Council signature missing' });
    expect(card.querySelector('.ppc-quote')).toBeNull();
    // The engine's lower-case continuation reads as a sentence on its own.
    expect(card.textContent).toContain('This email lacks part of');
    expect(card.textContent).toContain('Bottisham policy §8');
  });

  it('offers the fix with its own label and calls onFix', async () => {
    const { user, onFix } = setup();
    await user.click(screen.getByRole('button', { name: 'Replace with [removed]' }));
    expect(onFix).toHaveBeenCalledTimes(1);
  });

  it('offers no fix when the finding has none, or no onFix is given', () => {
    setup({ finding: ATTACK });
    expect(screen.queryByRole('button', { name: /replace/i })).toBeNull();
    cleanup();
    setup({ onFix: undefined });
    expect(screen.queryByRole('button', { name: /replace/i })).toBeNull();
  });

  it('Dismiss calls onDismiss with no reason', async () => {
    const { user, onDismiss } = setup();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith();
  });

  it('has no "I have permission" unless the rule allows it', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'I have permission' })).toBeNull();
  });

  it('"I have permission" asks for a reason and will not go on without one', async () => {
    const { user, onDismiss } = setup({ finding: NAMED, dismissReason: 'I have their written permission' });
    await user.click(screen.getByRole('button', { name: 'I have permission' }));

    const input = screen.getByRole('textbox', { name: 'Your reason' });
    expect(document.activeElement).toBe(input);
    expect(screen.getByText(/For example: “I have their written permission”/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Please give a reason');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);

    await user.type(input, '   ');
    await user.keyboard('{Enter}');
    expect(onDismiss).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, '  Mr Smith agreed in writing on 3 March {Enter}');
    expect(onDismiss).toHaveBeenCalledWith('Mr Smith agreed in writing on 3 March');
  });

  it('cancelling the reason puts focus back on "I have permission"', async () => {
    const { user, onDismiss } = setup({ finding: NAMED, dismissReason: 'I have their written permission' });
    await user.click(screen.getByRole('button', { name: 'I have permission' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'I have permission' }));
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('Escape closes the card; inside the reason form it first steps back', async () => {
    const { user, onClose } = setup({ finding: NAMED, dismissReason: 'I have their written permission' });
    await user.click(screen.getByRole('button', { name: 'I have permission' }));
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the close button calls onClose', async () => {
    const { user, onClose } = setup();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not take focus when it appears, unless asked to', () => {
    setup();
    expect(document.activeElement).toBe(document.body);
    cleanup();
    setup({ autoFocus: true });
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });

  it('keeps key presses from reaching the page’s own shortcuts', async () => {
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    try {
      const { user } = setup({ finding: NAMED, dismissReason: 'I have their written permission' });
      await user.click(screen.getByRole('button', { name: 'I have permission' }));
      await user.type(screen.getByRole('textbox'), 'c');
      expect(pageShortcut).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', pageShortcut);
    }
  });

  it('has no axe violations, with and without the reason form', async () => {
    const { user, view } = setup({ finding: NAMED, dismissReason: 'I have their written permission' });
    expect(await axeViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'I have permission' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
