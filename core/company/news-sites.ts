/**
 * News sites: a page on one of them is about a company, never the company's own.
 * Matched on the host's suffix. Any other site is news when the page says it is
 * an article (Open Graph `article`, schema.org NewsArticle).
 */
const NEWS_SITES: readonly string[] = [
  // Norway
  'nrk.no', 'vg.no', 'dagbladet.no', 'aftenposten.no', 'dn.no', 'e24.no', 'finansavisen.no', 'tu.no', 'digi.no', 'bt.no',
  'adressa.no', 'aftenbladet.no', 'nettavisen.no', 'abcnyheter.no', 'nationen.no', 'kapital.no', 'shifter.no', 'kode24.no',
  // Sweden
  'svt.se', 'sverigesradio.se', 'dn.se', 'svd.se', 'di.se', 'gp.se', 'aftonbladet.se', 'expressen.se', 'sydsvenskan.se',
  'breakit.se', 'computersweden.se', 'nyteknik.se', 'affarsvarlden.se', 'realtid.se', 'va.se',
  // Denmark, Finland
  'dr.dk', 'borsen.dk', 'politiken.dk', 'berlingske.dk', 'yle.fi', 'hs.fi', 'kauppalehti.fi',
  // International
  'reuters.com', 'bloomberg.com', 'ft.com', 'bbc.co.uk', 'bbc.com', 'theguardian.com', 'nytimes.com', 'wsj.com',
  'techcrunch.com', 'theverge.com', 'economist.com', 'cnbc.com', 'forbes.com', 'businessinsider.com', 'apnews.com',
];

/** True for hosts of known news sites. */
export function isNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return NEWS_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}
