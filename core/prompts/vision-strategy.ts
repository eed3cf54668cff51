import { deadlines, months } from './months';
import { strategyPairs } from './strategy-pairs';
import { contribute } from './contribute';
import type { PromptSection } from './types';

const section = 'vision-strategy';

/** Section 1: show that you understand the business and where it is heading. */
export const visionStrategy: PromptSection = {
  id: section,
  title: {
    en: 'Understand their vision and strategy',
    nb: 'Forstå visjonen og strategien deres',
    sv: 'Förstå deras vision och strategi',
  },
  intro: {
    en: 'Round two expects you to understand the business: where it is heading, and how you would help it get there.',
    nb: 'I andre runde forventer de at du forstår virksomheten: hvor den er på vei, og hvordan du kan hjelpe den dit.',
    sv: 'I den andra intervjun förväntas du förstå verksamheten: vart den är på väg och hur du kan hjälpa den dit.',
  },
  prompts: [
    {
      id: 'vision',
      section,
      question: {
        en: "What is the company's vision or mission?",
        nb: 'Hva er visjonen eller formålet til bedriften?',
        sv: 'Vilken vision eller vilket uppdrag har företaget?',
      },
      guidance: {
        en: 'Showing that you know why the company exists tells them you see the bigger picture. Put the vision in your own words and note what it means for the role.',
        nb: 'Når du viser at du vet hvorfor bedriften finnes, ser de at du har oversikt over helheten. Formuler visjonen med egne ord, og noter hva den betyr for stillingen.',
        sv: 'När du visar att du vet varför företaget finns ser de att du har helheten klar för dig. Formulera visionen med egna ord och notera vad den betyder för rollen.',
      },
      evidence: {
        cues: {
          // Purpose without the word: "Vi finns till för att …", "… til beste for eierkommunene".
          en: ['vision', 'mission', 'purpose', 'ambition', 'we exist', 'we want to be', 'we aim to be', 'our aim is', 'we are here to', 'for the benefit of', 'we want our', 'we want everyone', 'what we are for',
            // … and as what should be possible, or spared, for the people it serves: "Nobody should have to …", "… skal aldri måtte …".
            'should be able to', 'should not have to', "shouldn't have to", 'should never have to', 'never have to', 'nobody should', 'no one should',
            // v45: how the work is done as the reason for it ("… in a way that leaves the fjord as rich as we found it"); v47: the job put simply; v52: for generations to come.
            'in a way that', 'our job is simple', 'for generations to come', 'for future generations'],
          nb: ['visjon', 'misjon', 'formål', 'ambisjon', 'samfunnsoppdrag', 'forretningsidé', 'vi finnes for', 'vi finnes til', 'vi er til for', 'vi eksisterer for', 'vi skal være', 'vi vil være', 'til beste for', 'til nytte for', 'vi vil at våre', 'vi vil at alle',
            'skal kunne', 'skal slippe', 'skal ikke trenge', 'skal ikke måtte', 'ingen skal', 'skal aldri måtte', 'skal aldri trenge', 'aldri måtte', 'aldri trenge å',
            'på en måte som', 'jobben vår er enkel', 'vår jobb er enkel', 'i generasjoner framover', 'for kommende generasjoner'],
          sv: ['vision', 'vårt uppdrag', 'vårt syfte', 'syftet', 'ambition', 'affärsidé', 'vi finns för', 'vi finns till', 'vi existerar för', 'vi ska vara', 'vi vill vara', 'till nytta för', 'till gagn för', 'vi vill att våra', 'vi vill att alla', 'det vi är till för',
            'ska kunna', 'ska slippa', 'ska inte behöva', 'ingen ska', 'ska aldrig behöva', 'aldrig behöva', 'aldrig mer behöva',
            'på ett sätt som', 'vårt jobb är enkelt', 'vårt uppdrag är enkelt', 'i generationer framöver', 'för kommande generationer'],
        },
        // A wish for how things should be for others ("we want the bakery to … should"), or that someone "should" get somewhere safely: purpose as an outcome; v59: a goal to be the most or the best of its kind; v63: what the company runs, and for whom or what ("Vi driver havbruk for å skape helårs arbeidsplasser …").
        pairedCues: {
          en: [[['we run', 'we operate', 'we farm'], ['to create', 'so that people']], [['we want'], ['should']], [['should'], ['safely', 'safer']], [['our goal is', 'our aim is', 'the goal is'], ['to be the most', 'be the most', 'be the best', 'be the leading']]],
          nb: [[['vi driver'], ['for å skape', 'for å holde', 'for at folk', 'for at flere']], [['vi vil at'], ['skal']], [['skal'], ['trygt', 'tryggere', 'sikrere']], [['målet vårt er', 'vårt mål er', 'målet er'], ['være den mest', 'være det mest', 'være de mest', 'være den beste', 'være det beste', 'være de beste', 'være ledende']]],
          sv: [[['vi driver'], ['för att skapa', 'för att hålla', 'för att fler']], [['vi vill att'], ['ska']], [['ska'], ['tryggt', 'tryggare', 'säkrare']], [['vårt mål är', 'målet är'], ['vara den mest', 'vara det mest', 'vara de mest', 'vara den bästa', 'vara det bästa', 'vara de bästa', 'vara ledande']]],
        },
        // Duties and requirements in an ad ("Du skal kunne …", "You should be able to lift 20 kg") are the job's, not the company's
        // purpose; "mission-critical" is how much something matters. A purpose pointed back to ("That purpose has not changed since 1911",
        // "Det har varit vårt uppdrag sedan 1946") says only that it holds: the sentence before it tells what it is.
        notCues: {
          en: ['you should', 'you will', 'you must', 'you need', 'mission critical', 'that purpose', 'this purpose', 'that mission', 'this mission', 'that vision', 'the same purpose',
            'the same mission', 'it has been our mission since', 'that has been our mission since', 'it has been our purpose since', 'that has been our purpose since',
            // v50: an American ad's benefits ("Health, dental and vision insurance"); v52: an audit ("revidert av Sørlandsrevisjonen AS"); v56: eyesight ("hearing and vision checks").
            'dental and vision', 'vision insurance', 'vision care', 'vision plan', 'vision coverage', 'vision benefits', 'revision', 'auditor', 'hearing and vision', 'vision checks', 'vision check', 'vision tests', 'vision screening'],
          nb: ['du skal', 'du må', 'du bør', 'du vil', 'det formålet', 'dette formålet', 'den visjonen', 'det samfunnsoppdraget', 'dette samfunnsoppdraget', 'det samme formålet',
            'det har vært formålet vårt siden', 'det har vært vårt formål siden', 'det har vært samfunnsoppdraget vårt siden', 'det har vært vårt samfunnsoppdrag siden', 'revisjon', 'revisor', 'revidert'],
          // v27: Vision is also a Swedish trade union, named in an ad's union contacts ("Fackliga företrädare: Kommunal och Vision").
          sv: ['du ska', 'du måste', 'du bör', 'du kommer att', 'facklig', 'fackförbund', 'fackförening', 'det syftet', 'detta syfte', 'det uppdraget', 'detta uppdrag', 'den visionen',
            'samma syfte', 'samma uppdrag', 'det har varit vårt uppdrag sedan', 'det har varit vårt syfte sedan', 'det har varit syftet sedan', 'revision', 'revisor', 'reviderad'],
        },
        notTargets: deadlines,
        headingCues: {
          en: ['vision', 'mission', 'purpose', 'ambition', 'why we exist'],
          nb: ['visjon', 'misjon', 'formål', 'ambisjon', 'samfunnsoppdrag', 'forretningsidé'],
          sv: ['vision', 'uppdrag', 'syfte', 'ambition', 'affärsidé'],
        },
        structures: ['norm', 'purpose'],
        clipKinds: ['company', 'news', 'job-ad'],
        jobAdFields: ['description', 'purpose'],
      },
    },
    {
      id: 'strategy',
      section,
      question: {
        en: 'What are their strategy and goals right now?',
        nb: 'Hva er strategien og målene deres nå?',
        sv: 'Vilken strategi och vilka mål har de just nu?',
      },
      guidance: {
        en: 'The panel wants to see that you know where the business is heading. Note the priorities, markets and targets they name, with years and figures where they give them.',
        nb: 'Panelet vil se at du vet hvor virksomheten er på vei. Noter prioriteringene, markedene og målene de nevner, gjerne med årstall og tall.',
        sv: 'Panelen vill se att du vet vart verksamheten är på väg. Notera prioriteringarna, marknaderna och målen de nämner, gärna med årtal och siffror.',
      },
      evidence: {
        cues: {
          // A phrase's last word is a prefix: 'by 20' finds "by 2030", a target year.
          // "plans" only as the company's ("Demelza plans what every line bakes" is a job); "grow" as a doing word, not "grown" produce; a decision that stands, in the perfect ("has decided to build", "har besluttet å", "har beslutat att"; not a minute's "beslutade att välja om revisorn").
          en: ['strateg', 'goal', 'target', 'priorit', 'growth', 'grows', 'growing', 'to grow', 'will grow', 'we grow', 'grow our', 'grow the', 'grow its', 'grow by', 'grow from', 'our plans', 'plans to', 'plan to', 'planning to', 'are planning', 'roadmap', 'invest', 'expan', 'focus area', 'by 20',
            'by the end of 20', 'by the 202', 'will be ready', 'will be completed', 'due to open', 'has decided to', 'have decided to', 'the plan is to', 'our plan is to', 'aims to', 'also aims', 'we aim to', 'also aim to', 'by mid-20', 'by early 20', 'by late 20'],
          nb: ['strategi', 'mål', 'målsetting', 'prioriter', 'vekst', 'satsing', 'satse', 'investering', 'investere', 'fokusområde', 'ekspan', 'utvid', 'innen 20', 'fram mot 20',
            'innen utgangen av 20', 'planlegger å', 'planen er å', 'er planen å', 'planen vår er å', 'skal stå ferdig', 'skal være ferdig', 'skal vokse', 'vil vokse', 'har besluttet å', 'har vedtatt å', 'vi skal øke', 'vi skal doble'],
          sv: ['strategi', 'mål', 'målsättning', 'prioriter', 'tillväxt', 'satsning', 'satsa', 'investering', 'investera', 'fokusområde', 'expan', 'utöka', 'utökning', 'till 20', 'före 20', 'senast 20',
            'i slutet av 20', 'vid utgången av 20', 'planerar att', 'planen är att', 'är planen att', 'vår plan är att', 'ska stå klar', 'ska vara klar', 'ska stå färdig', 'vill växa', 'ska växa', 'har beslutat att', 'vi ska öka', 'vi ska fördubbla'],
        },
        // A plan is a doing word with a time ahead, or something new being built (strategy-pairs.ts).
        pairedCues: strategyPairs,
        structures: ['plan'],
        // Strategy games are a game; a goal of becoming something is a person's career ("ett mål om att bli uppdragsledare"); a council's
        // plan is its own ("Drammen kommune planlegger …"), and so is any plan whose subject is outside the company (others-plans.ts); a day's priorities are a routine's, and the staff's party is a date, not a plan; nor is a deadline to apply ("søknadsfrist", "sök senast"; the English "– apply by 17 January 2027", with its day, in others-plans.ts); v54: nor a result that has lain below the target ("Leveransprecisionen har legat under målet hela hösten"), a shortfall.
        notCues: {
          en: ['strategy game', 'goal of becoming', 'aim of becoming', 'council plans', 'council is planning', 'largest customer', 'biggest customer', "day's priorities", "week's priorities", "shift's priorities", 'daily priorities', 'christmas party', 'summer party', 'staff party', 'talk about targets', 'talk about goals', 'talk about our targets', 'closing date', 'who want to grow', 'who wants to grow', 'been below target', 'been below our target', 'been below the target'],
          nb: ['strategispill', 'mål om å bli', 'målet om å bli', 'kommune planlegger', 'kommunen planlegger', 'fylkeskommunen planlegger', 'største kunde', 'dagens prioriteringer', 'ukens prioriteringer', 'skiftets prioriteringer', 'julebord', 'sommerfest', 'personalfest', 'firmafest', 'snakker om mål', 'snakker om målene', 'søk innen', 'søknadsfrist', 'som vil utvikle seg', 'som ønsker å utvikle seg', 'ligget under målet', 'vært under målet'],
          sv: ['strategispel', 'mål om att bli', 'målet om att bli', 'kommun planerar', 'kommunen planerar', 'regionen planerar', 'största kund', 'dagens prioriteringar', 'veckans prioriteringar', 'skiftets prioriteringar', 'julfest', 'julbord', 'sommarfest', 'personalfest', 'firmafest', 'pratar om mål', 'pratar om målen', 'sök senast', 'ansök senast', 'sista ansökningsdag', 'sista dag för ansökan', 'som vill utvecklas', 'som vill växa', 'legat under målet', 'varit under målet'],
        },
        notOthersPlans: true,
        headingCues: {
          en: ['strateg', 'goal', 'target', 'priorit', 'plan', 'focus area', 'roadmap', 'growth', 'the road ahead', 'where we are going', 'looking ahead',
            "where we're heading", 'where we are heading', 'outlook', 'the year ahead', 'next steps'],
          nb: ['strategi', 'mål', 'satsing', 'prioriter', 'plan', 'fokusområde', 'veien videre', 'fremtid', 'framtid', 'hvor vi skal', 'dit vi skal', 'framover', 'fremover', 'utsikter'],
          sv: ['strategi', 'mål', 'satsning', 'prioriter', 'plan', 'fokusområde', 'vägen framåt', 'framtid', 'vart vi är på väg', 'vart vi ska', 'framåt', 'utsikter'],
        },
        clipKinds: ['company', 'news', 'job-ad'],
        jobAdFields: ['description'],
      },
    },
    {
      id: 'values',
      section,
      question: {
        en: 'What values and culture do they describe?',
        nb: 'Hvilke verdier og hvilken kultur beskriver de?',
        sv: 'Vilka värderingar och vilken kultur beskriver de?',
      },
      guidance: {
        en: 'Round two is largely about fit. Pick the values that match how you work, and have a short story ready for each.',
        nb: 'Andre runde handler mye om hvordan du passer inn. Velg verdiene som stemmer med måten du jobber på, og ha en kort historie klar til hver av dem.',
        sv: 'Den andra intervjun handlar mycket om hur du passar in. Välj de värderingar som stämmer med hur du arbetar och ha en kort berättelse redo för var och en.',
      },
      evidence: {
        cues: {
          // … and values shown as habits: what every employee gets, what is done instead of throwing away.
          en: ['values', 'core value', 'culture', 'principle', 'we believe', 'every employee', 'instead of throwing'],
          nb: ['verdier', 'verdigrunnlag', 'kjerneverdi', 'kultur', 'prinsipp', 'vi tror på', 'hver ansatt', 'i stedet for å kaste'],
          sv: ['värderingar', 'värdegrund', 'kärnvärde', 'kultur', 'princip', 'vi tror på', 'varje medarbetare', 'i stället för att kasta', 'istället för att kasta'],
        },
        headingCues: {
          en: ['value', 'culture', 'principle', 'believe', 'how we work', 'the way we work', 'what we stand for', 'how we do things', 'how we do it', 'this is how we'],
          nb: ['verdi', 'kultur', 'prinsipp', 'tror på', 'slik jobber vi', 'slik arbeider vi', 'sånn jobber vi', 'hvordan vi jobber', 'hvordan vi arbeider', 'hva vi står for',
            'slik gjør vi', 'sånn gjør vi'],
          sv: ['värde', 'kultur', 'princip', 'tror på', 'så arbetar vi', 'så jobbar vi', 'hur vi arbetar', 'hur vi jobbar', 'vad vi står för', 'så gör vi', 'så här gör vi'],
        },
        // What the employer offers (pension, flexible hours, a day at home) is the job's terms, not a habit of the house.
        // v33: … and "Director of People and Culture" names a post's field, no culture told.
        // v37: what the ad asks of the applicant ("Vi legger vekt på at du er rolig …") is a quality wanted, no habit of the house; v63: "Vi søker deg som …" too.
        notCues: {
          en: ['we offer', 'we can offer', 'of people and culture', 'people and culture team', 'people and culture manager', 'people and culture director', 'of hr and culture',
            'emphasis on you', 'importance on you', 'we expect you to', 'that you are', 'looking for someone who', 'looking for you who'],
          nb: ['vi tilbyr', 'vi kan tilby', 'me tilbyr', 'me kan tilby', 'for hr og kultur', 'for people og kultur', 'for personal og kultur', 'vekt på at du', 'forventer at du', 'at du er', 'søker deg som', 'søkjer deg som'],
          sv: ['vi erbjuder', 'vi kan erbjuda', 'för hr och kultur', 'för people och kultur', 'för personal och kultur', 'vikt vid att du', 'förväntar oss att du', 'att du är', 'söker dig som'],
        },
        structures: ['habit'],
        clipKinds: ['company', 'news', 'job-ad'],
      },
    },
    {
      id: 'department',
      section,
      question: {
        en: 'How does the department or team you would join fit into the whole?',
        nb: 'Hvordan passer avdelingen eller teamet du ville begynt i, inn i helheten?',
        sv: 'Hur passar avdelningen eller teamet du skulle börja i in i helheten?',
      },
      guidance: {
        en: 'Knowing what your future team delivers, and to whom, shows you can picture the job in practice. Note its purpose, its size and how it supports the company goals.',
        nb: 'Når du vet hva teamet leverer, og til hvem, viser du at du ser jobben for deg i praksis. Noter hva teamet skal oppnå, hvor stort det er og hvordan det støtter bedriftens mål.',
        sv: 'När du vet vad teamet levererar, och till vem, visar du att du kan se jobbet framför dig. Notera teamets uppgift, storlek och hur det stöder företagets mål.',
      },
      evidence: {
        cues: {
          // Units by other names (squad, crew, the workshop as a place, not "workshops for schools"; work team) and a unit named as "the part of" the company; v64: a unit formed ("we set up a small Tenant Engagement unit", paired below).
          en: ['department', 'team', 'division', 'business unit', 'business area', 'you will join', "you'll join", 'you will be part of', "you'll be part of", 'you will work in',
            'squad', 'crew', 'the workshop', 'our workshop', 'design office', 'is the part of', 'consists of', 'is made up of',
            // Shifts and groups as units ("the night shift", "a small Platform group under …"; "the group" alone is the whole company); v54: a unit
            // split in groups ("R&D is split between a hydraulics group and …"), a works' shift pattern ("Valsverket körs i femskift").
            'night shift', 'day shift', 'evening shift', 'late shift', 'early shift', 'shift team', 'is split between', 'is split into', 'is divided into'],
          nb: ['avdeling', 'team', 'enhet', 'forretningsområde', 'seksjon', 'divisjon', 'du blir en del av', 'du blir del av', 'du vil jobbe i', 'du kommer til å jobbe i',
            'verkstedet', 'arbeidslag', 'er den delen av', 'er delen av', 'består av', 'gruppa', 'gruppen', 'skiftet', 'skiftlag', 'er delt mellom', 'er delt inn i', 'går i toskift', 'går i treskift', 'går i femskift', 'kjøres i treskift', 'kjøres i femskift'],
          sv: ['avdelning', 'team', 'enhet', 'affärsområde', 'sektion', 'division', 'du blir en del av', 'du kommer att ingå i', 'du kommer att tillhöra', 'du kommer att arbeta i',
            'verkstaden', 'arbetslag', 'är den del av', 'är den delen av', 'består av', 'gruppen', 'skiftet', 'skiftlag', 'är uppdelad i', 'är uppdelat i', 'är uppdelad mellan', 'körs i tvåskift', 'körs i treskift', 'körs i femskift', 'går i tvåskift', 'går i treskift', 'går i femskift'],
        },
        pairedCues: {
          en: [[['group'], ['under', 'led by', 'headed by', 'run by']], [['unit'], ['set up a', 'set up an', 'formed a', 'formed an', 'created a', 'created an', 'established a', 'established an']]],
          nb: [],
          sv: [],
        },
        headingCues: {
          en: ['department', 'team', 'division', 'where you will work', 'business area', 'workshop', 'organisation', 'organization'],
          nb: ['avdeling', 'team', 'enhet', 'forretningsområde', 'hvor du skal jobbe', 'verksted', 'organisasjon'],
          sv: ['avdelning', 'team', 'enhet', 'affärsområde', 'var du kommer att arbeta', 'verkstad', 'organisation'],
        },
        // A board's members are people, not the unit you would join.
        // Groups that are no unit: the people a company sells to, ages, kinds of goods.
        // … and another unit than one's own, named in passing ("reviewed by someone in a different team", "en leder fra en annen avdeling").
        notCues: {
          // … and the whole company calling itself a team ("We are a team of 34 lawyers …", "Vi er et lite team på åtte").
          en: ['the board consists', 'the board is made up', 'board of directors consists',
            'a different team', 'another team', 'a different department', 'another department', 'a different group', 'another group', 'another unit',
            'we are a team', "we're a team", 'we are a small team', "we're a small team", 'current vacancies', 'join our team'],
          nb: ['styret består', 'målgrupp', 'kundegrupp', 'aldersgrupp', 'yrkesgrupp', 'produktgrupp', 'varegrupp', 'referansegrupp', 'brukergrupp',
            'en annen avdeling', 'ei anna avdeling', 'et annet team', 'en annen gruppe', 'ei anna gruppe', 'en annen enhet', 'vi er et team', 'vi er eit team',
            'vi er et lite team', 'vi er eit lite team', 'ledige stillinger'],
          sv: ['styrelsen består', 'målgrupp', 'kundgrupp', 'åldersgrupp', 'yrkesgrupp', 'produktgrupp', 'varugrupp', 'referensgrupp', 'användargrupp',
            'en annan avdelning', 'ett annat team', 'en annan grupp', 'en annan enhet', 'vi är ett team', 'vi är ett litet team', 'lediga tjänster', 'lediga jobb'],
        },
        // v34: the one who leads the team and whom the reader reports to is a person to meet ("The team is led by …, who will
        // be your manager"), unless the sentence also counts the team ("You will report to the CTO and join a team of 12");
        // so is a shift's lead, unless the unit is counted ("runs the terminal in five shift teams of 14, each led by a shift supervisor").
        notLeaders: {
          en: ['team is led by', 'you will report to', 'you report to', 'who will be your manager', 'shift lead', 'shift manager', 'shift supervisor'],
          nb: ['teamet ledes av', 'avdelingen ledes av', 'du rapporterer til', 'du vil rapportere til'],
          sv: ['teamet leds av', 'avdelningen leds av', 'du rapporterar till', 'du kommer att rapportera till'],
        },
        // The whole group's overview answers a different question than "your team".
        broaderCues: {
          en: ['the group', 'group-wide', 'worldwide', 'globally', 'countries', 'in total', 'the whole company'],
          nb: ['konsern', 'totalt', 'til sammen', 'hele selskapet', 'på verdensbasis', 'globalt'],
          sv: ['koncern', 'totalt', 'sammanlagt', 'hela företaget', 'globalt', 'länder'],
        },
        namedInSection: true,
        // A unit of a public body or another outsider ("The Department of Transport's …", "Bergen kommunes etat for …") is theirs (others-plans.ts).
        notOthersPlans: true,
        structures: ['unit-subject', 'unit-compound'],
        clipKinds: ['company', 'job-ad', 'news'],
      },
    },
    contribute(section),
    {
      id: 'people',
      section,
      question: {
        en: 'Who works there, and who will you meet?',
        nb: 'Hvem jobber der, og hvem skal du møte?',
        sv: 'Vilka arbetar där, och vilka kommer du att träffa?',
      },
      guidance: {
        en: 'Round two often brings new interviewers and future colleagues. Learn their names, roles and what they work on, so you can speak to what matters to them.',
        nb: 'I andre runde møter du ofte nye intervjuere og kommende kolleger. Finn ut hva de heter, hvilke roller de har og hva de jobber med, så du kan snakke om det som opptar dem.',
        sv: 'I den andra intervjun träffar du ofta nya intervjuare och blivande kollegor. Ta reda på vad de heter, vilka roller de har och vad de arbetar med, så att du kan prata om det som är viktigt för dem.',
      },
      evidence: {
        cues: {
          en: ['ceo', 'chief', 'head of', 'director', 'founder', 'managing', 'manager', 'colleagues', 'contact person', 'hiring manager', 'recruiter', 'you will report to', 'reach out to'],
          nb: ['administrerende', 'konsernsjef', 'daglig leder', 'direktør', 'leder', 'gründer', 'grunnlegger', 'kolleg', 'kontaktperson', 'spørsmål om stillingen', 'nærmeste leder', 'rekrutterer'],
          sv: ['vd', 'verkställande', 'direktör', 'chef', 'ledare', 'grundare', 'kolleg', 'kontaktperson', 'frågor om tjänsten', 'närmaste chef', 'rekryterande chef', 'rekryteringsansvarig'],
        },
        // A role as experience asked for ("Erfaring som arbeidsleder") or as a share ("Andelen kvinnliga chefer …") is nobody;
        // nor is the reader addressed by a role ("Den här guiden är för dig som är chef …", "for those of you who are managers").
        notCues: {
          en: ['experience as', 'background as', 'share of', 'proportion of', 'percentage of', 'you who are', 'for you as a'],
          nb: ['erfaring som', 'bakgrunn som', '^andelen', 'andel av', 'deg som er', 'dere som er'],
          sv: ['erfarenhet som', 'bakgrund som', '^andelen', 'andel av', 'dig som är', 'er som är'],
        },
        headingCues: {
          en: ['leadership', 'management', 'our people', 'board', 'meet the'],
          nb: ['ledelse', 'ledergruppe', 'ansatte', 'styre', 'menneskene', 'møt'],
          sv: ['ledning', 'ledningsgrupp', 'medarbetare', 'styrelse', 'människorna', 'möt'],
        },
        units: 'people',
        clipKinds: ['company', 'news', 'job-ad'],
      },
    },
  ],
};
