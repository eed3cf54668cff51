import { stripInvisible } from './entities';
import { looksLikeHtml, richTextToBlocks } from './html';

const MAX_ITEM = 600;
const MAX_ITEMS = 60;

/** Chrome that ends up between the content on real pages: not a requirement or a task. */
/**
 * A site's furniture, not the ad: a cookie notice (the cookie word with a word of consent, so "Baka tårtor
 * och kakor" stays an item), a privacy link, a copyright or "powered by" line ("Drivs av …" opening it: "som drivs av"
 * in an article's sentence is how it says who runs a firm).
 */
export const CHROME =
  /(?<!\p{L})(?:cookies?|informasjonskapsler|kakor)(?!\p{L}).*?(?:use|using|accept|consent|settings|policy|godta|godkänn|använd|bruk|samtykk|inställning|innstilling|tillat|tillåt|hantera|manage)|(?:use|using|accept|consent|godta|godkänn|använd|bruk|samtykk)\p{L}*.*?(?<!\p{L})(?:cookies?|informasjonskapsler|kakor)(?!\p{L})|(?<!\p{L})(?:personvern(?:erklæring)?|privacy policy|integritetspolicy|all rights reserved|powered by)(?!\p{L})|(?:^|[|·•]\s*)drivs av(?!\p{L})|©/iu;

/** An item as a reader wants it: no bullet, no trailing `;`, one line. */
function cleanItem(text: string): string {
  return stripInvisible(text)
    .replace(/\s+/g, ' ')
    .replace(/^(?:[\s•·▪●◦‣∙*–—-]|[✓✔☑➡►▶\p{Extended_Pictographic}]\uFE0F?(?=\s))+/u, '')
    .replace(/[\s;,]+$/, '')
    .trim();
}

/** Clean, drop chrome and empties, keep the first of duplicates; capped. */
export function tidyItems(items: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of items) {
    const item = cleanItem(raw);
    const key = item.toLowerCase();
    // v61: "© Tidens Krav. …": the copyright sign a bullet's clean-up drops (it is pictographic) still marks the line as chrome.
    if (item.length < 2 || item.length > MAX_ITEM || CHROME.test(item) || /^\s*©/u.test(raw) || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|incl|approx|min|max|bl\.a|f\.eks|t\.ex|m\.m|osv|inkl|ca|jf|nr|dvs|mfl|el|evt|Dr|Mr|Ms|Mrs|Ph\.D|ph\.d))\.$/i;

/** Prose into sentences, conservatively: only where a capital letter starts the next one. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u);
  const out: string[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous !== undefined && ABBREVIATIONS.test(previous)) out[out.length - 1] = `${previous} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

export interface SplitList {
  items: string[];
  /** True when the value had list structure (HTML list, lines, bullets, `;`), not just prose. */
  structured: boolean;
}

/**
 * A schema.org text value that may hold a list: HTML `<ul>`, one item a line,
 * `•`/`-` bullets, `;`-separated, or sentences of prose (unstructured).
 */
export function splitList(value: string): SplitList {
  const blocks = richTextToBlocks(value);
  const listItems = blocks.filter((b) => b.tag === 'li');
  if (listItems.length > 0) return { items: tidyItems(listItems.map((b) => b.text)), structured: true };
  if (blocks.length > 1) return { items: tidyItems(blocks.map((b) => b.text)), structured: true };
  const only = blocks[0]?.text ?? '';
  if (!looksLikeHtml(value)) {
    const bySemicolon = only.split(/\s*;\s*/).filter(Boolean);
    if (bySemicolon.length > 1 && bySemicolon.every((p) => p.length <= 200)) {
      return { items: tidyItems(bySemicolon), structured: true };
    }
  }
  return { items: tidyItems(splitSentences(only)), structured: false };
}

/** Must-have wording that marks one item as a nice-to-have: "Erfaring med Kotlin er en fordel". */
const NICE_ITEM = new RegExp(
  '(?<!\\p{L})(' +
    [
      'er en fordel', 'er ein fordel', 'en fordel', 'ein føremon', 'en fördel', 'er ønskelig', 'er ønskjeleg', 'gjerne', 'helst',
      'är meriterande', 'meriterande', 'är ett plus', 'ett plus', 'önskvärt', 'gärna',
      // "Erfarenhet av tullfrågor är en merit", "Sertifikat er meritterende".
      'är en merit', 'en merit', 'er meritterende', 'meritterende',
      'is a plus', 'a plus', 'pluss? (?:om|hvis|dersom|viss|if)',
      // "VTS candidates are encouraged to apply", "Søkere med fagbrev oppfordres til å søke", "Sökande med C-körkort uppmuntras att söka".
      '(?:are|is) (?:also |especially |strongly )?encouraged to apply', '(?:oppfordres|oppmodast|blir oppfordra) (?:særleg |spesielt )?til å (?:søke|søkje)', 'uppmuntras (?:särskilt )?att söka', 'a big plus', 'a clear plus', 'a real plus', 'a huge plus', 'a strong plus', 'a definite plus', 'ett stort plus', 'et stort pluss', 'ett klart plus', 'et klart pluss', 'eit klart pluss', 'an advantage', 'an? (?:distinct|real|big|definite|clear|strong|great|major|considerable|significant) advantage', 'would be lovely', 'would be nice', 'would be a (?:real |big |great )?bonus', 'it helps if', 'det er fint om', '(?:en|ein) (?:klar|stor|tydlig|betydelig|betydande|avgjort|avgjord) (?:fordel|fördel)', "but (?:isn't|is not|not) (?:required|essential|needed)", 'is a bonus', 'bonus points?', 'nice to have', 'nice-to-have',
      // "Barista-erfaring er kjekt", "Truckkort är bra att ha", "Forklift experience is handy".
      'er kjekt', 'är bra att ha', 'är trevligt', 'is handy', 'is nice to have', '(?:is|are) helpful(?=\\s*$|,?\\s+but\\s)', 'would be helpful', 'er nyttig', 'är till hjälp',
      'preferred', 'preferably', 'desirable', 'would be great', 'ideally', 'er et pluss', 'et pluss', 'would be useful',
      // (The longer wish first: "… would help you hit the ground running" ends with the marker.)
      '(?:would|will) help you (?:hit the ground running|get up to speed)', '(?:will|would) help your application', '(?:vil|kan) styrke søknaden din', '(?:stärker|kommer att stärka) din ansökan', 'would help', 'it would help if', 'not essential', 'bonus:', '(?:is|are) (?:a |an added |a real )?bonus', '(?:er|är) (?:en |ett )?(?:bonus|ekstra bonus)', 'would be beneficial', 'is beneficial', 'an asset', 'a (?:strong|real|great|definite|big|valuable) asset', '(?:are|is) (?:also )?assets?', '(?:will|would) be viewed favou?rably', 'teller det positivt', 'teller positivt', 'er positivt', 'ses på som positivt', 'ses som positivt', 'är positivt', 'counts? in your favou?r', 'blir vi (?:ekstra |ekstra )?glade', 'blir vi (?:extra )?glada', 'vi blir (?:ekstra )?glade', "if you've got", 'if you have got', 'if you also have',
      // "… would be highly regarded", "… will have an added advantage", "… vil telle positivt", "… er et ekstra pluss", "… värderas högt".
      '(?:would|will) be (?:highly |well )?regarded', 'highly regarded', 'highly valued', '(?:an )?added advantage',
      'vil telle positivt', 'vil telje positivt', 'vil det telle positivt', 'vil det telje positivt', 'looked (?:up)?on favou?rably', '(?:et|eit) ekstra pluss', 'ett extra plus', 'värderas högt', 'ses som meriterande',
      // "Vi setter pris på at du snakker arabisk", "Vi uppskattar om du har truckkort", "We'd appreciate it if you …".
      // "Candidates with … will get preference", "Søkere med båtførerbevis vil bli foretrukket", "Sökande med C-körkort kommer att föredras".
      '(?:will|shall) (?:get|be given|receive) (?:hiring )?preference', '(?:vil|skal) (?:få|bli gitt) fortrinn', '(?:kommer att|ska) (?:få|ges) företräde', 'will be preferred', '(?:vil|skal) (?:bli|verte) (?:foretrukket|foretrekt|prioritert)', 'blir foretrukket', '(?:kommer att|ska) (?:föredras|prioriteras)', 'föredras',
      // v59: "We would be glad if you also know the Spit well enough to …", "Vi blir glade om du …", "Vi blir glada om du …".
      "we(?:'d| would) be (?:glad|happy|pleased) if", 'vi blir glade (?:om|hvis)', 'vi blir glada om',
      'vi setter pris på(?: at| om)?', 'vi set pris på(?: at| om)?', 'vi uppskattar(?: om| att)?', "we(?:'d| would) appreciate(?: it)?(?: if)?", "we(?:'ll| will| would| also)? value",
      // v62: "Experience of rapid methods would be advantageous", "We will value experience with vacuum infusion"; v64: "… would be handy".
      '(?:would be|is|are) (?:advantageous|handy)', 'vi (?:vil )?verdsetter', 'vi (?:kommer att )?värdesätter',
      // v56: "Kjenner du sørsamisk, setter vi stor pris på det", "Gaelic speakers are particularly welcome, as …".
      'setter vi (?:stor |ekstra )?pris på det', 'set vi (?:stor )?pris på det', 'sätter vi (?:stort )?värde på det', 'uppskattar vi det', '(?:are|is) (?:particularly|especially|very|most|also) welcome(?=,|\\s*$)', '(?:er|är)(?: du)? (?:særlig|spesielt|ekstra|særskilt|särskilt|extra) (?:velkomne|velkommen|välkomna|välkommen)(?=,|\\s*$)',
      // "Knowledge of Italian would be appreciated", "… vil bli verdsatt", "… uppskattas".
      '(?:would|will) be (?:much |greatly )?appreciated', '(?:vil|vill) (?:bli|verte) verdsatt', 'verdsettes', '(?:skulle )?uppskattas',
      // v50: "WSET Level 2 or a genuine interest in Hunter Semillon will set you apart."
      '(?:will|would) set you apart', 'sets you apart',
    ].join('|') +
    ')(?!\\p{L})',
  'giu',
);

/** A word of must after a wish's clause: "…, and you must have …", "…, men krav om …". */
const MUST_WORD = /(?<!\p{L})(?:must|required|requirement|essential|need|needs|krav|kreves|må|måste|krävs|behöver|trenger)(?!\p{L})/iu;

const RECEIVES_APPLICATIONS = /(?<!\p{L})(?:(?:tar|tek) (?:vi )?gjerne (?:imot|imo|mot) søknad|tar (?:vi )?gärna emot (?:din )?ansökan|tar (?:vi )?gärna emot ansökningar|(?:we )?(?:gladly|happily) (?:accept|receive) applications)/iu;

/**
 * Only a marker that opens or closes the item counts: "Gjerne også mobilutvikling"
 * is a nice-to-have, "frontend, men gjerne også backend" is still a must.
 */
export function isNiceItem(item: string): boolean {
  // "… er en fordel, men ikke et krav": the marker still closes the item.
  // "A valid first-aid certificate (wilderness first aid preferred)": a wish in brackets for a kind of the thing, which is
  // still a must; a bracket that holds the marker alone ("Truckkort (meriterande)") marks the item.
  const text = item
    .replace(/(?<=\p{L}.*)\s+\(([^()]{2,80})\)[\s.!;,]*$/u, (whole, inside: string) => (/\p{L}{3,}/u.test(inside.replace(NICE_ITEM, ' ')) ? '' : whole))
    .replace(/[\s.!;,)]+$/, '')
    // v58: "…, as we train on the job", "…, da vi gir opplæring": the reason after a wish.
    // v63: "…, as full training will be given".
    .replace(/,?\s+(?:as|since|because|fordi|siden|da|eftersom|då)\s+(?:we|vi|(?:full\s+)?(?:training|opplæring|utbildning|upplärning))\s[^.]*$/iu, '')
    .replace(/,?\s+(?:men|but)\s+(?:(?:er|är)\s+)?(?:ikke|inte|inget|not|no)\s+(?:et\s+|ett\s+|a\s+)?(?:krav|requirement|required|essential|a must|nødvendig|nödvändigt)$/iu, '')
    // "… is desirable but we will train you", "… er en fordel, men vi lærer deg opp"; v59: "… would be useful but we can train you"; v64: "…, but we can help you get one".
    .replace(/,?\s+(?:but we(?:'ll| will| can) (?:train (?:you|the right person)|help you (?:get|with) (?:one|it|that))|men vi (?:kan )?lærer? deg opp|men vi (?:kan )?lära? upp dig|men vi (?:kan )?lära? dig)$/iu, '')
    // v51: "… is preferred but full training is provided", "… men full opplæring gis", "… men utbildning ges".
    .replace(/,?\s+(?:but|men)\s+(?:full\s+)?(?:training|opplæring|utbildning|upplärning)\s+(?:is provided|will be provided|is given|gis|blir gitt|ges)$/iu, '');
  // "Vi tar gjerne imot søknader innen fredag": how the employer receives applications is no wish about the applicant.
  if (RECEIVES_APPLICATIONS.test(text)) return false;
  for (const m of text.matchAll(NICE_ITEM)) {
    // "Båtførerbevis og gjerne kranførerbevis", "Körkort B och gärna C", "A forklift licence and preferably a crane ticket":
    // the marker after a conjunction wishes for the second thing only; the first is still a must.
    if (/\S\s+(?:og|och|and|samt|eller|or)\s+$/iu.test(text.slice(0, m.index))) continue;
    // "Gjerne også mobilutvikling", "Du har gjerne …": near the start; but "Førerkort klasse B, gjerne BE" qualifies a must.
    if (m.index <= 20 && !/[,;]/.test(text.slice(0, m.index))) return true;
    // "You write English; Norwegian is an advantage": the marker closes only the last clause.
    // v63: "Planning certification (e.g. CMRP) is an asset": an abbreviation's dot ends no clause.
    const compound = /;|\s[–—]\s|[.!?]\s/.test(text.slice(0, m.index).replace(/(?<!\p{L})(?:e\.g|i\.e|f\.eks|t\.ex|bl\.a|etc)\./giu, ''));
    if (!compound && m.index + m[0].length >= text.length) return true;
    // v50: "Robot welding experience is an advantage, and we value basic Finnish, but English is enough to start": the marker
    // closing the first clause, what follows no must ("…, and a driving licence is required" still is one).
    const rest = text.slice(m.index + m[0].length);
    if (!compound && /^,\s+(?:and|but|og|men|och)\s/u.test(rest) && !MUST_WORD.test(rest)) return true;
  }
  return false;
}
