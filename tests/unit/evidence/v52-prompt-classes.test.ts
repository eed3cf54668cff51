// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-second held-out set showed, read in the session after the one that measured it: the owner
 * named in the definite form before the name ("ägaren Per-Erik Ulvmark"); a relative clause that names the role ("…,
 * som är ekonomiansvarig, …"); a post taken up ("tillträdde som produktionschef"); a speaker and what they run ("säger
 * Per-Erik Ulvmark, som driver företaget …"); a new post after seasons in another ("er ny skiftleder … etter fire
 * sesonger som …"); where newcomers start and move on to ("börjar som … och går efter ett år över till …"); a purpose
 * "for generations to come". Not evidence: an audit ("revidert av …revisjonen AS") of a vision; a habit of raising or
 * writing down problems of a shortfall; a firm opening with a place's genitive ("Virkesköparen Ulvmarkens Skog …") of a
 * person; a sector's doing in a country ("Bostadsbyggandet i Sverige ligger …") of a unit. Sentences written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['sv', 'Nu ändrar ägaren Per-Erik Ulvmark hur lagen arbetar.', 'company', 'people'],
    ['nb', 'Nå endrer eieren Per-Arne Ulvmark hvordan lagene jobber.', 'company', 'people'],
    ['sv', 'Linnea Ulvmark, som är ekonomiansvarig, har byggt upp en trappa där nya förare börjar på skotare, går över till skördare efter ett år och kan bli lagledare efter tre.', 'company', 'people'],
    // Read so before in English.
    ['en', 'Linnea Ulvmark, who is finance manager, has built a ladder where new drivers start on a forwarder, move to a harvester after a year and can lead a team after three.', 'company', 'people'],
    ['sv', 'Johan Ulvqvist tillträdde som produktionschef i augusti och kommer närmast från en sågverkskoncern.', 'company', 'people'],
    ['sv', 'Vi förlorade folk för att de körde ensamma, säger Per-Erik Ulvmark, som driver företaget tillsammans med sin syster.', 'news', 'people'],
    ['nb', 'Vi mistet folk fordi de kjørte alene, sier Per-Arne Ulvmark, som driver bedriften sammen med søsteren.', 'news', 'people'],
    ['nb', 'Amadou Ulvallo er ny skiftleder på fryseriet etter fire sesonger som produksjonsmedarbeider hos oss.', 'company', 'career-goals'],
    ['en', 'Amadou Ulvallo is our new shift leader after four seasons as a production worker here.', 'company', 'career-goals'],
    ['sv', 'Nya medarbetare börjar som researcher och går efter ett år över till egna uppdrag.', 'company', 'career-goals'],
    ['en', 'New consultants start as researchers and move on to their own assignments after a year.', 'company', 'career-goals'],
    ['nb', 'Ulvre Otra Kraft skal forvalte vannet slik at det gir fornybar kraft og arbeidsplasser i Setesdal i generasjoner framover.', 'company', 'vision'],
    ['en', 'Ulvre Hydro manages the river so that it gives clean power and local jobs for generations to come.', 'company', 'vision'],
    // Found when v52 moved in: a target "by mid-2027", "we also aim to", "Vi skal øke …"; a role that ends in "-ologist"
    // or "metallurg"; a crew named by its word and name at its work; mortality that rose.
    ['en', 'By mid-2027 we will have a second covered build bay for hulls of up to 18 metres.', 'company', 'strategy'],
    ['en', 'We also aim to deliver 90 percent of our fresh cod to buyers within 36 hours of landing.', 'company', 'strategy'],
    ['nb', 'Vi skal øke årsproduksjonen med 120 GWh gjennom opprusting av to kraftstasjoner.', 'company', 'strategy'],
    // Read so before (Swedish), as the English crew and the Swedish and English figures that rose are.
    ['sv', 'Vi ska öka produktionen med 20 procent genom en ny såglinje.', 'company', 'strategy'],
    ['en', 'Aino Ulvio, Metallurgist', 'company', 'people'],
    ['sv', 'Aino Ulvio, metallurg', 'company', 'people'],
    ['en', 'Dr Ruth Ulvson, Senior Hydrologist', 'company', 'people'],
    ['nb', 'Lag Holm driver de to ytterste lokalitetene og går i turnus sju dager på og sju dager av.', 'company', 'department'],
    ['sv', 'Skift B har ansvar för packeriet på natten.', 'company', 'department'],
    ['en', 'Team North runs the three outer sites in a seven-on, seven-off rota.', 'company', 'department'],
    ['nb', 'Hos oss gikk dødeligheten på lokaliteten Ulvvika opp til 9 prosent i sommer.', 'company', 'do-better'],
    ['sv', 'Dödligheten i odlingen steg till 8 procent under sommaren.', 'company', 'do-better'],
    ['en', 'Mortality at the Ulv site rose to 9 percent in the summer.', 'company', 'do-better'],
    // … and a permanent post offered to those who pass the trade test (labelled so in every tuning case that says it).
    ['nb', 'Alle som består fagprøven hos oss, får tilbud om fast stilling.', 'company', 'career-goals'],
    ['sv', 'Alla lärlingar som klarar yrkesprovet erbjuds fast anställning hos oss.', 'company', 'career-goals'],
    ['en', 'Every apprentice who passes the trade test is offered a permanent role with us.', 'company', 'career-goals'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    ['nb', 'Årsregnskapet er revidert av Ulvlandsrevisjonen AS.', 'company', 'vision'],
    ['sv', 'Årsredovisningen har granskats av revisorn på Ulvrevision AB.', 'company', 'vision'],
    ['en', 'Problems are raised at the daily ten-minute meeting on the shop floor, not saved for the monthly report.', 'company', 'do-better'],
    ['nb', 'Vi skriver ned avvik samme dag, selv om det er bagateller.', 'company', 'do-better'],
    ['sv', 'Problem tas upp på morgonmötet varje dag.', 'company', 'do-better'],
    ['sv', 'Virkesköparen Ulvmarkens Skog planerar att öka avverkningen med 15 procent till 2030.', 'company', 'people'],
    ['sv', 'Bostadsbyggandet i Sverige ligger fortfarande på den lägsta nivån på tio år.', 'company', 'department'],
    ['nb', 'Lag Holm driver de to ytterste lokalitetene og går i turnus sju dager på og sju dager av.', 'company', 'people'],
    // Guard: a figure that fell is no shortfall.
    ['nb', 'Dødeligheten i sjøfasen gikk ned til 3 prosent i fjor.', 'company', 'do-better'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
  test('guards: a shortfall told is still one, a trade before a name still a person, a unit at a town still a unit', () => {
    expect(promptsOf('Vi hadde 14 avvik på fôringen i fjor, dobbelt så mange som året før.', 'nb', 'company')).toContain('do-better');
    expect(promptsOf('Producenten Elsa Ulvfeldt hade ringt i förväg.', 'sv', 'company')).toContain('people');
    expect(promptsOf('Monteringen i Ulricehamn bygger 40 fönster om dagen.', 'sv', 'company')).toContain('department');
    // A post after years elsewhere, and a speaker who works elsewhere, are no path and no role of the company's (tuning rows).
    expect(promptsOf('Ingrid Ulvstøle er ny hotelldirektør på Ulvtun Fjellhotell, etter tolv år som driftssjef på hotellet i Balestrand.', 'nb', 'company')).not.toContain('career-goals');
    expect(promptsOf('– Jeg har kommet for sent elleve ganger, sier Roar Ulvsvik, som jobber på sykehuset i Sandnessjøen.', 'nb', 'news')).not.toContain('people');
  });
});
