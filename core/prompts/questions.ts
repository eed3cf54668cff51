import type { PromptSection } from './types';

const section = 'questions';

/** Section 3: questions to expect in round two, with prepared answers. */
export const questions: PromptSection = {
  id: section,
  title: {
    en: 'Questions to expect in round two',
    nb: 'Spørsmål du kan vente deg i andre runde',
    sv: 'Frågor att vänta sig i den andra intervjun',
  },
  intro: {
    en: 'Prepare an answer to each. If a question comes up again from round one, answer it the same way.',
    nb: 'Forbered et svar på hvert av dem. Kommer et spørsmål fra første runde igjen, svarer du på samme måte.',
    sv: 'Förbered ett svar på var och en. Om en fråga från första intervjun kommer igen, svara på samma sätt.',
  },
  prompts: [
    {
      id: 'key-qualities',
      section,
      question: {
        en: 'What are the most important qualities for this role?',
        nb: 'Hvilke egenskaper er viktigst i denne stillingen?',
        sv: 'Vilka egenskaper är viktigast för den här rollen?',
      },
      guidance: {
        en: 'A chance to sell yourself. Name the qualities the role needs and give an example of your own for each.',
        nb: 'En mulighet til å selge deg selv. Nevn egenskapene stillingen krever, og gi et eget eksempel på hver av dem.',
        sv: 'Ett tillfälle att sälja in dig själv. Nämn de egenskaper rollen kräver och ge ett eget exempel på var och en.',
      },
      evidence: {
        cues: {
          en: ['qualific', 'requirement', 'experience', 'you have', 'we are looking for', "we're looking for", 'skill', 'knowledge of', 'degree', 'ability to', 'fluent'],
          nb: ['kvalifikasjon', 'krav', 'vi søker', 'egenskap', 'erfaring', 'du har', 'kompetanse', 'utdanning', 'kunnskap', 'beherske'],
          sv: ['kvalifikation', 'krav', 'vi söker', 'meriterande', 'egenskap', 'erfarenhet', 'du har', 'kompetens', 'utbildning', 'kunskap'],
        },
        headingCues: {
          en: ['requirement', 'qualific', 'looking for', 'about you', 'who you are', 'your profile', 'skills', 'nice to have'],
          nb: ['kvalifikasjon', 'krav', 'vi søker', 'om deg', 'hvem er du', 'egenskap', 'ønsket', 'vi ser etter', 'kompetanse'],
          sv: ['kvalifikation', 'krav', 'vi söker', 'om dig', 'meriterande', 'egenskap', 'din profil', 'vem är du'],
        },
        clipKinds: ['job-ad'],
        jobAdFields: ['requirements'],
      },
    },
    {
      id: 'career-goals',
      section,
      question: {
        en: 'What are your career goals?',
        nb: 'Hva er karrieremålene dine?',
        sv: 'Vilka är dina karriärmål?',
      },
      guidance: {
        en: 'They want someone who has thought about where they are going and may stay a long time. Be specific about the work or the team you want to lead, not just a title.',
        nb: 'De ser etter noen som har tenkt gjennom veien videre og kanskje blir lenge. Vær konkret om hva slags arbeid eller team du vil lede, ikke bare en tittel.',
        sv: 'De letar efter någon som har tänkt igenom vart hen vill och kanske stannar länge. Var konkret om vilket slags arbete eller team du vill leda, inte bara en titel.',
      },
      // The answer is the candidate's; the page can show the paths the company offers: a course it pays for,
      // a route to a named role, people who started lower down and lead now, a mentor of one's own
      // (not "mentor för en klass": in a school a mentor is a teacher's duty).
      evidence: {
        cues: {
          en: ['route to', 'path to', 'career path', 'started as', 'started out as', 'began as', 'you get a mentor', 'your own mentor', 'mentoring programme', 'promoted to', 'promoted from',
            // v23: a time of training at the company and the test that ends it.
            'apprenticeship lasts', 'apprenticeship ends with', 'ends with a trade test', 'ends with a journeyman',
            // v27: a mentor given to newcomers, however said.
            'paired with a mentor', 'get a mentor', 'gets a mentor', 'given a mentor', 'assigned a mentor', 'their own mentor',
            // v27: a track to choose, the specialist's or the manager's ('can choose the staff engineer track or the manager track').
            'manager track', 'management track', 'leadership track', 'specialist track', 'expert track', 'technical track', 'career track',
            // v43: the post itself growing, or taking over in time ('the role can grow into', 'skal etter hvert ta over ansvaret').
            'role can grow into', 'position can grow into', 'in time take over', 'go on to take over',
            // v44: a route offered to those who want another trade in the house ('Testers who want to move into development get …').
            'who want to move into', 'who wants to move into', 'opportunity to move into', 'chance to move into',
            // v45: a programme that takes newcomers or staff on towards a post ('In our 18-month trainee programme you work …').
            'trainee programme', 'trainee program', 'graduate programme', 'graduate program', 'leadership programme', 'leadership program', 'management programme',
            // v48: a yearly talk about one's growth; v49: the post grown as the last holder's was; v52: a permanent post offered after the trade.
            'development talk', 'development conversation', 'grow this role', 'grow the role', 'offered a permanent'],
          nb: ['vei til', 'veien til', 'karrierevei', 'begynte som', 'startet som', 'har begynt som', 'får en mentor', 'egen mentor', 'mentorordning', 'mentorprogram', 'forfremmet',
            'lærlingtiden er', 'læretiden er', 'avsluttes med fagprøve', 'avsluttes med svenneprøve',
            'tildelt en mentor', 'tildeles en mentor', 'lederspor', 'fagspor', 'spesialistspor', 'karrierespor', 'lederløp', 'fagløp', 'spesialistløp',
            'stillingen kan vokse til', 'stillingen kan utvikle seg til', 'etter hvert ta over', 'etter kvart ta over', 'som vil gå over til', 'som ønsker å gå over til',
            'traineeprogram', 'lederprogram', 'lederutviklingsprogram', 'utviklingssamtale', 'gå videre til maskinsjef', 'gå videre til leder', 'gå videre til skiftleder',
            'mulighet til å gå over i', 'mulighet for å gå over i', 'mulighet til å gå over til', 'mulighet for å gå over til', 'tilbud om fast'],
          sv: ['väg till', 'vägen till', 'karriärväg', 'började som', 'börjat som', 'startade som', 'får en mentor', 'egen mentor', 'mentorprogram', 'befordrad',
            'lärlingstiden är', 'lärlingstiden avslutas', 'avslutas med gesällprov', 'avslutas med yrkesprov',
            'tilldelas en mentor', 'tilldelad en mentor', 'chefsspår', 'ledarspår', 'specialistspår', 'karriärspår', 'expertspår',
            'tjänsten växa till', 'tjänsten kan växa', 'med tiden ta över', 'efter hand ta över', 'som vill gå över till', 'som vill byta till',
            'traineeprogram', 'ledarprogram', 'ledarutvecklingsprogram', 'utvecklingssamtal', 'möjlighet att gå över till', 'möjlighet att gå vidare till', 'erbjuds fast', 'erbjudande om fast', 'erbjuds en tillsvidare'],
        },
        // The company pays for a course or a degree.
        pairedCues: {
          en: [[['pay for', 'pays for', 'paid for', 'paid by', 'funds', 'funded', 'sponsor'], ['course', 'degree', 'diploma', 'training', 'qualification', 'certificate', 'apprenticeship', 'to study']],
            // v23: newcomers rotating between parts of the company before they choose (not a rota of shifts).
            [['rotate between', 'rotate through'], ['first year', 'before they choose', 'before choosing', 'graduates', 'trainees']],
            // v25: someone who rose from an earlier post in the house to a higher one ("joined us as … became …", "took over as … after leading …").
            [['became', 'took over as', 'was made', 'was appointed'], ['joined us as', 'who joined as', 'after leading', 'after having led', 'after years as', 'after six years as']],
            // v33: a path the house offers, from where one can start to the post one is given ("can start with drawings and … take responsibility as project manager").
            [['start with', 'start as', 'begin with', 'begin as'], ['responsibility as', 'in charge as', 'charge as', 'within two years', 'within three years', 'within four years', 'within five years']],
            [['the previous', 'our previous'], ['is now', 'is today', 'now leads', 'now runs']]],
          nb: [[['betaler', 'betalte', 'betalt', 'dekker', 'dekket', 'finansier', 'sponser', 'sponset'], ['kurs', 'utdanning', 'studie', 'studere', 'fagbrev', 'sertifi', 'mastergrad']],
            [['roterer mellom', 'roterer gjennom'], ['første året', 'før de velger', 'nyutdannede', 'traineer']],
            [['ble leder', 'ble sjef', 'ble daglig leder', 'tok over som', 'overtok som', 'ble utnevnt'], ['etter å ha ledet', 'etter å ha vært', 'etter å ha jobbet som', 'begynte hos oss som']],
            [['begynne med', 'begynne som', 'starte med', 'starte som'], ['ansvar som']],
            // v50: the last holder of the post in a higher one now ("Den forrige koordinatoren er i dag driftssjef hos oss").
            [['den forrige', 'vår forrige'], ['er i dag', 'er nå']]],
          sv: [[['betalar', 'betalade', 'betalat', 'betalas', 'bekostar', 'bekostade', 'bekostas', 'står för', 'sponsrar', 'sponsrade'], ['kurs', 'utbildning', 'studie', 'studera', 'examen', 'certifi', 'yrkesbevis']],
            [['roterar mellan', 'roterar genom'], ['första året', 'innan de väljer', 'nyutexaminerade', 'traineer']],
            [['blev chef', 'blev vd', 'blev ledare', 'tog över som', 'utsågs till'], ['efter att ha lett', 'efter att ha varit', 'efter att ha arbetat som', 'började hos oss som']],
            [['börja med', 'börja som', 'starta med', 'starta som'], ['ansvar som']],
            [['den förra', 'vår förra', 'den förre', 'vår förre'], ['är i dag', 'är idag', 'är nu']]],
        },
        headingCues: {
          en: ['career path', 'develop your career', 'grow with us'],
          nb: ['karrierevei', 'utvikle deg', 'karriere hos oss'],
          sv: ['karriärväg', 'utvecklas hos oss', 'karriär hos oss'],
        },
        // v51: a road ('ny vei til industriområdet', 'Ny motorveg gir kortere vei til sagbruket') is no route to a post.
        notCues: {
          en: ['new road', 'shorter road', 'motorway', 'highway'],
          nb: ['ny vei', 'ny veg', 'kortere vei', 'kortere veg', 'motorvei', 'motorveg', 'riksvei', 'riksveg', 'fylkesvei', 'fylkesveg'],
          sv: ['ny väg', 'kortare väg', 'motorväg', 'riksväg', 'länsväg'],
        },
        structures: ['career-path'],
        clipKinds: ['company', 'job-ad', 'news'],
      },
    },
    {
      id: 'why-this-job',
      section,
      question: {
        en: 'What attracts you to this particular job?',
        nb: 'Hva er det som tiltrekker deg ved akkurat denne jobben?',
        sv: 'Vad lockar dig med just det här jobbet?',
      },
      guidance: {
        en: 'They want to know what really motivates you. Point to the responsibilities in the ad that interest you most, and say why the direction the company is taking appeals to you.',
        nb: 'De vil vite hva som faktisk motiverer deg. Pek på arbeidsoppgavene i annonsen som interesserer deg mest, og si hvorfor retningen bedriften tar, appellerer til deg.',
        sv: 'De vill veta vad som verkligen motiverar dig. Peka på de arbetsuppgifter i annonsen som intresserar dig mest och berätta varför riktningen företaget tar lockar dig.',
      },
      evidence: {
        cues: {
          en: ['responsib', 'you will', "you'll", 'your role', 'tasks', 'duties', 'day-to-day', 'be the one who'],
          nb: ['arbeidsoppgave', 'ansvar', 'du vil', 'vil du', 'du skal', 'oppgave', 'du får', 'blir du den som'],
          sv: ['arbetsuppgift', 'ansvar', 'du kommer att', 'kommer du att', 'du ska', 'uppgift', 'du får', 'blir du den som'],
        },
        headingCues: {
          en: ['responsibilit', 'what you will do', "what you'll do", 'your role', 'the role', 'tasks', 'duties'],
          nb: ['arbeidsoppgave', 'oppgave', 'ansvar', 'om stillingen', 'din rolle'],
          sv: ['arbetsuppgift', 'uppgift', 'ansvar', 'om tjänsten', 'om rollen', 'din roll'],
        },
        // Whom the reader reports to is a person to meet, not a duty that makes the job worth wanting.
        notCues: {
          // … and what the reader must bring is a requirement, key qualities' evidence ('Du ska ha genomgått …', 'You must have …').
          en: ['you will report to', "you'll report to", 'you report to', 'reporting to', 'you must have', 'you must hold', 'you should have', 'you need to have', 'you will need to have',
            'you will have completed', 'you have completed'],
          nb: ['du rapporterer til', 'du vil rapportere til', 'du skal rapportere til', 'du får rapportere til', 'du må ha', 'du bør ha', 'du skal ha gjennomført', 'du skal ha fullført',
            'du skal ha erfaring', 'du skal ha utdanning', 'du skal ha god', 'du skal ha minst', 'du skal ha førerkort'],
          sv: ['du rapporterar till', 'du kommer att rapportera till', 'du ska rapportera till', 'du måste ha', 'du bör ha', 'du ska ha genomgått', 'du ska ha avlagt', 'du ska ha erfarenhet',
            'du ska ha utbildning', 'du ska ha god', 'du ska ha goda', 'du ska ha minst', 'du ska ha körkort', 'du ska ha doktorsexamen', 'du ska ha examen'],
        },
        // The ad's company plan is a reason to want the job, below the duties themselves.
        borrows: { promptId: 'strategy', clipKinds: ['job-ad'], weight: 0.5 },
        clipKinds: ['job-ad'],
        jobAdFields: ['responsibilities'],
      },
    },
    {
      id: 'why-you',
      section,
      question: {
        en: 'Why should we choose you?',
        nb: 'Hvorfor skal vi velge deg?',
        sv: 'Varför ska vi välja dig?',
      },
      guidance: {
        en: 'Often the closing question. Sum up what you bring in a few sentences, with enthusiasm, and tie it to what they need.',
        nb: 'Ofte det siste spørsmålet. Oppsummer hva du bidrar med i noen få setninger, med entusiasme, og knytt det til det de trenger.',
        sv: 'Ofta den avslutande frågan. Sammanfatta vad du tillför i några meningar, med entusiasm, och koppla det till vad de behöver.',
      },
      evidence: 'answer-only',
    },
    {
      id: 'weak-spots',
      section,
      question: {
        en: 'Which doubts from round one might they probe?',
        nb: 'Hvilke spørsmålstegn fra første runde kan de ta opp igjen?',
        sv: 'Vilka frågetecken från första intervjun kan de ta upp igen?',
      },
      guidance: {
        en: 'Expect to be challenged on weaknesses they noticed. Write down the likely doubts and a calm, honest answer to each.',
        nb: 'Regn med at de utfordrer deg på svakheter de la merke til. Skriv ned de sannsynlige spørsmålstegnene og et rolig, ærlig svar på hvert av dem.',
        sv: 'Räkna med att de utmanar dig på svagheter de lade märke till. Skriv ned de troliga frågetecknen och ett lugnt, ärligt svar på vart och ett.',
      },
      evidence: 'answer-only',
    },
  ],
};
