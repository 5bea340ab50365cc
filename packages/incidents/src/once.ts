/** Memoizes an async builder, so that every page of a walk reuses one translated body. */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= build());
}
