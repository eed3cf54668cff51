import { safeHref } from '../../core/interview/links';

/** A link the user typed: a real link only for http(s) (and mailto when allowed), plain text otherwise. */
export function SafeLink({ value, allowMail = false, label }: { value: string | undefined; allowMail?: boolean; label?: string }) {
  const text = value?.trim();
  if (!text) return null;
  const href = safeHref(text, allowMail);
  return href ? (
    <a class="iv-link" href={href} target="_blank" rel="noopener noreferrer">
      {label ?? text}
    </a>
  ) : (
    <span class="iv-link-text">{text}</span>
  );
}
