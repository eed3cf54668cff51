/**
 * A habit of the house told with a unit as its setting, not its subject: "I teamene drøfter vi alle nye saker sammen
 * hver tirsdag", "In our teams we review every new case together on Mondays", "I teamen går vi igenom …": how people
 * work there (values), not what the unit is or does. A unit named as the subject ("Teamet har åtte sykepleiere og …")
 * is the department's still.
 */
import { structuresFound } from './structures';
import { namesUnitAsSubject } from './unit-subject';

export function tellsHabitInUnit(sentence: string, folded: readonly string[]): boolean {
  return structuresFound(['habit'], sentence, folded) > 0 && !namesUnitAsSubject(sentence);
}
