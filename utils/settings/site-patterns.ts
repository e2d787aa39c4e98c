/**
 * Site patterns name the sites where glossing is switched off (or, in the other mode, on).
 * A pattern is a bare lower-case hostname and covers that host and all its subdomains, so a reader
 * who lists "dawn.com" never has to think about "www." or "epaper.".
 */
import { t } from '../i18n/t';
import { fail, ok, type Result } from '../result';

/** The DNS limits on a whole name and on one dot-separated label. */
const HOSTNAME_MAX_CHARS = 253;
const LABEL_MAX_CHARS = 63;

/** "https://", "chrome-extension://" or a bare "//" in front of a pasted address. */
const SCHEME = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/** Letters of any script (for IDNs), combining marks, digits, dots and hyphens: nothing else is a host. */
const HOST_CHAR = /[\p{L}\p{M}\p{N}.-]/u;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/** Accepts a hostname, a pasted address or a "*.host" wildcard; see the contract in the tests. */
export function parseSitePattern(input: string): Result<string> {
  const trimmed = input.trim();
  if (!trimmed) return fail(t('err_siteEmpty'));
  if (/\s/.test(trimmed)) return fail(t('err_siteSpaces'));

  // Keep only the host part of a pasted address: no scheme, path, query, fragment or port.
  let host = trimmed.replace(SCHEME, '').split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/:\d*$/, '').replace(/^(?:\*\.|\.)/, '');
  if (host === '*') return fail(t('err_siteEverySite'));
  if (!host) return fail(t('err_siteNoName', { input: trimmed }));
  if (host.length > HOSTNAME_MAX_CHARS) return fail(t('err_siteTooLong', { max: HOSTNAME_MAX_CHARS }));
  const bad = [...host].find((char) => !HOST_CHAR.test(char));
  if (bad !== undefined) return fail(t('err_siteBadCharacter', { host, character: bad }));

  // The URL parser lower-cases, applies IDNA (bücher.de → xn--bcher-kva.de) and rejects what DNS cannot hold.
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return fail(t('err_siteInvalid', { host }));
  }
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  if (hostname.length > HOSTNAME_MAX_CHARS) return fail(t('err_siteTooLong', { max: HOSTNAME_MAX_CHARS }));
  // The parser reads "1.2.3" or "0x7f.1" as IP addresses; only a plain dotted quad is what the reader meant.
  if (IPV4.test(hostname) && hostname !== host.replace(/\.$/, ''))
    return fail(t('err_siteIncompleteIp', { host }));

  const labels = hostname.split('.');
  if (labels.some((label) => !label)) return fail(t('err_siteEmptyPart', { host }));
  if (labels.some((label) => label.length > LABEL_MAX_CHARS || !LABEL.test(label)))
    return fail(t('err_siteInvalid', { host }));
  if (hostname.startsWith('www.') && hostname.indexOf('.', 4) !== -1) hostname = hostname.slice(4);
  if (!hostname.includes('.') && hostname !== 'localhost') return fail(t('err_siteNoDot', { host }));
  return ok(hostname);
}

const withoutTrailingDot = (name: string) => (name.endsWith('.') ? name.slice(0, -1) : name);

/** A pattern covers its host and every subdomain: "dawn.com" matches "epaper.dawn.com", not "notdawn.com". */
export function siteMatches(pattern: string, hostname: string): boolean {
  const p = withoutTrailingDot(pattern.toLowerCase());
  const h = withoutTrailingDot(hostname.toLowerCase());
  return p !== '' && (h === p || h.endsWith(`.${p}`));
}
