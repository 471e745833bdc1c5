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
