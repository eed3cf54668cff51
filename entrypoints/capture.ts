import { capturePage } from '../content/capture-page';
import type { CaptureOutcome } from '../core/model';

/** Reads the page; a page that breaks the reader is answered with why, never with a half page. */
function capture(): CaptureOutcome {
  // Until the HTML has been parsed there is no page to read yet. (Read through the prototype:
  // an element named "readyState" would shadow the document's own property.)
  const readyState = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')?.get?.call(document);
  if (readyState === 'loading') return { stillLoading: true };
  try {
    return capturePage(document, location.href);
  } catch (error) {
    return { readFailed: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'unknown' };
  }
}

// Injected on demand by the background (activeTab + scripting); never listed in the manifest.
// An unlisted script, not a content script: it needs no extension API and leaves no trace in the page.
export default defineUnlistedScript(capture);
