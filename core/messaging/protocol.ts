import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaptureRefusal } from '../capture/capturability';
import type { ExtractionMethod } from '../model';

export type ClipResult =
  | {
      ok: true;
      clipId: string;
      companyId: string;
      title: string;
      method: ExtractionMethod;
      updated: boolean;
      truncated: boolean;
      /** Finding the article took too long, so the page's visible text was kept instead. */
      overBudget?: boolean;
    }
  | { ok: false; reason: CaptureRefusal };

/** Every message between extension pages and the background, typed. */
interface ProtocolMap {
  clipActiveTab(): ClipResult;
  /** The company of the tab the popup was opened over, if the user has research on it. */
  activeTabCompanyId(): string | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
