// Reduces an inflected verb to a base form found in the given word sets: "fixes" → "fix",
// "replacing" → "replace", "stopping" → "stop", "pays" → "pay". Unknown words come back lower-cased.
export function verbBase(word: string, ...known: ReadonlySet<string>[]): string {
  const w = word.toLowerCase();
  const candidates = [w];
  if (w.endsWith('ies')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) candidates.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) candidates.push(w.slice(0, -1));
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    candidates.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
    if (stem.endsWith('y')) candidates.push(stem);
  }
  for (const c of candidates) if (known.some((set) => set.has(c))) return c;
  return w;
}

// Irregular past participles of the action verbs, mapped to their base forms.
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  cut: 'cut', put: 'put', paid: 'pay', laid: 'lay', built: 'build', done: 'do', bought: 'buy', given: 'give',
  swept: 'sweep', spent: 'spend', set: 'set', mown: 'mow', mowed: 'mow', rebuilt: 'rebuild', relaid: 'relay',
  sorted: 'sort', fit: 'fit', shut: 'shut', sent: 'send', made: 'make', taken: 'take', dealt: 'deal',
};

/** The base form of a past participle ("fixed" → "fix", "fitted" → "fit", "paid" → "pay"), if it is one. */
export function participleBase(word: string, known: ReadonlySet<string>): string | undefined {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PARTICIPLES[w];
  if (irregular && known.has(irregular)) return irregular;
  if (!w.endsWith('ed') || w.length < 4) return undefined;
  const stem = w.slice(0, -2);
  const candidates = [stem, `${stem}e`, w.slice(0, -1)];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  return candidates.find((c) => known.has(c));
}
