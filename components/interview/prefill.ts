import { mergePrefill, prefillTerms } from '../../core/interview/prefill-terms';
import { updatePrep } from '../../core/interview/prep-record';
import type { Clip } from '../../core/model';
import { formatSalary } from '../job-ad-fields';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { attempt } from './actions';

/** Puts what the company's newest job ad states into the terms, once (waiting for an ad if there is none yet). */
export function prefillFromAds(companyId: string, clips: readonly Clip[]): Promise<unknown> {
  const ad = [...clips].filter((clip) => clip.jobAd).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (!ad) return Promise.resolve();
  const prefill = prefillTerms(ad.jobAd, ad.jobAdCorrections, {
    salary: (salary) => formatSalary(salary, uiLanguage()),
    employment: (type) => t(`ivEmployment_${type}` as MessageKey),
    remote: (mode) => t(`jobRemote_${mode}` as MessageKey),
  });
  return attempt((db) =>
    updatePrep(db, companyId, (prep) => (prep.termsPrefilled ? prep : { ...prep, terms: mergePrefill(prep.terms, prefill), termsPrefilled: true })),
  );
}
