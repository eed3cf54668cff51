export type View =
  | { name: 'home' }
  /** `section` is a view id of components/board/views.ts; the first view when absent. */
  /** `focus`: a prompt id the view scrolls to (a search result on a note opens at its prompt). */
  | { name: 'company'; companyId: string; section?: string; focus?: string }
  | { name: 'clip'; clipId: string; companyId: string };

/**
 * The board's address of a view: `#company=<id>&view=<view>` or `#company=<id>&clip=<clipId>`;
 * the empty hash is the list of companies. Each view of the full board has a URL, so Back works.
 */
export function formatRoute(view: View): string {
  if (view.name === 'home') return '';
  const params = new URLSearchParams({ company: view.companyId });
  if (view.name === 'clip') params.set('clip', view.clipId);
  else {
    if (view.section) params.set('view', view.section);
    if (view.focus) params.set('prompt', view.focus);
  }
  return params.toString();
}

export function parseRoute(hash: string): View {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const companyId = params.get('company');
  if (!companyId) return { name: 'home' };
  const clipId = params.get('clip');
  if (clipId) return { name: 'clip', clipId, companyId };
  const section = params.get('view');
  const focus = params.get('prompt');
  return { name: 'company', companyId, ...(section ? { section } : {}), ...(focus ? { focus } : {}) };
}

/** The briefing page of a company (another part of the extension): read-only, for the last minutes before. */
export function briefingHref(companyId: string): string {
  return `briefing.html#company=${encodeURIComponent(companyId)}`;
}
