/**
 * What a heading puts before or inside the role that is not the role: an invitation ("Bli CNC-operatör", "Become a
 * ranger"), the employer as the subject of a sentence ("Ljusdals Timmertransport söker trafikledare"), and tags in the
 * middle ("Cargo Bike Rider (m/w/d) – 20–30 Std./Woche", "Barnehagelærer 80 % – småbarnsavdeling").
 */

/** "Bli …", "Become a …", "Werde …": an invitation to be the role. "Bli en del av teamet" names no role. */
const INVITATION = /^(?:bli|become|werde)\s+(?:(?:en|ein|ei|ett|eit|a|an|vår|våre|vårt|våra|our|unser|unsere)\s+)?(?:(?:ny|nye|nytt|nya|new|neue|neuer)\s+)?(?!(?:en del|ein del|del|a part|part|med|one of|teil)(?!\p{L}))(?=\p{L})/iu;

/**
 * "Ljusdals Timmertransport söker trafikledare", "Kessler Brothers is hiring a technician": a name (capitalised words)
 * that seeks someone is the employer; what it seeks is read as "we seek …" is. Case-sensitive, so "Vi söker" is not a name.
 */
const NAMED_SEEKER = /^\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&|och|og|and|\p{Lu}[\p{L}&.'’-]*)){0,4}\s+(?:söker|søker|søkjer|trenger|treng|behöver|seeks|is seeking|is hiring|are hiring|is looking for|are looking for|sucht):?\s+(\p{L}.*)$/u;
const US = /^(?:vi|we|wir)\s/iu;

/**
 * "Ledig stilling: Driftsleder sjø", "Ledig tjeneste: …", "Lediga jobb: Ekonomiassistent", "Vacancy: Warehouse Lead",
 * "Job: Baker", "Stilling ledig: Advokatfullmektig", "Tjänst ledig: …": the board's word for an opening, as a label before
 * the role, is not the role.
 */
export const VACANCY_LEAD = /^(?:ledig(?:e|a|t)?\s+(?:stilling(?:er)?|stillingar|tjeneste|tjenester|teneste|jobb|jobber|jobbar|tjänst|tjänster|plats|platser)|(?:stilling(?:er)?|stillingar|tjeneste|teneste|jobb|tjänst|tjänster|plats)\s+ledig(?:e|a|t)?|stillingsannonse|platsannons|(?:job\s+)?vacancy|job\s+opening|open\s+position|now\s+hiring|jobs?|jobb|stilling|tjänst)\s*:\s+(?=\p{L})/iu;

/** "[Hanbit Marine] Overseas Sales Engineer", "[Deltid] Butikksjef", "[Brådskande] Lagerarbetare": a tag in brackets before the role. */
const TAG_LEAD = /^\[[^[\]]{2,40}\]\s*(?=\p{L})/u;

/** The heading with an invitation or a named seeker put as the sentence the role is read from ("Vi söker …"). */
export function withoutLead(title: string): string {
  const tagged = TAG_LEAD.exec(title);
  if (tagged && title.length > tagged[0].length) return withoutLead(title.slice(tagged[0].length));
  const labelled = VACANCY_LEAD.exec(title);
  if (labelled && title.length > labelled[0].length) return withoutLead(title.slice(labelled[0].length));
  const invited = INVITATION.exec(title);
  if (invited && title.length > invited[0].length && title.split(/\s+/).length <= 6) {
    const role = title.slice(invited[0].length);
    return role.charAt(0).toLocaleUpperCase() + role.slice(1);
  }
  const named = NAMED_SEEKER.exec(title);
  if (named && !US.test(title)) return `Vi söker ${named[1]!}`;
  return title;
}

/** "(m/w/d)", "(f/m/d)" inside the title, before the unit or the hours after a dash: whom the ad addresses. */
const GENDER_INSIDE = /\s*\(\s*(?:[mfwdhkx]\s?\*?\s?\/\s?){1,3}[mfwdhkx]\*?\s*\)(?=\s+[-–—|]\s+\S)/giu;
/** "80 %", "80–100 %", "80 % fast" before a dash and a unit in small letters ("– småbarnsavdeling", "– avdelning 12"): the share goes, the unit stays. */
const SHARE_BEFORE_UNIT = /(?<=\p{L})\s+\d{1,3}(?:[.,]\d)?(?:\s?%?\s?[-–]\s?\d{1,3}(?:[.,]\d)?)?\s?%(?=\s+[-–—]\s+(\p{L}))/gu;

export function withoutInnerTags(title: string): string {
  return title.replace(GENDER_INSIDE, '').replace(SHARE_BEFORE_UNIT, (share, _first: string, at: number) => {
    const next = title.slice(at + share.length).replace(/^\s+[-–—]\s+/u, '');
    return next.charAt(0) !== next.charAt(0).toLocaleUpperCase() ? '' : share;
  });
}
