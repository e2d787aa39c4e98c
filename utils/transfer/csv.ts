/**
 * One CSV field. A field a spreadsheet would read as a formula (starting with = + - @, tab or CR) gets a
 * leading apostrophe so it shows as text; then RFC 4180 quoting.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
