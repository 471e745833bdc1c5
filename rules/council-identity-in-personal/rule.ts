import { isOfficialAddress, isOfficialPhone } from '../../lib/engine/official.ts';
import type { Pack } from '../../lib/engine/pack.ts';
import { loadWordList } from '../../lib/engine/phrases.ts';
import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { councilSource, escapeRegExp, matchesOf, memo, negatedBefore, templateRegExp } from '../shared/capacity-phrases.ts';
import logoJson from '../wordlists/capacity-council-logo.json';

const LOGO_PHRASES = loadWordList('capacity-council-logo', logoJson);

// Bracketed markers such as "[logo]" start and end with punctuation, so they cannot sit inside
// the whole-word template regex; they are matched literally instead.
const BRACKETED = LOGO_PHRASES.filter((p) => /^[[(]/u.test(p));
const WORDED = LOGO_PHRASES.filter((p) => !/^[[(]/u.test(p));
const BRACKETED_RE = new RegExp(BRACKETED.map(escapeRegExp).join('|'), 'giu');

const EMAIL = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/gu;
const HANDLE = /(?<![\p{L}\p{N}_@.])@\w{1,30}/gu;
// A UK phone number as written: "01223 811111", "+44 (0)1223 811 111".
const PHONE = /(?<![\p{N}/])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}(?:[\s-]?\d){6,8}(?!\p{N})/gu;

function hostOf(site: string): string {
  return site.trim().toLowerCase().replace(/^https?:\/\//u, '').replace(/^www\./u, '').split('/')[0]!;
}

// The council's web addresses: its websites and its own email domains ("bottisham-pc.gov.uk").
const websiteRegExpFor = memo((key: string) => {
  const hosts = [...new Set(key.split('\u0000').filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!hosts.length) return undefined;
  const host = hosts.map(escapeRegExp).join('|');
  // Optional scheme and www, the host, then a path up to the next space or closing bracket.
  return new RegExp(`(?<![\\p{L}\\p{N}@._-])(?:https?://)?(?:www\\.)?(?:${host})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"'()\\[\\]]{0,200})?`, 'giu');
});

function websitesOf(pack: Pack): RegExp | undefined {
  const hosts = [...pack.official.websites, ...pack.official.domains].map(hostOf);
  return websiteRegExpFor(hosts.join('\u0000'));
}

const logoRegExpFor = memo((council: string) => templateRegExp(WORDED, { council }));

// The council's own social accounts, also when the pack lists no handle: "@CollierStreetPC",
// "facebook.com/BottishamParishCouncil" — the council's name (two words or more) run together.
const SOCIAL_URL = /(?<![\p{L}\p{N}@._-])(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook|fb|twitter|x|instagram)\.com\/[\p{L}\p{N}_.-]{2,60}/giu;

function compact(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const compactNamesFor = memo((names: string) =>
  names
    .split('\u0000')
    .filter((n) => !/^the\s/iu.test(n) && n.trim().split(/\s+/u).length >= 2)
    .map(compact),
);

/** Whether an account name is the council's name run together ("CollierStreetPC", "bottisham_parish_council"). */
function isCouncilAccount(account: string, pack: Pack): boolean {
  const slug = compact(account);
  return slug.length > 3 && compactNamesFor(pack.official.names.join('\u0000')).includes(slug);
}

/** Trailing sentence punctuation is not part of a web address. */
function trimUrl(start: number, end: number, text: string): number {
  while (end > start && /[.,;:!?]/u.test(text[end - 1]!)) end--;
  return end;
}

export default defineRule({
  meta: {
    id: 'council-identity-in-personal',
    category: 'capacity',
    description: "A personal Facebook or X post that carries the council's website, email address, phone number, handle or logo.",
    defaultSeverity: 'warning',
    channels: ['facebook', 'x'],
    messages: {
      website:
        "“{{identifier}}” is the council's website. In a personal post it makes the post look official: point people to “the council's website” in words, or leave the sharing to the council's own page.",
      email:
        '“{{identifier}}” is an official council email address. Keep it off your personal account: ask people to contact the clerk, or share the council’s own post instead.',
      phone:
        '“{{identifier}}” is the council’s official phone number. Keep official contact details off your personal account: point people to the clerk in words instead.',
      handle:
        '“{{identifier}}” is the council’s own account. Tagging it from a personal post makes the post look official; share the council’s own post instead.',
      logo: 'the council’s logo should not appear on a personal post. Remove it, or ask the clerk to post this from the council’s account.',
      logoAttachment:
        'The attachment “{{identifier}}” looks like the council’s logo. The logo should not appear on a personal post: remove it, or ask the clerk to post this from the council’s account.',
    },
  },
  checkSentence({ env, sentence }) {
    if (env.capacity !== 'personal') return [];
    const text = sentence.text;
    const reports: Report[] = [];
    const taken: { start: number; end: number }[] = [];
    const add = (messageId: string, start: number, end: number) => {
      if (taken.some((t) => start < t.end && end > t.start)) return;
      taken.push({ start, end });
      reports.push({ messageId, start, end, data: { identifier: text.slice(start, end) } });
    };

    if (text.includes('@')) {
      for (const m of matchesOf(EMAIL, text)) {
        const address = m.text.replace(/(?<![.-])[.-]+$/u, '');
        if (isOfficialAddress(env.pack, address)) add('email', m.start, m.start + address.length);
        else taken.push({ start: m.start, end: m.end }); // someone else's address: not a web link either
      }
      const handles = new Set(env.pack.official.handles.map((h) => h.toLowerCase()));
      for (const m of matchesOf(HANDLE, text)) {
        if (handles.has(m.text.toLowerCase()) || isCouncilAccount(m.text, env.pack)) add('handle', m.start, m.end);
      }
    }

    if (env.pack.official.phones.length && /\d/u.test(text)) {
      for (const m of matchesOf(PHONE, text)) if (isOfficialPhone(env.pack, m.text)) add('phone', m.start, m.end);
    }

    if (/\.com\//iu.test(text)) {
      for (const m of matchesOf(SOCIAL_URL, text)) {
        const end = trimUrl(m.start, m.end, text);
        const account = text.slice(m.start, end).replace(/^.*\.com\//iu, '').split(/[/?#]/u)[0]!;
        if (isCouncilAccount(account, env.pack)) add('handle', m.start, end);
      }
    }

    const websites = websitesOf(env.pack);
    if (websites) {
      for (const m of matchesOf(websites, text)) add('website', m.start, trimUrl(m.start, m.end, text));
    }

    if (/logo|crest|badge|branding/iu.test(text)) {
      const logos = [...matchesOf(logoRegExpFor(councilSource(env.pack)), text), ...matchesOf(BRACKETED_RE, text)];
      for (const m of logos.sort((a, b) => a.start - b.start)) {
        if (negatedBefore(text, m.start)) continue;
        add('logo', m.start, m.end);
      }
    }
    return reports.sort((a, b) => a.start - b.start);
  },
  checkDraft({ env, attachments }, fromSentences) {
    if (env.capacity !== 'personal') return fromSentences;
    // An image named for the council's logo: "bottisham-parish-council-logo.png", "BPC-crest.jpg".
    const logoFile = attachments.find((a) => {
      const words = a.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      return words.some((w) => w === 'logo' || w === 'crest');
    });
    if (!logoFile) return fromSentences;
    return [{ messageId: 'logoAttachment', start: 0, end: 0, data: { identifier: logoFile.name } }, ...fromSentences];
  },
});
