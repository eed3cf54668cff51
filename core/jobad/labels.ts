import type { TextBlock } from '../model';

/**
 * "Label: value" facts as ad pages lay them out: on one line
 * ("Arbeidssted: Oslo"), as a term and its description (`<dt>`/`<dd>`,
 * table cells), or as a small heading with the value under it.
 */

const MAX_VALUE = 160;

/**
 * Words fact boxes use as labels in en/nb/sv. A fact whose "value" is one of them is an empty
 * field or a table whose value went elsewhere ("Company" then "Category"): no value at all.
 */
const FACT_LABEL = new RegExp(
  `^(?:${[
    'category', 'kategori', 'sector', 'sektor', 'industry', 'bransje', 'bransch', 'posted', 'published', 'publisert', 'publicerad',
    'publicerat', 'deadline', 'apply before', 'søknadsfrist', 'frist', 'expiry date', 'closing date', 'stad', 'town', 'city', 'land', 'country', 'län', 'fylke', 'county', 'region', 'province', 'jobbtyp', 'hours', 'contract', 'sista ansökningsdag', 'sista dag att ansöka', 'location', 'locations',
    'arbeidssted', 'arbeidsstad', 'arbetsort', 'workplace', 'placeringsort', 'stationeringsort', 'stasjoneringssted', 'base location', 'ort', 'sted', 'kommun', 'kommune', 'stillingstype', 'stillingstittel', 'stillingsprosent', 'omfang',
    'omfattning', 'anställningsform', 'ansettelsesform', 'työaika', 'työsuhde', 'employment type', 'job type', 'work type', 'type', 'reference', 'referanse',
    'referansenummer', 'referensnummer', 'tiltredelse', 'tiltreding', 'tillträde', 'start date', 'oppstart', 'salary', 'lønn', 'løn', 'lön', 'company',
    'employer', 'arbeidsgiver', 'arbeidsgjevar', 'arbetsgivare', 'företag', 'yrkesroll', 'yrke', 'occupation', 'department', 'avdeling', 'avdelning',
    'contact', 'kontakt', 'kontaktperson', 'antall stillinger', 'antal tjänster', 'number of positions', 'remote', 'hjemmekontor',
    'adresse', 'adress', 'address', 'besøksadresse', 'besöksadress', 'nettside', 'hjemmeside', 'webbplats', 'hemsida', 'website',
    'telefon', 'phone', 'e-post', 'e-mail', 'email',
  ].join('|')})\\s*[:：]?$`,
  'iu',
);

/** Row labels an ATS's fact box writes that never stand alone as a value: "Schedule: Full-time", "Shift: Days". */
const ROW_LABEL = /^(?:schedule|shift|skift|working pattern|arbetstid|arbeidstid)$/iu;

/**
 * A value cut where the next fact's label starts: "Älmhult Omfattning: Heltid, dagtid" → "Älmhult", when a layout ran a
 * fact box's rows into one line. Only a known label before a colon ends the value: "Oslo, Norway" and "Site: B" stay.
 */
export function beforeNextLabel(value: string): string {
  for (const colon of value.matchAll(/[:：]/gu)) {
    const words = value.slice(0, colon.index).trim().split(/\s+/);
    // "Sista dag:" is two words, "Omfattning:" one: the longest label that ends at the colon.
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const label = words.slice(-n).join(' ');
      if (isFactLabel(label) || ROW_LABEL.test(label)) return words.slice(0, -n).join(' ').trim();
    }
  }
  return value;
}

/** True for a line that is itself a fact box's label, not a value. */
export function isFactLabel(text: string): boolean {
  return FACT_LABEL.test(text.trim());
}

function labelPattern(labels: readonly string[]): RegExp {
  // The longest first: "Stad for oppmøte" is one label, not "Stad" and a sentence.
  const longest = [...labels].sort((a, b) => b.length - a.length);
  // "Organisation/Company", "Sted / Arbeidssted": two labels for one fact are one label.
  const one = `(?:${longest.join('|')})`;
  // "📍 Location: Viljandi": an icon before the label is no part of it.
  // v65: "Umsóknarfrestur / Application deadline": a word in the site's own language and a slash before one of these.
  return new RegExp(`^\\s*(?:[\\p{Extended_Pictographic}\\p{So}]\\uFE0F?\\s*)?(?:\\p{L}{4,}\\s+/\\s+)?${one}(?:\\s*/\\s*${one})?(?!\\p{L})\\s*[:：\\-–]?\\s*`, 'iu');
}

/**
 * "Employer name", "Företagets namn": a label may end in the word for a name; that word is part of the
 * label, never its value.
 */
const NAME_WORD = /^(?:name|navn|namn)\s*[:：]?$/iu;

/**
 * "1 vacancy in the following location: Duluth, Minnesota", "Stillingen ligger på følgende sted: Førde": the value after a
 * lead-in of three words or more that ends in a colon. "Site B: the north yard" (a name of two words) stays whole.
 */
export function afterLeadIn(value: string): string {
  const m = /^([^,:：]{6,80}?)\s*[:：]\s+(\S.*)$/u.exec(value.trim());
  return m && m[1]!.trim().split(/\s+/).length >= 3 && !isFactLabel(m[1]!) ? m[2]!.trim() : value;
}

/** Labels of the place of work ("Arbeidssted", "Arbetsort", "Location", "Workshop"): its row's value is the job's place. */
export const LOCATION_LABELS = ['arbeidssted', 'arbejdssted', 'arbeitsort', 'arbeidsstad', 'sted', 'kommune', 'kommun', 'municipality', 'poststed', 'postort', 'lokasjon', 'lokasjoner', 'kontorsted', 'arbetsort', 'arbetsorter', 'arbeidssteder', 'arbeidsstader', 'tjänstgöringsorter', 'ort', 'orter', 'steder', 'town', 'suburb', 'city', 'placering', 'stad', 'plats', 'location', 'locations', 'job location', 'work location', 'place of work', 'workplace', 'work site', 'worksite', 'work sites', 'worksites', 'workshop', 'depot', 'yard', 'where', 'based at', 'based in', 'hvor', 'kvar', 'office', 'offices', 'stad for oppmøte', 'sted for oppmøte', 'oppmøtested', 'oppmøtestad', 'tjenestested', 'tenestestad', 'tjänstgöringsort', 'tjänsteställe', 'mötesplats', 'reporting location', 'place of duty', 'place of posting', 'duty station', 'duty stations', 'work locations', 'places of work', 'duty location', 'locality', 'base location', 'placeringsort', 'stationeringsort', 'stasjoneringssted', 'stasjoneringsstad', 'plant address', 'site address', 'work address', 'workplace address',
  // v60: an English ad in an Icelandic, Lithuanian, Latvian, Estonian or Finnish board's chrome.
  'staðsetning', 'vinnustaður', 'darbo vieta', 'darba vieta', 'asukoht', 'sijainti', 'paikkakunta',
  // v63: "Where you'll work: Mutaburra Fossil Centre, 37 Gray Street, Hughenden QLD 4821", "Her skal du jobbe:", "Här kommer du att arbeta:".
  "where you(?:['’]ll| will) (?:work|be (?:based|working))", 'her skal du jobbe', 'her skal du arbeide', 'här kommer du att (?:arbeta|jobba)'];

let placeLabel: RegExp | undefined;

/**
 * "Placering: Ruda, Högsby kommun", or "Ruda, Högsby kommun" under a "Placering" label: a row of the job's place, whose
 * "Högsby kommun" is the municipality the town lies in, not the employer.
 */
export function isPlaceRow(blocks: readonly TextBlock[], at: number): boolean {
  const re = (placeLabel ??= labelPattern(LOCATION_LABELS));
  const own = re.exec(blocks[at]?.text ?? '');
  if (own && /[:：]/u.test(own[0])) return true;
  const label = blocks[at - 1]?.text ?? '';
  const above = re.exec(label);
  return !!above && label.slice(above[0].length).trim() === '';
}

/** The value written after one of the labels, or under it; the first found. */
export function findLabelled(blocks: readonly TextBlock[], labels: readonly string[]): string | undefined {
  return findAllLabelled(blocks, labels, 1)[0];
}

export function findAllLabelled(blocks: readonly TextBlock[], labels: readonly string[], limit = 5, further: (value: string) => boolean = () => false): string[] {
  const re = labelPattern(labels);
  const values: string[] = [];
  for (let i = 0; i < blocks.length && values.length < limit; i++) {
    const block = blocks[i]!;
    const m = re.exec(block.text);
    if (!m) continue;
    const rest = block.text.slice(m[0].length).trim();
    if (rest && !NAME_WORD.test(rest)) {
      // "Arbeidssted: Oslo" — but not a sentence that merely starts with the word.
      if (/[:：\-–]/.test(m[0]) || block.tag === 'dt' || block.tag === 'th') {
        if (rest.length <= MAX_VALUE) values.push(rest);
      }
      continue;
    }
    const next = blocks[i + 1];
    // A "Company" heading over a list of links is a footer, not a fact.
    // A term row's next term is another label, never its value ("Arbetsgivare" then "Arbetsplatsens adress").
    const nextIsTerm = block.tag === 'dt' && next?.tag === 'dt';
    if (next && next.text.length <= MAX_VALUE && !/^h[1-6]$/.test(next.tag) && next.tag !== 'li' && !nextIsTerm && !isFactLabel(next.text)) {
      values.push(next.text.trim());
      // v67: "<dt>Arbeidssted</dt><dd>Kirkenes</dd><dd>Vardø</dd>": a term's further values, each in a description of its own, that
      // the caller takes for one (a town; not a later list's "Job" under a term the page's lines left out as read before).
      for (let j = i + 2; block.tag === 'dt' && next.tag === 'dd' && blocks[j]?.tag === 'dd' && further(blocks[j]!.text.trim()) && values.length < limit; j++) values.push(blocks[j]!.text.trim());
    }
  }
  return values;
}

/** Blocks whose text mentions a label anywhere, with the text that follows it. */
export function textAfterLabel(blocks: readonly TextBlock[], label: RegExp): { after: string; next?: string }[] {
  const found: { after: string; next?: string }[] = [];
  for (let i = 0; i < blocks.length && found.length < 10; i++) {
    const block = blocks[i]!;
    const inHeading = block.heading !== undefined && label.test(block.heading) && !/^h[1-6]$/.test(block.tag);
    const m = label.exec(block.text);
    if (m) {
      const next = blocks[i + 1]?.text;
      found.push({ after: block.text.slice(m.index + m[0].length, m.index + m[0].length + 120), ...(next ? { next } : {}) });
    } else if (inHeading) {
      found.push({ after: block.text.slice(0, 120) });
    }
  }
  return found;
}
