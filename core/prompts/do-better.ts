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
            'dissatisf', 'shortcoming', 'gap', 'should have', 'low rating', 'poor review', 'long asked for', 'long been asking', 'had too little', 'had to throw away',
            'satisfaction fell', 'satisfaction dropped', 'frustrat', 'downtime', 'waiting time', 'worse',
            // Criticism and admissions written without a negative word.
            'not acceptable', 'unacceptable', 'been good enough', 'could have been avoided', 'should not have', 'admits', 'admitted',
            'not as fast as', 'too slow', 'too fast', 'too quickly', 'behind schedule', 'missed the target', 'missed its target',
            'without power', 'power cut', 'did not get', 'no information', 'have asked for', 'has asked for', 'took too long',
            // Delays, overruns, missed promises, recalls, lawsuits, waiting customers and lessons learned.
            'postpone', 'pushed back', 'later than planned', 'later than expected', 'original date', 'changed the date', 'late deliver', 'held up',
            'over budget', 'more than budgeted', 'overrun', 'did not reach', 'did not meet', 'has not met its', 'have not met our', 'has not met our', 'have not met its', 'has not managed', 'have not managed', 'has not kept up', 'have not kept up', "didn't reach", 'we promised', 'recall', 'call back',
            'lawsuit', 'sued', 'legal action', 'kept waiting', 'had to wait', 'without knowing', 'did not know', 'learned from', 'learnt from',
            'caught us out', 'return visit', 'rework', 'we have listened', 'we listened',
            // A promise of how it will be done next time, a limit exceeded, a finding taken on board.
            'next time we', 'over the limit', 'above the limit', 'taken it on board', 'taken that on board',
            // Events told plainly: people found out late or from others, nobody was told, a finding, idle machines, late runs.
            'only found out', 'first found out', 'without telling', 'without notifying', 'without informing', 'without warning', 'without notice',
            'bounced', 'should probably have', 'should really have', 'ought to have', 'investigation found', 'investigation showed', 'inspection found',
            'audit found', 'review found', 'out of service', 'out of action', 'off the road', 'stood idle', "won't last", 'will not last', 'does not hold',
            "doesn't hold", 'were late', 'was late', 'ran late', 'arrived late', 'back and forth', 'withdrew', 'pulled from sale', 'behind the timetable',
            // Customers who left without what they came for.
            'empty handed', 'went without', 'had to go without', 'went home without',
            // v17: an excess owned ("and that is too many"), a promise of time broken, work not got to.
            'too many', 'later than promised', 'after the promised', 'overran', 'did not get to', 'had not got to',
            // v20: too few hands owned, a budget blown; v21: too much of something owned ('we discarded too much').
            'had too few', 'have too few', 'were too few', 'too few staff', 'too few people', 'blew the budget', 'blown budget', 'too much',
            // v23: too much taken on, a price or a level owned as too high (v56: in a clause of its own, a figure to bring down, a tool hard to use; v57: a figure beside the target it missed, 'mens målet vårt er'; v58: scrap that rose, 'inte sticka under stol med'), business lost by it (a tender, a client who did not renew, penalties paid).
            'took on too', 'taken on too', 'was too high', 'were too high', 'been too high', 'had too high', 'too expensive', 'also too high', 'still too high', 'far too high', 'that is too high', 'which is too high', "we won't hide", 'no secret that', 'scrap rate rose', 'rejects rose', 'while our target is', 'while our goal is', 'whereas our target is', 'against a target of', 'is too low', 'far too low', 'much too low', 'way too low', 'bring it down', 'get it down', 'hard to use', 'difficult to use',
            'lost a tender', 'lost the tender', 'lost a contract', 'lost the contract', 'did not renew', 'paid penalties', 'paid a penalty',
            // v24: an own admission of shame ('We are not proud of …').
            'not proud of', 'nothing to be proud of', 'not something we are proud of', 'ashamed',
            // v24: a machine or a line that stands idle now, its breakdowns, or one that broke down ('The old press stands idle four hours a week because of breakdowns'); one that breaks down, in the present, is a routine told ('A bus that breaks down is towed …').
            'stands idle', 'stand idle', 'standing idle', 'breakdowns', 'broke down',
            // v27: a shortfall owned without naming it ('We know we have work to do', 'we still have a way to go').
            'have work to do', 'still work to do', 'more work to do', 'a way to go', 'long way to go',
            // v33: a unit owned as having been too small ('we have been too small in the electrical department').
            'been too small',
            // v35: stops nobody planned ('three unplanned stops in boiler 2').
            'unplanned stop', 'unplanned outage', 'unplanned shutdown', 'unplanned downtime',
            // v39: slowness owned, a permit exceeded and the fine it may bring, too little room and what it costs the customers.
            'were slow to', 'was slow to', 'been slow to', 'exceeded our permit', 'exceeded the permit', 'coercive fine', 'too little space', 'too little room', 'at the expense of our customers',
            // v40: work delivered late, an estimate too low, people not kept informed, a fix owed.
            'delivered late', 'underestimated', 'not kept informed', 'we have to fix', 'we must fix', 'could not keep up', "couldn't keep up", 'became the bottleneck', 'missed delivery',
            // v46: work not won, a customer lost; v47: a contract lost, deadlines missed; v50: a year not as planned, promises not always kept, an agreement ended; v54: a forecast cut, a profit warning; v55: below guidance; v66: costs above it, what a failure cost the company (a slot, dealers), a claim made ('reklamerat').
            'had not won', 'have not won', 'did not win', 'we lost a', 'we lost two', 'we lost our', 'lost its contract', 'lost their contract', 'missed deadlines', 'missing deadlines', 'missing service deadlines', 'missed service deadlines',
            'did not go as planned', "didn't go as planned", 'not always delivered', 'terminated the contract', 'terminated the agreement', 'ended the agreement', 'cancelled the contract', 'cut its guidance', 'below guidance', 'below our guidance', 'cut our guidance', 'guidance cut', 'lowered its guidance', 'lowered our guidance', 'cut its forecast', 'lowered its forecast', 'profit warning', 'never worked as', 'more than planned', 'longer than we want', 'longer than we would like', 'hard to get through', 'paid for it', 'let tenants down', 'let our customers down', 'let customers down', 'let our tenants down', 'above guidance', 'above the guidance', 'above our guidance', 'cost us a', 'cost us our', 'cost us two', 'cost us the'],
          // A claim on goods sold ('reklamasjoner fra en kunde', 'reklamationer') is a complaint as 'klage' and 'klagomål' are.
          nb: ['utfordring', 'forbedr', 'klage', 'reklamasjon', 'kritikk', 'kritiser', 'problem', 'forsink', 'nedgang', 'falt', 'svak', 'svikt',
            'feil', 'krasj', 'mangel', 'for lang', 'ikke god nok', 'ikke godt nok', 'ikke bra nok', 'burde ha', 'burde vært', 'burde kommunisert', 'hadde for lite', 'måtte kaste',
            'beklage', 'misfornøy', 'misnøye', 'avvik', 'etterlys', 'lenge ønsket', 'lav score', 'lave karakterer', 'dårlig',
            'tilfredsheten falt', 'synkende', 'forverr', 'frustrer', 'ventetid', 'nedetid', 'driftsavbrudd', 'driftsforstyrrels',
            // Criticism and admissions written without a negative word.
            'holder ikke', 'holdt ikke', 'ikke akseptabel', 'uakseptabel', 'kunne vært unngått', 'kunne ha vært unngått',
            'skulle ha', 'skulle vi ha', 'burde vi ha', 'ikke vært god nok', 'ikke vært godt nok', 'ikke fulgte opp', 'ikke fikk',
            'fikk ikke', 'ingen informasjon', 'ingen beskjed', 'lenge etterspurt', 'lenge bedt om', 'har etterspurt', 'innrømmer',
            'for sent', 'for fort', 'for treg', 'avbrudd', 'uten strøm', 'strømbrudd',
            // Delays, overruns, missed promises, recalls, lawsuits, waiting customers and lessons learned.
            'utsatt', 'utsetter', 'skjøvet', 'senere enn planlagt', 'senere enn ventet', 'opprinnelige dato', 'endret datoen', 'endrer datoen',
            'over budsjett', 'mer enn budsjettert', 'overskrid', 'nådde ikke', 'ikke nådde', 'har ikke klart', 'har ikke greid', 'har ikke nådd', 'klarte ikke', 'greide ikke', 'vi lovet', 'vi lovte', 'tilbakekall', 'kalle tilbake',
            'kalt tilbake', 'søksmål', 'saksøkt', 'rettssak', 'måttet vente', 'mens de ventet', 'uten å få vite', 'visste ikke', 'ikke visste',
            'vi burde', 'lært av', 'lærte av', 'endret rutinene', 'omarbeid', 'vi har lyttet', 'vi har hørt',
            'neste gang vi', 'over grenseverdi', 'tatt det til oss', 'tatt dette til oss',
            // Events told plainly: people found out late or from others, nobody was told, a finding, idle machines, late runs.
            'fikk først vite', 'oppdaget først', 'uten å varsle', 'uten å si fra', 'uten å gi beskjed', 'uten å informere', 'uten forvarsel',
            'skulle nok ha', 'burde nok ha', 'skulle egentlig ha', 'undersøkelsen viste', 'granskingen viste', 'gjennomgangen viste', 'tilsynet fant',
            'revisjonen fant', 'ute av drift', 'sto stille', 'etter rutetid', 'etter tidtabellen', 'var sen', 'var sein', 'fram og tilbake', 'frem og tilbake',
            'tomhendt', 'måtte gå uten', 'gikk uten', 'gikk hjem uten', 'dro hjem uten',
            // v17: an excess owned ("og det er for mange"; not "viktig for mange"), a promise of time broken, work not got to.
            'det er for mange', 'hatt for mange', 'altfor mange', 'for mange forsinkede', 'for mange sene', 'etter avtalt tid', 'etter lovet tid', 'ikke rukket', 'ikke har rukket', 'rakk ikke', 'rakk ikkje',
            // v20: too few hands owned ("for få år siden" is a time, so the verb goes with it), a budget blown.
            'hadde for få', 'har for få', 'hatt for få', 'var for få', 'vært for få', 'sprukket med', 'budsjettet sprakk', 'sprakk budsjettet',
            // v21: too much of something owned ('vi kastet for mye').
            'for mye',
            // v23: too much taken on, a price or a level owned as too high (v56: in a clause of its own, a figure to bring down, a tool hard to use), business lost by it (a tender, a client who did not renew, penalties paid).
            'tok på oss for', 'tatt på oss for', 'var for høy', 'var for høye', 'vært for høy', 'vært for høye', 'hatt for høy', 'hadde for høy', 'noe som er for høyt', 'også for høy', 'fortsatt for høy', 'ikke hatt kapasitet', 'det er for høyt', 'det er for lavt', 'legge skjul på', 'kassasjonen økte', 'vraket økte', 'mens målet vårt er', 'mens målet er', 'mens målsettingen er', 'få det ned', 'vanskelig å bruke', 'tungvint å bruke',
            'tapte et anbud', 'tapte anbudet', 'tapte en kontrakt', 'tapte kontrakten', 'fornyet ikke', 'ikke fornyet', 'betalte dagbøter', 'betalt dagbøter',
            // v24: an own admission of shame ('Vi er ikke stolte av …').
            'ikke stolte av', 'ikke stolt av', 'ingenting å være stolt av', 'ikke noe å være stolt av', 'skammer oss',
            'står stille', 'stått stille', 'havari', 'havarer', 'brøt sammen',
            'har en jobb å gjøre', 'har en jobb igjen', 'har mer å gjøre', 'har et stykke igjen', 'har en vei å gå',
            'vært for liten', 'vært for små', 'uplanlagt stans', 'uplanlagte stans', 'uplanlagt stopp', 'uplanlagte stopp',
            'ikke klart å', 'ikke greid å', 'var trege', 'vært trege', 'tvangsmulkt', 'for lite plass', 'går ut over kundene', 'går utover kundene',
            'ikke vært bra nok', 'undervurderte', 'ikke holdt orientert', 'det må vi rette opp', 'det må vi gjøre noe med', 'ble flaskehalsen', 'vant ikke', 'ikke vunnet', 'vi mistet en', 'vi tapte en', 'betalte prisen for det', 'vanskelig å komme gjennom',
            'gikk ikke som planlagt', 'ikke gikk som planlagt', 'ikke alltid levert', 'sa opp avtalen', 'sagt opp avtalen', 'sa opp kontrakten', 'sagt opp kontrakten', 'nedjusterte prognosen', 'nedjustert prognosen', 'nedjusterte forventningene', 'resultatvarsel', 'aldri fungerte som', 'fungerte aldri som', 'verre enn vi', 'mer enn planlagt', 'lengre enn vi ønsker', 'lengre enn vi vil', 'kostet bedriften', 'kostet selskapet'],
          sv: ['utmaning', 'förbättr', 'klagomål', 'klagat', 'klagade', 'reklamation', 'kritik', 'kritiser', 'problem', 'försen', 'minsk', 'sjönk', 'föll',
            'svag', 'dröj', 'dröjsmål', 'brist', 'fel', 'för lång', 'inte acceptabel', 'inte levt upp', 'borde ha', 'beklag', 'inte hann', 'hann inte', 'hade för lite', 'fick kasta',
            'missnöj', 'avvik', 'efterfråga', 'efterlys', 'länge önskat', 'låga betyg', 'lågt betyg', 'dåliga betyg', 'dålig',
            'inte tillräckligt bra', 'inte bra nog', 'inte gott nog', 'inte god nog', 'nöjdheten sjönk', 'sjunkande', 'sjunkit', 'försämr',
            'frustr', 'väntetid', 'avbrott', 'driftstörning',
            // Criticism and admissions written without a negative word.
            'inte varit tillräckligt', 'inte varit bra nog', 'inte godtagbar', 'oacceptabel', 'kunde ha undvikits',
            'kunde ha förhindrats', 'hade kunnat undvikas', 'skulle ha', 'borde vi ha', 'haft svårt', 'leva upp till', 'levt upp till',
            'länge efterfrågat', 'länge bett om', 'medger', 'erkänner', 'för sent', 'för fort', 'för långsam', 'utan ström',
            'strömavbrott', 'fick ingen', 'ingen information', 'inte fick',
            // Delays, overruns, missed promises, recalls, lawsuits, waiting customers and lessons learned.
            'skjuter upp', 'skjutit upp', 'sköt upp', 'senare än planerat', 'senare än väntat', 'ursprungliga datum', 'ändrar datumet', 'ändrat datumet',
            'flyttar lanseringen', 'över budget', 'mer än budgeterat', 'överskrid', 'nådde inte', 'inte nådde', 'har inte klarat', 'har inte lyckats', 'har inte nått', 'klarade inte', 'lyckades inte', 'vi lovade', 'återkall', 'kalla tillbaka',
            'har stämt', 'stämde bolaget', 'stämning mot', 'rättegång', 'fick vänta', 'väntade på', 'utan att få veta', 'inte visste', 'visste inte',
            'vi borde', 'lärt oss av', 'lärde oss av', 'ändrat rutinerna', 'omarbet', 'vi har lyssnat',
            'nästa gång vi', 'över gränsvärde', 'tagit till oss',
            // Events told plainly: people found out late or from others, nobody was told, a finding, idle machines, late runs.
            'fick veta först', 'fick först veta', 'upptäckte först', 'utan att meddela', 'utan att informera', 'utan att säga till', 'utan förvarning',
            'skulle nog ha', 'borde nog ha', 'borde kanske ha', 'utredningen visade', 'granskningen visade', 'inspektionen visade', 'revisionen visade',
            'ur drift', 'stod stilla', 'efter tidtabellen', 'var sen', 'fram och tillbaka', 'håller inte', 'höll inte',
            'tomhänt', 'fick gå utan', 'gick utan', 'gick hem utan', 'åkte hem utan',
            // v17: an excess owned ("det är för många"; not "viktig för många"), a promise of time broken, work not got to.
            'det är för många', 'haft för många', 'alldeles för många', 'allt för många', 'för många sena', 'för många försenade', 'efter utlovad tid', 'inte hunnit', 'inte har hunnit', 'hann inte',
            // v20: too few hands owned, a budget blown; v21: too much of something owned ('vi kastade för mycket').
            'hade för få', 'har för få', 'haft för få', 'var för få', 'varit för få', 'budgeten sprack', 'sprack budgeten', 'spruckit med', 'för mycket',
            // v23: too much taken on, a price or a level owned as too high (v56: in a clause of its own, a figure to bring down, a tool hard to use), business lost by it (a tender, a client who did not renew, penalties paid).
            'tog på oss för', 'tagit på oss för', 'var för hög', 'var för höga', 'varit för hög', 'varit för höga', 'haft för hög', 'hade för hög', 'för dyr', 'vilket är för högt', 'också för hög', 'fortfarande för hög', 'inte haft kapacitet', 'det är för högt', 'det är för lågt', 'sticka under stol', 'kassationen steg', 'kassationen ökade', 'medan vårt mål är', 'medan målet är', 'få ner det', 'svår att använda', 'krånglig att använda',
            'förlorade en upphandling', 'förlorade upphandlingen', 'förlorade ett kontrakt', 'förlorade kontraktet', 'förnyade inte', 'inte förnyat', 'betalade vite', 'betalat vite',
            // v24: an own admission of shame ('Vi är inte stolta över …').
            'inte stolta över', 'inte stolt över', 'inget att vara stolt över', 'ingenting att vara stolt över', 'skäms',
            'står still', 'stått still', 'haveri', 'havererade', 'gick sönder',
            'har jobb att göra', 'har ett jobb att göra', 'har arbete kvar', 'har mer att göra', 'har en bit kvar', 'har en bit att gå',
            'varit för liten', 'varit för små', 'oplanerade stopp', 'oplanerat stopp', 'oplanerade driftstopp', 'oplanerat driftstopp',
            'inte klarat att', 'inte lyckats att', 'var långsamma', 'varit långsamma', 'förelades vite', 'föreläggande om vite', 'för lite plats', 'går ut över kunderna',
            'inte varit bra nog', 'inte varit tillräckligt bra', 'underskattade', 'inte hölls informerade', 'det måste vi rätta till', 'det måste vi göra något åt', 'hinner inte med', 'blev flaskhalsen', 'vann inte', 'inte vunnit', 'vi förlorade en', 'vi tappade en',
            'gick inte som planerat', 'inte gick som planerat', 'inte alltid levererat', 'sade upp avtalet', 'sa upp avtalet', 'sagt upp avtalet', 'sade upp kontraktet', 'sagt upp kontraktet', 'sänkte prognosen', 'sänkt prognosen', 'sänkte sin prognos', 'vinstvarning', 'fungerade aldrig som', 'aldrig fungerade som', 'sämre än vi', 'mer än planerat', 'längre än vi vill', 'längre än vi önskar', 'fick betala för det', 'svårt att komma fram', 'reklamer', 'kostade företaget', 'kostade bolaget'],
        },
        // A bad figure that rose, a launch that moved, "not as fast as we wanted": words that mean little apart.
        pairedCues: {
          en: [[['sick leave', 'sickness absence', 'staff turnover', 'complaints', 'injuries', 'wait times', 'waiting times', 'median wait', 'average wait', 'portfolio at risk', 'arrears', 'bad debts', 'loan losses', 'overdue loans', 'non-performing', 'mortality', 'absenteeism'], ['rose', 'increased', 'went up', 'higher', 'reached', 'while the rest', 'than the rest', 'longer than']], [['had', 'ran at'], ['percent scrap', 'per cent scrap', 'scrap rate of']],
            [['launch', 'release', 'opening'], ['moves', 'moved', 'postpone']],
            [['not'], ['as fast as we', 'as quickly as we', 'as far as we']],
            // A target reached only in part ("We got to 71 per cent"), slower than promised, output lost.
            [['we got to', 'we only got to', 'we reached only', 'we ended at', 'we ended up at', 'we landed at'], ['per cent', 'percent']],
            [['longer', 'later', 'slower'], ['promised', 'planned', 'agreed', 'scheduled']],
            [['lost'], ['days', 'weeks', 'hours', 'output', 'production']],
            // v40: contracts lost ('we lost two big contracts because …'; not a customer: "we lost not a single customer"); v67: staff lost ('We lost eleven carers in 2025').
            [['we lost', 'lost us'], ['contract', 'tender']], [['we lost'], ['carers', 'nurses', 'staff', 'employees', 'drivers', 'colleagues', 'workers']],
            // v44: … and lost by the company named in news ('Björkvreten Logistik förlorade dessutom ett avtal med …').
            [['lost'], ['contract', 'agreement']],
            // Charged twice, customers affected, "nothing against it, but", recalls, a survey where only some were content (v65: in English too).
            [['charged', 'collected', 'billed', 'debited'], ['twice', 'two times']],
            [['affected', 'hit by'], ['customers', 'tenants', 'landlords', 'users', 'households', 'passengers', 'patients']],
            [['nothing against', 'no problem with'], ['but']],
            [['pulled', 'withdrew', 'withdrawn'], ['batch', 'product', 'from the market']], [['survey', 'poll'], ['only']],
            // Work turned away for want of capacity.
            [['turned', 'turn', 'turning'], ['away']],
            // A pay gap: one group paid less than another for work of equal value.
            [['lower pay', 'lower wages', 'paid less', 'earn less', 'earned less', 'less pay', 'less than'], ['equal value', 'equal work', 'same work', 'same job', 'work of equal']],
            // v22: a thing not done well enough, whatever stands between ('We did not support new staff well enough'; 'not good enough' is a cue
            // of its own); custom lost by it.
            [['not', "didn't"], ['well enough', 'fast enough', 'quickly enough', 'clearly enough', 'often enough']],
            [['cost us', 'lost us'], ['customers', 'clients', 'orders', 'contracts', 'members', 'sales']],
            // Staff lost early: a share of newcomers who left within their first year.
            [['left us', 'left the company', 'left within', 'quit within'], ['first year', 'one in', 'in five', 'in four', 'in three', 'half of', 'a third of', 'a quarter of']],
            // v24: what the company owes others (a payment, a delivery, an answer) done late or not in time ('We paid our growers late twice',
            // 'we could not deliver on time to …').
            [['we paid', 'we delivered', 'we shipped', 'we answered', 'we replied'], ['late']],
            [['not', "couldn't", "didn't", 'failed to', 'unable to'], ['on time', 'in time']],
            // v24: goods the buyer would not take: a consignment, a shipment or a batch that was rejected or sent back ('Three of our shipments were
            // rejected at the border'); told so, as what befell them, not the company rejecting a supplier's.
            // v27: an own shortfall owned without naming it, things the company itself is not content with (someone else's
            // 'She is not satisfied with everything' is no admission of the company's).
            [['we are not satisfied', 'we are not happy', 'we are not content', 'we were not satisfied', 'we were not happy', "we're not happy", "we're not satisfied"], ['with']],
            // v59: goods a buyer rejected ('… was rejected by a Spanish buyer'), a year not as planned ('2025 was not the year we planned'), staff lost to competitors; v60: orders cancelled.
            [['were rejected', 'was rejected', 'been rejected', 'were refused', 'was refused', 'were sent back', 'was sent back', 'returned to us'], ['consignment', 'shipment', 'container', 'batch', 'load', 'delivery', 'deliveries', 'cargo', 'buyer']], [['not the year', 'not the quarter', 'not the season', 'not the start'], ['we planned', 'we had planned', 'we hoped', 'we had hoped', 'we expected', 'we had expected', 'we wanted']], [['lost'], ['to competitors', 'to a competitor', 'to rivals', 'to other employers']], [['were cancelled', 'was cancelled', 'were canceled', 'was canceled', 'cancelled their', 'cancelled its'], ['order', 'contract', 'booking']], [['fell from'], ['profit', 'revenue', 'sales', 'result', 'margin', 'income']]],
          nb: [[['sykefravær', 'turnover', 'klager', 'skader', 'leveringstid', 'mislighold', 'utlånstap', 'tap på utlån', 'forfalte lån', 'dødelighet'], ['steg', 'økte', 'økt', 'høyere', 'høyt', 'kom opp i', 'gikk opp', 'opp til', 'mens resten', 'enn resten']], [['hadde', 'fikk'], ['prosent kassasjon']],
            [['lanseringen', 'åpningen'], ['flytter', 'flyttet', 'utsett']],
            [['ikke'], ['så raskt som vi', 'så fort som vi', 'så langt som vi']],
            [['vi kom til', 'vi kom bare til', 'vi nådde bare', 'vi landet på', 'vi endte på'], ['prosent']],
            [['lengre enn', 'senere enn', 'tregere enn', 'saktere enn'], ['lovet', 'planlagt', 'avtalt', 'ventet']],
            [['mistet', 'tapte'], ['dager', 'uker', 'timer', 'produksjon']],
            [['vi tapte', 'tapte vi'], ['kontrakt', 'anbud']], [['vi mistet', 'mistet vi'], ['ansatte', 'medarbeidere', 'sjåfører', 'sykepleiere', 'kolleger']],
            [['tapte', 'mistet', 'har tapt', 'har mistet'], ['avtale', 'kontrakt']],
            [['trukket', 'belastet', 'fakturert', 'innkrevd'], ['to ganger', 'dobbelt']],
            [['berørte', 'rammet', 'rammede'], ['kunder', 'leietakere', 'brukere', 'husstander', 'passasjerer', 'pasienter']],
            [['ikke noe imot', 'ingenting imot', 'ikke noe mot'], ['men']],
            [['trakk', 'trukket'], ['tilbake']],
            [['undersøkels', 'måling'], ['bare', 'kun']],
            [['sto', 'stod', 'dager', 'uker'], ['på verkstedet', 'til reparasjon']],
            [['måtte', 'måttet'], ['si nei', 'takke nei', 'avvise']],
            [['lavere lønn', 'lavere timelønn', 'tjente mindre', 'tjener mindre', 'lavere betalt', 'mindre enn'], ['lik verdi', 'likeverdig', 'samme arbeid', 'like arbeid', 'samme jobb']],
            [['ikke'], ['gode nok', 'flinke nok', 'raske nok', 'raskt nok', 'tydelige nok', 'tydelig nok', 'ofte nok']],
            [['kostet oss', 'kostet selskapet'], ['kunder', 'oppdrag', 'kontrakter', 'medlemmer', 'salg']],
            [['sluttet hos oss', 'slutta hos oss', 'sluttet i løpet av', 'sluttet innen'], ['første året', 'hver femte', 'hver fjerde', 'hver tredje', 'halvparten', 'en tredel', 'en fjerdedel']],
            [['betalte', 'leverte', 'svarte', 'sendte'], ['for sent', 'etter fristen']],
            [['ikke', 'ikkje'], ['i tide', 'til avtalt tid', 'innen fristen']],
            [['vi er ikke fornøyd', 'vi ikke er fornøyd', 'vi var ikke fornøyd', 'vi ikke var fornøyd', 'vi er ikke tilfreds', 'vi ikke er tilfreds'], ['med']],
            [['avvist av', 'ble avvist', 'blei avvist', 'blitt avvist', 'ble returnert', 'blitt returnert', 'ble sendt tilbake', 'fikk vi tilbake'], ['sending', 'sendinger', 'forsendelse', 'parti', 'container', 'levering', 'leveranse', 'last', 'kjøper']], [['ikke det året', 'ikke det kvartalet', 'ikke den sesongen', 'ikke den starten'], ['vi hadde planlagt', 'vi planla', 'vi hadde håpet', 'vi håpet', 'vi hadde ventet', 'vi ventet', 'vi hadde regnet med']], [['mistet', 'mista', 'tapte'], ['til konkurrenter', 'til en konkurrent', 'til konkurrentene', 'til andre arbeidsgivere']], [['ble kansellert', 'ble avbestilt', 'kansellerte', 'avbestilte'], ['ordre', 'kontrakt', 'bestilling']]],
          sv: [[['sjukfrånvaro', 'personalomsättning', 'klagomål', 'skador', 'leveranstid', 'kreditförluster', 'förfallna lån', 'osäkra fordringar', 'betalningsanmärkningar', 'dödlighet'], ['steg', 'ökade', 'ökat', 'högre', 'hög', 'nådde', 'gick upp', 'medan resten', 'än resten']], [['hade', 'fick'], ['procent kassation']],
            [['lanseringen', 'öppningen', 'släppet'], ['flyttar', 'flyttat', 'skjuts']],
            [['inte'], ['så snabbt som vi', 'så fort som vi', 'så långt som vi']],
            [['vi kom till', 'vi kom bara till', 'vi nådde bara', 'vi landade på', 'vi hamnade på'], ['procent']],
            [['längre än', 'senare än', 'långsammare än'], ['utlovat', 'lovat', 'planerat', 'avtalat', 'väntat']],
            [['förlorade', 'tappade'], ['dagar', 'veckor', 'timmar', 'produktion']],
            [['vi förlorade', 'förlorade vi', 'vi tappade', 'tappade vi'], ['kontrakt', 'upphandling']], [['vi förlorade', 'förlorade vi', 'vi tappade', 'tappade vi'], ['anställda', 'medarbetare', 'förare', 'sjuksköterskor', 'kollegor']],
            [['förlorade', 'har förlorat'], ['avtal', 'kontrakt']],
            [['dragits', 'dragna', 'drogs', 'debiterats', 'fakturerats'], ['två gånger', 'dubbelt']],
            [['drabbade', 'drabbats', 'berörda'], ['kunder', 'hyresgäster', 'användare', 'hushåll', 'resenärer', 'patienter']],
            [['inget emot', 'ingenting emot'], ['men']],
            [['drog', 'dragit'], ['tillbaka']],
            [['undersökning', 'mätning'], ['bara', 'endast']],
            [['stod', 'dagar', 'veckor'], ['på verkstaden', 'på verkstad']],
            [['fick', 'tvingades', 'måste'], ['säga nej', 'tacka nej']],
            [['lägre lön', 'lägre timlön', 'tjänade mindre', 'tjänar mindre', 'lägre betalt', 'mindre än'], ['lika värde', 'likvärdig', 'samma arbete', 'lika arbete', 'samma jobb']],
            [['inte'], ['goda nog', 'tillräckligt väl', 'väl nog', 'tillräckligt snabbt', 'snabbt nog', 'tillräckligt tydligt', 'tillräckligt ofta']],
            [['kostat oss', 'kostade oss', 'kostat företaget'], ['kunder', 'uppdrag', 'kontrakt', 'medlemmar', 'försäljning']],
            [['slutade hos oss', 'lämnade oss', 'lämnade företaget', 'slutade inom', 'slutade under'], ['första året', 'var femte', 'var fjärde', 'var tredje', 'hälften', 'en tredjedel', 'en fjärdedel']],
            [['betalade', 'levererade', 'svarade', 'skickade'], ['för sent', 'efter fristen']],
            [['inte'], ['i tid', 'i rätt tid', 'inom fristen']],
            [['vi är inte nöjd', 'vi inte är nöjd', 'vi var inte nöjd', 'vi inte var nöjd', 'vi är inte tillfreds', 'vi inte är tillfreds'], ['med']],
            [['avvisades', 'avvisats', 'blev avvisad', 'blev avvisade', 'returnerades', 'returnerats', 'skickades tillbaka', 'skickats tillbaka', 'fick vi tillbaka'], ['sändning', 'leverans', 'parti', 'container', 'last', 'köpare']], [['inte det år', 'inte det kvartal', 'inte den säsong', 'inte den start'], ['vi hade planerat', 'vi planerade', 'vi hade hoppats', 'vi hoppats', 'vi hade väntat', 'vi väntade', 'vi hade räknat med', 'vi räknat med']], [['förlorade', 'förlorat', 'tappade', 'tappat'], ['till konkurrenter', 'till en konkurrent', 'till konkurrenterna', 'till andra arbetsgivare']], [['avbeställdes', 'annullerades', 'avbeställde', 'annullerade'], ['order', 'kontrakt', 'beställning']]],
        },
        // "We believe a project succeeds when problems are told early", "… even when the figures are
        // bad": how the company says it works, not what it should do better.
        notCues: {
          // "fault-free", "trouble-free": the problem is absent (Bokmål and Swedish write it as one word, see stems.ts).
          // Solving problems is what a product or a person does; learning from mistakes is a value; support is a service.
          en: ['we believe', 'even when', 'even if the', 'fault free', 'error free', 'problem free', 'trouble free', 'problem solv', 'solve problems',
            'solves problems', 'solving problems', 'solve their problems', 'solves their problems', 'learn from our mistakes', 'learn from mistakes',
            'we learn from', 'contact support', 'contact our support',
            // What should be so for the people served ("nobody should have to …") is a vision, not a shortfall.
            'should have to', 'should not have to', 'nobody should', 'no one should',
            // Whenever something is late or goes wrong, in the present: a routine, wherever in the sentence it stands.
            'when something is', 'when something goes', 'when anything is', 'when anything goes',
            // A buyer's right to complain is the law's, not a complaint made ("reklamasjonsrett", "reklamationsrätt").
            'right to complain',
            // v27: a bar the company holds itself to ('We are not happy until …'), not a shortfall owned.
            'not happy until', 'not satisfied until', 'not content until',
            // v33: a habit of talking about problems ("We talk about problems at the morning briefing …") is how they work, no problem had; v52: raised, written down.
            'talk about problems', 'talk openly about problems', 'talk about mistakes', 'discuss problems', 'raise problems', 'problems are raised', 'report problems', 'log every deviation',
            // v37: telling the people served of a delay is a habit ("We tell customers about a delay as soon as we know of it"); v66: what
            // may be hard for someone ('Winter roads can be a challenge for commuters') is no shortfall owned.
            'we tell customers', 'we tell our customers', 'we tell passengers', 'we inform customers', 'we let customers know', 'as soon as we know', 'can be a challenge for'],
          nb: ['vi tror', 'vi mener', 'selv når', 'også når', 'løser problem', 'løse problem', 'lærer av', 'lære av', 'kontakt kundeservice', 'kontakt kundesenteret',
            'ingen skal', 'skal slippe', 'skal ikke trenge', 'når noe er', 'når noe går', 'kan være en utfordring for',
            // "én gang for mye enn én gang for lite": a way chosen, not an excess (chosen-way.ts).
            'for mye enn', 'reklamasjonsrett', 'ikke fornøyd før', 'ikke fornøyde før', 'ikke fornøyd til', 'ikke fornøyde til',
            'snakker om problemer', 'snakker om problemene', 'snakker åpent om problemer', 'snakker om feil', 'snakker om feilene', 'tar opp problemer', 'problemer tas opp', 'skriver ned avvik', 'melder avvik', 'avvik meldes',
            'vi forteller kundene', 'vi forteller passasjerene', 'vi varsler kundene', 'vi varsler passasjerene', 'så snart vi vet'],
          sv: ['vi tror', 'vi menar', 'även när', 'också när', 'löser problem', 'lösa problem', 'lär oss av', 'lära oss av', 'kontakta kundtjänst', 'kontakta kundservice',
            'ingen ska', 'ska slippa', 'ska inte behöva', 'när något är', 'när något går', 'kan vara en utmaning för',
            'för mycket än', 'reklamationsrätt', 'inte nöjd förrän', 'inte nöjda förrän', 'inte nöjd innan', 'inte nöjda innan',
            'pratar om problem', 'pratar om problemen', 'pratar öppet om problem', 'talar om problem', 'pratar om fel', 'tar upp problem', 'problem tas upp', 'lyfter problem', 'skriver ner avvikelser', 'rapporterar avvikelser',
            'vi berättar för kunderna', 'vi berättar för resenärerna', 'vi meddelar kunderna', 'vi meddelar resenärerna', 'så snart vi vet', 'så fort vi vet',
            // A target to cut something ('Vi ska minska energianvändningen med 30 procent') is a plan, not a figure that fell.
            'ska minska', 'vill minska', 'siktar på att minska', 'planerar att minska', 'målet är att minska'],
        },
        // "When a bill run fails, the engineer joins the call", "Har du problemer med …?": a routine or a
        // question to the reader, not something that went wrong.
        notOpenings: {
          en: ['when a', 'when an', 'when something', 'when anything', 'when you', 'if a', 'if an', 'if something', 'if anything', 'if we', 'if you',
            'whenever', 'should a', 'should anything', 'if your', 'should your', 'having trouble', 'having problems', 'do you have', 'are you having',
            // A habit after every fault, a right of whoever finds one: how they work, not what went wrong.
            'after every', 'after each', 'whoever', 'anyone who', 'the one who', 'every', 'each'],
          nb: ['når vi', 'når en', 'når et', 'når noe', 'når noen', 'når du', 'hvis', 'dersom', 'om en', 'om et', 'om noe', 'om vi', 'om du', 'om din', 'om ditt', 'om dine', 'har du', 'opplever du',
            'etter hver', 'den som', 'alle som', 'hver', 'hvert'],
          sv: ['när en', 'när ett', 'när något', 'när någon', 'när du', 'om en', 'om ett', 'om något', 'om vi', 'om du', 'om din', 'om ditt', 'om dina', 'ifall', 'har du', 'upplever du',
            'efter varje', 'den som', 'alla som', 'varje'],
        },
        headingCues: {
          en: ['challeng', 'risk', 'improv', 'lessons', 'do better'],
          nb: ['utfordring', 'risiko', 'forbedr', 'læring', 'bli bedre'],
          sv: ['utmaning', 'risk', 'förbättr', 'lärdom', 'bli bättre'],
        },
        structures: ['shortfall'],
        // Another body's plan ("Niue's government aims to cap visitor numbers under its own tourism plan") is no shortfall of the company's.
        notOthersPlans: true,
        clipKinds: ['company', 'news'],
      },
    },
  ],
};
