import { createEvent, type EventAttributes } from 'ics';
import type { InterviewRound, Person } from './types';
import { safeHref } from './links';

export interface IcsInput {
  round: InterviewRound;
  companyName: string;
  people: readonly Person[];
  /** "Round 2 with Nordlys" in the user's language. */
  title: string;
}

/**
 * The round as an iCalendar event. Times are written in UTC (`…Z`), computed from the
 * wall-clock time in the round's zone, so every calendar shows the right local time.
 * A round without a time becomes an all-day event on its date.
 */
export function roundToIcs({ round, companyName, people, title }: IcsInput): string | undefined {
  if (round.startsAt === undefined || !round.date) return undefined;
  const link = safeHref(round.videoLink);
  const description = [
    companyName,
    ...people.map((p) => [p.name, p.role].filter(Boolean).join(', ')),
    ...(round.videoLink && !link ? [round.videoLink] : []),
  ].join('\n');
  const common = {
    title,
    description,
    uid: `${round.id}@round-two`,
    productId: 'round-two',
    ...(round.place ? { location: round.place } : link ? { location: link } : {}),
    ...(link ? { url: link } : {}),
  };
  const [y, m, d] = round.date.split('-').map(Number) as [number, number, number];
  const event: EventAttributes = round.time
    ? { ...common, start: round.startsAt, startInputType: 'utc', startOutputType: 'utc', duration: { minutes: round.durationMin ?? 60 } }
    : { ...common, start: [y, m, d], duration: { days: 1 } };
  const { error, value } = createEvent(event);
  if (error || !value) return undefined;
  return value;
}
