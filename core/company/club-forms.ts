/**
 * Sports clubs and societies are called by the short form of their kind: "Sandviksåsens IK" is "Sandviksåsens
 * Idrottsklubb", "Brattvåg IL" is "Brattvåg Idrettslag", "Hammarby IF" is "Hammarby Idrottsförening", "Ashby FC"
 * is "Ashby Football Club". The name written out is the fuller one a person gives.
 */
const CLUB_FORMS: Record<string, readonly string[]> = {
  ik: ['idrottsklubb', 'idrottsklubben', 'idrettsklubb', 'idrettsklubben', 'idrætsklub', 'idrætsklubben'],
  if: ['idrottsförening', 'idrottsföreningen', 'idrettsforening', 'idrettsforeningen', 'idrætsforening', 'idrætsforeningen'],
  il: ['idrettslag', 'idrettslaget', 'idrottslag', 'idrottslaget'],
  fk: ['fotballklubb', 'fotballklubben', 'fotbollsklubb', 'fotbollsklubben', 'fodboldklub', 'fodboldklubben'],
  bk: ['ballklubb', 'ballklubben', 'bollklubb', 'bollklubben', 'boldklub', 'boldklubben'],
  sk: ['sportsklubb', 'sportsklubben', 'sportklubb', 'sportklubben', 'skiklubb', 'skiklubben', 'skidklubb', 'skidklubben'],
  gk: ['golfklubb', 'golfklubben', 'golfklub', 'golfklubben'],
  hk: ['handbollsklubb', 'handbollsklubben', 'håndballklubb', 'håndballklubben'],
  fc: ['football club', 'fotballklubb', 'fotbollsklubb'],
  gc: ['golf club'],
  rfc: ['rugby football club'],
  cc: ['cricket club'],
};

/** Whether `fuller` writes out the club form `short` ends in, after the same words: "Sandviksåsens Idrottsklubb" for "Sandviksåsens IK". */
export function spellsOutClub(fuller: string, short: string): boolean {
  const m = /^(.+?)\s+(\p{Lu}{2,3})$/u.exec(short.trim());
  if (!m) return false;
  const forms = CLUB_FORMS[m[2]!.toLowerCase()];
  const rest = fuller.trim();
  if (!forms || !rest.toLowerCase().startsWith(`${m[1]!.toLowerCase()} `)) return false;
  const written = rest.slice(m[1]!.length).trim().toLowerCase();
  return forms.includes(written);
}
