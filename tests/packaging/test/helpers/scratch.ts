import { createScratchWorkspace } from '../../../../spec/scripts/lib/scratch-workspace.mjs';
import { repoRoot } from './repository.js';

export interface Scratch {
  root: string;
  packageDir(name: string): string;
  remove(): void;
}

/** A throwaway copy of the repository; see spec/scripts/lib/scratch-workspace.mjs. */
export function createScratch(options: { withGenerated?: boolean } = {}): Scratch {
  return createScratchWorkspace(repoRoot, options);
}
