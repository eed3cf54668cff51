/**
 * A role named by its unit, in English written as two words: "team leaders", "team manager", "department managers",
 * "division supervisor". The head is the role, as in the Bokmål and Swedish compound ("teamlederne", "teamledarna",
 * "avdelningschefen"), which a cue for the unit does not find: "Team leaders sit on the floor with their agents" tells of
 * the leaders, not of a team. The unit word before a role is left out when a rule of units counts its cues; the unit
 * named elsewhere in the sentence still counts ("The support team has two team leaders …"). Folded words (stems.ts).
 */
const UNIT = /^(?:team|teams|department|departments|division|divisions)$/;
const ROLE = /^(?:leader|leaders|manager|managers|supervisor|supervisors|coach|coaches)$/;
/**
 * … and everyone called a team: "with the whole team", "the entire team", "med hele teamet", "med hela teamet": all the
 * colleagues, no unit of the company ("We share every scorecard with the whole team" is a habit, not a department).
 */
const WHOLE = /^(?:whole|entire|hele|heile|hela)$/;
const TEAM = /^(?:team|teamet|laget|gjengen|gänget)$/;

/**
 * … and the Bokmål and Swedish compound of the same, which a longer unit word's cue finds at its start: "avdelingsleder",
 * "avdelningschefen", "seksjonssjef", "enhetschef", "gruppeledaren" are roles ("Spørsmål om stillingen: avdelingsleder
 * prosjekt Kaja …", "gått från konstruktör till avdelningschef").
 */
const UNIT_ROLE = /^(?:avdelings?|avdelnings?|seksjons?|sektions?|enhets?|divisjons?|divisions?|gruppe|grupp)(?:leder|leiar|ledar|sjef|chef|direktør|direktör)\p{L}*$/u;

/** The role as the one a unit is led by tells the unit: "Vi er 14 ingeniører, ledet av seksjonsleder …", "led by team leader …", "under avdelningschef …". */
const LED_BY = /^(?:by|av|under)$/;

const noUnit = (text: readonly string[], i: number): boolean =>
  (TEAM.test(text[i]!) && WHOLE.test(text[i - 1] ?? '')) ||
  (!LED_BY.test(text[i - 1] ?? '') && ((UNIT.test(text[i]!) && ROLE.test(text[i + 1] ?? '')) || UNIT_ROLE.test(text[i]!)));

export function withoutRoleUnits(text: readonly string[]): readonly string[] {
  return text.some((_, i) => noUnit(text, i)) ? text.filter((_, i) => !noUnit(text, i)) : text;
}
