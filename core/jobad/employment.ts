import type { EmploymentType } from './types';

/** Employment types as schema.org codes, from codes or the words ads use in English, Norwegian and Swedish (v67: and Finnish boards' rows, "Osa-aikatyö", "Määräaikainen"). */
const WORDS: [RegExp, EmploymentType][] = [
  [/^full_?time$|full[- ]?time|heltid|heiltid|fulltid|fuldtid|kokoaika|100\s?(?:%|prosent|procent)/iu, 'FULL_TIME'],
  // "60 %", "Stillingsprosent: 75 %", "50 % fast, frå 1. august": a share below a full position.
  // "80–100 %", "Workload: 80 – 100%", "50-75 procent": a range that starts below a full position is (also) part time.
  [/^part_?time$|part[- ]?time|deltid|osa-?aika|^(?:[1-9]\d?(?:[.,]\d+)?)\s?(?:%|prosent|procent)(?!\p{L})|^[1-9]\d?(?:[.,]\d+)?\s?%?\s?(?:[-–—]|til|till|to)\s?\d{2,3}\s?(?:%|prosent|procent)/iu, 'PART_TIME'],
  // v57: "(3-month contract)" is a fixed term (below), not a contractor's; v66: nor is Ireland's "Specified Purpose Contract".
  [/^contractor$|contractor|(?<!(?:month|week|year|fixed[- ]term|temporary|seasonal|specified purpose)s?[- ])contract(?!\p{L})|freelance|frilans|konsulentoppdrag|uppdrag som konsult/iu, 'CONTRACTOR'],
  // "Sesongarbeid", "säsongsanställning"; not "mer i høysesong", the busy season of a post that lasts.
  [
    /^temporary$|temporary|(?<!\p{L})temp(?!\p{L})|vikariat|vikar|engasjement|midlertidig|tidsbegrenset|visstid|tidsbegränsad|(?<!\p{L})(?:sesong|säsong)|seasonal|projektanställning|prosjektstilling|fixed[- ]term|specified[- ]purpose|määräaikai|maternity cover|(?:month|week|year)s?[- ]contract(?!\p{L})/iu,
    'TEMPORARY',
  ],
  [/^intern$|intern(ship)?(?!\p{L})|praktikant|praktik(?!\p{L})|traineeship|lærling|lärling|apprentice/iu, 'INTERN'],
  [/^volunteer$|volunteer|frivillig/iu, 'VOLUNTEER'],
  [/^per_?diem$|per diem|tilkalling|ringevikar|timvikarie/iu, 'PER_DIEM'],
];

/** `FULL_TIME`, "Full-time", "Heltid, fast", ["PART_TIME", "TEMPORARY"]… → codes, in order, without repeats. */
export function normalizeEmploymentTypes(values: readonly string[]): EmploymentType[] {
  const out: EmploymentType[] = [];
  for (const value of values) {
    const parts = value.split(/\s*(?:[,;/|+]|\bog\b|\boch\b|\band\b|\bor\b|\beller\b)\s*/i);
    // v63: "Temporary / Contract", "Contract/temp": an ATS's one category for a fixed term, no contractor's.
    const fixedTerm = parts.some((p) => /^(?:temporary|temp)$/iu.test(p.trim()));
    for (const part of parts) {
      const text = part.trim();
      if (!text || (fixedTerm && /^contract$/iu.test(text))) continue;
      const known = WORDS.filter(([re]) => re.test(text)).map(([, type]) => type);
      const code = text.toUpperCase().replace(/[\s-]+/g, '_');
      const types: EmploymentType[] = known.length > 0 ? known : code === 'OTHER' ? ['OTHER'] : [];
      for (const type of types) if (!out.includes(type)) out.push(type);
    }
  }
  return out;
}

/** What the post is said to be: "Stillingen er et", "Tjänsten är en", "This is a 12-month". */
const POST_IS = String.raw`(?:tjänsten|stillingen|stillinga|jobbet|the (?:position|role|job|post)|this(?: role| position| post)?) (?:är|er|is) (?:en |ett |et |ei |a |an )?(?:\d{1,2}[- ](?:month|months|måneders|månaders)\s+)?`;
const FIXED_TERM = String.raw`vikariat|visstidsanställning|tidsbegränsad anställning|midlertidig stilling|fixed[- ]term (?:contract|post|role|position)|temporary (?:contract|post|role|position)`;
/**
 * A post said to be for a fixed term, as a sentence's subject or its opening: "Stillingen er et vikariat i 12 måneder",
 * "Visstidsanställning i sex månader med start i februari.", "This is a fixed-term contract for 12 months."
 */
// "Engasjement" opening a sentence is as often commitment ("Engasjement og godt humør er viktig"): a term only as what the post is.
const FIXED_TERM_STATED = new RegExp(String.raw`(?:^|[.!]\s+)(?:${POST_IS}engasjement|(?:${POST_IS})?(?:${FIXED_TERM}))(?!\p{L})`, 'iu');

/** "TEMPORARY" where a sentence of the ad says the post is for a fixed term. */
export function fixedTermStated(texts: readonly string[]): EmploymentType | undefined {
  return texts.some((t) => FIXED_TERM_STATED.test(t)) ? 'TEMPORARY' : undefined;
}
