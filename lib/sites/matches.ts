// The only pages the content script runs on: the composers of the four sites. Nothing wider.
export const CONTENT_MATCHES = [
  'https://facebook.com/*',
  'https://www.facebook.com/*',
  'https://m.facebook.com/*',
  'https://web.facebook.com/*',
  'https://x.com/*',
  'https://mobile.x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
] as const;
