import { createScratchWorkspace } from '../../../../spec/scripts/lib/scratch-workspace.mjs';
import { repoRoot } from './repository.js';

export interface Scratch {
  root: string;
  packageDir(name: string): string;
  remove(): void;
}

/** Creates a throwaway copy of the repository, as spec/scripts/lib/scratch-workspace.mjs describes. */
export function createScratch(options: { withGenerated?: boolean } = {}): Scratch {
  return createScratchWorkspace(repoRoot, options);
}
