import { loadWordList, phraseMatcher, mergeOverlapping } from '../../lib/engine/phrases.ts';
import { defineRule, type RuleEnv } from '../../lib/engine/rule.ts';
import { councilSource, matchesOf, memo } from '../shared/capacity-phrases.ts';
import { electionMentions, partyPoliticalSignals } from '../shared/political-signals.ts';
import topicList from '../wordlists/political-preelection-topics.json';

const topics = phraseMatcher(loadWordList('political-preelection-topics', topicList));

// The council taking a side: "the Parish Council fully supports the proposals", "we oppose the
// quarry extension", "Pitstone PC backs the call for…", "we are calling for a weight limit".
const stanceFor = memo(
  (council: string) =>
    new RegExp(
      `(?<![\\p{L}'’])(?:${council}|we)\\s+(?:(?:fully|strongly|firmly|wholeheartedly|unanimously|warmly|very\\s+much|still|continues\\s+to|continue\\s+to|will\\s+continue\\s+to|has\\s+always|have\\s+always)\\s+)?(?:(?:supports?|backs?|endorses?|opposes?|rejects?)(?!\\s+(?:residents|people|anyone|everyone|those|families|local|volunteers|you|our\\s+(?:volunteers|community|residents)))|objects?\\s+to|(?:is|are|remains?)\\s+(?:(?:firmly|strongly|fully|still)\\s+)?(?:opposed\\s+to|against|in\\s+favour\\s+of|backing|supporting|behind|calling\\s+for|pressing\\s+for|campaigning\\s+for)|(?:has|have)\\s+(?:backed|supported|endorsed|opposed|rejected|come\\s+out\\s+(?:in\\s+favour|against)))(?!\\p{L})`,
      'giu',
    ),
);
// "we believe" with a judgement after it: "we believe they are the right thing for the village".
const WE_BELIEVE =
  /(?<![\p{L}'’])we\s+(?:(?:firmly|strongly|genuinely|truly|really|do|still|all)\s+)?believe(?=[^.!?]{1,80}?(?<![\p{L}'’])(?:right|wrong|unacceptable|essential|vital|best|important|necessary|good\s+for|bad\s+for)(?!\p{L}))/giu;
// Publicity for a councillor: thanks or praise to a named one, or their record.
const PRAISE =
  /(?<![\p{L}'’])(?:thanks|thank\s+you|well\s+done|congratulations|congrats|hats\s+off|kudos|tribute|shout-?out|praise|gratitude)(?:\s+[\p{L}'’,-]{1,20}){0,6}?\s+(?:Cllr\.?|Councillor|councillors)(?!\p{L})/giu;
const RECORD =
  /(?<![\p{L}'’])(?:[Cc]llr\.?|[Cc]ouncillor)\s+\p{Lu}[\p{L}'’-]{1,20}(?:\s+\p{Lu}[\p{L}'’-]{1,20})?,?\s+(?:who\s+)?(?:has|had)\s+(?:(?:really|so|personally|single-handedly|tirelessly|also|always)\s+)?(?:led|championed|secured|fought|spearheaded|delivered|driven|campaigned|worked\s+(?:tirelessly|so\s+hard|hard)|done\s+(?:so\s+much|a\s+great\s+deal|a\s+lot|more)|been\s+an?\s+(?:(?:tireless|real|great|fantastic|true|brilliant|passionate|wonderful)\s+)?(?:champion|advocate|servant|asset|voice))(?!\p{L})/gu;

/** The pre-election period: the 42 days before polling day, through polling day itself. */
const PERIOD_DAYS = 42;
const DAY_MS = 86_400_000;

/** England's scheduled local elections: the first Thursday in May. */
function firstThursdayInMay(year: number): Date {
  const first = new Date(Date.UTC(year, 4, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7; // 4 = Thursday
  return new Date(Date.UTC(year, 4, 1 + offset));
}

function pollingDayFor(env: RuleEnv, now: Date): Date {
  const set = env.settings.pollingDay;
  return set ? new Date(`${set.slice(0, 10)}T00:00:00Z`) : firstThursdayInMay(now.getUTCFullYear());
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Days to polling day when the draft falls inside the period, else undefined. */
function periodOf(env: RuleEnv): { days: number; date: string } | undefined {
  if (env.capacity !== 'council' || !env.now) return undefined;
  const polling = pollingDayFor(env, env.now);
  const days = Math.round((polling.getTime() - env.now.getTime()) / DAY_MS);
  if (days < 0 || days > PERIOD_DAYS) return undefined;
  return { days, date: DATE_FORMAT.format(polling) };
}


// Sentence rule. The date gate reads env (capacity, now and settings are part of the cache
// key), so a sentence's result is still a pure function of its text and env.
export default defineRule({
  meta: {
    id: 'pre-election-period',
    category: 'political',
    description: "In the weeks before an election, council posts about candidates, elections, policies or contested issues.",
    defaultSeverity: 'warning',
    messages: {
      period:
        'polling day is {{when}} ({{date}}), and "{{text}}" touches on the election, the council\'s policies or a contested issue. In the pre-election period keep council posts to essential facts: hold this back until after polling day, or ask whether it must go out now.',
    },
  },
  checkSentence({ env, sentence }) {
    const period = periodOf(env);
    if (!period) return [];
    const text = sentence.text;
    const found = mergeOverlapping(text, [
      ...electionMentions(text),
      ...topics.find(text),
      ...partyPoliticalSignals(text),
      ...[stanceFor(councilSource(env.pack)), WE_BELIEVE, PRAISE, RECORD].flatMap((re) => matchesOf(re, text)),
    ]);
    const when = period.days === 0 ? 'today' : period.days === 1 ? 'tomorrow' : `in ${period.days} days`;
    return found.map((m) => ({
      messageId: 'period',
      start: m.start,
      end: m.end,
      data: { text: m.text, when, date: period.date },
    }));
  },
});
