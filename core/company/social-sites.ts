import type { PageLines } from '../model';
import { compactCompanyName } from './names';

/**
 * Social networks and registers: a page on one of them is a post or a profile of someone else, so the
 * site is never the employer or the company (like a job board). On a network, the account whose
 * address the page has ("facebook.com/solsidenbakeri/posts/…") is who wrote the post.
 */

/** Hosts whose pages are other people's posts and profiles (matched on the host's suffix). */
const SOCIAL_SITES: readonly string[] = [
  'facebook.com', 'fb.com', 'instagram.com', 'twitter.com', 'x.com', 'threads.net', 'tiktok.com', 'youtube.com',
  'snapchat.com', 'pinterest.com', 'reddit.com', 'tumblr.com', 'mastodon.social', 'bsky.app', 'vk.com',
];
/** Profiles on these are about the employer, never its own domain (networks, registers, review and code sites). */
const PROFILE_DOMAINS: readonly string[] = [...SOCIAL_SITES, 'linkedin.com', 'wikipedia.org', 'github.com', 'glassdoor.com', 'proff.no', 'allabolag.se', 'brreg.no'];

const SOCIAL_NAMES = new Set(['facebook', 'instagram', 'twitter', 'x', 'threads', 'tiktok', 'youtube', 'snapchat', 'pinterest', 'reddit', 'tumblr', 'mastodon', 'bluesky', 'meta']);

function onHost(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** True for a social network's host: `www.facebook.com`, `m.facebook.com`, `x.com`. */
export function isSocialHost(hostname: string): boolean {
  return onHost(hostname, SOCIAL_SITES);
}

/** True for a registrable domain whose pages are profiles of others, never an employer's own site. */
export function isProfileDomain(domain: string): boolean {
  return onHost(domain, PROFILE_DOMAINS);
}

/** True when a site's name is a social network's ("Facebook", "Instagram"): a site, never an employer. */
export function isSocialSiteName(siteName: string | undefined): boolean {
  return !!siteName && SOCIAL_NAMES.has(siteName.trim().toLowerCase());
}

/** "facebook.com/solsidenbakeri/posts/…", "instagram.com/p/…" has none, "x.com/Nordlager/status/…": the account's handle. */
export function accountHandle(url: string): string | undefined {
  try {
    const { hostname, pathname } = new URL(url);
    if (!isSocialHost(hostname)) return undefined;
    const first = decodeURIComponent(pathname.split('/').filter(Boolean)[0] ?? '').replace(/^@/, '');
    const generic = /^(?:p|reel|reels|watch|groups|events|pages|people|profile\.php|story\.php|permalink\.php|photo|photos|videos|hashtag|share|status|i|explore)$/iu;
    return first.length >= 3 && !generic.test(first) ? first : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The account a social post was written by, as the page writes its name: the name (from the title's
 * segments, the post's header lines, an image's alt text) that the address's handle spells
 * ("Solsiden Bakeri" for `/solsidenbakeri/`). Undefined off a network or when no written name fits.
 */
export function accountName(url: string, title: string, lines: PageLines | undefined): string | undefined {
  const handle = accountHandle(url);
  if (!handle) return undefined;
  const written = [...title.split(/\s+[|–—·•-]\s+/), ...(lines?.header ?? []).slice(0, 10).map((b) => b.text), ...(lines?.logos ?? [])];
  const key = handle.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const fold = (s: string): string => compactCompanyName(s).normalize('NFD').replace(/\p{M}/gu, '');
  return written
    .map((n) => n.trim())
    .find((n) => n.length >= 3 && n.length <= 60 && !isSocialSiteName(n) && (fold(n) === key || compactCompanyName(n) === key));
}
