import type { BundleSizeResult } from '../../cases/bundle-size.js';
import { formatBytes, formatRatio, table } from '../format.js';

export function renderBundleSize(result: BundleSizeResult): string {
  const { ours, official } = result;
  const body = [
    ['devrev-ts (`@devrev-ts/core` + `@devrev-ts/incidents`)', formatBytes(ours.minifiedBytes), formatBytes(ours.gzipBytes), '1.00×'],
    ['`@devrev/typescript-sdk`', formatBytes(official.minifiedBytes), formatBytes(official.gzipBytes), formatRatio(ours.gzipBytes, official.gzipBytes)],
  ];

  return `## 4. Bundle size

esbuild bundles a consumer that creates an incident, reads one page of the
list and walks the whole list (\`benchmarks/consumers/\`), with every package
it imports, minified, for Node.js 20 as an ES module; the bundle is then
gzipped at level 9. Our packages come from \`pnpm pack\` tarballs installed
into a temporary project. The sizes are deterministic: one build each.

${table(['consumer', 'minified', 'gzipped', 'ours ÷ this, gzipped'], body)}`;
}
