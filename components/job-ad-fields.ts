import type { Clip, JobAdCorrections } from '../core/model';
import type { JobAdSource, JobLocation, RemoteMode, Salary } from '../core/jobad';
import { numberFormat } from './formatters';
import { t } from './i18n';

export type FieldSource = JobAdSource | 'user';

export interface DisplayField<T> {
  value: T;
  source?: FieldSource;
}

export interface JobAdView {
  title: DisplayField<string>;
  company: DisplayField<string>;
  location: DisplayField<string>;
  salary: DisplayField<string>;
  validThrough: DisplayField<string>;
  requirements: DisplayField<string[]>;
  niceToHave: DisplayField<string[]>;
  responsibilities: DisplayField<string[]>;
}

/** A country as the user says it: "NO" → "Norge" in Norwegian, "Norway" in English; names pass through. */
export function countryName(country: string | undefined, locale: string): string | undefined {
  if (!country || !/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

function place(locations: JobLocation[], remote: RemoteMode | undefined, locale: string): string {
  const names = locations.map((l) => [l.city, l.region, countryName(l.country, locale)].filter(Boolean).join(', ')).filter(Boolean);
  return [...names, ...(remote && remote !== 'onsite' ? [t(`jobRemote_${remote}`)] : [])].join(' · ');
}

export function formatSalary(salary: Salary | undefined, locale: string): string {
  if (!salary || (salary.min === undefined && salary.max === undefined)) return '';
  // Pages write currencies as they like ("kr", "€"); only an ISO code can be formatted as one.
  const currency = salary.currency && /^[A-Z]{3}$/.test(salary.currency) ? salary.currency : undefined;
  const format = (n: number) => {
    try {
      if (currency) return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
    } catch {
      // An unknown code: fall through to the plain number with the code after it.
    }
    const plain = numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
    return salary.currency ? `${plain} ${salary.currency}` : plain;
  };
  const range = [salary.min, salary.max].filter((n): n is number => n !== undefined);
  const amount = range.length === 2 && range[0] !== range[1] ? `${format(range[0]!)}–${format(range[1]!)}` : format(range[0]!);
  return salary.period ? `${amount} ${t(`jobPeriod_${salary.period}`)}` : amount;
}

/** Whole days from today to an ISO date (negative when it has passed). */
export function daysLeft(isoDate: string, today = new Date()): number | undefined {
  const deadline = Date.parse(`${isoDate}T00:00:00`);
  if (Number.isNaN(deadline)) return undefined;
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  return Math.round((deadline - start) / 86_400_000);
}

function pick<T>(corrected: T | undefined, value: T, source: JobAdSource | undefined): DisplayField<T> {
  return corrected !== undefined ? { value: corrected, source: 'user' } : source ? { value, source } : { value };
}

/** What the job-ad card shows: the user's corrections over what the page said, each with its source. */
export function jobAdView(clip: Clip, locale: string): JobAdView | undefined {
  const ad = clip.jobAd;
  if (!ad) return undefined;
  const c: JobAdCorrections = clip.jobAdCorrections ?? {};
  const s = ad.sources;
  return {
    title: pick(c.title, ad.title, s.title),
    company: pick(c.company, ad.hiringOrganization?.name ?? '', s.hiringOrganization),
    location: pick(c.location, place(ad.locations, ad.remote, locale), s.locations ?? s.remote),
    salary: pick(c.salary, formatSalary(ad.salary, locale), s.salary),
    validThrough: pick(c.validThrough, ad.validThrough ?? '', s.validThrough),
    requirements: pick(c.requirements, ad.requirements.must, s.requirements),
    niceToHave: { value: ad.requirements.nice, ...(s.requirements ? { source: s.requirements } : {}) },
    responsibilities: pick(c.responsibilities, ad.responsibilities, s.responsibilities),
  };
}
