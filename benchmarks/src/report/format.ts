import type { Spread } from '../stats.js';

/** Formats a number with three significant digits, and thousands separators above 1000. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) {
    return String(value);
  }
  if (Math.abs(value) >= 1000) {
    return Math.round(value).toLocaleString('en-US');
  }
  return Number(value.toPrecision(3)).toString();
}

/** Formats a spread as `median (min–max)`, or the median alone for one repetition. */
export function formatSpread(spread: Spread): string {
  if (spread.repetitions === 1) {
    return formatNumber(spread.median);
  }
  return `${formatNumber(spread.median)} (${formatNumber(spread.min)}–${formatNumber(spread.max)})`;
}

/** Formats `numerator ÷ denominator` as a ratio such as `1.07×`. */
export function formatRatio(numerator: number, denominator: number): string {
  return `${(numerator / denominator).toFixed(2)}×`;
}

/** Renders a Markdown table. */
export function table(headers: string[], rows: string[][]): string {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    lines.push(`| ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1000).toFixed(1)} kB)`;
}
