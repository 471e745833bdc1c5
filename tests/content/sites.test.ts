// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites/index.ts';
import { facebook } from '../../lib/sites/facebook.ts';
import { gmail } from '../../lib/sites/gmail.ts';
import { outlook } from '../../lib/sites/outlook.ts';
import { x } from '../../lib/sites/x.ts';
import { buildTextModel } from '../../lib/text-model.ts';
import { mount } from './dom.ts';

describe('adapterFor', () => {
  it('knows the four sites and nothing else', () => {
    expect(adapterFor('www.facebook.com')?.site).toBe('facebook');
    expect(adapterFor('m.facebook.com')?.site).toBe('facebook');
    expect(adapterFor('mobile.twitter.com')?.site).toBe('x');
    expect(adapterFor('x.com')?.site).toBe('x');
    expect(adapterFor('mail.google.com')?.site).toBe('gmail');
    expect(adapterFor('outlook.live.com')?.site).toBe('outlook');
    expect(adapterFor('notfacebook.com')).toBeNull();
    expect(adapterFor('example.org')).toBeNull();
  });
});

// Modelled on the real compose DOM (shared notes, composers.md) and the e2e replicas.
const GMAIL_REPLY_ALL = `
<div role="list"><div class="ip">
<div class="M9">
  <div class="J-JN-M-I" role="listbox" aria-label="From"><input type="hidden" name="from" value="clerk@bottisham-pc.gov.uk"><span>Sam Clerk</span></div>
  <div class="aH9" name="to" role="listbox">
    <div role="option" data-hovercard-id="pat.resident@example.org">Pat Resident</div>
    <div role="option" data-hovercard-id="chris.neighbour@example.net">Chris Neighbour</div>
    <input type="text" role="combobox" value="">
  </div>
  <div class="aH9" name="cc" role="listbox"><div role="option" data-hovercard-id="chair@bottisham-pc.gov.uk">Chair</div><input type="text" value="late@example.com"></div>
  <div class="aoD" style="display:none"><input name="subjectbox" value="Re: Dog fouling on Church Lane"></div>
  <div class="aO7"><div g_editable="true" contenteditable="true" role="textbox">
    <div>Thanks all.</div><div><br></div>
    <div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Mon, Pat Resident &lt;pat.resident@example.org&gt; wrote:<br></div>
    <blockquote class="gmail_quote"><div>Dear Clerk, ring me on 07700 900123.</div></blockquote></div>
  </div></div>
  <div class="GM" role="list"><div class="dL" role="listitem" aria-label="Attachment: kids.jpg"><input type="checkbox" name="attach" value="f_1"><a><div class="vI">kids.jpg</div><div class="vJ">(120K)</div></a></div></div>
  <div class="btC"><div class="T-I aoO" role="button" data-tooltip="Send">Send</div></div>
</div></div></div>`;

describe('gmail', () => {
  it('finds the body and reads the email around it', () => {
    const root = mount(GMAIL_REPLY_ALL);
    const [editor] = gmail.findEditors(root);
    expect(editor).toBeDefined();
    const compose = gmail.composeRoot(editor!);
    expect(compose.classList.contains('M9')).toBe(true);
    const email = gmail.readEmail!(editor!, compose);
    expect(email).toMatchObject({
      from: 'clerk@bottisham-pc.gov.uk',
      to: ['pat.resident@example.org', 'chris.neighbour@example.net'],
      cc: ['chair@bottisham-pc.gov.uk', 'late@example.com'],
      bcc: [],
      subject: 'Re: Dog fouling on Church Lane',
      reply: true,
      forward: false,
      replyAll: true,
    });
  });

  it('leaves the quoted trail out of the analysed text and reads it apart', () => {
    const root = mount(GMAIL_REPLY_ALL);
    const [editor] = gmail.findEditors(root);
    const trail = gmail.findTrail!(editor!, gmail.composeRoot(editor!));
    expect(trail?.start).toBeInstanceOf(Element);
    expect(trail?.collapsed).toBe(false);
    expect(buildTextModel(editor!, { until: trail!.start }).text.trim()).toBe('Thanks all.');
    expect(buildTextModel(editor!, { from: trail!.start }).text).toContain('ring me on 07700 900123');
  });

  it('reads attachments by file type', () => {
    const root = mount(GMAIL_REPLY_ALL);
    const [editor] = gmail.findEditors(root);
    expect(gmail.readAttachments(editor!, gmail.composeRoot(editor!))).toEqual([{ kind: 'image', name: 'kids.jpg' }]);
  });

  it('reports a trimmed trail that is not in the body yet as collapsed', () => {
    const root = mount(`<div class="M9"><input name="subjectbox" value="Re: Hedge"><div name="to"><div role="option" data-hovercard-id="a@example.org"></div></div>
      <div class="aO7"><div g_editable="true" contenteditable="true"><div>Hi</div></div><div class="ajR" role="button">…</div></div></div>`);
    const [editor] = gmail.findEditors(root);
    const compose = gmail.composeRoot(editor!);
    const trail = gmail.findTrail!(editor!, compose);
    expect(trail).toMatchObject({ start: null, collapsed: true });
    expect(trail?.expand).toBeTypeOf('function');
    expect(gmail.readEmail!(editor!, compose)).toMatchObject({ reply: true, replyAll: false, to: ['a@example.org'] });
  });

  it('reads the older UI: hidden inputs inside .vR', () => {
    const root = mount(`<div class="AD"><div class="vR"><span email="a@example.org">A</span><input type="hidden" name="to" value="A &lt;a@example.org&gt;"></div>
      <div class="vR"><input type="hidden" name="to" value="b@example.org"></div><input name="subjectbox" value="Fwd: minutes">
      <div g_editable="true" contenteditable="true"></div></div>`);
    const [editor] = gmail.findEditors(root);
    const email = gmail.readEmail!(editor!, gmail.composeRoot(editor!));
    expect(email.to).toEqual(['a@example.org', 'b@example.org']);
    expect(email.forward).toBe(true);
    expect(email.replyAll).toBe(false);
  });

  it('falls back to the account address in the title when there is no From field', () => {
    document.title = 'Inbox - clerk@croft-pc.org.uk - Gmail';
    const root = mount(`<div class="M9"><div g_editable="true" contenteditable="true"></div></div>`);
    const [editor] = gmail.findEditors(root);
    expect(gmail.readEmail!(editor!, gmail.composeRoot(editor!)).from).toBe('clerk@croft-pc.org.uk');
  });

  it('finds several compose windows at once', () => {
    const root = mount(`<div class="M9"><div g_editable="true" contenteditable="true"></div></div><div class="AD"><div g_editable="true" contenteditable="true"></div></div>`);
    expect(gmail.findEditors(root)).toHaveLength(2);
  });
});

const OUTLOOK_REPLY_ALL = `
<div data-app-section="MailCompose">
  <div role="toolbar"><button aria-label="Send">Send</button></div>
  <button aria-label="From: clerk@bottisham-pc.gov.uk">From: clerk@bottisham-pc.gov.uk</button>
  <div role="textbox" contenteditable="true" aria-label="To"><span title="pat.resident@example.org" data-lpc-hover-target-id="persona-x@y.com"><span>Pat</span></span><span title="chris@example.net"><span>Chris</span></span></div>
  <div role="textbox" contenteditable="true" aria-label="Cc"><span title="chair@bottisham-pc.gov.uk">Chair</span></div>
  <div role="textbox" contenteditable="true" aria-label="Bcc"></div>
  <input type="text" aria-label="Add a subject" value="RE: Overgrown hedge">
  <div role="list" aria-label="Attachments"><div role="listitem" title="hedge.mp4">hedge.mp4</div></div>
  <div id="editorParent_1"><div role="textbox" contenteditable="true" aria-label="Message body, press Alt+F10 to exit" aria-multiline="true">
    <div>Thanks all.</div><div><br></div>
    <div id="appendonsend"></div><hr>
    <div id="divRplyFwdMsg"><b>From:</b> Pat &lt;pat.resident@example.org&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Sam<br><b>Subject:</b> Hedge</div>
    <div>The hedge at 14 Beechwood Avenue.</div>
  </div></div>
</div>`;

describe('outlook', () => {
  it('reads the wells, subject and From', () => {
    const root = mount(OUTLOOK_REPLY_ALL);
    const [editor] = outlook.findEditors(root);
    expect(editor?.getAttribute('aria-label')).toMatch(/^Message body/);
    const compose = outlook.composeRoot(editor!);
    expect(outlook.readEmail!(editor!, compose)).toMatchObject({
      from: 'clerk@bottisham-pc.gov.uk',
      to: ['pat.resident@example.org', 'chris@example.net'],
      cc: ['chair@bottisham-pc.gov.uk'],
      subject: 'RE: Overgrown hedge',
      reply: true,
      replyAll: true,
    });
    expect(outlook.readAttachments(editor!, compose)).toEqual([{ kind: 'video', name: 'hedge.mp4' }]);
  });

  it('starts the trail at #appendonsend', () => {
    const root = mount(OUTLOOK_REPLY_ALL);
    const [editor] = outlook.findEditors(root);
    const trail = outlook.findTrail!(editor!, outlook.composeRoot(editor!));
    expect((trail?.start as Element).id).toBe('appendonsend');
    expect(buildTextModel(editor!, { until: trail!.start }).text.trim()).toBe('Thanks all.');
    expect(buildTextModel(editor!, { from: trail!.start }).text).toMatch(/^From: Pat <pat.resident@example.org>\nSent: Monday\nTo: Sam\nSubject: Hedge\nThe hedge/);
  });

  it('starts the trail at the newer reference container', () => {
    const root = mount(`<div data-app-section="MailCompose"><div role="textbox" contenteditable="true" aria-label="Message body"><div>Hi</div>
      <div id="mail-editor-reference-message-container"><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: a</div></div></div></div>`);
    const [editor] = outlook.findEditors(root);
    const trail = outlook.findTrail!(editor!, outlook.composeRoot(editor!));
    expect((trail?.start as Element).id).toBe('mail-editor-reference-message-container');
  });

  it('does not take a recipient well for the body', () => {
    const root = mount(`<div role="textbox" contenteditable="true" aria-label="To" aria-multiline="true"></div>`);
    expect(outlook.findEditors(root)).toEqual([]);
  });
});

describe('x', () => {
  const THREAD = `<div role="dialog">
    ${[0, 1]
      .map(
        (i) => `<div class="cell"><label data-testid="tweetTextarea_${i}_label">Post text</label>
      <div data-testid="tweetTextarea_${i}RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
      <div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${i}"><div data-contents="true"></div></div></div></div></div>
      ${i === 1 ? '<div data-testid="attachments"><img src="data:image/png;base64,AA" alt="p.jpg"></div>' : ''}</div>`,
      )
      .join('')}
    <button data-testid="tweetButton">Post all</button></div>`;

  it('finds each box of a thread once, despite the wrappers sharing the testid prefix', () => {
    const root = mount(THREAD);
    const editors = x.findEditors(root);
    expect(editors.map((e) => e.dataset.testid)).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
    expect(x.uiAnchor(editors[0]!).classList.contains('DraftEditor-root')).toBe(true);
    expect(x.composeRoot(editors[0]!).getAttribute('role')).toBe('dialog');
  });

  it('gives each post its own attachments', () => {
    const root = mount(THREAD);
    const [first, second] = x.findEditors(root);
    expect(x.readAttachments(first!, x.composeRoot(first!))).toEqual([]);
    expect(x.readAttachments(second!, x.composeRoot(second!))).toEqual([{ kind: 'image', name: 'p.jpg' }]);
  });

  it('finds the mobile textarea', () => {
    const root = mount(`<div data-testid="tweetTextarea_0"><textarea></textarea></div>`);
    expect(x.findEditors(root)[0]?.tagName).toBe('TEXTAREA');
  });
});

describe('facebook', () => {
  it('finds Lexical roots and photo previews', () => {
    const root = mount(`<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><span data-lexical-text="true">Hi</span></p></div>
      <div class="attachments"><img src="data:image/png;base64,AA" alt="photo.jpg"></div><img src="https://scontent.example/avatar.jpg">
      <div role="button" aria-label="Post">Post</div></form></div>`);
    const [editor] = facebook.findEditors(root);
    expect(editor).toBeDefined();
    const compose = facebook.composeRoot(editor!);
    expect(compose.tagName).toBe('FORM');
    expect(facebook.readAttachments(editor!, compose)).toEqual([{ kind: 'image', name: 'photo.jpg' }]);
    expect(compose.querySelector(facebook.sendSelector)?.textContent).toBe('Post');
  });
});
