import { months } from './months';
import type { Localized } from './types';

/**
 * A plan is a doing word with a time ahead ("In 2026 we will move …", "Next spring we open …", "I 2027 tar vi i bruk …"),
 * or something new being built; either alone says little. A season or month with its year ("autumn 2028", "by September",
 * "fra høsten 2026") is a time too, and a present doing word with a time ahead is a plan ("Hösten 2028 flyttar vi …").
 * A plan may also be a count: "twice as many", "dobbelt så mange"; and a decision with a time ahead is one
 * ("nämnden beslutade … att tio tjänster inrättas under 2027"), as is what is due this year ("I år skal de …"; not "i året",
 * per year); so is a start planned for a year ("med planlagt driftsstart i 2029"), and late or early in one ("in late 2027");
 * v56: a time before a year of the next decade ("cut diesel use … before 2030"), "Redan nästa år börjar vi leverera …".
 */
export const strategyPairs: Localized<Array<readonly [string[], string[]]>> = {
  en: [
    [['will', 'plan', 'expect', 'aim', 'intend', 'is due to', 'are due to', 'decided', 'has approved', 'we open', 'we are opening', 'we start', 'we launch', 'we move', 'we are moving', 'we build', 'we are building', 'promises'],
      ['in 202', 'from 202', 'during 202', 'this year', 'next year', 'next spring', 'next summer', 'next autumn', 'next winter', 'this spring', 'this autumn', 'the coming', 'over the next',
        'spring 202', 'summer 202', 'autumn 202', 'winter 202', 'before 203', 'by the end of', 'in late 202', 'in early 202', 'by late 202', 'by early 202', 'in mid-202', ...months.en.map((m) => `by ${m}`)]],
    [['building', 'will build', 'will open', 'we open'], ['new', 'second']],
    [['will', 'plan', 'expect', 'aim'], ['twice as many', 'twice as much', 'double the', 'three times as']],
    // Taking on people is growth said plainly: "We will also hire four service engineers" (the company's, not "you will recruit").
    [['we will', 'we are going to', 'we plan to', 'we are planning to'], ['hire', 'recruit', 'take on']],
    // v66: hiring in the present with a time ahead ("We are hiring 60 people over the next eighteen months"; v67: planting "over the next three winters"); a cut in a count ("kutter … antall hyttemodeller fra 40 til 12").
    [['we are hiring', 'we are recruiting', 'we are planting'], ['over the next', 'the coming', 'by the end of', 'by 202', 'in 202', 'during 202']],
    // v27: the company's own target of a change by a share, with or without a year ("We aim to cut fuel use by 40 per cent
    // against 2024 levels").
    [['we will cut', 'we will reduce', 'we will halve', 'we will raise', 'we will increase', 'we aim to', 'we want to cut', 'we want to reduce',
      'we plan to cut', 'we plan to reduce', 'we intend to cut', 'we intend to reduce', 'we are going to cut', 'we are going to reduce'], ['per cent', 'percent']],
    // v27: what the company has ordered for delivery ahead ("We have ordered two new vessels for delivery in 2028"); a customer's order is the customer's.
    [['we have ordered', 'we ordered', 'we have also ordered', 'we have now ordered'], ['delivery in 202', 'delivery from 202', 'for delivery', 'with delivery', 'delivered in 202', 'arrive in 202']],
    // v45: money the company will spend on something, with or without a year ("Selskapet skal bruke 90 millioner kroner på …").
    [['will spend', 'will invest', 'plan to invest', 'plans to invest', 'are investing', 'is investing', 'have set aside', 'has set aside', 'is budgeted', 'are budgeted'], ['million', 'billion']],
    // v57: an agreement signed for a time ahead ("has signed a five-year agreement to run two grain trains a week from 2027").
    [['has signed', 'have signed', 'has also signed', 'have also signed', 'has agreed', 'have agreed'], ['from 202', 'in 202', 'by 202', 'starting in 202']],
  ],
  nb: [
    [['skal', 'planlegger', 'planlagt driftsstart', 'planlagt oppstart', 'planlagt åpning', 'vil', 'vedtok', 'har vedtatt', 'tar i bruk', 'tar vi i bruk', 'åpner', 'forventer', 'regner med', 'regner vi med', 'bygger', 'flytter', 'starter', 'innfører', 'lanserer', 'kjøper', 'lover'],
      ['i 202', 'fra 202', 'i løpet av 202', 'i år skal', 'skal i år', 'neste år', 'til våren', 'til høsten', 'til sommeren', 'neste vår', 'neste høst', 'neste sommer', 'fra neste', 'de kommende', 'de neste årene',
        'våren 202', 'sommeren 202', 'høsten 202', 'vinteren 202', 'før 203', 'fra våren', 'fra høsten', 'sesongen 202', ...months.nb.map((m) => `innen ${m}`)]],
    [['bygger', 'åpner'], ['nytt', 'ny', 'nye', 'andre']],
    [['skal', 'vil', 'regner med', 'regner vi med', 'planlegger'], ['dobbelt så', 'tre ganger så', 'doble', 'halvere']],
    [['vi skal', 'vi vil', 'vi planlegger', 'vi kommer til å', 'skal vi', 'vil vi'], ['ansette', 'rekruttere', 'tilsette']],
    [['kutter bedriften', 'kutter selskapet', 'kutter vi', 'reduserer bedriften', 'reduserer selskapet'], ['antall', 'antallet']],
    [['vi skal kutte', 'vi skal redusere', 'vi skal øke', 'vi skal senke', 'vi vil kutte', 'vi vil redusere', 'vi vil øke', 'vi tar sikte på', 'vi sikter mot', 'vi planlegger å kutte',
      'vi planlegger å redusere'], ['prosent']],
    [['vi har bestilt', 'vi bestilte', 'vi har også bestilt', 'vi har nå bestilt'], ['levering i 202', 'med levering', 'leveres i 202', 'levert i 202', 'leveres 202']],
    [['skal bruke', 'skal investere', 'vil investere', 'planlegger å investere', 'har satt av', 'har avsatt', 'er budsjettert'], ['million', 'milliard']],
    [['har inngått', 'har signert', 'har skrevet under'], ['fra 202', 'i 202', 'fra og med 202']],
  ],
  sv: [
    [['ska', 'planerar', 'planerad driftstart', 'planerad start', 'planerad öppning', 'vill', 'beslutade', 'har beslutat', 'kommer att', 'tar i bruk', 'inför', 'öppnar', 'räknar med', 'räknar vi med', 'förväntar', 'bygger', 'flyttar', 'startar', 'börjar vi', 'lanserar', 'köper', 'lovar'],
      ['i 202', 'under 202', 'från 202', 'år 202', 'i år ska', 'ska i år', 'nästa år', 'nästa sommar', 'i vår', 'i höst', 'under våren', 'under hösten', 'till våren', 'till hösten', 'de kommande', 'de närmaste åren',
        'våren 202', 'sommaren 202', 'hösten 202', 'vintern 202', 'från våren', 'från hösten', 'från nästa', 'säsongen 202', ...months.sv.map((m) => `senast i ${m}`)]],
    [['bygger', 'öppnar'], ['nytt', 'ny', 'nya', 'andra']],
    [['ska', 'vill', 'räknar med', 'räknar vi med', 'planerar'], ['dubbelt så', 'tre gånger så', 'fördubbla', 'halvera']],
    [['vi ska', 'vi kommer att', 'vi planerar', 'ska vi', 'kommer vi att'], ['anställa', 'rekrytera', 'nyanställa']],
    [['minskar företaget', 'minskar bolaget', 'minskar vi', 'skär företaget ner', 'skär vi ner'], ['antalet']],
    [['vi ska minska', 'vi ska sänka', 'vi ska öka', 'vi ska skära', 'vi vill minska', 'vi vill sänka', 'vi vill öka', 'vi siktar på', 'vi planerar att minska',
      'vi kommer att minska'], ['procent']],
    [['vi har beställt', 'vi beställde', 'vi har också beställt', 'vi har nu beställt'], ['leverans 202', 'leverans i 202', 'med leverans', 'levereras 202', 'levereras i 202', 'levereras under 202']],
    [['ska investera', 'ska lägga', 'ska satsa', 'planerar att investera', 'har avsatt', 'har satt av', 'är budgeterad', 'är budgeterade'], ['miljon', 'miljard']],
    [['har tecknat', 'har skrivit på', 'har ingått'], ['från 202', 'i 202', 'från och med 202']],
  ],
};
