import { useState } from 'preact/hooks';
import { getDb, type RoundTwoDB } from '../../core/db/schema';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { downloadBlob } from './download';
import { backupFile, markdownFile, zipFile, type DownloadFile } from './export-files';
import { ImportForm } from './ImportForm';
import './backup.css';

interface Props {
  db?: RoundTwoDB;
  /** The company to offer first (the one on screen); all companies otherwise. */
  companyId?: string;
}

/** Export one company or everything (Markdown, zip, JSON backup) and restore a backup. */
export function BackupPanel({ db = getDb(), companyId }: Props) {
  const companies = useLiveQuery(async () => (await db.companies.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
  const [chosen, setChosen] = useState<string>(companyId ?? '');
  const [error, setError] = useState<string | undefined>();
  const scope = chosen || undefined;

  async function save(make: () => Promise<DownloadFile | undefined>) {
    setError(undefined);
    try {
      const file = await make();
      if (file) downloadBlob(file.blob, file.name);
    } catch (failure) {
      setError(t('exportFailed', failure instanceof Error ? failure.message : String(failure)));
    }
  }

  return (
    <details class="backup-panel">
      <summary>{t('backupTitle')}</summary>
      <label>
        {t('backupCompany')}{' '}
        <select value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
          <option value="">{t('backupAllCompanies')}</option>
          {companies.status === 'ready' &&
            companies.value.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
        </select>
      </label>
      <p class="actions">
        <button type="button" disabled={!scope} title={scope ? undefined : t('exportMarkdownAllHint')} onClick={() => scope && void save(() => markdownFile(db, scope))}>
          {t('exportMarkdown')}
        </button>{' '}
        <button type="button" onClick={() => void save(() => zipFile(db, scope))}>
          {t('exportZip')}
        </button>{' '}
        <button type="button" onClick={() => void save(() => backupFile(db, scope))}>
          {t('exportJson')}
        </button>
      </p>
      {error && <p class="status error" role="alert">{error}</p>}
      <ImportForm db={db} />
    </details>
  );
}
