import { UI_CSS } from './styles.ts';

/**
 * The components' CSS as an element, for pages that render them outside a shadow root (the
 * options page's "Try it" box). Every selector starts with a ppc- class, so nothing leaks.
 * React sets the element's text content, so Trusted Types are not involved.
 */
export function UiStyles() {
  return <style>{UI_CSS}</style>;
}
