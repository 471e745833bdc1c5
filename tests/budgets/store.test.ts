// What the stores need from each build: icons at 16, 32, 48, 96 and 128 pixels (each the size it
// claims), a name, a description within the stores' 132 characters, and for Firefox an add-on id
// and the data-collection declaration ("none").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest, TARGETS } from './built.ts';

const ICON_SIZES = [16, 32, 48, 96, 128];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(TARGETS)('the $browser build', ({ browser, dir }) => {
  const manifest = readManifest(dir);

  it('has an icon at every size the stores ask for', () => {
    const icons = (manifest.icons ?? {}) as Record<string, string>;
    expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    for (const size of ICON_SIZES) expect(pngSize(join(dir, icons[String(size)]!)), `${size}px icon`).toEqual([size, size]);
  });

  it('has a name and a short description', () => {
    expect(manifest.name).toBe('Parish Post Check');
    expect(String(manifest.description).length).toBeLessThanOrEqual(132);
  });

  if (browser === 'firefox') {
    it('has an add-on id and declares that it collects no data', () => {
      const gecko = (manifest.browser_specific_settings as { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } } | undefined)?.gecko;
      expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  }
});
