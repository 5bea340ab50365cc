/** The clients every case compares, in the order the reports list them. */
export const competitors = {
  ours: 'devrev-ts',
  oursCore: 'devrev-ts core client alone',
  fetch: 'raw fetch',
  openapiFetch: 'openapi-fetch',
  official: '@devrev/typescript-sdk',
} as const;

export type Competitor = keyof typeof competitors;

/** Token every benchmark client sends; the benchmark server only checks that one is present. */
export const benchToken = 'bench-token';
