/**
 * Builds DevRev-style "don:" ids for the mock organisation. Real ids have the
 * same shape (`don:<service>:<partition>:devo/<org>:<type>/<n>`), so SDK code that
 * treats them as opaque strings works against both.
 */
export const DEV_ORG_ID = 'don:identity:dvrv-us-1:devo/0mock';
const CORE_PREFIX = 'don:core:dvrv-us-1:devo/0mock';

export type CoreObjectType =
  | 'incident'
  | 'product'
  | 'capability'
  | 'feature'
  | 'custom_stage'
  | 'custom_state'
  | 'stage_diagram'
  | 'tag'
  | 'article'
  | 'artifact'
  | 'schema_fragment';

export function coreDon(type: CoreObjectType, number: number | string): string {
  return `${CORE_PREFIX}:${type}/${number}`;
}

export function devUserDon(number: number): string {
  return `${DEV_ORG_ID}:devu/${number}`;
}

export function accountDon(number: number): string {
  return `${DEV_ORG_ID}:account/${number}`;
}

export function revOrgDon(number: number): string {
  return `${DEV_ORG_ID}:revo/${number}`;
}

export function revUserDon(revOrgNumber: number, number: number): string {
  return `${revOrgDon(revOrgNumber)}:revu/${number}`;
}
