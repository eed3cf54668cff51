import { roundToIcs } from '../../core/interview/ics';
import type { InterviewRound, Person } from '../../core/interview/types';
import { t } from '../i18n';

/** Downloads the round as an .ics file for the user's own calendar. */
export function CalendarButton({ round, companyName, people }: { round: InterviewRound; companyName: string; people: readonly Person[] }) {
  const ics = roundToIcs({ round, companyName, people, title: t('ivCalendarTitle', round.round, companyName) });
  if (!ics) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${companyName.replace(/[^\p{L}\p{N}]+/gu, '-')}-round-${round.round}.ics` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" class="small" onClick={download}>
      {t('ivAddToCalendar')}
    </button>
  );
}
