import type { EmploymentType, JobAd, RemoteMode, Salary } from '../jobad/types';
import type { JobAdCorrections } from '../model';
import { TERM_KEYS, type Term, type TermKey } from './types';

/** How facts read out of an ad are written in the user's language (given by the UI). */
export interface TermWording {
  salary: (salary: Salary) => string;
  employment: (type: EmploymentType) => string;
  remote: (mode: RemoteMode) => string;
}

function place(ad: JobAd): string {
  return ad.locations.map((l) => [l.city, l.region, l.country].filter(Boolean).join(', ')).filter(Boolean).join(' · ');
}

/**
 * The terms to clarify, with what the job ad already states (salary, employment type,
 * location, remote work) filled in; the user's corrections of the ad win over the page.
 */
export function prefillTerms(ad: JobAd | undefined, corrections: JobAdCorrections | undefined, wording: TermWording): Term[] {
  const facts: Partial<Record<TermKey, string>> = {};
  if (ad) {
    const salary = corrections?.salary ?? (ad.salary && (ad.salary.min !== undefined || ad.salary.max !== undefined) ? wording.salary(ad.salary) : '');
    if (salary) facts.salary = salary;
    const hours = ad.employmentType.filter((type) => type !== 'OTHER').map(wording.employment).join(', ');
    if (hours) facts.hours = hours;
    const where = corrections?.location ?? place(ad);
    if (where) facts.place = where;
    if (ad.remote) facts.remote = wording.remote(ad.remote);
  }
  return TERM_KEYS.map((key) => ({ key, value: facts[key] ?? '', fromAd: facts[key] !== undefined, settled: false }));
}

/** Adds what the ad states to terms the user has not filled in; never overwrites their words. */
export function mergePrefill(current: readonly Term[], prefill: readonly Term[]): Term[] {
  return TERM_KEYS.map((key) => {
    const mine = current.find((term) => term.key === key);
    const fromAd = prefill.find((term) => term.key === key);
    if (mine && (mine.value.trim() || mine.settled)) return mine;
    return fromAd ?? mine ?? { key, value: '', fromAd: false, settled: false };
  });
}
