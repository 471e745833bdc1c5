import { defineRule } from '../../lib/engine/rule.ts';
import { partyPoliticalSignals, POLITICAL_PREFILTER } from '../shared/political-signals.ts';

// Sentence rule over bounded regexes and word lists (rules/shared/political-signals.ts): party
// names in a party sense, campaign phrases, "vote for …" in an election sense, canvassing.
export default defineRule({
  meta: {
    id: 'party-political',
    category: 'political',
    description: 'Party politics or election campaigning: party names, "vote for …", canvassing.',
    defaultSeverity: 'warning',
    messages: {
      political:
        '"{{text}}" makes this party-political. Keep posts and emails about council matters politically neutral, and do your campaigning apart from your council role.',
    },
  },
  checkSentence({ sentence }) {
    if (!POLITICAL_PREFILTER.test(sentence.text)) return [];
    return partyPoliticalSignals(sentence.text).map((m) => ({
      messageId: 'political',
      start: m.start,
      end: m.end,
      data: { text: m.text },
    }));
  },
});
