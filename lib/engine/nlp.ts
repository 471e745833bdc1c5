import nlp from 'compromise';

// compromise is loaded once, when this module is; callers parse only the sentences that
// need it (see SentenceContext.nlp).
export type NlpDoc = ReturnType<typeof nlp>;

export function parse(text: string): NlpDoc {
  return nlp(text);
}

/** A term compromise found, with its offsets in the parsed text. */
export interface NlpSpan {
  text: string;
  start: number;
  end: number;
}

/** Offsets of each match in a compromise view, relative to the parsed text. */
export function spansOf(view: NlpDoc): NlpSpan[] {
  const json = view.json({ offset: true, text: true }) as {
    text: string;
    offset?: { start: number; length: number };
  }[];
  return json
    .filter((m) => m.offset)
    .map((m) => ({ text: m.text, start: m.offset!.start, end: m.offset!.start + m.offset!.length }));
}
