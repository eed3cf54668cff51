/**
 * When the job starts is not the job: "Graduate-ingeniør landmåling (oppstart august 2027)", "Trainee (start januari 2027)",
 * "Graduate Engineer (starting September 2027)", "Lärare – tillträde augusti", "Sykepleier (tiltredelse snarest)".
 * Only a start word followed by a time (a month, a year, a season, a date, "as soon as possible"): "(Start-up)" or
 * "– Startup Team" stay.
 */
const START_WORD = String.raw`(?:oppstart|start(?:s|ing|ar|er|dato|datum| date)?|with start|med start|tiltredelse|tiltreding|tilsetjing|tillträde|from|fra|från|beginning)`;
/** A month's name in English, Bokmål or Swedish, whole or cut short (also for title-tidy.ts). */
export const MONTH = String.raw`(?:jan(?:uary|uar|uari)?|feb(?:ruary|ruar|ruari)?|mar(?:ch|s)?|apr(?:il)?|ma[yij]|june?|juni|july?|juli|aug(?:ust|usti)?|sep(?:tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cs](?:ember)?)`;
const WHEN = String.raw`(?:${MONTH}|20\d{2}|\d{1,2}[./]\d{1,2}|(?:våren|hösten|høsten|sommeren|sommaren|vinteren|vintern|spring|summer|autumn|fall|winter)|snarest|snarast|omgående|asap|as soon as possible|immediately|umiddelbart)(?!\p{L})`;

export const START_TAIL = new RegExp(
  String.raw`(?:\s*\(${START_WORD}:?\s+(?:(?:i|in|on|den|the|på|om|fra|från|from)\s+)?${WHEN}[^()]{0,30}\)|\s+[-–—|]\s+${START_WORD}:?\s+(?:(?:i|in|on|den|the|på|om)\s+)?${WHEN}[^-–—|()]{0,30})\s*$`,
  'iu',
);
