import type { Settings } from './settings';
import { parseSitePattern, siteMatches } from './site-patterns';

const isListed = (sites: readonly string[], hostname: string) =>
  sites.some((pattern) => siteMatches(pattern, hostname));

/** enabled && (siteMode 'off-on-listed' ? no pattern matches : some pattern matches). */
export function isGlossingOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const listed = isListed(settings.sites, hostname);
  return settings.siteMode === 'off-on-listed' ? !listed : listed;
}

/**
 * The settings with this site's state flipped in the current mode. In either mode flipping means the same
 * thing to the list: a listed site is unlisted (every pattern covering it goes, so it really flips even when
 * a parent domain was listed) and an unlisted one is added. `enabled` is left alone. A hostname that is no
 * valid pattern (an extension page, a bare intranet name) cannot be listed, so nothing changes.
 */
export function toggleSite(settings: Settings, hostname: string): Settings {
  if (isListed(settings.sites, hostname))
    return { ...settings, sites: settings.sites.filter((pattern) => !siteMatches(pattern, hostname)) };
  const parsed = parseSitePattern(hostname);
  if (!parsed.ok) return settings;
  return { ...settings, sites: [...settings.sites, parsed.value] };
}
