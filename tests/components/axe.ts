import axe from 'axe-core';

/**
 * axe-core's findings for a rendered component, as readable strings. Colour contrast needs real
 * layout, which happy-dom lacks: styles.test.ts checks the palette's contrast instead. "region"
 * is about whole pages, and these components live inside someone else's page.
 */
export async function axeViolations(node: Element): Promise<string[]> {
  const results = await axe.run(node, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
