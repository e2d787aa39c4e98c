import type { TermsOnPage } from '../utils/messaging/messages';
import { launchWithExtension } from '../e2e/support/browsers';
import { ExtensionApi } from '../e2e/support/extension-api';
import { waitForMarksToSettle } from '../e2e/support/page-marks';
import type { TestServer } from '../e2e/support/server';
import { round } from './stats';
import type { Target } from './targets';

/** With the real extension installed: the content script's own longest task on each page, as it reports it. */
export async function longestTasks(
  server: TestServer,
  targets: readonly Target[],
): Promise<Map<string, number>> {
  const session = await launchWithExtension('chromium');
  const api = new ExtensionApi(session, `${server.origin}/blank.html`);
  const result = new Map<string, number>();
  try {
    await api.frameForApi();
    for (const target of targets) {
      const page = await session.openPage(`${server.origin}${target.path}`);
      await waitForMarksToSettle(page, 800, 60_000);
      // A page whose own scripts navigate away or replace the document leaves no content script to ask.
      const answer = await api
        .sendToPage<TermsOnPage>(page, { type: 'terms-on-page' })
        .catch((error: unknown) =>
          console.log(`longest task on ${target.name}: not measured (${String(error)})`),
        );
      if (answer?.status === 'ok') result.set(target.name, round(answer.cost.longestTaskMs));
      await page.close();
    }
  } finally {
    await session.close();
  }
  return result;
}
