import type { PromptSection } from './types';

const section = 'do-better';

/** Section 2: an earnest question; the candidate brings observations and a fix. */
export const doBetter: PromptSection = {
  id: section,
  title: {
    en: 'What could they do better?',
    nb: 'Hva kunne de gjort bedre?',
    sv: 'Vad kan de göra bättre?',
  },
  intro: {
    en: 'Asked in earnest, not as a trick. Collect what you have noticed, and where you saw it.',
    nb: 'Spørsmålet er ærlig ment, ikke en felle. Samle det du har lagt merke til, og hvor du så det.',
    sv: 'Frågan är ärligt menad, inte en fälla. Samla det du har lagt märke till och var du såg det.',
  },
  prompts: [
    {
      id: 'do-better',
      section,
      question: {
        en: 'What do you think they could do better?',
        nb: 'Hva tror du de kunne gjort bedre?',
        sv: 'Vad tror du att de kan göra bättre?',
      },
      guidance: {
        en: 'Note something that could improve, such as their website, the customer experience or a tool, and bring a constructive idea for fixing it. Be helpful rather than harsh.',
        nb: 'Noter noe som kan bli bedre, for eksempel nettsiden, kundeopplevelsen eller et verktøy, og ha med et konstruktivt forslag til løsning. Vær hjelpsom heller enn streng.',
        sv: 'Notera något som kan bli bättre, till exempel webbplatsen, kundupplevelsen eller ett verktyg, och ta med en konstruktiv idé om hur det kan lösas. Var hjälpsam snarare än hård.',
      },
      evidence: {
        cues: {
          en: ['challeng', 'problem', 'complain', 'improv', 'critic', 'delay', 'outage', 'fault', 'fail', 'fell short', 'fell to',
            'fell by', 'decline', 'weaker', 'too long', 'not good enough', 'let down', 'sorry', 'apolog', 'disappoint',
            'dissatisf', 'shortcoming', 'gap', 'should have', 'low rating', 'poor review', 'long asked for', 'long been asking',
            'satisfaction fell', 'satisfaction dropped', 'frustrat', 'downtime', 'waiting time', 'worse',
            // Criticism and admissions written without a negative word.
            'not acceptable', 'unacceptable', 'been good enough', 'could have been avoided', 'should not have', 'admits', 'admitted',
            'not as fast as', 'too slow', 'too fast', 'too quickly', 'behind schedule', 'missed the target', 'missed its target',
            'without power', 'power cut', 'did not get', 'no information', 'have asked for', 'has asked for', 'took too long',
            // Delays, overruns, missed promises, recalls, lawsuits, waiting customers and lessons learned.
            'postpone', 'pushed back', 'later than planned', 'later than expected', 'original date', 'changed the date', 'late deliver', 'held up',
            'over budget', 'more than budgeted', 'overrun', 'did not reach', 'did not meet', "didn't reach", 'we promised', 'recall', 'call back',
            'lawsuit', 'sued', 'legal action', 'kept waiting', 'had to wait', 'without knowing', 'did not know', 'learned from', 'learnt from',
            'caught us out', 'return visit', 'rework', 'we have listened', 'we listened'],
          nb: ['utfordring', 'forbedr', 'klage', 'kritikk', 'kritiser', 'problem', 'forsink', 'nedgang', 'falt', 'svak', 'svikt',
            'feil', 'krasj', 'mangel', 'for lang', 'ikke god nok', 'ikke godt nok', 'ikke bra nok', 'burde ha', 'burde kommunisert',
            'beklage', 'misfornøy', 'misnøye', 'avvik', 'etterlys', 'lenge ønsket', 'lav score', 'lave karakterer', 'dårlig',
            'tilfredsheten falt', 'synkende', 'forverr', 'frustrer', 'ventetid', 'nedetid', 'driftsavbrudd', 'driftsforstyrrels',
            // Criticism and admissions written without a negative word.
            'holder ikke', 'holdt ikke', 'ikke akseptabel', 'uakseptabel', 'kunne vært unngått', 'kunne ha vært unngått',
            'skulle ha', 'skulle vi ha', 'burde vi ha', 'ikke vært god nok', 'ikke vært godt nok', 'ikke fulgte opp', 'ikke fikk',
            'fikk ikke', 'ingen informasjon', 'ingen beskjed', 'lenge etterspurt', 'lenge bedt om', 'har etterspurt', 'innrømmer',
            'for sent', 'for fort', 'for treg', 'avbrudd', 'uten strøm', 'strømbrudd',
            // Delays, overruns, missed promises, recalls, lawsuits, waiting customers and lessons learned.
            'utsatt', 'utsetter', 'skjøvet', 'senere enn planlagt', 'senere enn ventet', 'opprinnelige dato', 'endret datoen', 'endrer datoen',
            'over budsjett', 'mer enn budsjettert', 'overskrid', 'nådde ikke', 'ikke nådde', 'vi lovet', 'vi lovte', 'tilbakekall', 'kalle tilbake',
            'kalt tilbake', 'søksmål', 'saksøkt', 'rettssak', 'måttet vente', 'mens de ventet', 'uten å få vite', 'visste ikke', 'ikke visste',
            'vi burde', 'lært av', 'lærte av', 'endret rutinene', 'omarbeid', 'vi har lyttet', 'vi har hørt'],
          sv: ['utmaning', 'förbättr', 'klagomål', 'klagat', 'kritik', 'kritiser', 'problem', 'försen', 'minsk', 'sjönk', 'föll',
            'svag', 'dröj', 'dröjsmål', 'brist', 'fel', 'för lång', 'inte acceptabel', 'inte levt upp', 'borde ha', 'beklag',
            'missnöj', 'avvik', 'efterfråga', 'efterlys', 'länge önskat', 'låga betyg', 'lågt betyg', 'dåliga betyg', 'dålig',
            'inte tillräckligt bra', 'inte bra nog', 'inte god nog', 'nöjdheten sjönk', 'sjunkande', 'sjunkit', 'försämr',
            'frustr', 'väntetid', 'avbrott', 'driftstörning',
            // Criticism and admissions written without a negative word.
            'inte varit tillräckligt', 'inte varit bra nog', 'inte godtagbar', 'oacceptabel', 'kunde ha undvikits',
            'kunde ha förhindrats', 'hade kunnat undvikas', 'skulle ha', 'borde vi ha', 'haft svårt', 'leva upp till', 'levt upp till',
            'länge efterfrågat', 'länge bett om', 'medger', 'erkänner', 'för sent', 'för fort', 'för långsam', 'utan ström',
            'strömavbrott', 'fick ingen', 'ingen information', 'inte fick',
            // Delays, overruns, missed promises, recalls, lawsuits, waiting customers and lessons learned.
            'skjuter upp', 'skjutit upp', 'sköt upp', 'senare än planerat', 'senare än väntat', 'ursprungliga datum', 'ändrar datumet', 'ändrat datumet',
            'flyttar lanseringen', 'över budget', 'mer än budgeterat', 'överskrid', 'nådde inte', 'inte nådde', 'vi lovade', 'återkall', 'kalla tillbaka',
            'har stämt', 'stämde bolaget', 'stämning mot', 'rättegång', 'fick vänta', 'väntade på', 'utan att få veta', 'inte visste', 'visste inte',
            'vi borde', 'lärt oss av', 'lärde oss av', 'ändrat rutinerna', 'omarbet', 'vi har lyssnat'],
        },
        // A bad figure that rose, a launch that moved, "not as fast as we wanted": words that mean little apart.
        pairedCues: {
          en: [[['sick leave', 'sickness absence', 'staff turnover', 'complaints', 'injuries'], ['rose', 'increased', 'went up', 'higher']],
            [['launch', 'release', 'opening'], ['moves', 'moved', 'postpone']],
            [['not'], ['as fast as we', 'as quickly as we', 'as far as we']]],
          nb: [[['sykefravær', 'turnover', 'klager', 'skader', 'leveringstid'], ['steg', 'økte', 'økt', 'høyere', 'høyt']],
            [['lanseringen', 'åpningen'], ['flytter', 'flyttet', 'utsett']],
            [['ikke'], ['så raskt som vi', 'så fort som vi', 'så langt som vi']]],
          sv: [[['sjukfrånvaro', 'personalomsättning', 'klagomål', 'skador', 'leveranstid'], ['steg', 'ökade', 'ökat', 'högre', 'hög']],
            [['lanseringen', 'öppningen', 'släppet'], ['flyttar', 'flyttat', 'skjuts']],
            [['inte'], ['så snabbt som vi', 'så fort som vi', 'så långt som vi']]],
        },
        // "We believe a project succeeds when problems are told early", "… even when the figures are
        // bad": how the company says it works, not what it should do better.
        notCues: {
          // "fault-free", "trouble-free": the problem is absent (Bokmål and Swedish write it as one word, see stems.ts).
          en: ['we believe', 'even when', 'even if the', 'fault free', 'error free', 'problem free', 'trouble free'],
          nb: ['vi tror', 'vi mener', 'selv når', 'også når'],
          sv: ['vi tror', 'vi menar', 'även när', 'också när'],
        },
        headingCues: {
          en: ['challeng', 'risk', 'improv', 'lessons', 'do better'],
          nb: ['utfordring', 'risiko', 'forbedr', 'læring', 'bli bedre'],
          sv: ['utmaning', 'risk', 'förbättr', 'lärdom', 'bli bättre'],
        },
        clipKinds: ['company', 'news'],
      },
    },
  ],
};
