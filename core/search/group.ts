import type { SearchHit } from './types';

export interface CompanyHits {
  companyId: string;
  name: string;
  hits: SearchHit[];
}

/** Hits by company, the company with the best hit first; inside a company, best first. */
export function groupByCompany(hits: readonly SearchHit[], names: ReadonlyMap<string, string>): CompanyHits[] {
  const groups = new Map<string, CompanyHits>();
  for (const hit of hits) {
    let group = groups.get(hit.companyId);
    if (!group) groups.set(hit.companyId, (group = { companyId: hit.companyId, name: names.get(hit.companyId) ?? '', hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}
