import { fromSchemaOrg } from './from-json-ld';
import type { JobAdInput, SourceDraft } from './types';

/**
 * schema.org microdata, converted in the page by `content/microdata.ts` into
 * the same shapes as JSON-LD; its values are all strings, which the JSON-LD
 * readers accept. Ranked below JSON-LD: pages that have both keep JSON-LD current.
 */
export function fromMicrodata(input: JobAdInput): SourceDraft | undefined {
  return fromSchemaOrg(input.microdata, 'microdata', input);
}
