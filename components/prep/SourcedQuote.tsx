import { t } from '../i18n';
import { sentenceHref } from './links';

interface Props {
  text: string;
  /** Where it was read, as the user knows the page (its title or site). */
  source: string;
  url: string | undefined;
}

/** A sentence from a page, where it was read, and a link that opens the page at it. */
export function SourcedQuote({ text, source, url }: Props) {
  const href = sentenceHref(url, text);
  return (
    <>
      <blockquote>{text}</blockquote>
      <p class="meta">
        {source}
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t('prepOpenSource')}
            </a>
          </>
        )}
      </p>
    </>
  );
}
