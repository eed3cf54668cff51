import { TERM_KEYS, type Term } from '../../core/interview/types';
import { t, type MessageKey } from '../i18n';
import { SavedText } from './SavedText';

function rowsOf(terms: readonly Term[]): Term[] {
  return TERM_KEYS.map((key) => terms.find((term) => term.key === key) ?? { key, value: '', fromAd: false, settled: false });
}

/** Applies a change to one term of the terms as stored at that moment (never to the ones on screen, which may be stale). */
export function patchTerm(terms: readonly Term[], key: Term['key'], change: Partial<Term>): Term[] {
  return rowsOf(terms).map((row) => (row.key === key ? { ...row, ...change } : row));
}

/** The terms to clarify, what is known of each (from the ad or the user), and whether it is settled. */
export function TermsList({ terms, onPatch }: { terms: readonly Term[]; onPatch: (key: Term['key'], change: Partial<Term>) => void }) {
  const rows = rowsOf(terms);
  const patch = onPatch;
  return (
    <table class="iv-terms">
      <caption>{t('ivTermsHeading')}</caption>
      <tbody>
        {rows.map((term) => (
          <tr key={term.key} data-term={term.key}>
            <th scope="row">{t(`ivTerm_${term.key}` as MessageKey)}</th>
            <td>
              <SavedText label={t(`ivTerm_${term.key}` as MessageKey)} visibleLabel={false} value={term.value} onSave={(value) => patch(term.key, { value, fromAd: false })} />
              {term.fromAd && <span class="source">{t('ivFromAd')}</span>}
            </td>
            <td>
              <label>
                <input type="checkbox" checked={term.settled} onChange={(e) => patch(term.key, { settled: e.currentTarget.checked })} /> {t('ivSettled')}
              </label>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
