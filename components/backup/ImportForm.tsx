import { useState } from 'preact/hooks';
import { checkBackup, importBackup, type BackupFile, type ImportMode } from '../../core/backup';
import type { RoundTwoDB } from '../../core/db/schema';
import { t } from '../i18n';
import { problemText } from './problem-text';

type Outcome = { kind: 'done'; text: string } | { kind: 'error'; text: string } | { kind: 'confirm'; backup: BackupFile } | { kind: 'idle' };

/** Picks a backup, checks all of it, then merges it or (after asking) replaces what is here. */
export function ImportForm({ db }: { db: RoundTwoDB }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  async function write(backup: BackupFile, chosen: ImportMode) {
    setBusy(true);
    try {
      const summary = await importBackup(db, backup, chosen);
      const text = [t('importDone', summary.added, summary.updated), summary.keptBoth ? t('importKeptBoth', summary.keptBoth) : ''].filter(Boolean).join(' ');
      setOutcome({ kind: 'done', text });
    } catch (error) {
      setOutcome({ kind: 'error', text: t('importFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  }

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const check = checkBackup(await file.text(), db);
    if (!check.ok) return setOutcome({ kind: 'error', text: problemText(check.problem) });
    if (mode === 'replace') return setOutcome({ kind: 'confirm', backup: check.backup });
    await write(check.backup, 'merge');
  }

  return (
    <fieldset class="import" disabled={busy}>
      <legend>{t('importTitle')}</legend>
      {(['merge', 'replace'] as const).map((value) => (
        <label key={value}>
          <input type="radio" name="import-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />{' '}
          {t(value === 'merge' ? 'importMerge' : 'importReplace')}
        </label>
      ))}
      <label>
        {t('importFile')} <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(event) => void onFile(event.currentTarget)} />
      </label>
      {outcome.kind === 'confirm' && (
        <div class="status confirm" role="alertdialog">
          <p>{t(outcome.backup.companyId ? 'importConfirmReplaceCompany' : 'importConfirmReplaceAll')}</p>
          <button type="button" class="danger" onClick={() => void write(outcome.backup, 'replace')}>
            {t('importConfirmYes')}
          </button>{' '}
          <button type="button" onClick={() => setOutcome({ kind: 'idle' })}>
            {t('cancel')}
          </button>
        </div>
      )}
      {outcome.kind === 'done' && <p class="status ok" role="status">{outcome.text}</p>}
      {outcome.kind === 'error' && <p class="status error" role="alert">{outcome.text}</p>}
    </fieldset>
  );
}
