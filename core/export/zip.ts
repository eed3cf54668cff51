import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './markdown';

/** A zip of text files (UTF-8), with folders as written in their paths. */
export function zipFiles(files: readonly ExportFile[], mtime = new Date()): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) tree[file.path] = [strToU8(file.text), { mtime }];
  return zipSync(tree, { level: 6 });
}
