/** Saves text as a file through the browser's download (no "downloads" permission needed). */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not at once: Firefox may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date as YYYY-MM-DD, for file names. */
export function todayStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
