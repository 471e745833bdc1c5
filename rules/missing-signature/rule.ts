import { phraseRegExp } from '../../lib/engine/phrases.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import type { Range } from '../shared/email-context.ts';

type Statement = NonNullable<Pack['signature']>['statements'][number];

// One compiled regex per statement, kept per pack object (packs are immutable data).
const compiled = new WeakMap<Pack, { label: string; re: RegExp }[]>();

function statementsOf(pack: Pack): { label: string; re: RegExp }[] {
  let list = compiled.get(pack);
  if (!list) {
    list = (pack.signature?.statements ?? []).map((s: Statement) => ({ label: s.label, re: phraseRegExp(s.phrases) }));
    compiled.set(pack, list);
  }
  return list;
}

/**
 * Evens out wording the pack's phrases would otherwise miss: "isn't monitored 24 / 7" reads as
 * "is not monitored 24/7".
 */
function normalise(text: string): string {
  return text.replace(/n['’]t(?![\p{L}\p{N}])/giu, ' not').replace(/24\s?[/x]\s?7/giu, '24/7');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The writer's own text: the draft with quoted ranges cut out. */
function ownText(text: string, quoted: readonly Range[]): string {
  if (quoted.length === 0) return text;
  let out = '';
  let at = 0;
  for (const q of quoted) {
    out += `${text.slice(at, q.start)}\n`;
    at = q.end;
  }
  return out + text.slice(at);
}

function listLabels(labels: string[]): string {
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

// Whole-draft rule: a scan for each statement's phrases in the writer's own text (quoted trails cut out).
export default defineRule({
  meta: {
    id: 'missing-signature',
    category: 'email',
    description: "The council's designated email signature, or part of it, is missing.",
    defaultSeverity: 'warning',
    messages: {
      missing:
        "this email lacks part of the council's designated signature ({{missing}}). Add the full signature at the end of your own message, above any quoted trail.",
    },
    channels: ['email'],
  },
  checkDraft({ env, text, quoted }) {
    const signature = env.pack.signature;
    if (!signature?.required || signature.statements.length === 0) return [];
    const mine = ownText(text, quoted);
    const own = env.settings.council?.signature?.trim();
    if (own && squash(mine).includes(squash(own))) return [];
    const plain = normalise(mine);
    const missing = statementsOf(env.pack)
      .filter((s) => {
        s.re.lastIndex = 0;
        return !s.re.test(plain);
      })
      .map((s) => s.label);
    if (missing.length === 0) return [];
    return [{ messageId: 'missing', start: 0, end: 0, data: { missing: listLabels(missing) } }];
  },
});
