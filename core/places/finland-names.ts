/**
 * Finland's bilingual towns and municipalities, each as Finnish names it and then as Swedish does: a Swedish-language
 * ad writes "Vasa" and "Pargas" where a Finnish board's data or label has "Vaasa" and "Parainen".
 */
export const FINLAND_PAIRS: readonly (readonly [string, string])[] = [
  'Helsinki Helsingfors', 'Espoo Esbo', 'Tampere Tammerfors', 'Vantaa Vanda', 'Oulu Uleåborg', 'Turku Åbo', 'Lahti Lahtis',
  'Pori Björneborg', 'Lappeenranta Villmanstrand', 'Hämeenlinna Tavastehus', 'Vaasa Vasa', 'Mikkeli S:t_Michel', 'Porvoo Borgå',
  'Kokkola Karleby', 'Hyvinkää Hyvinge', 'Lohja Lojo', 'Järvenpää Träskända', 'Rauma Raumo', 'Kajaani Kajana', 'Kerava Kervo',
  'Savonlinna Nyslott', 'Vihti Vichtis', 'Kirkkonummi Kyrkslätt', 'Tuusula Tusby', 'Kaarina S:t_Karins', 'Raasepori Raseborg',
  'Tammisaari Ekenäs', 'Pietarsaari Jakobstad', 'Tornio Torneå', 'Hanko Hangö', 'Loviisa Lovisa', 'Kristiinankaupunki Kristinestad',
  'Närpiö Närpes', 'Uusikaupunki Nystad', 'Naantali Nådendal', 'Raahe Brahestad', 'Hamina Fredrikshamn', 'Parainen Pargas',
  'Maarianhamina Mariehamn', 'Mustasaari Korsholm', 'Maalahti Malax', 'Vöyri Vörå', 'Kaskinen Kaskö', 'Luoto Larsmo',
  'Kruunupyy Kronoby', 'Uusikaarlepuu Nykarleby', 'Sipoo Sibbo', 'Inkoo Ingå', 'Kemiönsaari Kimitoön', 'Siuntio Sjundeå',
  'Pyhtää Pyttis', 'Oravainen Oravais', 'Nauvo Nagu', 'Korppoo Korpo',
].map((pair) => pair.split(' ').map((name) => name.replace(/_/g, ' ')) as [string, string]);

const SWEDISH = new Map(FINLAND_PAIRS.map(([finnish, swedish]) => [finnish.toLocaleLowerCase('fi'), swedish]));

/**
 * The town as an ad in `lang` names it: the Swedish name of a bilingual Finnish town on a Swedish-language page
 * ("Vaasa" → "Vasa"); any other town, or a page in another language, as it is.
 */
export function townInLanguage(town: string, lang: string | undefined): string {
  if (!/^sv(?:[-_]|$)/iu.test((lang ?? '').trim())) return town;
  return SWEDISH.get(town.trim().toLocaleLowerCase('fi')) ?? town;
}
