// The words the options page and popup use for roles, capacities, sites and log entries.
import type { Capacity, Role } from '../../lib/engine/draft.ts';
import type { OverrideEntry, SiteId } from '../../lib/settings/schema.ts';

export const ROLE_LABELS: Record<Role, string> = {
  councillor: 'Councillor',
  clerk: 'Clerk',
  chair: 'Chair',
  staff: 'Council staff',
};

export const CAPACITY_LABELS: Record<Capacity, string> = {
  council: 'As the council',
  personal: 'In a personal capacity',
};

/** The popup's one-click switch. */
export const SWITCH_LABELS: Record<Capacity, string> = {
  council: 'Switch to writing as the council',
  personal: 'Switch to writing personally',
};

/** One sentence each: what the capacity changes about the checks. */
export const CAPACITY_EXPLAINED: Record<Capacity, string> = {
  council:
    'You are writing for the council: the checks ask whether your role may post for it, and hold back election topics in the six weeks before polling day.',
  personal:
    'You are writing as yourself: the checks look for anything that sounds as if you speak or decide for the council, council addresses or links in your post, and a missing “views my own” note.',
};

export const SITE_NAMES: Record<SiteId, string> = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  gmail: 'Gmail',
  outlook: 'Outlook on the web',
};

export const KIND_LABELS: Record<OverrideEntry['kind'], string> = {
  dismiss: 'Dismissed with a reason',
  'send-anyway': 'Sent anyway',
  permission: 'Has permission',
};

const DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "Thursday 6 May 2027" for a YYYY-MM-DD day (no comma, whichever ICU the browser has). */
export function longDate(day: string): string {
  const parts = Object.fromEntries(DATE.formatToParts(new Date(`${day}T00:00:00Z`)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

export function dateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** The pre-election period the engine applies: the 42 days before polling day, through polling day. */
export const PRE_ELECTION_DAYS = 42;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** England's scheduled local elections: the first Thursday in May (what the engine assumes when no day is set). */
export function firstThursdayInMay(year: number): string {
  const first = new Date(Date.UTC(year, 4, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, 4, 1 + offset)).toISOString().slice(0, 10);
}

export function todayLocal(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
