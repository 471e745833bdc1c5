// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendConfirmDialog } from '../../components/SendConfirmDialog.tsx';
import { axeViolations } from './axe.ts';
import { ADDRESS, NAMED, SPEAKING, TEXT } from './fixtures.ts';

afterEach(cleanup);

function setup() {
  const onBack = vi.fn();
  const onSendAnyway = vi.fn();
  const user = userEvent.setup();
  const view = render(<SendConfirmDialog findings={[NAMED, ADDRESS, SPEAKING]} text={TEXT} onBack={onBack} onSendAnyway={onSendAnyway} />);
  return { user, view, onBack, onSendAnyway };
}

describe('SendConfirmDialog', () => {
  it('is a labelled modal alert dialog that says the draft is untouched', () => {
    setup();
    const dialog = screen.getByRole('alertdialog', { name: 'Before you send' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const description = dialog
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent)
      .join(' ');
    expect(description).toContain('2 errors');
    expect(description).toContain('your draft is untouched');
  });

  it('lists only the errors, with their words and clause', () => {
    setup();
    const items = screen.getByRole('list', { name: 'What was found' }).querySelectorAll('li');
    expect([...items].map((li) => li.querySelector('.ppc-quote-words')?.textContent)).toEqual([
      'Speaking for Bottisham Parish Council',
      '14 Mill Road',
    ]);
    expect(items[1]!.textContent).toContain('Bottisham policy §4');
    expect(screen.queryByText(/John Smith/)).toBeNull();
  });

  it('focuses "Go back and edit" first', () => {
    setup();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go back and edit' }));
  });

  it('"Go back and edit" and Escape both go back', async () => {
    const { user, onBack, onSendAnyway } = setup();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Go back and edit' }));
    expect(onBack).toHaveBeenCalledTimes(2);
    expect(onSendAnyway).not.toHaveBeenCalled();
  });

  it('"Send anyway" asks for a reason and will not send without one', async () => {
    const { user, onSendAnyway } = setup();
    const sendAnyway = screen.getByRole('button', { name: 'Send anyway' });
    await user.click(sendAnyway);
    const input = screen.getByRole('textbox', { name: 'Why are you sending it anyway?' });
    expect(document.activeElement).toBe(input);
    expect(onSendAnyway).not.toHaveBeenCalled();

    await user.click(sendAnyway);
    expect(onSendAnyway).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Please give a reason');

    await user.type(input, 'ok');
    await user.keyboard('{Enter}');
    expect(onSendAnyway).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('say a little more');

    await user.type(input, ' – the clerk approved this wording');
    await user.click(sendAnyway);
    expect(onSendAnyway).toHaveBeenCalledWith('ok – the clerk approved this wording');
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user } = setup();
    const back = screen.getByRole('button', { name: 'Go back and edit' });
    const send = screen.getByRole('button', { name: 'Send anyway' });
    const list = screen.getByRole('list', { name: 'What was found' });
    await user.tab();
    expect(document.activeElement).toBe(send);
    await user.tab();
    expect(document.activeElement).toBe(list);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(send);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(back);
  });

  it('keeps focus trapped inside a shadow root too, as mounted by the content script', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    render(<SendConfirmDialog findings={[ADDRESS]} text={TEXT} onBack={vi.fn()} onSendAnyway={vi.fn()} />, { container });
    const list = shadow.querySelector('ul')!;
    const buttons = [...shadow.querySelectorAll('button')];
    const back = buttons.find((b) => b.textContent === 'Go back and edit')!;
    const send = buttons.find((b) => b.textContent === 'Send anyway')!;
    expect(shadow.activeElement).toBe(back);

    // Only the trap's own moves: fireEvent performs no default Tab action, and the focused
    // element must be read from the shadow root, where document.activeElement is the host.
    send.focus();
    fireEvent.keyDown(send, { key: 'Tab' });
    expect(shadow.activeElement).toBe(list);
    fireEvent.keyDown(list, { key: 'Tab', shiftKey: true });
    expect(shadow.activeElement).toBe(send);
    host.remove();
  });

  it('has no axe violations, before and after asking for a reason', async () => {
    const { user, view } = setup();
    expect(await axeViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Send anyway' }));
    await user.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
