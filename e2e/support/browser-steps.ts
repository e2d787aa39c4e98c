import type { BrowserName } from './browsers';

/**
 * Runs a step of a test only in the browsers that can do it, and says so in the test output where it
 * is left out: a skipped step is a visible line ("[step skipped in firefox] …: why"), never a silent
 * pass. The README lists every such step (Test → What runs where).
 */
export async function stepOnlyIn(
  browserName: BrowserName,
  only: BrowserName,
  step: string,
  why: string,
  run: () => Promise<void>,
): Promise<void> {
  if (browserName === only) return run();
  console.log(`[step skipped in ${browserName}] ${step}: ${why}`);
}
