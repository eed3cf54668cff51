/** Month names, for a deadline said as a month ("by March", "innen mars", "senast i mars"). */
export const months = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};

/**
 * A deadline year: a wish set to one ("By 2028 we want our platform live at 15 banks", "Innen 2029 vil vi at …") is a target,
 * the strategy's, not a vision, unless it names itself the vision ("Vår visjon er … innen 2035"). A phrase's last word is a prefix.
 */
export const deadlines = {
  en: ['by 20', 'by the end of 20'],
  nb: ['innen 20', 'innen utgangen av 20', 'fram mot 20'],
  sv: ['till 20', 'senast 20', 'före 20', 'i slutet av 20'],
};
