import type { InterviewRound, Person } from '../../core/interview/types';
import { t } from '../i18n';

/**
 * Downloads the round as an .ics file for the user's own calendar. The calendar library
 * loads on the click, not with the board: most visits never need it.
 */
export function CalendarButton({ round, companyName, people }: { round: InterviewRound; companyName: string; people: readonly Person[] }) {
  if (round.startsAt === undefined || !round.date) return null;
  const download = async () => {
    const { roundToIcs } = await import('../../core/interview/ics');
    const ics = roundToIcs({ round, companyName, people, title: t('ivCalendarTitle', round.round, companyName) });
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${companyName.replace(/[^\p{L}\p{N}]+/gu, '-')}-round-${round.round}.ics` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" class="small" onClick={() => void download()}>
      {t('ivAddToCalendar')}
    </button>
  );
}
