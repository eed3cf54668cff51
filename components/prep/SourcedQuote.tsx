import { guessLang } from '../../core/evidence/lang';
import { t, uiLanguage } from '../i18n';
import { sentenceHref } from './links';

interface Props {
  text: string;
  /** Where it was read, as the user knows the page (its title or site). */
  source: string;
  url: string | undefined;
}

/** The language of a quote when it differs from the interface's, so screen readers pronounce it right. */
export function quoteLang(text: string): string | undefined {
  const lang = guessLang(text);
  return lang === uiLanguage() ? undefined : lang;
}

/** A sentence short enough to name a button's object: "Our vision is to make…". */
export function shortQuote(text: string, words = 5): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** A sentence from a page, where it was read, and a link that opens the page at it. */
export function SourcedQuote({ text, source, url }: Props) {
  const href = sentenceHref(url, text);
  return (
    <>
      <blockquote lang={quoteLang(text)}>{text}</blockquote>
      <p class="meta">
        {source}
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer" aria-label={t('prepOpenSourceLabel', shortQuote(text))}>
              {t('prepOpenSource')}
            </a>
          </>
        )}
      </p>
    </>
  );
}
