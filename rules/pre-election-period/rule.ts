import { loadWordList, phraseMatcher, type Match } from '../../lib/engine/phrases.ts';
import { defineRule, type RuleEnv } from '../../lib/engine/rule.ts';
import { electionMentions, partyPoliticalSignals } from '../shared/political-signals.ts';
import topicList from '../wordlists/political-preelection-topics.json';

const topics = phraseMatcher(loadWordList('political-preelection-topics', topicList));

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
    const found = merge(text, [...electionMentions(text), ...topics.find(text), ...partyPoliticalSignals(text)]);
    const when = period.days === 0 ? 'today' : period.days === 1 ? 'tomorrow' : `in ${period.days} days`;
    return found.map((m) => ({
      messageId: 'period',
      start: m.start,
      end: m.end,
      data: { text: m.text, when, date: period.date },
    }));
  },
});
