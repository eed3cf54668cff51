import { capturePage } from '../content/capture-page';
import type { CaptureOutcome } from '../core/model';

// Injected on demand by the background (activeTab + scripting); never listed in the manifest.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: (): CaptureOutcome =>
    // Until the HTML has been parsed there is no page to read yet.
    document.readyState === 'loading' ? { stillLoading: true } : capturePage(document, location.href),
});
