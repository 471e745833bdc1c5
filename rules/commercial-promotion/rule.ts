import { findAll, loadWordList, phraseMatcher, type Match } from '../../lib/engine/phrases.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import businessList from '../wordlists/commercial-business-phrases.json';
import communityList from '../wordlists/commercial-community-context.json';
import dealList from '../wordlists/commercial-deal-phrases.json';
import declarationList from '../wordlists/commercial-declarations.json';

const business = phraseMatcher(loadWordList('commercial-business-phrases', businessList));
const deals = phraseMatcher(loadWordList('commercial-deal-phrases', dealList));
const community = phraseMatcher(loadWordList('commercial-community-context', communityList));
const declarations = phraseMatcher(loadWordList('commercial-declarations', declarationList));

// "20% off", "15 % discount", "£5 off"; "two for £10"; a post labelled "Sponsored:" or "Advert:".
const PERCENT_OFF = /(?<![\p{L}\p{N}])(?:\d{1,3}\s?%|£\s?\d{1,4})\s(?:off|discount)(?![\p{L}\p{N}])/giu;
const MULTIBUY = /(?<![\p{L}\p{N}])(?:two|three|four|[234])\s(?:for|4)\s£\s?\d{1,4}(?:\.\d\d)?/giu;
// "my new café", "my little online shop", "my family's B&B": one's own business, with a word or two between.
const MY_BUSINESS =
  /(?<![\p{L}\p{N}])my\s(?:(?:own|new|little|small|family|family['’]s|online|local|mobile|home)\s){1,2}(?:business|firm|company|shop|salon|café|cafe|restaurant|tearoom|bakery|B&B|studio|gym|garage|nursery|stall|practice|agency|brand)(?![\p{L}\p{N}])/giu;
const LABEL = /^([\s"“'‘]*)(Sponsored|Advert|Advertisement|Ad|Promoted|Promotion|Paid promotion|Paid partnership)\s?[:–—-]/iu;

const PREFILTER = /%|£|off|price|sale|sell|code|free|rate|my|our|buy|book|order|dm|pm|inbox|plug|sponsor|advert|ad\b|spotlight|showroom|post|page|considered|ono|bogof|for\s?(?:1|one|2|two)/i;

function merge(text: string, matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) out[out.length - 1] = { start: last.start, end: m.end, text: text.slice(last.start, m.end) };
    } else out.push(m);
  }
  return out;
}

// Sentence rule over word lists. A business of one's own, an advert label or a sponsored post
// fires on its own; a deal or a sale fires unless the sentence is about a community event or
// fundraising (an entry price, a raffle, proceeds to the church roof) or a council charge. A
// sentence declaring an interest ("my company supplies the council; I have declared an interest")
// is the opposite of promotion and is left alone.
export default defineRule({
  meta: {
    id: 'commercial-promotion',
    category: 'political',
    description: 'Selling, discounts, advertising a business or a personal financial interest.',
    defaultSeverity: 'warning',
    messages: {
      promotion:
        '"{{text}}" promotes a business or a sale. Council-related posts and emails are not for advertising or selling: take it out, or post it on your own business page instead.',
    },
  },
  checkSentence({ sentence }) {
    const text = sentence.text;
    if (!PREFILTER.test(text) || declarations.test(text)) return [];
    const found: Match[] = [...business.find(text), ...findAll(MY_BUSINESS, text)];
    const label = LABEL.exec(text);
    if (label) {
      const start = label[1]!.length;
      found.push({ start, end: start + label[2]!.length, text: label[2]! });
    }
    const dealMatches = [...deals.find(text), ...findAll(PERCENT_OFF, text), ...findAll(MULTIBUY, text)];
    if (dealMatches.length && (found.length || !community.test(text))) found.push(...dealMatches);
    return merge(text, found).map((m) => ({
      messageId: 'promotion',
      start: m.start,
      end: m.end,
      data: { text: m.text.trim() },
    }));
  },
});
