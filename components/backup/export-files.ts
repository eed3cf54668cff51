import { backupText } from '../../core/backup';
import type { RoundTwoDB } from '../../core/db/schema';
import { exportCompanyFile, exportFolders, zipFiles, type ExportOptions } from '../../core/export';
import { fileName } from '../../core/export/front-matter';
import { toLang } from '../../core/prompts';
import { formatDate, t, uiLanguage } from '../i18n';
import { interviewWords } from './export-words';
import { htmlToMarkdown } from './html-to-markdown';

export interface DownloadFile {
  blob: Blob;
  name: string;
}

function options(): ExportOptions {
  return {
    lang: toLang(uiLanguage()) ?? 'en',
    toMarkdown: htmlToMarkdown,
    labels: {
      role: t('exportRole'),
      status: t('statusLabel'),
      statusName: (status) => t(`status_${status}`),
      interviews: t('exportInterviews'),
      clips: t('exportClips'),
      original: t('exportOriginal'),
      idea: t('exportIdea'),
      otherNotes: t('exportOtherNotes'),
      date: formatDate,
      interview: interviewWords(),
    },
  };
}

const today = () => new Date().toISOString().slice(0, 10);

async function companyName(db: RoundTwoDB, companyId: string | undefined): Promise<string> {
  const company = companyId ? await db.companies.get(companyId) : undefined;
  return company ? fileName(company.name, 'company') : 'all';
}

/** One company's briefing and clips as a single Markdown file. */
export async function markdownFile(db: RoundTwoDB, companyId: string): Promise<DownloadFile | undefined> {
  const file = await exportCompanyFile(db, companyId, options());
  return file && { blob: new Blob([file.text], { type: 'text/markdown;charset=utf-8' }), name: file.path };
}

/** One company or all, as folders of Markdown notes in a zip. */
export async function zipFile(db: RoundTwoDB, companyId?: string): Promise<DownloadFile> {
  const bytes = zipFiles(await exportFolders(db, options(), companyId));
  return { blob: new Blob([bytes as BlobPart], { type: 'application/zip' }), name: `round-two-${await companyName(db, companyId)}-${today()}.zip` };
}

/** The backup of one company or of everything. */
export async function backupFile(db: RoundTwoDB, companyId?: string): Promise<DownloadFile> {
  const text = await backupText(db, companyId);
  return { blob: new Blob([text], { type: 'application/json' }), name: `round-two-backup-${await companyName(db, companyId)}-${today()}.json` };
}
