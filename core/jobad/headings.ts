/**
 * What a section heading announces, in English, Norwegian (Bokmål and
 * Nynorsk) and Swedish. Checked in order: nice-to-haves first, because
 * "Ønskede kvalifikasjoner" and "Preferred qualifications" also say
 * "qualifications"; then the sections that end an ad's lists (offer, about,
 * apply); then tasks before requirements.
 */

export type SectionKind = 'responsibilities' | 'must' | 'nice' | 'soft-nice' | 'other';

/** Matches anywhere, on word boundaries that know about æøå. */
function anywhere(...alternatives: string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'u');
}

/** Matches only at the start of the heading. */
function opening(...alternatives: string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})(?!\\p{L})`, 'u');
}

const RULES: [SectionKind, RegExp[]][] = [
  [
    'nice',
    [
      anywhere('nice[- ]to[- ]haves?', 'bonus points', 'preferred( qualifications| skills| experience)?', 'good to have',
        'extra credit', "it'?s a plus", 'pluses', 'added advantages?', '^advantages?$', 'meriterande', 'meriterande kvalifikationer', 'bör-?krav',
        'det är ett plus', 'önskvärda? (kvalifikationer|erfarenheter|kompetenser)', 'det er en fordel', 'det er ein fordel',
        'en fordel', 'er ønskelig', 'er ønskeleg', 'er ønskjeleg', 'ønskelige? kvalifikasjoner', 'ønskjelege? kvalifikasjonar', 'det er ønskelig',
        'would be great', 'even better if', 'bonus if', 'fint om', 'fint hvis', 'bra om du', 'det är bra om', 'it helps if',
        // "Det är plus om du har:", "Det er et pluss hvis du har", "A plus if you have"; "It is an advantage if you have".
        '(?:ett |et |eit |a )?pluss? (?:om|hvis|viss|dersom|if)', 'an advantage', 'advantageous', 'en fördel',
        // "Det teller positivt med", "Det räknas positivt om", "Counts in your favour"; "Bra att ha", "Kjekt å ha".
        'teller positivt', 'tel positivt', 'räknas (?:som )?positivt', 'counts? in your favou?r', 'bra att ha', '(?:fint|kjekt|greit|godt) å ha',
        'handy to have', 'useful to have',
        // "Desirable criteria" beside "Essential criteria", "Ønskelige krav", "Önskvärda krav": the criteria one may lack.
        'desirable (?:selection )?(?:criteria|requirements)', 'ønskelige? (?:krav|kriterier)', 'ønskede? (?:krav|kriterier)', 'önskvärda (?:krav|kriterier)', 'ønskjelege? (?:krav|kriterium)', 'bonus (?:om|hvis|viss|dersom)',
        // "Hva som teller i tillegg", "Det här räknas också", "What also counts": what counts beyond the must list.
        '(?:som )?tel(?:ler)? (?:også |òg )?i tillegg', 'räknas (?:också|dessutom)', 'what (?:also )?counts (?:as well|too|in addition)', 'what also counts'),
      // v44: "Ønsket" alone under "Kvalifikasjoner"; "Önskat", "Desired".
      opening('plus', 'fordel', 'fördel', 'bonus$', 'ønskelig$', 'ønskeleg$', 'ønskjeleg$', 'ynskjeleg$', 'önskvärt$', 'desirable$', 'nice$', 'ønsket$', 'önskat$', 'desired$',
        // Canadian boards' "Assets:" under the requirements, Sweden's "Meriter:": what counts beyond them.
        'assets?$', 'meriter$',
        // v61: PageUp's "Highly regarded:" under the essentials.
        'highly (?:regarded|valued|desirable)$'),
    ],
  ],
  [
    'soft-nice',
    // "Vi ser gjerne at du har:", "Ideally you have": the only list an ad gives is its must-haves; next to them, the nice ones.
    [anywhere('vi ser gjerne', 'me ser gjerne', 'vi ser gärna', 'ser gärna att du', 'ideally', "we'?d (?:also )?(?:like|love)", 'we would (?:also )?(?:like|love)',
      'ønskede? kvalifikasjoner', 'ønskte kvalifikasjonar', 'ønsket (kompetanse|bakgrunn|profil)', 'ønskede? egenskaper',
      'ønskelige egenskaper', 'önskade egenskaper', 'önskvärda egenskaper', 'desired qualities',
      'önskade kvalifikationer', 'desired (?:candidate )?(skills|qualifications|experience|profile)', 'önskad (profil|bakgrund|kompetens)', 'desirable (skills|qualifications)')],
  ],
  [
    'other',
    [
      anywhere('vi tilbyr', 'tilbyr vi', 'vi kan tilby', 'me kan tilby', 'me tilbyr', 'vi erbjuder', 'erbjuder vi',
        'vi kan erbjuda', 'we offer', "what's in it for you", 'benefits', 'perks', 'förmåner'),
      opening('fordeler', 'om oss', 'about us', 'om selskapet', 'om arbeidsgiver(en)?', 'om arbeidsgjevar(en)?', 'om företaget', 'om bedriften', 'about the company',
        'who we are(?! looking)', 'hvem er vi', 'vem är vi', 'søknad', 'søknaden', 'ansökan', 'how to apply', 'apply',
        // "Process Operator", "Contact Centre Agent": a job, not the section.
        'kontakt', 'contact(?! cent(?:re|er))', 'spørsmål', 'frågor', 'questions', 'praktisk informasjon', 'praktisk information',
        'practical information', 'lønn', 'løn', 'lön', 'salary', 'compensation', 'tiltredelse', 'tiltreding', 'tillträde', 'oppstart',
        'start date', 'rekrytering', 'rekruttering', 'recruitment process', 'process(?!\\s+(?:operators?|engineers?|technicians?|chemists?|specialists?|analysts?|leads?|owners?|managers?|control|safety|design))', 'prosessen', 'processen'),
    ],
  ],
  [
    'responsibilities',
    [
      // "Arbetsuppgifterna omfattar bland annat", "Arbeidsoppgavene er blant annet", "The main tasks include": the definite forms too.
      anywhere('arbeids?oppgave(?:r|ne)', 'arbeids?oppgåv(?:er|ene)', 'hovedoppgave(?:r|ne)', 'hovudoppgåv(?:er|ene)', 'ansvarsområder?',
        'ansvarsområde', 'hoved ?ansvarsområder?', 'arbetsuppgifter(?:na)?', 'ansvarsområden', 'responsibilities', '(?:the )?(?:main )?tasks include',
        'duties', 'key tasks', 'your tasks', 'your main tasks', 'your work(?!\\s*(?:environment|place|life))', 'dine hovedoppgaver', 'dina huvuduppgifter', 'what you will do', "what you'?ll do", "what you'?ll be doing",
        'what you will be doing', "what you'?ll work on", 'what you will work on', 'day[- ]to[- ]day',
        // "Dette blir dine oppgaver", "Sentrale oppgaver", "Centrala arbetsuppgifter", "Hos oss skal du": the tasks.
        'dine oppgaver', 'dine oppgåver', 'dina (?:arbets)?uppgifter', 'sentrale (?:arbeids)?oppgaver', 'sentrale (?:arbeids)?oppgåver', 'centrala (?:arbets)?uppgifter', 'core tasks', 'hos oss (?:skal|ska|vil) du',
        // "Your missions" (an English ad on a French board: "Vos missions"); v52: "In this job you will".
        'your missions?', 'your impact', '(?<!successful )in this (?:role|job|position)(?= you)|(?<!successful )in this role', 'jobben din', 'dette blir jobben', 'hva jobben går ut på',
        'det här kommer du att (?:jobba|arbeta) med', 'vad (?:du kommer att|jobbet) (?:jobba med|innebär)',
        "what the (?:job|role) involves", 'main duties',
        // v57: "Reporting to the Person in Charge, the CNM2 will:", "Du rapporterer til driftssjefen og skal:".
        'reporting (?:directly )?to [^,]{3,60}, (?:the [^,]{1,40}|you) will:?$', 'rapporterer (?:direkte )?til [^,]{3,60}(?:,| og) skal:?$', 'rapporterar (?:direkt )?till [^,]{3,60}(?:,| och) ska:?$',
        // "Job scope:" (Brunei, Malaysia), "Stillingens innhold", "Tjänstens innehåll": what the post holds.
        'job scope', 'scope of (?:the )?(?:work|role|job|position)', '(?:stillingens|stillingas|tjenestens) innhold', '(?:tjänstens|jobbets) innehåll',
        // "Essential Functions", "Essential Duties and Responsibilities": a US ad's duties.
        'essential (?:job )?(?:functions|duties)', '(?:du )?kommer (?:du )?att göra', '(?:du )?(?:blir|vil bli|skal være) (?:du )?ansvarlig for',
        'du (?:kommer att )?ansvara(?:r)? för', "you(?:'ll| will) be responsible for", 'you will own',
        'ditt ansvar', 'dine ansvarsområder', 'i tjänsten ingår', 'i tjenesten inngår', 'i stillingen inngår', 'i stillinga inngår',
        // A consultant's assignment: "I uppdraget ingår att", "I oppdraget inngår", "The assignment includes".
        'i uppdraget ingår', 'i oppdraget inngår', 'uppdraget innebär', 'oppdraget innebærer', 'the assignment (?:includes|involves)',
        // "Dette blir du en del av", "Det här blir du en del av": what the work takes part in.
        'dette blir du (?:en|ein) del av', 'det här blir du en del av', "what you'?ll be part of", 'what you will be part of',
        // "Dette blir du med på", "Det här får du vara med om", "What you'll be involved in": the work one takes part in.
        'dette blir du med på', 'dette blir du med i', 'dette får du (?:være|vere) med på', 'det här (?:blir du|får du vara) med (?:på|om)',
        "what you'?ll be involved in", 'what you will be involved in', "what you'?ll get involved in"),
      // "Job description" names the duties; "Full job description" (Indeed) the whole ad.
      opening('job description$', 'stillingsbeskrivelse$', 'arbetsbeskrivning$', 'beskrivning av tjänsten$'),
      opening('the job$', 'jobben$', 'jobbet$', 'the work$', 'arbeidet$', 'arbetet$'),
      // "Ditt uppdrag", "Ditt oppdrag", "Your assignment": the post's work, as a heading of its own.
      opening('ditt uppdrag$', 'ditt oppdrag$', 'your assignment$'),
      // v62: "Det här blir ditt jobb", "Dette blir jobben din", "This will be your job": the work the post holds.
      opening('det här blir (?:ditt (?:jobb|arbete)|dina (?:arbets)?uppgifter)$', 'dette blir (?:jobben|arbeidet|oppgavene|arbeidsoppgavene) din(?:e)?$',
        'dette vert (?:jobben|arbeidet|oppgåvene|arbeidsoppgåvene) di(?:ne)?$', 'this (?:will be|is) your (?:job|work)$'),
      // "You'll:" over a post's dashed lines (a "Who is hiring?" comment); "Du skal:" and "Du ska:" are read above.
      opening("you'?ll:?$"),
      opening('ansvar', 'tasks', 'du skal', 'du skal blant annet', 'du ska', 'du vil', 'you will(?! (?:need|have|bring)(?!\\p{L}))', 'your day', 'oppgaver', 'oppgåver', 'dine oppgaver', 'dine oppgåver', 'dina uppgifter', 'uppgifter',
        'your role', 'the role', 'about the role', 'role description', 'om stillingen', 'om stillinga', 'stillingen',
        'om rollen', 'rollen', 'om tjänsten', 'tjänsten', 'i rollen', 'du kommer att', 'hva skal du gjøre',
        'hva du skal gjøre', 'kva skal du gjere', 'kva du skal gjere', 'kva du skal gjera', 'vad kommer du att göra', 'vad du kommer att göra',
        // "Om jobben" over what the job is ("Om jobbet" is Platsbanken's heading over the whole ad).
        'om jobben', 'om jobben din',
        // "Du kommer til å:", "Du kjem til å:", "You're going to:": what the work will be, before the list.
        'du kommer til å$', 'du kjem til å$', "you(?:'re| are) going to$", 'you(?:\'ll| will) get to$',
        // "SOM FRONTENDUTVIKLER I BREDVID:", "As a designer at Harbor, you will:" introduce the tasks.
        'som [^,.]{3,60}( i| hos| på| vil du| kommer du| skal du| ska du)', 'as (?:an?|our|the) [^,.]{3,60}( at| you)',
        'vad du gör', 'vad du ska göra', 'hva du gjør', 'kva du gjer', 'what you do$', 'dette gjør du', 'dette gjer du', 'this is what you do', 'dette skal du', 'dette skal du jobbe med', 'det här ska du', 'det här gör du',
        'dette blir hverdagen din', 'hverdagen din', 'din hverdag', 'din vardag', 'your day-to-day', 'a typical day', "you'?ll be", 'you will be',
        // "Your work includes:", "Arbeidet ditt omfatter:", "Arbetet omfattar:".
        'your work includes', 'the work includes', 'arbeidet (?:ditt )?omfatter', 'arbetet omfattar',
        // "Main tasks", "Hos oss kommer du att", "Hos oss kommer du til å".
        '(?:main|key|your main) (?:tasks|duties)', '(?:hos oss )?kommer du att', 'hos oss kommer du til å'),
    ],
  ],
  [
    'must',
    [
      // Australian community boards' "Key selection criteria" (the must list; "Desirable selection criteria" is nice).
      anywhere('kvalifikasjoner', 'kvalifikasjonar', 'kvalifikationer', 'qualifications', 'qualification and experience', 'requirements',
        // An English ad under a French or Spanish board's own section headings: "Profil recherché", "Requisitos mínimos".
        'profil recherché', 'requisitos(?: mínimos)?', '(?:key |essential )?selection criteria', 'urvalskriterier', 'utvelgelseskriterier',
        'kvalifikasjonskrav', 'kompetansekrav', 'krav', 'skallkrav', 'ska-?krav', 'personlige egenskaper',
        'personlege eigenskapar', 'personliga egenskaper', 'personal (qualities|attributes)',
        "what we'?re looking for", 'what we are looking for', 'what we look for', 'what we need(?: from you)?', 'who you are', 'about you', 'your profile',
        'your background', 'must[- ]haves?', 'skills( and| &) experience', 'what you( will)? bring',
        "what you'?ll bring", 'ideal candidate', 'candidate profile', 'kandidatprofil(?:en)?', 'din profil', 'din bakgrunn', 'din bakgrund', 'om deg', 'om dig',
        'hvem er du', 'hvem du er', 'kven er du', 'vem är du', 'vem du är', 'legger vekt på', 'vektlegger',
        // "You might be a fit if you have", "Du passar för jobbet om du har", "Du passer til stillingen hvis du har".
        "you(?:'re| are| might be| could be| may be| would be) a (?:good |great |strong )?fit", 'du passar (?:bra |perfekt )?(?:för|till|om)', 'du passer (?:godt |bra )?(?:for|til|om|hvis)',
        'utdanning og erfaring', 'utbildning och erfarenhet', 'education and experience',
        'we are looking for', "we'?re looking for", 'we expect', 'vi forventer', 'hvem vi søker', 'kven vi søkjer',
        'vem vi söker', 'vad vi söker', 'ser vi etter', 'letar vi efter', 'we imagine (?:that )?you', 'we hope (?:that )?you', 'hopefully you', 'vi hoppas (?:att )?du', 'vi håper (?:at )?du', 'me håpar (?:at )?du', 'vi håper at$', 'me håpar at$', 'vi hoppas att$', 'we hope that$',
        // "Vi ønsker at:" over "Du kan …" lines: what the employer wishes the applicant is.
        // v62: an Irish recruiter's "The Role / The Person": who is sought; "Personen vi søker", "Personen vi söker".
        '(?:the|about the|the ideal|the right) person$', 'personen (?:vi|me) (?:søker|søkjer|söker)',
        'vi ønsker at$', 'vi ønskjer at$', 'me ønskjer at$', 'vi önskar att$', 'we (?:would like|wish) that$', '(?:vi|me) ønskj?er at du har', 'vi önskar att du har',
        // v47: "Our expectations" (an Estonian board's English), "What the client is looking for" (a recruiter's).
        'our expectations', 'våre forventninger', 'våra förväntningar', 'what (?:the|our) client (?:is looking for|needs|expects)',
        'vi forestiller oss', 'vi tänker oss', 'vi ser for oss', "what you(?:'ll| will) need", 'what you need', 'the successful (?:candidate|applicant)', 'behöver du ha', 'trenger du',
        'behörighet(?:er)?', 'behörighetskrav', 'eligibility (?:criteria|requirements)', 'vi tror du', 'vem vi tror', 'hvem vi tror', 'hva vi søker', 'kva vi søkjer', 'what we seek', 'vi ser etter', 'vi letar efter', 'vi letter etter', 'vi tror att du', 'vi tror at du',
        'we think you', 'what we need from you', 'this is you',
        // "Dette ønsker vi oss", "Det här önskar vi oss": what the employer asks for.
        'ønsker vi oss', 'ønskjer vi oss', 'önskar vi oss', "what we(?:'re| are) after", 'det här är du', 'dette er deg', 'må du ha', 'du må ha',
        // "Hva vi krever", "Vad vi kräver", "What we require": the must list.
        'hva vi krever', 'kva vi krev(?:jer)?', 'vad vi kräver', 'what we require', 'we require',
        'måste du ha', 'du behöver ha', 'you must have', 'you need to have', 'person specification', 'essential (?:criteria|skills|requirements)',
        // Job Bank's "Credentials" and "Certificates, licences, memberships, and courses"; "Sertifikater", "Certifikat och behörigheter".
        'credentials', 'certificates?(?:,? licen[cs]es)?', 'certifications?', 'sertifikater', 'sertifikat og kurs', 'certifikat(?: och (?:behörigheter|körkort))?'),
      opening('vi søker', 'vi søkjer', 'vi söker', 'vi vill att', 'vi vil at', 'vi vil gjerne at', 'me vil at', "we(?:'d| would) like you to", 'we want you to', 'vi trenger deg', 'vi treng deg', 'vi behøver deg', 'vi behöver dig', 'we need you', 'we need someone', 'vi ønsker oss', 'vi ønsker at du', 'vi önskar', "you'?ll have", 'you will have', "you(?:'ll| will) bring", "you'?ll need", 'you will need', 'you need', 'du trenger', 'du treng', 'du behöver',
        'du har', 'du er', 'du är', 'du bør', 'you have', 'you are', 'you bring', 'skills', 'experience', 'education',
        'erfaring', 'erfarenhet', 'utdanning', 'utbildning', 'kompetanse', 'kompetens', 'bakgrunn',
        'bakgrund', 'profil', 'profile', 'required', 'basic qualifications', 'minimum qualifications',
        // "<b>You</b>" over what the ad asks of the reader.
        'you$', 'deg$', 'dig$', 'essential$',
        // "To be successful you will have:", "For å lykkes i rollen har du:", "För att lyckas i rollen behöver du:": what success takes.
        "to be (?:successful|considered)(?: in (?:this|the) (?:role|position|job)| for (?:this|the) (?:role|position|job))?,? you(?:'ll| will)? (?:have|need|bring)",
        // "We hope you have:", "Vi håper du har:", "Vi hoppas att du har:".
        'we hope (?:that )?you (?:have|bring)', 'vi håper (?:at )?du har', 'vi hoppas (?:att )?du har',
        'for å lykkes(?: i (?:rollen|stillingen|jobben))?,? (?:har|trenger|må|bør) du', 'for å lukkast(?: i (?:rolla|stillinga|jobben))?,? (?:har|treng|må) du',
        'för att lyckas(?: i (?:rollen|tjänsten|jobbet))?,? (?:har|behöver|måste|bör) du'),
    ],
  ],
];

/** A heading as compared: lower case, straight quotes, no trailing punctuation or leading symbols. */
function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[\s:：?!.…]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Location requirements: Hiring in Ireland only", "Experience level: Senior", "Krav til bosted", "Krav på bostadsort": a
 * board's fact row about where or at what level, written as a heading over its value, opens no list of requirements.
 */
const FACT_ROW = /^(?:(?:location|residency|residence|time ?zone|visa) requirements?|(?:experience|seniority|career|job|position) level|level of experience|krav til (?:bosted|bustad|arbeidssted|lokasjon)|krav på (?:bostadsort|arbetsort|hemvist))$/u;

/** The kind of section a heading opens; undefined for headings that say nothing known. */
export function classifyHeading(text: string): SectionKind | undefined {
  // "Mō te tūranga | About the role", "Om rollen / About the role": a heading in two languages, read in the one it knows.
  const parts = text.split(/\s+[|/]\s+/u);
  if (parts.length === 2) return classifyHeading(parts[0]!) ?? classifyHeading(parts[1]!);
  const heading = normalizeHeading(text);
  if (!heading || heading.length > 120 || FACT_ROW.test(heading)) return undefined;
  for (const [kind, patterns] of RULES) {
    if (patterns.some((re) => re.test(heading))) return kind;
  }
  return undefined;
}

/** The heading over a list of other ads: "Lignende stillinger", "Flere stillinger", "Similar jobs", "Siste stillinger"; its site or town after it ("Flere stillinger i Merakerposten"); v64: "Other offers from the region". */
const OTHER_ADS = /^(?:lignende|liknande|liknende|andre|flere|fleire|fler|andra|other|more|similar|related|relevante|relaterte|relaterade|siste|nyeste|senaste|nyaste|latest|newest|recent)\s+(?:stillinger|stillingar|jobber|jobb|ledige stillinger|ledige jobber|ledige jobb|lediga jobb|lediga tjänster|tjänster|annonser|platsannonser|stillingsannonser|jobbannonser|jobs|vacancies|positions|roles|openings|classifieds|offers|job offers)(?:\s+(?:i|på|in|at|on|from|fra|från|hos|near)\s+(?:\p{Lu}[\p{L}'’ -]{1,40}|the (?:region|area)|regionen|området))?:?$/iu;

/** "Se også", "Sjå òg", "Se även", "See also": a list of links to other pages, never the ad's own heading. */
const SEE_ALSO = /^(?:se også|sjå også|sjå òg|se även|se också|see also)[:.]?$/iu;

/** "Latest on the Job Board": the board's newest ads under this one. */
const LATEST_ON_BOARD = /^(?:latest|newest|more) (?:on|from) (?:the )?(?:job ?board|jobs ?board|jobs page|vacancies page)$/iu;

/** v44: "You might also like", "Recommended for you", "Anbefalt for deg", "Rekommenderade jobb": the board's picks for the reader. */
const RECOMMENDED = /^(?:you (?:might|may) also like|jobs you (?:might|may) like|recommended (?:for you|jobs|vacancies|positions)|du (?:vil|kan) kanskje også like|anbefalt for deg|anbefalte (?:stillinger|jobber)|rekommenderat för dig|rekommenderade (?:jobb|tjänster)|du kanske också gillar)[:.]?$/iu;

/** v60: an English ad in a Baltic, Finnish or Icelandic board's chrome: "Panašūs darbo skelbimai", "Līdzīgi darba sludinājumi", "Sarnased töökuulutused", "Samankaltaiset työpaikat", "Svipuð störf". */
const LOCAL_OTHER_ADS = /^(?:panašūs (?:darbo )?skelbimai|līdzīg(?:i darba sludinājumi|as vakances)|sarnased (?:töökuulutused|töökohad|töökuulutusi)|samankaltaiset työpaikat|vastaavia työpaikkoja|muut työpaikat|svipuð störf|önnur störf|fleiri störf)[:.]?$/iu;

export function isOtherAdsHeading(text: string): boolean {
  return OTHER_ADS.test(text.trim()) || SEE_ALSO.test(text.trim()) || LATEST_ON_BOARD.test(text.trim()) || RECOMMENDED.test(text.trim()) || LOCAL_OTHER_ADS.test(text.trim());
}

/** The lines before the heading over other ads ("Liknande jobb" over "Socialsekreterare – Söderhamns kommun"): this ad's own. */
export function beforeOtherAds<T extends { text: string }>(lines: readonly T[]): readonly T[] {
  const others = lines.findIndex((b) => isOtherAdsHeading(b.text));
  return others > 0 ? lines.slice(0, others) : lines;
}
