import { capturePage } from '../content/capture-page';
import type { CaptureOutcome } from '../core/model';

// Injected on demand by the background (activeTab + scripting); never listed in the manifest.
// An unlisted script, not a content script: it needs no extension API and leaves no trace in the page.
export default defineUnlistedScript(
  (): CaptureOutcome =>
    // Until the HTML has been parsed there is no page to read yet.
    document.readyState === 'loading' ? { stillLoading: true } : capturePage(document, location.href),
);
