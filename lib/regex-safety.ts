import { analyse } from 'scslre';

/**
 * Why a regular expression could take super-linear time on a crafted input (ReDoS), or
 * undefined when it is linear. The same analysis as eslint-plugin-regexp's
 * no-super-linear-backtracking, for patterns that arrive as data rather than code.
 */
export function regexRisk(source: string, flags = ''): string | undefined {
  let result;
  try {
    result = analyse({ source, flags: flags.replace(/[gy]/g, '') });
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
  const report = result.reports[0];
  if (!report) return undefined;
  const kind = report.exponential ? 'exponential' : 'polynomial';
  return `${kind} backtracking when "${report.character.pick}" is repeated`;
}
