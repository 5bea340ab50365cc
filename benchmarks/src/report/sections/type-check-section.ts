import type { TypeCheckResult } from '../../cases/type-check.js';
import type { BenchSettings } from '../../settings.js';
import { formatRatio, formatSpread, table } from '../format.js';

const projectLabels = {
  ours: 'devrev-ts, packed and installed',
  official: '`@devrev/typescript-sdk` from npm',
  baseline: 'baseline: no SDK, only `@types/node`',
};

export function renderTypeCheck(result: TypeCheckResult, settings: BenchSettings['typeCheck']): string {
  const body = result.rows.map((row) => {
    const ours = result.rows.find((candidate) => candidate.project === 'ours' && candidate.skipLibCheck === row.skipLibCheck);
    return [
      row.skipLibCheck ? 'on' : 'off',
      projectLabels[row.project],
      formatSpread(row.wallMs),
      formatSpread(row.cpuMs),
      formatSpread(row.peakRssMb),
      ours === undefined || row.project === 'baseline' ? '' : formatRatio(ours.wallMs.median, row.wallMs.median),
    ];
  });

  const baselineNote = result.rows.some((row) => row.project === 'baseline')
    ? ' The baseline\nproject imports no SDK, so its row is the part of every other row that\nTypeScript\'s libraries and `@types/node` cost.'
    : '';

  return `## 5. Type-check cost

\`tsc --noEmit\` (TypeScript ${result.typescriptVersion}) on the consumer files of the bundle-size case,
each in a project with \`strict\`, \`module: NodeNext\`, \`lib: ES2022\`, \`types: ["node"]\`
and \`skipLibCheck: true\`, as most applications set it; the rows with
skipLibCheck off pass \`--skipLibCheck false\`. Each check is a new Node.js
process: wall time as a build sees it, CPU time (user + system) of the
process, which a busy machine disturbs less, and its peak RSS.${baselineNote}
${settings.repetitions} repetitions; median (min–max).

${table(['skipLibCheck', 'consumer', 'wall ms', 'CPU ms', 'peak RSS, MB', 'ours ÷ this, wall'], body)}`;
}
