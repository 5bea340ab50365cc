// The type-check case's baseline: a file that imports no SDK, so checking it
// costs only what TypeScript's own libraries and @types/node cost.
export function tokenFromEnvironment(): string | undefined {
  return process.env.DEVREV_TOKEN;
}
