import type { RoundTwoDB } from '../db/schema';
import { fileName } from './front-matter';
import { companyIds, loadCompanyExport } from './load';
import { companyAsFolder, companyAsOneFile, type ExportFile, type ExportOptions } from './markdown';

export { companyAsFolder, companyAsOneFile, roleOf, type ExportFile, type ExportLabels, type ExportOptions } from './markdown';
export { loadCompanyExport, type CompanyExport } from './load';
export type { InterviewWords } from './interview-md';
export { zipFiles } from './zip';

/** One company as a single Markdown file, or undefined when it is gone. */
export async function exportCompanyFile(db: RoundTwoDB, companyId: string, options: ExportOptions): Promise<ExportFile | undefined> {
  const data = await loadCompanyExport(db, companyId);
  return data && companyAsOneFile(data, options);
}

/** One company, or every company, as folders of Markdown files (for a zip). */
export async function exportFolders(db: RoundTwoDB, options: ExportOptions, companyId?: string): Promise<ExportFile[]> {
  const ids = companyId ? [companyId] : await companyIds(db);
  const used = new Map<string, number>();
  const files: ExportFile[] = [];
  for (const id of ids) {
    const data = await loadCompanyExport(db, id);
    if (!data) continue;
    // Two companies of the same name get two folders.
    const base = fileName(data.company.name, 'company');
    const n = (used.get(base.toLowerCase()) ?? 0) + 1;
    used.set(base.toLowerCase(), n);
    files.push(...companyAsFolder(data, options, n === 1 ? base : `${base} (${n})`));
  }
  return files;
}
