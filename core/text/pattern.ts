/** Text to be matched as written inside a regular expression: "Co. (Pvt.)" matches only itself. */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
