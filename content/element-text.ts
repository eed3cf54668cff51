/**
 * An element's text as a reader sees its lines: `<br>` ends a line. `textContent` alone runs
 * "Unit 4 Parkway Close<br>Sheffield" together as "Unit 4 Parkway CloseSheffield", and "- Fagbrev<br>- Førerkort"
 * into one item. Iterative, so deep nesting costs no stack.
 */
export function textLines(el: Element): string[] {
  if (!el.querySelector('br')) return [clean(el.textContent)].filter(Boolean);
  const doc = el.ownerDocument;
  // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, written out: the constant is not global in every context.
  const walker = doc.createTreeWalker(el, 0x1 | 0x4);
  const lines: string[] = [];
  let line = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) line += node.nodeValue ?? '';
    else if ((node as Element).tagName === 'BR') {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.map(clean).filter(Boolean);
}

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A line that opens with a list bullet: "- Fagbrev", "• Körkort B", "* Python". */
export const BULLET_LINE = /^[-–•·*▪●◦‣∙]\s+\S/u;
/**
 * A line a social post opens with a pictograph as its bullet: "✔️ Bestilling av råvarer", "👉 Fagbrev som baker".
 * A line framed by pictographs on both sides ("🥐 VI SØKER BAKER! 🥐") is the post's heading, not an item.
 */
export const EMOJI_BULLET_LINE = /^(?:\p{Extended_Pictographic}|[✓✔☑➡►▶])\uFE0F?\s+\S(?:.*[^\p{Extended_Pictographic}\uFE0F\s])?$/u;
