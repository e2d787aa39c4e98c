export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls check until it is true (a throwing check counts as false), or fails naming what it waited for. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 6_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    if (await check().catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`Timed out waiting for ${what}`);
}
