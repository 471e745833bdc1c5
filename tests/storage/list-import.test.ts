import { describe, expect, test } from 'vitest';
import { entriesFromCsv, entriesFromLines, parseCsv } from '../../components/options/list-import.ts';
import { addDays, firstThursdayInMay, longDate, PRE_ELECTION_DAYS } from '../../components/options/wording.ts';
import { siteForUrl } from '../../components/options/sites.ts';

describe('street lists from a paste or a CSV file', () => {
  test('pasted lines: trimmed, blanks and repeats (any case or spacing) dropped, commas kept', () => {
    expect(entriesFromLines(' Mill Lane\n\nmill  lane\nChurch Street\r\nSmith, John\n')).toEqual(['Mill Lane', 'Church Street', 'Smith, John']);
  });

  test('CSV with a header: the street column is used, quoted cells with commas and quotes read whole', () => {
    const csv = '\uFEFFUSRN,Street Name,Town\r\n1001,"High Street",Bottisham\n1002,"Bell Road, East",Bottisham\n1003,"The ""Old"" Lane",Lode\n1004,High Street,Bottisham\n';
    expect(entriesFromCsv(csv)).toEqual({ entries: ['High Street', 'Bell Road, East', 'The "Old" Lane'], column: '“Street Name”' });
  });

  test('CSV without a header: the first column', () => {
    expect(entriesFromCsv('Mill Lane;Lode\nChurch Street;Lode')).toEqual({ entries: ['Mill Lane', 'Church Street'], column: 'the first column' });
    expect(parseCsv('a,"b\nc"\n')).toEqual([['a', 'b\nc']]);
  });
});

describe('the pre-election period shown for a polling day', () => {
  test('six weeks (42 days) before polling day, matching the engine', () => {
    expect(PRE_ELECTION_DAYS).toBe(42);
    expect(addDays('2027-05-06', -PRE_ELECTION_DAYS)).toBe('2027-03-25');
    expect(longDate('2027-03-25')).toBe('Thursday 25 March 2027');
    expect(firstThursdayInMay(2027)).toBe('2027-05-06');
    expect(firstThursdayInMay(2026)).toBe('2026-05-07');
  });
});

describe('the popup knows the site from the tab address', () => {
  test('the composer hosts and nothing else', () => {
    expect(siteForUrl('https://www.facebook.com/groups/1')).toBe('facebook');
    expect(siteForUrl('https://x.com/compose/post')).toBe('x');
    expect(siteForUrl('https://mobile.twitter.com/home')).toBe('x');
    expect(siteForUrl('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(siteForUrl('https://outlook.office365.com/mail/')).toBe('outlook');
    expect(siteForUrl('https://evil-facebook.com/')).toBeNull();
    expect(siteForUrl('http://www.facebook.com/')).toBeNull();
    expect(siteForUrl(undefined)).toBeNull();
  });
});
