import type { InterviewRound } from '../../core/interview/types';
import { localZone } from '../../core/interview/rounds';
import type { ReadyItem } from '../../core/interview/readiness';
import { t, uiLanguage, type MessageKey } from '../i18n';

/** "Thursday 3 December 10:00" in the round's zone, with the zone named when it is not the user's. */
export function formatRoundWhen(round: InterviewRound, style: 'long' | 'short' = 'long'): string {
  if (round.startsAt === undefined) return t('ivNoDate');
  const timeZone = round.timeZone ?? 'UTC';
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { timeZone, weekday: 'long', day: 'numeric', month: 'long' } : { timeZone, weekday: 'long' };
  if (round.time) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  const text = new Intl.DateTimeFormat(uiLanguage(), options).format(round.startsAt);
  const zone = timeZone !== localZone() ? ` (${timeZone})` : '';
  return round.time ? `${text}${zone}` : `${text}${zone} · ${t('ivTimeUnknown')}`;
}

/** A short word for a prep item, for the readiness line and "Not prepared yet". */
export function itemLabel(id: ReadyItem): string {
  return t(`ready_${id.replace(/-/g, '_')}` as MessageKey);
}

/** "Round 2 Thursday 10:00 · 3 things left: people, why you, references". */
export function readinessLine(nextInterview: InterviewRound | undefined, left: readonly ReadyItem[]): string {
  const parts: string[] = [];
  if (nextInterview) parts.push(t('ivRoundWhen', nextInterview.round, formatRoundWhen(nextInterview, 'short')));
  if (left.length === 0) parts.push(t('readyAllDone'));
  else {
    const names = left.slice(0, 3).map(itemLabel).join(', ');
    parts.push(left.length === 1 ? t('readyLeftOne', names) : t('readyLeftMany', left.length, left.length > 3 ? `${names}, …` : names));
  }
  return parts.join(' · ');
}
