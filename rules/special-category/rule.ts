import { defineRule, type Report } from '../../lib/engine/rule.ts';
import { loadWordList, phraseRegExp, wordRegExp } from '../../lib/engine/phrases.ts';
import { alternation, findPersonRefs, firstPersonBefore, personWordBefore } from '../shared/person-ref.ts';
import conditionsJson from '../wordlists/special-category-health-conditions.json';
import modifiersJson from '../wordlists/special-category-health-modifiers.json';
import leadInsJson from '../wordlists/special-category-health-lead-ins.json';
import weakLeadInsJson from '../wordlists/special-category-health-lead-ins-weak.json';
import ambiguousConditionsJson from '../wordlists/special-category-health-ambiguous.json';
import proceduresJson from '../wordlists/special-category-health-procedures.json';
import possessedJson from '../wordlists/special-category-health-possessed.json';
import healthPhrasesJson from '../wordlists/special-category-health-phrases.json';
import ambiguousStatesJson from '../wordlists/special-category-health-states-ambiguous.json';
import topicWordsJson from '../wordlists/special-category-topic-words.json';
import ethnicityJson from '../wordlists/special-category-ethnicity.json';
import religionJson from '../wordlists/special-category-religion.json';
import religionPlacesJson from '../wordlists/special-category-religion-places.json';
import sexualityJson from '../wordlists/special-category-sexuality.json';
import partiesJson from '../wordlists/special-category-parties.json';
import unionsJson from '../wordlists/special-category-unions.json';
import criminalJson from '../wordlists/special-category-criminal.json';
import relationNounsJson from '../wordlists/person-relation-nouns.json';
import bodyPartsJson from '../wordlists/special-category-health-body-parts.json';
import bodyTroublesJson from '../wordlists/special-category-health-body-troubles.json';
import babyWordsJson from '../wordlists/special-category-health-baby-words.json';
import religionPracticesJson from '../wordlists/special-category-religion-practices.json';
import sexualityRelationshipsJson from '../wordlists/special-category-sexuality-relationships.json';

// Special category data (and criminal-record data) about an identifiable person in the same
// sentence. Every check is a frame, never a bare keyword: an illness after "has", "diagnosed
// with" or a person's possessive; a state after "is/was" whose subject is a person; an ethnicity,
// religion or orientation said of a person ("he is Polish", "the Muslim family"); membership
// of a party or union; a criminal-record phrase. A cheap keyword pass runs first, and general
// topics ("dementia-friendly café", "mental health awareness week") are set aside by the word
// that follows the term.

type Category = 'health' | 'ethnicity' | 'religion' | 'sexuality' | 'politics' | 'union' | 'criminal';

const LABEL: Record<Category, string> = {
  health: 'health information',
  ethnicity: 'ethnic origin',
  religion: 'religious belief',
  sexuality: 'sexual orientation',
  politics: 'political membership or opinion',
  union: 'trade-union membership',
  criminal: 'criminal-record information',
};

const list = (name: string, json: unknown) => loadWordList(name, json);
const CONDITIONS = list('special-category-health-conditions', conditionsJson);
const MODIFIERS = list('special-category-health-modifiers', modifiersJson);
const LEAD_INS = list('special-category-health-lead-ins', leadInsJson);
const WEAK_LEAD_INS = list('special-category-health-lead-ins-weak', weakLeadInsJson);
const AMBIGUOUS_CONDITIONS = list('special-category-health-ambiguous', ambiguousConditionsJson);
const PROCEDURES = list('special-category-health-procedures', proceduresJson);
const POSSESSED = list('special-category-health-possessed', possessedJson);
const HEALTH_PHRASES = list('special-category-health-phrases', healthPhrasesJson);
const AMBIGUOUS_STATES = list('special-category-health-states-ambiguous', ambiguousStatesJson);
const TOPIC_WORDS = list('special-category-topic-words', topicWordsJson);
const ETHNICITY = list('special-category-ethnicity', ethnicityJson);
const RELIGION = list('special-category-religion', religionJson);
const RELIGION_PLACES = list('special-category-religion-places', religionPlacesJson);
const SEXUALITY = list('special-category-sexuality', sexualityJson);
const PARTIES = list('special-category-parties', partiesJson);
const UNIONS = list('special-category-unions', unionsJson);
const CRIMINAL = list('special-category-criminal', criminalJson);
const BODY_PARTS = list('special-category-health-body-parts', bodyPartsJson);
const BODY_TROUBLES = list('special-category-health-body-troubles', bodyTroublesJson);
const BABY_WORDS = list('special-category-health-baby-words', babyWordsJson);
const RELIGION_PRACTICES = list('special-category-religion-practices', religionPracticesJson);
const SEXUALITY_RELATIONSHIPS = list('special-category-sexuality-relationships', sexualityRelationshipsJson);
const PERSON_NOUNS = [...list('person-relation-nouns', relationNounsJson), 'people', 'guests', 'refugee', 'refugees', 'lodgers', 'lads', 'girls', 'boys'];

const lowerSet = (l: readonly string[]) => new Set(l.map((w) => w.toLowerCase().replace(/\s+/g, ' ')));
const AMBIGUOUS_CONDITION_SET = lowerSet(AMBIGUOUS_CONDITIONS);
const PROCEDURE_SET = lowerSet(PROCEDURES);
const AMBIGUOUS_STATE_SET = lowerSet(AMBIGUOUS_STATES);
const STRONG_LEAD_IN_SET = lowerSet(LEAD_INS);
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

const A = alternation;
// Its own word boundary, so that the contracted "he's", "they're" count.
const COPULA =
  "(?:(?<![\\p{L}\\p{N}_'’])(?:is|was|are|were|has\\s+been|had\\s+been|have\\s+been|being|became|has\\s+become|remains|is\\s+now|was\\s+now)|(?<=\\p{L})['’](?:s|re)(?:\\s+been)?)";
const END = "(?![\\p{L}\\p{N}_]|['’]\\p{L})";
/** A frame that opens with COPULA (which carries its own boundary). */
const copulaFrame = (source: string, flags = 'giu') => new RegExp(`(?<cop>${COPULA})${source}${END}`, flags);
const ADVERBS =
  '(?:(?:very|still|now|currently|also|sadly|quite|recently|severely|profoundly|seriously|critically|clinically|openly|devoutly|strictly|apparently|actually|definitely|registered|partially|a)\\s+){0,2}';
// Up to three words between a lead-in and the illness; each must be a listed modifier (checked
// in code, which keeps these regular expressions small).
const MODS = "(?<mods>(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?)";
const MODIFIER_SET = lowerSet(MODIFIERS);
const modifiersOk = (m: RegExpExecArray) => (m.groups?.mods ?? '').split(/\s+/).every((w) => w === '' || MODIFIER_SET.has(key(w)));
const DET = '(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Tt]hat|[Tt]his)';
const PERSON_NOUN_ALT = A(PERSON_NOUNS);
const PERSON_NOUN_AFTER = new RegExp(`^\\s+(?:${PERSON_NOUN_ALT})(?![\\p{L}])`, 'iu');
const FAITH_ADJ = '(?:(?:devout|practising|practicing|observant|strict|lapsed|committed|born-again|orthodox|devoted)\\s+)?';
const POL_ADJ = '(?:(?:life-long|lifelong|long-standing|paid-up|card-carrying|committed|staunch|active|keen|loyal|die-hard|diehard|former|big|huge)\\s+)?';

/** A list's alternation that also matches each entry written in capitals ("UNISON"). */
const withCaps = (l: readonly string[]) => A([...l, ...l.map((w) => w.toUpperCase())]);

// Health
const ALL_CONDITIONS = A(CONDITIONS);
const HEALTH_STRONG = wordRegExp(`(?<lead>${A(LEAD_INS)})\\s+${MODS}(?<t>${ALL_CONDITIONS})`);
const HEALTH_WEAK = wordRegExp(`(?<lead>${A(WEAK_LEAD_INS)})\\s+${MODS}(?<t>${ALL_CONDITIONS})`);
const HEALTH_POSSESSIVE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}_'’])(?<own>his|her)|(?<=\\p{L})['’]s)\\s+${MODS}(?<t>${A([...CONDITIONS, ...POSSESSED])})(?![\\p{L}\\p{N}_]|['’]\\p{L})`,
  'giu',
);
const HEALTH_STATE = copulaFrame(`\\s+${ADVERBS}(?<t>${A(HEALTH_PHRASES)})`);
const HEALTH_PHRASE = phraseRegExp(HEALTH_PHRASES.filter((p) => !AMBIGUOUS_STATE_SET.has(key(p))));
const ATTRIBUTES = HEALTH_PHRASES.filter((p) => !/^(?:a|an|in|on|off|having|recovering|receiving|expecting|admitted|rushed|taken|signed|shielding)\s/i.test(p) && !/\s(?:list|leave|care)$/i.test(p));
const HEALTH_ATTRIBUTIVE = wordRegExp(`${DET}\\s+(?<t>${A(ATTRIBUTES)})\\s+(?:${PERSON_NOUN_ALT})`);

// Health told indirectly: a part of the body in trouble ("back in Papworth with his heart again",
// "her bad hip", "broke his wrist", "chest infection"), a named hospital ("in Addenbrooke's
// Hospital"), a pregnancy ("expecting her second baby").
const BODY = A(BODY_PARTS);
const BODY_WITH = wordRegExp(
  `(?:with|trouble\\s+with|problems\\s+with|issues\\s+with|bother\\s+with)\\s+(?<t>(?:his|her|their)\\s+(?:bad\\s+|dodgy\\s+|weak\\s+)?(?:${BODY}))(?=\\s+(?:again|playing\\s+up|acting\\s+up|lately|recently|still|since)(?!\\p{L})|\\s*(?:[.,;:!?)–—]|-\\s|$))`,
);
const BODY_BAD = new RegExp(
  `(?:(?<![\\p{L}\\p{N}_'’])(?<own>his|her|their)|(?<=\\p{L})['’]s)\\s+(?<t>(?:bad|dodgy|weak|poorly|dicky|gammy|failing|broken|injured|damaged|fractured|arthritic)\\s+(?:${BODY}))(?![\\p{L}\\p{N}_]|['’]\\p{L})`,
  'giu',
);
const BODY_HAS = wordRegExp(
  `(?:has|had|got|with)\\s+an?\\s+(?<t>(?:bad|dodgy|weak|dicky|gammy|failing|broken|arthritic)\\s+(?:${BODY}))(?!\\s+(?:door|doors|gate|wall|fence|seat|seats|window|room|garden|lane|road|step|steps|yard|bedroom))`,
);
const BODY_INJURED = wordRegExp(`(?<t>(?:broke|broken|fractured|injured|dislocated|twisted|sprained|damaged)\\s+(?:his|her|their)\\s+(?<part>${BODY}))`);
const BODY_TROUBLE = wordRegExp(`(?<t>(?:${BODY})\\s+(?:${A(BODY_TROUBLES)}))`);
const NAMED_HOSPITAL = /(?<!\p{L})(?:in|into|(?:admitted|taken|rushed|transferred|moved)\s+to)\s+(?:the\s+)?(?<t>(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Hospital|Infirmary|Hospice))(?!\p{L})/gu;
const PREGNANCY = wordRegExp(
  `(?<t>(?:expecting|having)\\s+(?:(?:a|an|her|his|their|another)\\s+)?(?:(?:first|second|third|fourth|fifth|new|\\d(?:st|nd|rd|th))\\s+)?(?:${A(BABY_WORDS)}))(?!['’]s|\\s+(?:${A(TOPIC_WORDS)}))`,
);
const NOT_INJURED = new Set(['heart', 'nerves', 'memory', 'balance', 'breathing', 'hearing']);

// Ethnicity, religion, sexuality (copula frames need a person as the subject)
const ETHNIC_COPULA = copulaFrame(`\\s+${ADVERBS}(?:an?\\s+)?(?:(?:lovely|nice|young|elderly|old|retired|new|local)\\s+)?(?<t>${A(ETHNICITY)})(?!\\s+(?:${A(TOPIC_WORDS)}))`, 'gu');
const ETHNIC_ATTRIBUTIVE = wordRegExp(`${DET}\\s+(?:(?:young|elderly|old|new|local|lovely|nice)\\s+)?(?<t>${A(ETHNICITY)})\\s+(?:${PERSON_NOUN_ALT})`, 'gu');
// "a Romanian family at number 12": an indefinite person placed by where they live.
const ETHNIC_LOCATED = wordRegExp(
  `[Aa]n?\\s+(?:(?:young|elderly|old|new|local)\\s+)?(?<t>${A(ETHNICITY)})\\s+(?:${PERSON_NOUN_ALT})\\s+(?:(?:who\\s+lives?\\s+|living\\s+)?(?:at|from|in)\\s+(?:number|no\\.?)\\s?\\d{1,4}|next\\s+door|(?:who\\s+lives?\\s+|living\\s+)?(?:on|in)\\s+\\p{Lu}\\p{L}+\\s+(?:Road|Street|Lane|Close|Avenue|Way|Drive|Crescent|Gardens))`,
  'gu',
);
// "from a Traveller family", "of an Asian background".
const ETHNIC_FAMILY = wordRegExp(`(?:from|of)\\s+an?\\s+(?<t>(?:${A(ETHNICITY)})\\s+(?:family|background|community|household))`, 'gu');
const ETHNIC_ORIGIN = wordRegExp(`of\\s+(?<t>(?:${A(ETHNICITY)})\\s+(?:descent|origin|heritage|background|extraction))`, 'gu');
const ETHNIC_POSSESSIVE = wordRegExp('(?:his|her)\\s+(?<t>ethnicity|race|ethnic\\s+origin|ethnic\\s+background|skin\\s+colour|colour\\s+of\\s+(?:his|her)\\s+skin)');

const RELIGION_COPULA = copulaFrame(`\\s+${ADVERBS}(?:an?\\s+)?${FAITH_ADJ}(?<t>${A(RELIGION)})(?!\\s+(?:${A(TOPIC_WORDS)}))`, 'gu');
const RELIGION_ATTRIBUTIVE = wordRegExp(`${DET}\\s+${FAITH_ADJ}(?<t>${A(RELIGION)})\\s+(?:${PERSON_NOUN_ALT})`, 'gu');
const RELIGION_POSSESSIVE = wordRegExp(`(?:his|her)\\s+(?:local\\s+)?(?<t>${A(RELIGION_PLACES)})`);
const RELIGION_PRACTICE = wordRegExp(
  '(?:goes|go|went|going|attends|attended|attending|worships|worshipped|prays)\\s+(?:to\\s+|at\\s+)?(?:the\\s+)?(?:local\\s+)?(?<t>mosque|synagogue|gurdwara|mandir|temple|church|chapel|mass|Kingdom\\s+Hall|Friday\\s+prayers)',
);
// Observance and dress: "fasting for Ramadan", "keeps kosher", "wears a hijab", "her bat mitzvah".
const RELIGION_OBSERVES = wordRegExp(
  `(?:fasting|fasts|fasted|observing|observes|observed|keeps|keeping|kept|wears|wearing|wore|celebrating\\s+(?:his|her|their)|(?:his|her|their)(?:\\s+(?:son|daughter)['’]s)?)\\s+(?:for\\s+|a\\s+|an\\s+|the\\s+)?(?<t>${A(RELIGION_PRACTICES)})`,
);
// "As a practising Muslim he…", "being a devout Catholic, Mrs Reid…": the identity given for a third person
// who follows (not "As a Catholic, I…", which is the writer's own).
const AS_IDENTITY = wordRegExp(
  `(?:[Aa]s|[Bb]eing)\\s+an?\\s+${FAITH_ADJ}(?:(?<religion>${A(RELIGION)})|(?<ethnicity>${A(ETHNICITY)})|(?<sexuality>${A(SEXUALITY)}))(?=(?:\\s+(?:man|woman|lad|lady|person|bloke|girl|boy|family))?,?\\s+(?:he|she|they|his|her|their|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\p{Lu}|\\p{Lu}\\p{Ll}+\\s+(?:has|is|was|will|won['’]t|can['’]t|does|doesn['’]t|never|always)\\b))`,
  'gu',
);
const RELIGION_CONVERSION = wordRegExp('(?<t>converted\\s+to\\s+(?:Islam|Christianity|Judaism|Catholicism|Buddhism|Hinduism|Sikhism))');

// "is Polish and a practising Catholic": a second identity term joined to the first.
const CHAIN = new RegExp(
  `^\\s*(?:,\\s*)?(?:and|or|but\\s+also)\\s+(?:an?\\s+)?${FAITH_ADJ}(?:(?<ethnicity>${A(ETHNICITY)})|(?<religion>${A(RELIGION)})|(?<sexuality>${A(SEXUALITY)})|${POL_ADJ}(?<politics>${A(PARTIES)}))(?![\\p{L}\\p{N}_]|['’]\\p{L})`,
  'u',
);
// "Cllr Hale, a paid-up Conservative, …", "Mrs Khan, a devout Muslim, …": an aside about the person before it.
const APPOSITIVE = new RegExp(
  `,\\s+(?:an?\\s+)?(?:(?:lifelong|life-long|long-standing|paid-up|card-carrying|committed|staunch|active|devout|practising|practicing|proud|openly)\\s+)?(?:(?<ethnicity>${A(ETHNICITY)})|(?<religion>${A(RELIGION)})|(?<sexuality>${A(SEXUALITY)})|(?<politics>${A(PARTIES)}))(?:\\s+(?:[Pp]arty\\s+)?(?:member|supporter|activist|voter|man|woman|lady|gentleman|national|citizen))?\\s*[,.;)]`,
  'gu',
);
const SEXUALITY_COPULA = copulaFrame(`\\s+${ADVERBS}(?:an?\\s+)?(?<t>${A(SEXUALITY)})`);
const SEXUALITY_ATTRIBUTIVE = wordRegExp(`${DET}\\s+(?<t>${A(SEXUALITY)})\\s+(?:${PERSON_NOUN_ALT}|couple)`);
const SEXUALITY_POSSESSIVE = wordRegExp('(?:his|her)\\s+(?<t>sexuality|sexual\\s+orientation|gender\\s+identity|same-sex\\s+partner|transition)');
const SAME_SEX_PARTNER = wordRegExp("(?:his|Mr\\.?\\s+\\p{Lu}[\\p{L}'’-]*['’]s)\\s+(?<t>husband|boyfriend)|her\\s+(?<t2>wife|girlfriend)", 'gu');
const SEXUALITY_RELATIONSHIP = phraseRegExp(SEXUALITY_RELATIONSHIPS);
// "the two lads who run the chip van … getting married": two men or two women marrying.
const TWO_SAME_SEX_MARRYING = wordRegExp(
  '(?<t>(?:two|both)\\s+(?:men|lads|blokes|guys|gents|gentlemen|women|ladies|girls|lasses))(?=[^.!?]{0,80}(?<![\\p{L}])(?:married|marry|marrying|wedding|wed|engaged|civil\\s+partnership)(?![\\p{L}])(?!\\s+(?:fair|fayre|season|venue|venues|show|shop|business|industry)))',
  'giu',
);
const COMING_OUT = wordRegExp('(?<t>came\\s+out\\s+(?:as|to))');

// Politics and unions (party and union names match only as written: "labour costs", "unite")
const PARTY = `(?:${A(PARTIES)})(?:\\s+[Pp]arty)?`;
const POLITICS_COPULA = copulaFrame(
  `\\s+${ADVERBS}(?:an?\\s+)?${POL_ADJ}(?<t>${PARTY}(?:\\s+(?:member|supporter|activist|voter|donor|campaigner))?)(?!\\s*(?:-|councillor|candidate|MP|peer|group|government|policy|council|administration|controlled|led))`,
  'gu',
);
const POLITICS_MEMBERSHIP = wordRegExp(
  `(?<t>member\\s+of\\s+the\\s+${PARTY}|(?:joined|rejoined|joining)\\s+the\\s+${PARTY}|${PARTY}\\s+(?:member|membership|supporter|activist|voter|donor|campaigner|card))`,
  'gu',
);
const POLITICS_VOTES = wordRegExp(`(?<cop>votes|voted|always\\s+votes|would\\s+vote|will\\s+vote)\\s+(?<t>${PARTY})`, 'gu');
const POLITICS_POSSESSIVE = wordRegExp(
  '(?:his|her)\\s+(?<t>political\\s+(?:views|opinions|affiliation|leanings|beliefs)|politics|party\\s+membership|voting\\s+intentions)',
);
// Political activity said of someone: "hands out leaflets for the Tories", "canvasses for Labour",
// "stood as a Green Party candidate".
const POLITICS_ACTIVITY = wordRegExp(
  `(?<t>(?:hands?\\s+out|handing\\s+out|handed\\s+out|delivers|delivering|delivered|pushes|pushing)\\s+(?:leaflets|flyers)\\s+for\\s+(?:the\\s+)?${PARTY}|(?:canvasses|canvassed|canvassing|campaigns|campaigned|campaigning|stood|stands|standing)\\s+(?:for|as)\\s+(?:an?\\s+|the\\s+)?${PARTY}(?:\\s+candidate)?)`,
  'gu',
);
const UNION_CI = wordRegExp(
  '(?<t>member\\s+of\\s+(?:the\\s+|a\\s+)?(?:trade\\s+)?union|(?:trade\\s+)?union\\s+(?:member|membership|rep|representative|official|activist|steward|convenor)|shop\\s+steward|trade\\s+unionist|(?:joined|joining)\\s+(?:the\\s+|a\\s+)?(?:trade\\s+)?union)',
);
const UNION_NAMED = wordRegExp(
  `(?<t>member\\s+of\\s+(?:the\\s+)?(?:${withCaps(UNIONS)})|(?:joined|joining)\\s+(?:the\\s+)?(?:${withCaps(UNIONS)})|(?:${withCaps(UNIONS)})\\s+(?:member|membership|rep|representative|official|activist|shop\\s+steward|steward|convenor))`,
  'gu',
);

const CRIMINAL_RE = phraseRegExp(CRIMINAL);

const STOPWORDS = new Set(
  'a an the in on of to with from for by at is was been has had have and or his her their my our very no not up out off after under into over end'.split(' '),
);
// Cheap first pass: a set lookup per word tells which groups of frames could match at all.
const wordsOf = (phrases: readonly string[]) =>
  new Set(
    phrases
      .flatMap((phrase) => key(phrase).split(/[\s-]+/).map((w) => w.replace(/^['’]+|(?<!['’])['’]+$/g, '')))
      .filter((w) => w && !STOPWORDS.has(w) && !/^\d+$/.test(w)),
  );
const HEALTH_WORDS = wordsOf([...CONDITIONS, ...POSSESSED, ...HEALTH_PHRASES, ...BODY_PARTS, ...BABY_WORDS, 'hospital', 'infirmary', 'hospice']);
const IDENTITY_WORDS = wordsOf([
  ...ETHNICITY,
  ...RELIGION,
  ...RELIGION_PLACES,
  ...SEXUALITY,
  ...SEXUALITY_RELATIONSHIPS,
  ...RELIGION_PRACTICES,
  ...['married', 'marry', 'marrying', 'wedding', 'wed', 'engaged', 'partnership', 'family', 'background', 'household'],
  ...PARTIES,
  ...UNIONS,
  ...['husband', 'boyfriend', 'wife', 'girlfriend', 'union', 'steward', 'unionist', 'converted', 'came', 'ethnicity'],
  ...['race', 'ethnic', 'skin', 'colour', 'sexual', 'sexuality', 'orientation', 'transition', 'sex', 'gender', 'political', 'politics', 'voting', 'party'],
  ...['leaflets', 'flyers', 'canvasses', 'canvassed', 'canvassing', 'campaigns', 'campaigned', 'campaigning', 'stood', 'stands', 'standing'],
]);
const CRIMINAL_WORDS = wordsOf(CRIMINAL);

function groupsIn(text: string): { health: boolean; identity: boolean; criminal: boolean } {
  const found = { health: false, identity: false, criminal: false };
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)) {
    const w = key(m[0]);
    const bare = w.replace(/['’]s$/, '');
    found.health ||= HEALTH_WORDS.has(w) || HEALTH_WORDS.has(bare);
    found.identity ||= IDENTITY_WORDS.has(w) || IDENTITY_WORDS.has(bare);
    found.criminal ||= CRIMINAL_WORDS.has(w) || CRIMINAL_WORDS.has(bare);
  }
  return found;
}

const TOPIC_AFTER = new RegExp(`^(?:-|\\s+)(?:${A(TOPIC_WORDS)})(?![\\p{L}])`, 'iu');
const COMPOUND_AFTER = /^-\p{L}/u;
const GENERIC_BEFORE_WITH = new Set([
  'people', 'those', 'anyone', 'everyone', 'residents', 'families', 'children', 'adults', 'patients', 'carers', 'others',
  'many', 'someone', 'somebody', 'anybody', 'users', 'visitors', 'pupils', 'members', 'groups', 'clients', 'customers',
  'sufferers', 'individuals', 'persons', 'neighbours', 'parishioners', 'volunteers', 'staff', 'help', 'helping', 'support',
  'supporting', 'deal', 'dealing', 'cope', 'coping', 'affected', 'diagnosed', 'living', 'working', 'work', 'works',
]);
const IMPERSONAL_SUBJECT = /(?<![\p{L}'’])(?:it|this|that|there|which|what|I|we|you|they)\s*$/iu;

interface Hit {
  start: number;
  end: number;
  category: Category;
  /** The subject check: 'person' — the word before `at` must stand for a person; 'not-self' — it must not be I/we/you/it. */
  subject?: 'person' | 'not-self';
  at?: number;
  /** The hit names the person itself ("the Ukrainian family"), so no other reference is needed. */
  selfReferring?: boolean;
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

function termSpan(m: RegExpExecArray, group = 't'): { start: number; end: number; text: string } | undefined {
  const t = m.groups?.[group];
  if (t === undefined) return undefined;
  const start = m.index + m[0].lastIndexOf(t);
  return { start, end: start + t.length, text: t };
}

/** The subject of "is …" is a person: the word before, or the noun before a ", who …," aside. */
function subjectIsPerson(text: string, at: number): boolean {
  // Bounded: it runs on the 60 characters before the match, so a quadratic worst case is tiny.
  // eslint-disable-next-line regexp/no-super-linear-move
  const aux = /(?:\s+(?:has|have|had|always|never|usually|probably|still|also|now|apparently|definitely|been|will|would|once|previously))+\s*$/iu.exec(
    text.slice(Math.max(0, at - 60), at),
  );
  if (aux) at -= aux[0].length;
  if (personWordBefore(text, at)) return true;
  const aside = /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}'’-]+),[^,]{1,60},\s*$/u.exec(text.slice(Math.max(0, at - 90), at));
  return aside !== null && personWordBefore(text, at - (aside[0].length - aside[1]!.length));
}

/** "X has depression and has always voted Labour": the subject before "and" is a person. */
function sharedSubject(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (!/(?<!\p{L})(?:and|but)\s+(?:(?:has|have|had|always|never|usually|also|still|now|been|is|was)\s+){0,3}$/iu.test(before)) return false;
  if (/(?<![\p{L}'’])(?:I|we)(?!\p{L})/u.test(before)) return false;
  return findPersonRefs(before).length > 0;
}

function healthHits(text: string, out: Hit[]): void {
  for (const re of [HEALTH_STRONG, HEALTH_WEAK]) {
    for (const m of matches(re, text)) {
      if (!modifiersOk(m)) {
        re.lastIndex = m.index + 1; // try a later lead-in inside the rejected stretch ("has had a stroke")
        continue;
      }
      const t = termSpan(m)!;
      const lead = m.groups!.lead!;
      const termKey = key(t.text);
      const strongLead = STRONG_LEAD_IN_SET.has(key(lead));
      if (!strongLead && AMBIGUOUS_CONDITION_SET.has(termKey)) {
        if (!PROCEDURE_SET.has(termKey) || !/^(?:has|had|having|needs|needed|awaiting|waiting for|after|following|recovering)/i.test(lead)) continue;
        if (/\bthe\s+(?:\S+\s+)?$/i.test(text.slice(m.index, t.start))) continue; // "after the surgery"
      }
      if (/^with$/i.test(lead)) {
        const before = /(?<![\p{L}'’-])([\p{L}'’-]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
        if (before && GENERIC_BEFORE_WITH.has(before[1]!.toLowerCase())) continue;
      }
      out.push({ start: t.start, end: t.end, category: 'health', subject: 'not-self', at: m.index });
    }
  }
  for (const m of matches(HEALTH_POSSESSIVE, text)) {
    if (!modifiersOk(m)) {
      HEALTH_POSSESSIVE.lastIndex = m.index + 1;
      continue;
    }
    const t = termSpan(m)!;
    if (!m.groups!.own && !personWordBefore(text, m.index)) continue;
    if (key(t.text) === 'health' && /^\s+and\s+safety/i.test(text.slice(t.end))) continue;
    out.push({ start: t.start, end: t.end, category: 'health', selfReferring: true });
  }
  for (const m of matches(HEALTH_STATE, text)) {
    const t = termSpan(m)!;
    const ambiguous = AMBIGUOUS_STATE_SET.has(key(t.text));
    out.push({ start: t.start, end: t.end, category: 'health', subject: ambiguous ? 'person' : 'not-self', at: m.index });
  }
  for (const m of matches(HEALTH_PHRASE, text)) {
    if (/^(?:a|an|ill|sick|poorly|frail)\b/i.test(m[0]) || AMBIGUOUS_STATE_SET.has(key(m[0]))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'health', subject: 'not-self', at: m.index });
  }
  for (const m of matches(HEALTH_ATTRIBUTIVE, text)) {
    const t = termSpan(m)!;
    out.push({ start: t.start, end: t.end, category: 'health', selfReferring: true });
  }
  indirectHealthHits(text, out);
}

function indirectHealthHits(text: string, out: Hit[]): void {
  for (const re of [BODY_WITH, BODY_HAS, BODY_TROUBLE, NAMED_HOSPITAL, PREGNANCY]) {
    for (const m of matches(re, text)) {
      const t = termSpan(m)!;
      // "back issues of the newsletter"
      if (re === BODY_TROUBLE && /^back\s+issues?$/i.test(t.text)) continue;
      out.push({ start: t.start, end: t.end, category: 'health', subject: 'not-self', at: m.index });
    }
  }
  for (const m of matches(BODY_BAD, text)) {
    const t = termSpan(m)!;
    if (!m.groups!.own && !personWordBefore(text, m.index)) continue;
    out.push({ start: t.start, end: t.end, category: 'health', selfReferring: true });
  }
  for (const m of matches(BODY_INJURED, text)) {
    if (NOT_INJURED.has(m.groups!.part!.toLowerCase())) continue; // "broke her heart"
    const t = termSpan(m)!;
    out.push({ start: t.start, end: t.end, category: 'health', subject: 'not-self', at: m.index });
  }
}

function identityHits(text: string, out: Hit[]): void {
  const copulas: [RegExp, Category][] = [
    [ETHNIC_COPULA, 'ethnicity'],
    [RELIGION_COPULA, 'religion'],
    [SEXUALITY_COPULA, 'sexuality'],
    [POLITICS_COPULA, 'politics'],
    [POLITICS_VOTES, 'politics'],
  ];
  for (const [re, category] of copulas) {
    for (const m of matches(re, text)) {
      const t = termSpan(m)!;
      // "… are Syrian refugees": the term names people itself, so any person in the sentence will do.
      const namesPeople = category !== 'politics' && PERSON_NOUN_AFTER.test(text.slice(t.end, t.end + 30));
      out.push({ start: t.start, end: t.end, category, subject: namesPeople ? 'not-self' : 'person', at: m.index });
      const chain = CHAIN.exec(text.slice(t.end, t.end + 80));
      if (chain) {
        const [cat, term] = Object.entries(chain.groups!).find(([, v]) => v !== undefined)!;
        const start = t.end + chain[0].length - term!.length;
        out.push({ start, end: start + term!.length, category: cat as Category, subject: 'person', at: m.index });
      }
    }
  }
  for (const m of matches(AS_IDENTITY, text)) {
    const [cat, term] = Object.entries(m.groups!).find(([, v]) => v !== undefined)!;
    const start = m.index + m[0].length - term!.length;
    out.push({ start, end: start + term!.length, category: cat as Category, subject: 'not-self', at: m.index });
  }
  for (const m of matches(APPOSITIVE, text)) {
    const [cat, term] = Object.entries(m.groups!).find(([, v]) => v !== undefined)!;
    const start = m.index + m[0].indexOf(term!, m[0].search(/\p{L}/u));
    out.push({ start, end: start + term!.length, category: cat as Category, subject: 'person', at: m.index });
  }
  const selfReferring: [RegExp, Category][] = [
    [ETHNIC_ATTRIBUTIVE, 'ethnicity'],
    [ETHNIC_LOCATED, 'ethnicity'],
    [ETHNIC_POSSESSIVE, 'ethnicity'],
    [RELIGION_ATTRIBUTIVE, 'religion'],
    [RELIGION_POSSESSIVE, 'religion'],
    [SEXUALITY_ATTRIBUTIVE, 'sexuality'],
    [SEXUALITY_POSSESSIVE, 'sexuality'],
    [SAME_SEX_PARTNER, 'sexuality'],
    [TWO_SAME_SEX_MARRYING, 'sexuality'],
    [POLITICS_POSSESSIVE, 'politics'],
  ];
  for (const [re, category] of selfReferring) {
    for (const m of matches(re, text)) {
      const t = termSpan(m) ?? termSpan(m, 't2')!;
      // "the White family", "the Black household": a surname, not a colour.
      if (category === 'ethnicity' && /^(?:White|Black|Brown|Green|Gray|Grey)$/.test(t.text) && /^\s+(?:family|household|twins|brothers|sisters)/.test(text.slice(t.end))) continue;
      out.push({ start: t.start, end: t.end, category, selfReferring: true });
    }
  }
  const aboutSomeone: [RegExp, Category][] = [
    [ETHNIC_ORIGIN, 'ethnicity'],
    [RELIGION_PRACTICE, 'religion'],
    [RELIGION_CONVERSION, 'religion'],
    [COMING_OUT, 'sexuality'],
    [SEXUALITY_RELATIONSHIP, 'sexuality'],
    [RELIGION_OBSERVES, 'religion'],
    [ETHNIC_FAMILY, 'ethnicity'],
    [POLITICS_MEMBERSHIP, 'politics'],
    [POLITICS_ACTIVITY, 'politics'],
    [UNION_CI, 'union'],
    [UNION_NAMED, 'union'],
  ];
  for (const [re, category] of aboutSomeone) {
    for (const m of matches(re, text)) {
      const t = termSpan(m) ?? { start: m.index, end: m.index + m[0].length };
      if (category === 'union' && /Mothers['’]?\s+$/.test(text.slice(Math.max(0, t.start - 10), t.start))) continue;
      out.push({ start: t.start, end: t.end, category, subject: 'not-self', at: m.index });
    }
  }
}

function criminalHits(text: string, out: Hit[]): void {
  for (const m of matches(CRIMINAL_RE, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, category: 'criminal', subject: 'not-self', at: m.index });
  }
}

function detect(text: string, quoted: boolean): Report[] {
  const groups = groupsIn(text);
  if (!groups.health && !groups.identity && !groups.criminal) return [];
  const hits: Hit[] = [];
  if (groups.health) healthHits(text, hits);
  if (groups.identity) identityHits(text, hits);
  if (groups.criminal) criminalHits(text, hits);
  if (!hits.length) return [];

  // In a quoted earlier message, "I" is someone else writing about themselves.
  let refs: ReturnType<typeof findPersonRefs> | undefined;
  const hasPerson = () => {
    refs ??= findPersonRefs(text);
    return refs.length > 0 || (quoted && /(?<!\p{L})(?:I|I['’]m|I['’]ve|my|me)(?!\p{L})/u.test(text));
  };

  const reports: Report[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const hit of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (taken.some((t) => t.start < hit.end && hit.start < t.end)) continue;
    const after = text.slice(hit.end, hit.end + 40);
    if (COMPOUND_AFTER.test(after) || TOPIC_AFTER.test(after)) continue;
    if (AMBIGUOUS_STATE_SET.has(key(text.slice(hit.start, hit.end))) && /^\s+(?:to|of|about)(?!\p{L})/iu.test(after)) continue;
    if (!hit.selfReferring) {
      const at = hit.at ?? hit.start;
      if (hit.subject === 'person') {
        const ok = subjectIsPerson(text, at) || (quoted && /(?<!\p{L})I\s*$/u.test(text.slice(0, at))) || sharedSubject(text, at);
        if (!ok) continue;
      } else {
        if (!quoted && (firstPersonBefore(text, at) || IMPERSONAL_SUBJECT.test(text.slice(Math.max(0, at - 12), at)))) continue;
        if (!hasPerson()) continue;
      }
    }
    taken.push(hit);
    reports.push({ messageId: 'special', start: hit.start, end: hit.end, data: { text: text.slice(hit.start, hit.end), category: LABEL[hit.category] } });
  }
  return reports;
}

const memo = new Map<string, Report[]>();
function detectMemo(text: string, quoted: boolean): Report[] {
  const k = `${quoted ? 'q' : 'p'}|${text}`;
  let result = memo.get(k);
  if (!result) {
    if (memo.size > 200) memo.clear();
    result = detect(text, quoted);
    memo.set(k, result);
  }
  return result;
}

export default defineRule({
  meta: {
    id: 'special-category',
    category: 'privacy',
    description:
      'Health, ethnicity, religion, sexual orientation, political or trade-union membership, or criminal-record information about an identifiable person.',
    defaultSeverity: 'error',
    messages: {
      special:
        '"{{text}}" is {{category}} about an identifiable person. Leave it out: say only what readers need (for example "is unable to attend"), and never without the person\'s explicit consent.',
    },
    readsQuoted: true,
    dismissReason: 'They have given explicit consent to share this',
  },
  checkSentence({ sentence }) {
    return detect(sentence.text, sentence.quoted);
  },
  // A line wrapped mid-sentence ("waiting for a hip\n> replacement") splits a frame across two
  // sentences: join the two pieces and look again. Only breaks where the next line carries on in
  // lower case are joined, and each joined pair is memoised, so this stays a cheap scan.
  checkDraft({ text, sentences }, fromSentences) {
    const out = [...fromSentences];
    for (let i = 0; i + 1 < sentences.length; i++) {
      const prev = sentences[i]!;
      const next = sentences[i + 1]!;
      const between = text.slice(prev.end, next.start);
      if (!/^[ \t]*\r?\n[ \t]*$/.test(between)) continue;
      const prefix = /^[>\s]*/.exec(next.text)![0].length;
      if (!/^\p{Ll}/u.test(next.text.slice(prefix))) continue;
      const joined = `${prev.text} ${next.text.slice(prefix)}`;
      const cut = prev.text.length;
      for (const r of detectMemo(joined, prev.quoted)) {
        if (r.start >= cut || r.end <= cut + 1) continue; // found by the sentence pass already
        const map = (o: number) => (o <= cut ? prev.start + o : next.start + prefix + (o - cut - 1));
        out.push({ ...r, start: map(r.start), end: map(r.end) });
      }
    }
    return out;
  },
});
