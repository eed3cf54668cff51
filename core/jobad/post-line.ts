/**
 * A "Who is hiring?" post's first line, as Hacker News' monthly thread writes it and its page's title repeats:
 * "Tallmark Robotics | Embedded Firmware Engineer | Trondheim, Norway | ONSITE | Full-time". Fields joined by pipes,
 * the employer first, the role second, then the place and how the work is done.
 */
const TERMS = /^(?:onsite|on-site|on site|remote|hybrid|full[- ]?time|part[- ]?time|contract(?:or)?|intern(?:ship)?|visa(?: sponsorship)?|relocation|heltid|deltid|hjemmekontor|på stedet|på plats|distans)(?![\p{L}])/iu;

/** The role a pipe-joined post line names: the second of four fields or more, a field after it telling the terms. */
export function roleOfPostLine(line: string): string | undefined {
  const fields = line.split(/\s+\|\s+/u).map((f) => f.replace(/(?:\.{3}|…)$/u, '').trim());
  if (fields.length < 4 || !fields.slice(2).some((f) => TERMS.test(f))) return undefined;
  const role = fields[1]!;
  return role.length >= 3 && role.length <= 80 && !TERMS.test(role) ? role : undefined;
}

/**
 * The post's first line, where the page's title is one. Hacker News' title cuts it short ("ONSITE...") and leaves it
 * outside the comment's paragraphs: the text's line from the title's first two fields on, else the title. A page whose
 * title is no post line has none (a menu's "Home | About | Remote | Contact" in the text is no post).
 */
export function postLine(input: { title: string; textContent: string }): string | undefined {
  if (!roleOfPostLine(input.title)) return undefined;
  const opening = input.title.split(/\s+\|\s+/u).slice(0, 2).join(' | ');
  for (const raw of input.textContent.slice(0, 50_000).split(/\n+/u)) {
    const from = raw.indexOf(opening);
    if (from < 0) continue;
    // "… | ONSITE | Full-time | https://…": the fields up to the first long one (a link, the post's first paragraph).
    const fields = raw.slice(from).trim().split(/\s+\|\s*/u);
    const cut = fields.findIndex((f) => f.length > 80 || /^https?:/u.test(f));
    const line = (cut < 0 ? fields : fields.slice(0, cut)).filter(Boolean).join(' | ');
    if (roleOfPostLine(line)) return line;
  }
  return input.title;
}
