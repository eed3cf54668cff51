import { fold, words } from './stems';

/**
 * Phrases of cookie banners, navigation, footers and page chrome, folded
 * (lower case, no accents). A sentence holding one is almost never evidence.
 */
const BOILERPLATE = [
  /\bcookie/, /informasjonskapsl/, /\bkakor\b/, /\bsamtykke/, /\bsamtycke/, /\bconsent\b/,
  /\baccept(?:er|era)? (?:all|alle|alla)\b/, /\bgodta\b/, /privacy (?:policy|notice|statement|settings)/,
  /respects? your privacy/, /personvernerklæring/, /integritetspolicy/, /dataskyddspolicy/,
  /\bgdpr\b/, /all rights reserved/, /alle rettigheter/, /alla rättigheter/, /©/, /\bcopyright\b/,
  /terms (?:of use|and conditions)/, /\bvilkår\b/, /\bvillkor\b/, /\bnewsletter/, /\bnyhetsbrev/, /\bsubscribe\b/,
  /\babonner/, /\bprenumerer/, /\bfollow us\b/, /\bfølg oss\b/, /\bfölj oss\b/, /\bread more\b/, /\bles mer\b/,
  /\bläs mer\b/, /\bskip to\b/, /\bhopp til\b/, /\bgå till? (?:hoved)?innh/,
  // A login button or link ("Log in", "Logg inn med BankID", "log in to your account"), not people who log in to work.
  /^log(?:g|ga)? (?:in|inn)\b|\blog(?:g|ga)? (?:in|inn) (?:to|til|till|her|here|här|med|with|for|för)\b|\blog(?:g|ga)? (?:in|inn)\s*$/,
  /\bsign (?:in|up)\b/, /\borg\.? ?nr/, /\bregistered (?:charity|company|in england)\b/, /\b(?:charity|company) (?:no\b|number)/, /organisasjonsnummer/, /organisationsnummer/, /\bshare (?:on|this)\b/, /[·|•]\s*(?:share|del|dela)\s*$/u, /^(?:posted|written) by\b/,
  /\b(?:del|dela) (?:på|artikkel|artikeln|saken)\b/, /\bback to top\b/, /\btil toppen\b/, /\btill toppen\b/,
  /\b(?:publisert|published|publicerad|oppdatert|updated|uppdaterad)\s*:?\s*\d/, /\b(?:click|klikk|klicka) (?:here|her|här)\b/,
  /\bsitemap\b/, /\bnettstedskart\b/, /accessibility statement/, /tilgjengelighetserklæring/, /tillgänglighetsredogörelse/,
  /\bkontakt(?:a)? oss\b/, /\bcontact us\b/, /\bom oss\b/, /\babout us\b/, /\bledige stillinger\b/, /\blediga jobb\b/,
  /\bsøk her\b/, /\bsök här\b/,
  // A menu button, not "a person, not a menu", "a tasting menu" or "vår nye meny" in prose.
  // ("menu" is looked for first: the look back is tried only where it stands.)
  /\b(?=men[uy]\b)(?<!\b(?:a|the|our|your|this|its|en|ei|et|ett|vår|din|denne|den|sin)\s(?:\p{L}+\s)?)/u, /\bvis mer\b/, /\bvisa mer\b/, /\bshow more\b/,
  // News furniture: "Les også" teasers, the agency's standards and credit lines, photo credits.
  /\b(?:les|läs) (?:også|också)(?!\p{L})/u, /\bread (?:also|next)\b/, /\bour standards\b/, /\btrust principles\b/,
  /\beditorial (?:standards|guidelines|policy)\b/, /\b(?:reporting|editing|writing|additional reporting) by\b/,
  // … and a publication's imprint: who publishes it ("X is published by Y Media Ltd", "ges ut av", "utgis av", "Utgitt av").
  /\b(?:is published by|ges ut av|utges av|gis ut av|utgis av|utgitt av|utgiven av|utgivet av)\b/,
  /\bansvarlig redaktør\b/, /\bansvarleg redaktør\b/, /\bansvarig utgivare\b/, /\beditor-in-chief\s*:/, /\bredaktørplakaten\b/, /\bvær varsom\b/, /\bpublicistklubben\b/,
  /\bpressens (?:faglige utvalg|opinionsnämnd)\b/, /\b(?:foto|photo|bilde|bild|illustrasjon|illustration)\s*:/,
  /\((?:ntb|tt|reuters|ap|afp)\)\s*[-–—]?\s*$/,
  // The paper asking its interviewee ("We asked her about growth …", "Vi spurte henne om …", "Vi frågade honom om …"): the paper's words.
  /^(?:we asked|vi spurte|vi spurde|vi fr[aå]gade)\s+(?:her|him|them|henne|ho|ham|han|dem|honom|hen)\s+(?:about|om)\b/,
  // Survey, feedback and sign-up prompts, and forms' equal-opportunity questionnaires (a survey told of in prose, SURVEY_TOLD, is none).
  /\bhva synes du om\b/, /\bvad tycker du om\b/,
  /\bwhat do you think of\b/, /\bvar denne (?:artikkelen|siden) nyttig\b/, /\bvar (?:den här|denna) (?:artikel|sida)n? (?:till )?hjälp/,
  /\bwas this (?:article|page) (?:helpful|useful)\b/, /\bgi oss (?:en )?tilbakemelding\b/, /\bge oss (?:din )?feedback\b/,
  /\bgive us (?:your )?feedback\b/, /\bmeld deg på\b/, /\banmäl dig till\b/, /\bsign up for\b/, /\bself-identif/,
  /\bgovernment reporting\b/,
  // Download links to the full document: "Download the full report (PDF, 4.2 MB)", "Last ned årsrapporten (PDF)".
  /\((?:pdf|docx?|xlsx?)\b[^)]*\)/, /\b(?:download|last ned|ladda ner|ladda ned)\b.*\b(?:pdf|report|rapport(?:en)?|årsrapport(?:en)?|årsredovisning(?:en)?)\b/u,
  // Icon-font ligatures that leak into the text of menus and buttons.
  /\b(?:expand_(?:more|less)|arrow_(?:forward|back|drop_down)|chevron_(?:right|left))/,
];

/** A survey named: a prompt to take it ("Svara på vår enkät och vinn …"), unless the sentence tells what it showed or found. */
const SURVEY = /\bsurvey\b|\bspørreundersøkels|\bundersøkelsen vår\b|\benkät/;
/**
 * … a survey as a source, told of in prose: what it showed ("Our staff survey showed that …", "undersøkelsen viste"), or a
 * finding in it ("Vi fick kritik i vår egen enkät för att …", "Kundnöjdheten i vår egen enkät föll …", "Patienterna sa i enkäten att …"), v65 with its year ("In our 2025 staff survey only 54 percent …"): not the reader's invitation.
 */
const SURVEY_TOLD = /\b(?:showed|shows|found|suggests|revealed|viste|viser|fant|visade|visar|fann|avslöjade)\b|\b(?:i|in) (?:vår|var|our|their|its|deres|dess|sin|this year's|last year's|the) (?:[\p{L}\d]+ ){0,2}(?:enkät|survey|spørreundersøkelse)|\b(?:i|in) \p{L}*(?:enkäten|undersökningen|undersøkelsen)\b/u;
const SURVEY_PROMPT = /\b(?:take|answer|complete|fill|respond|participate|svar|svare|svara|delta|fyll|vinn|win|help us|hjelp oss|hjälp oss)\b|\?/;

/** Pointers to other pages ("Les også…", "…finner du i årsrapporten"): weaker, not worthless. */
const REFERRALS = [
  /\b(?:les|läs) mer\b/, /\b(?:see|se) (?:also|også|även)(?!\p{L})/u, /\b(?:finner|hittar) du\b/,
  /\byou (?:can|will) find\b/, /\b(?:learn|find out) more\b/, /\bcheck out\b/, /\bvisit our\b/,
  /\b(?:på|on) (?:side|sidan|sida|page|s\.) ?\d+/,
];

/** "Powered by Greenhouse", "Powered by Shopify": the platform's credit line, not "powered by collaboration". */
const PLATFORM_CREDIT = /\bPowered by \p{Lu}[\p{L}.]*\s*\.?$/u;

const LINKISH = /https?:\/\/|www\.|\S+@\S+\.\w{2,}/;
// Phone numbers as Norwegian (22 33 44 55), Swedish (08-123 45 67) and labelled ones write them.
const PHONE = /(?:\+\d{2}\s?)?\b\d{2}(?:\s\d{2}){3}\b|\b0\d{1,3}-\d{2,3}\s?\d{2}\s?\d{2}\b|\b(?:tlf|tel|telefon|phone)\b\.?:?\s*\+?\d/i;
const SEPARATORS = /[|•·›»→]|\s\/\s/g;

/** A sentence must hold this many words to stand on its own; list items may be shorter. */
const MIN_WORDS = 4;
const MIN_WORDS_LIST_ITEM = 2;
const MAX_GOOD_WORDS = 45;

function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

/**
 * How much a sentence looks like real prose, from 0 (navigation, cookie text,
 * legal footer, menu, a shouted banner) to 1. Multiply a relevance score by it.
 */
/** A figure written with groups of thousands: its first group kept, the rest dropped before digits are counted. */
const THOUSANDS = /\b(\d{1,3})(?:[,\u00a0\u202f ]\d{3})+\b/gu;

export function sentenceQuality(sentence: string, tag = 'p'): number {
  const folded = fold(sentence);
  const tokens = words(folded);
  // List items may be terse ("Gode samarbeidsevner"); table cells are data, not prose.
  const listItem = tag === 'li' || tag === 'dd';
  const cell = tag === 'td' || tag === 'th';
  if (tokens.length < (listItem ? MIN_WORDS_LIST_ITEM : MIN_WORDS)) return 0;

  let quality = 1;
  for (const pattern of BOILERPLATE) if (pattern.test(folded)) quality *= 0.1;
  if (SURVEY.test(folded) && (SURVEY_PROMPT.test(folded) || !SURVEY_TOLD.test(folded))) quality *= 0.1;
  for (const pattern of REFERRALS) if (pattern.test(folded)) quality *= 0.3;
  if (PLATFORM_CREDIT.test(sentence.trim())) quality *= 0.1;
  if (LINKISH.test(sentence)) quality *= 0.2;
  if (PHONE.test(sentence)) quality *= 0.3;
  if ((sentence.match(SEPARATORS) ?? []).length >= 2) quality *= 0.1;

  const letters = sentence.match(/\p{L}/gu) ?? [];
  const upper = sentence.match(/\p{Lu}/gu) ?? [];
  // A figure's groups of thousands ("60,000", "12 000") are one figure, not a run of digits: a sentence of prose (ended, not a
  // table's cell) with large figures is no table.
  const prose = !cell && /[.!?]["»”)]?$/u.test(sentence.trim());
  const digits = (prose ? sentence.replace(THOUSANDS, '$1') : sentence).match(/\p{N}/gu) ?? [];
  if (letters.length >= 8 && shareOf(upper.length, letters.length) > 0.6) quality *= 0.2;
  if (shareOf(digits.length, letters.length + digits.length) > 0.3) quality *= 0.3;

  const original = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitalised = original.filter((w) => /^\p{Lu}/u.test(w)).length;
  const ended = /[.!?…:]["»”')]*$/u.test(sentence.trim());
  // "Hjem Om oss Tjenester Karriere Kontakt": a menu read as a sentence.
  if (!ended && original.length >= 4 && shareOf(capitalised, original.length) > 0.7) quality *= 0.15;

  if (tokens.length < MIN_WORDS) quality *= 0.7;
  if (tokens.length > MAX_GOOD_WORDS) quality *= 0.6;
  if (!ended && !listItem) quality *= cell ? 0.4 : 0.8;
  if (/^\p{Ll}/u.test(sentence)) quality *= 0.8;
  return quality;
}

const MENU_RUN = 3;
const MENU_MEAN_WORDS = 3.5;

/**
 * Indexes of blocks that form a list of links: a run of at least three list
 * items under the same heading averaging fewer than 3.5 words ("Om oss",
 * "Karriere", "Kontakt"). A list of requirements or tasks is wordier.
 */
export function linkListBlocks(blocks: ReadonlyArray<{ tag: string; text: string; heading?: string }>): Set<number> {
  const flagged = new Set<number>();
  let run: number[] = [];
  let wordCount = 0;
  const close = (): void => {
    if (run.length >= MENU_RUN && wordCount / run.length < MENU_MEAN_WORDS) run.forEach((i) => flagged.add(i));
    run = [];
    wordCount = 0;
  };
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (block.tag !== 'li' || (previous !== undefined && previous.heading !== block.heading)) close();
    if (block.tag !== 'li') return;
    run.push(i);
    wordCount += words(fold(block.text)).length;
  });
  close();
  return flagged;
}
