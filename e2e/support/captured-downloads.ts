import type { Frame } from 'puppeteer-core';

/**
 * Makes the extension page keep the text of every blob it turns into a download link, so a test can
 * read what an export button would save (headless browsers have no download shelf to look in).
 */
export async function captureDownloads(frame: Frame): Promise<() => Promise<string[]>> {
  await frame.evaluate(() => {
    const captured: string[] = [];
    (window as unknown as { captured: string[] }).captured = captured;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      void (blob as Blob).text().then((t) => captured.push(t));
      return original(blob);
    };
  });
  return () => frame.evaluate(() => [...(window as unknown as { captured: string[] }).captured]);
}
