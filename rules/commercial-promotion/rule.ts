import { findAll, loadWordList, phraseMatcher, type Match, mergeOverlapping } from '../../lib/engine/phrases.ts';
import { escapeRegExp } from '../shared/capacity-phrases.ts';
import { defineRule } from '../../lib/engine/rule.ts';
import businessList from '../wordlists/commercial-business-phrases.json';
import communityList from '../wordlists/commercial-community-context.json';
import dealList from '../wordlists/commercial-deal-phrases.json';
import declarationList from '../wordlists/commercial-declarations.json';
import businessNounList from '../wordlists/commercial-business-nouns.json';
import relationList from '../wordlists/commercial-relations.json';

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

// Word-list alternations (longest first, any spacing) for the business and relative patterns below;
// the patterns add their own word boundaries, so "son-in-law's" can take its possessive.
const listSource = (name: string, json: unknown) =>
  [...loadWordList(name, json)]
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.split(/\s+/u).map((word) => escapeRegExp(word).replace(/['’]/gu, "['’]")).join('\\s+'))
    .join('|');
const BUSINESS_NOUN = listSource('commercial-business-nouns', businessNounList);
const RELATION = listSource('commercial-relations', relationList);

// A relative's or friend's business: "my son-in-law's firm", "my daughter's salon", "my nephew's roofing firm".
const RELATIVE_BUSINESS = new RegExp(
  `(?<![\\p{L}\\p{N}])my\\s+(?:${RELATION})['’]s?\\s+(?:[\\p{L}&'’-]{1,20}\\s+){0,2}?(?:${BUSINESS_NOUN})(?![\\p{L}\\p{N}])`,
  'giu',
);
// Running or starting a business: "I run a small garden maintenance business", "my wife has just launched her own cake business".
const RUNS_BUSINESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:I|my\\s+(?:${RELATION})(?![\\p{L}\\p{N}]))(?:['’]ve|\\s+has|\\s+have|\\s+had)?\\s+(?:(?:just|recently|now|also|still)\\s+)?(?:runs?|owns?|opened|started|launched|set\\s+up|manages?)\\s+(?:a|an|my|his|her|their|our|the)\\s+(?:[\\p{L}&'’-]{1,20}\\s+){0,3}?(?:${BUSINESS_NOUN})(?![\\p{L}\\p{N}])`,
  'giu',
);
// Bidding for work in the first person: "I'd be happy to put in a competitive quote", "I'll be quoting for the contract".
const FIRST_PERSON =
  "(?<![\\p{L}'’])(?:I|we)(?:['’]d|['’]ll|['’]m|\\s+would|\\s+will|\\s+can|\\s+could|\\s+am|\\s+shall|\\s+might|\\s+may)?(?:\\s+(?:be|also|certainly|definitely|gladly|happily|very|more\\s+than|only\\s+too|really|so|quite|happy|glad|pleased|delighted|keen|willing|able|to|like\\s+to|love\\s+to|want\\s+to|intend\\s+to|plan\\s+to|going\\s+to|planning)){0,5}\\s+";
const BID = new RegExp(
  `${FIRST_PERSON}(?:(?:put(?:ting)?\\s+in|submit(?:ting)?|send(?:ing)?\\s+in|giv(?:e|ing)(?:\\s+(?:you|the\\s+council))?|offer(?:ing)?)\\s+(?:a|an|my|our)\\s+(?:(?:very\\s+)?(?:competitive|good|keen|fair|cheap|low|special|sharp)\\s+)?(?:quote|quotation|price|bid|tender|estimate)|(?:quot(?:e|ing)|tender(?:ing)?|bid(?:ding)?|pitch(?:ing)?)\\s+for\\s+(?:the|this|that|your|any|it|them))(?!\\p{L})`,
  'giu',
);
// "offer committee members a discount", "mention my name for a discount", "get a 10% discount".
const DISCOUNT =
  /(?<![\p{L}'’])(?:offer(?:ing)?|giv(?:e|ing)|get(?:ting)?|for)\s+(?:(?:you|residents|members|everyone|anyone|readers|neighbours|locals|villagers|committee|councillors|all|of|a|an)\s+){0,3}(?:\d{1,3}\s?%\s+|(?:small|special|generous|good|big|further|decent|nice)\s+)?discount(?!\p{L})/giu;
// "like my page", "give her page a like", "follow his business page".
const PAGE =
  /(?<![\p{L}'’])(?:(?:like|follow|share)\s+(?:and\s+(?:share|follow|like)\s+)?(?:my|his|her|their)\s+(?:(?:business|facebook|fb|insta(?:gram)?)\s+)?page|give\s+(?:my|his|her|their)\s+(?:(?:business|facebook|fb)\s+)?page\s+a\s+(?:like|follow|share))(?!\p{L})/giu;
// Asking to be contacted for a price ("DM me for prices"), or a price with a bare "message me".
const CONTACT_FOR =
  /(?<![\p{L}'’])(?:dm|pm|inbox|message|text|ring|call|email|contact)\s+me\s+(?:for|to)\s+(?:(?:a|the|my|our)\s+)?(?:prices?|quotes?|rates?|costs?|details|order|buy|reserve|availability|deal|discount)(?!\p{L})/giu;
const CONTACT = /(?<![\p{L}'’])(?:dm|pm|inbox|message|text|ring|call|email)\s+me(?!\p{L})/giu;
const PRICE = /£\s?\d[\d,]{0,8}(?:\.\d\d)?/gu;

const LABEL = /^([\s"“'‘]*)(Sponsored|Advert|Advertisement|Ad|Promoted|Promotion|Paid promotion|Paid partnership)\s?[:–—-]/iu;

const PREFILTER =
  /%|£|off|price|sale|sell|code|free|rate|my|our|buy|book|order|dm|pm|inbox|plug|sponsor|advert|ad\b|spotlight|showroom|post|page|considered|ono|bogof|for\s?(?:1|one|2|two)|quot|tender|bid|pitch|discount|\brun|\bown|launch|opened|started|sent\s+you|message|insured|slots|collect|used|reasonable|ebay|etsy|vinted|marketplace|airbnb|clients|customers/i;


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
    const found: Match[] = [
      ...business.find(text),
      ...findAll(MY_BUSINESS, text),
      ...findAll(RELATIVE_BUSINESS, text),
      ...findAll(RUNS_BUSINESS, text),
      ...findAll(BID, text),
      ...findAll(PAGE, text),
    ];
    const label = LABEL.exec(text);
    if (label) {
      const start = label[1]!.length;
      found.push({ start, end: start + label[2]!.length, text: label[2]! });
    }
    const dealMatches = [
      ...deals.find(text),
      ...findAll(PERCENT_OFF, text),
      ...findAll(MULTIBUY, text),
      ...findAll(DISCOUNT, text),
      ...findAll(CONTACT_FOR, text),
    ];
    const prices = findAll(PRICE, text);
    if (prices.length) {
      const contacts = findAll(CONTACT, text);
      if (contacts.length) dealMatches.push(...prices, ...contacts);
    }
    if (dealMatches.length && (found.length || !community.test(text))) found.push(...dealMatches);
    return mergeOverlapping(text, found).map((m) => ({
      messageId: 'promotion',
      start: m.start,
      end: m.end,
      data: { text: m.text.trim() },
    }));
  },
});
