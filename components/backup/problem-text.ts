import type { BackupProblem } from '../../core/backup';
import { t } from '../i18n';

/** What is wrong with a backup file, in the user's language. */
export function problemText(problem: BackupProblem): string {
  switch (problem.code) {
    case 'newer':
      return t('backupProblem_newer', problem.version);
    case 'unknownTable':
      return t('backupProblem_unknownTable', problem.table);
    case 'damaged':
      return t('backupProblem_damaged', problem.field);
    case 'invalid':
      return t('backupProblem_invalid', problem.table, problem.index + 1, problem.field);
    case 'duplicate':
      return t('backupProblem_duplicate', problem.table, problem.key);
    default:
      return t(`backupProblem_${problem.code}`);
  }
}
