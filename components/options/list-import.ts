// Turning pasted text or a CSV file into list entries (street names, people, matters).

/** Splits CSV text into rows of cells (quoted cells may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const HEADER_WORDS = /^(?:street|streets|street name|road|road name|name|names|address|thoroughfare|matter|matters)$/i;

/**
 * The entries of a CSV file: the column headed like "Street" (or "Name") when there is a header
 * row, else the first column. Returns the entries and the column used.
 */
export function entriesFromCsv(text: string): { entries: string[]; column: string } {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!rows.length) return { entries: [], column: 'none' };
  const header = rows[0]!.map((c) => c.trim());
  const index = header.findIndex((c) => HEADER_WORDS.test(c));
  const column = index >= 0 ? index : 0;
  const body = index >= 0 ? rows.slice(1) : rows;
  return { entries: tidy(body.map((r) => r[column] ?? '')), column: index >= 0 ? `“${header[index]}”` : 'the first column' };
}

/** One entry per line of pasted text (commas inside a line are kept: "Smith, John"). */
export function entriesFromLines(text: string): string[] {
  return tidy(text.split(/\r?\n/));
}

/** Trimmed, blanks dropped, duplicates (ignoring case and spacing) dropped, first spelling kept. */
export function tidy(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().replace(/\s+/g, ' ');
    const key = entry.toLowerCase();
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}
