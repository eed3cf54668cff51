import type { TextBlock } from '../model';
import { asapIndex, findDate, isAsap } from './dates';
import { latestAfterAsap, periodDeadline } from './deadline-period';
import { textAfterLabel } from './labels';

/**
 * The words that open an application deadline, also as the application in someone's hands by a date ("Søknaden må være oss i
 * hende innen …", "Ansökan ska vara oss tillhanda senast …", "Applications (CV and letter) must reach Uvea Marine no later than …"); v53: "Please apply with a resume and two references by 4:00 p.m.
 * on Friday, January 8, 2027".
 */
export const DEADLINE_LABEL =
  /(?<!\p{L})(søknadsfrist(?:en)?|soknadsfrist|frist|sista ansökningsdag(?:en)?|sista ansökan(?=\s*(?:[:@]|$))|ansökningstiden (?:går ut|löper ut|slutar|utgår)|søknadstid(?:a|en)? (?:går ut|løper ut|slutter|sluttar)|(?:the )?application period (?:ends|closes|runs until)|sista dag (?:att|för att) (?:ansöka|söka)|sista dag(?=\s*(?:[:@]|$))|sista ansökningsdatum|ansök senast|sök senast|sök (?:jobbet|tjänsten) senast|ansökan senast|søk (?:på stillingen |stillingen )?(?:innen|senest|før)|(?:ansök|sök) (?:på tjänsten |tjänsten |jobbet )?(?:före|innan)|send (?:inn )?(?:søknad(?:en)?|ansökan|your application|cv) (?:innen|senest|senast|by|before)|skicka (?:in )?(?:din )?ansökan senast|(?:välkommen|velkommen|welcome) (?:med|with) (?:din |your )?(?:ansökan|søknad(?:en)?|application)(?:[^.!?]|\.(?=\S)){0,80}?(?:senast|senest|innen|no later than)|(?:skicka|send) (?:in )?(?:\p{L}+ ){0,2}(?:ansökan|søknad(?:en)?|application)(?:[^.!?]|\.(?=\S)){0,80}?(?:senast|senest|innan|innen)|(?:skicka|send|sende|mejla|maila|e-?mail|submit|lämna in|lever)(?!\p{L})(?:[^.!?]|\.(?=\S)|(?<=(?<!\p{L})(?:ref|nr|no))\.){0,80}?(?:senast|senest|innan|innen|no later than|by(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|søknaden (?:må|sendes) (?:inn |være sendt )?(?:innen|senest)|(?:søknad(?:en)?|søknader|ansökan|ansökningar(?:na)?|applications?)(?: (?:med|with) [^.!?]{0,40}?)? (?:sendes|skickas|lämnas|leveres|should be (?:sent|submitted|lodged)|must be (?:sent|submitted|lodged)|are to be (?:sent|submitted))(?:[^.!?]|\.(?=\S)){0,60}?(?:innen|senest|senast|innan|no later than|by(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|(?:ønsker|ønskjer|vil ha|vill ha|önskar|want|would like)(?: å få| att få| to (?:have|receive))? (?:søknaden(?: din)?|søknaden(?: di)?|din søknad|ansökan|din ansökan|your application|applications?) (?:innen|innan|senest|seinast|senast|by|before)|applications? received (?:by|before|no later than)|apply no later than|(?:send|submit|e-?mail)(?!\p{L})(?:[^.!?]|\.(?=\S)){0,200}?before(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?:(?:may |can )?apply|review(?:s|ing)? applications?) (?:until|till|through)(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|last day to apply|last date to apply|last (?:application|applying) date|last (?:day|date) (?:for|of) (?:applications?|(?:the )?(?:submission|receipt) of (?:applications?|cvs?|documents)|(?:the )?(?:submission|receipt)(?=\s*[:：]))|siste søknadsdag|siste dag (?:å|for å) søke|siste dag for (?:søknad|innlevering|innsending)|sista dag(?:en)? för (?:ansökan|ansökningar|att (?:ansöka|söka))|applications? (?:will be |are )?accepted (?:through|until|till)|(?:stop|stops|stopping) (?:taking|accepting|receiving) applications(?: on| after)?|(?:slutter|sluttar|stopper) (?:å |og )?(?:ta|tek) (?:imot|imo) (?:søknader|søknadar)|(?:slutar|slutter) (?:att )?ta emot ansökningar|(?:ansökningar|søknader|søknadar) (?:tas emot|tas imot|mottas) (?:till och med|senast|til og med|innen)|sidste ansøgningsfrist|ansøgningsfrist|applications? (?:must|should) (?:be )?(?:received|submitted|reach us) by|applications?(?:,? (?:together )?with [^.!?]{0,80}?,?| \([^()]{1,60}\))? (?:must|should)(?:[^.!?]|\.(?=\S)){0,160}?(?:be received|reach [\p{L} ]{2,40}?) (?:no later than|not later than|by|before)|(?:søknad(?:en|er|ene)?|søknadar|ansökan|ansökningar(?:na)?|ansökningshandlingar(?:na)?)(?:[^.!?]|\.(?=\S)){0,80}?(?:i hende|tillhanda)(?: hos [^.!?]{2,60}?)? (?:innen|senest|seinast|senast|før|innan|före)|apply by|apply before|apply until|apply (?:with|via|through|using|online)[^.!?]{0,60}? (?:by|before)(?= )|valid (?:till|until)(?=\s*(?:[:：]|$))|(?:cvs?|résumés?|resumes?)(?:[^.!?]){0,40}? (?:are |will be )?accepted (?:through|until|till)|application deadline|applications? close(?:s|d)?(?: on)?|closing date|expiry date|expires(?: on)?|closes|closing|(?:tar emot|tar imot|tek imot) (?:ansökningar|søknader|søknadar) (?:till och med|til og med|t\.o\.m\.)|(?:annonsen|annonsa|stillingen|stillinga|tjänsten|the (?:ad(?:vert)?|advertisement|posting|listing|vacancy|role)) (?:ligger ute|ligg ute|er ute|är ute|står ute|er åpen|er open|är öppen|is open|is live|runs|remains open|stays open|will (?:be open|run|remain open|stay open)) (?:till och med|t\.o\.m\.|fram till|til og med|t\.o\.m|until|till|til)|applications? (?:are |remain |will be )?open (?:until|till|through)|(?:we )?accept(?:s|ing)? (?:cvs|résumés|resumes|applications) (?:until|till|through)|(?:apply|send|submit|applications?)(?!\p{L})(?:[^.!?]|\.(?=\S)){0,120}?on or before|deadline(?: to apply| for applications?| for applying)?)(?!\p{L})/iu;

const POSTED_LABEL =
  /(?<!\p{L})(publisert|publicerad|publicerat|published|posted(?: on)?|date posted|lagt ut|utlyst|annonsert)(?!\p{L})/iu;

export interface LabelledDate {
  /** True when a label was found at all, even if it gave no date ("Søknadsfrist: snarest"). */
  labelled: boolean;
  date?: string;
}

function dateAfter(blocks: readonly TextBlock[], label: RegExp, reference?: string, monthFirst = false): LabelledDate {
  const mentions = textAfterLabel(blocks, label);
  for (const { after, next } of mentions) {
    const own = after.slice(0, 80);
    // "… before the closing date. Interviews … 25 January": a label that ends its sentence points back; the next sentence's date is another.
    if (/^\s*[.!?]\s+\p{Lu}/u.test(own)) continue;
    const date = findDate(own, reference, monthFirst);
    // "Søknadsfrist: Snarest" says there is no date; an earlier date would be a different one.
    const asap = asapIndex(own);
    // "snarast, og seinast 8. februar 2027": soon, and the date as the latest.
    if (asap >= 0 && (!date || own.search(/\d/) > asap)) return { labelled: true, ...optional(latestAfterAsap(own, reference, monthFirst)) };
    if (date) return { labelled: true, date };
    if (!own.replace(/[\s:：.\-–]/g, '') && next) {
      if (isAsap(next.slice(0, 80))) return { labelled: true, ...optional(latestAfterAsap(next.slice(0, 80), reference, monthFirst)) };
      const below = findDate(next.slice(0, 80), reference, monthFirst);
      if (below) return { labelled: true, date: below };
    }
  }
  return { labelled: mentions.length > 0 };
}

/**
 * "Bodø · Frist 03.01.2027" in two rows or more: a list of other ads, each with its own deadline after its town or
 * title and a dot, says nothing of this ad's. A row that opens with the label stays.
 */
function withoutListings(blocks: readonly TextBlock[]): readonly TextBlock[] {
  const listed = (b: TextBlock): boolean => {
    const at = DEADLINE_LABEL.exec(b.text)?.index ?? 0;
    return at > 0 && /\s[·•|]\s*$/u.test(b.text.slice(0, at));
  };
  return blocks.filter(listed).length >= 2 ? blocks.filter((b) => !listed(b)) : blocks;
}

/** The application deadline near "Søknadsfrist", "Sista ansökningsdag", "Apply by"…; none for "snarest". */
export function findDeadline(all: readonly TextBlock[], reference?: string, monthFirst = false): LabelledDate {
  const blocks = withoutListings(all);
  // "Open & closing dates: 11/30/2026 to 12/14/2026": the period's end, before "closing" is read as a label of its own.
  const period = periodDeadline(blocks, reference, monthFirst);
  return period ? { labelled: true, date: period } : dateAfter(blocks, DEADLINE_LABEL, reference, monthFirst);
}

function optional(date: string | undefined): { date?: string } {
  return date ? { date } : {};
}

/** The publishing date near "Publisert", "Publicerad", "Posted"… */
export function findPostedDate(blocks: readonly TextBlock[]): string | undefined {
  return dateAfter(blocks, POSTED_LABEL).date;
}
