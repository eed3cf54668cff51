// jsdom ships no types and @types/jsdom is not installed: the little the job-ad tests use.
declare module 'jsdom' {
  /** Without `sendTo`, a virtual console swallows jsdom's own messages ("Could not parse CSS stylesheet"). */
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string; virtualConsole?: VirtualConsole });
    readonly window: Window & typeof globalThis;
  }
}
