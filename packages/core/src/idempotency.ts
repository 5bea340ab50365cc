/** Methods that RFC 9110 defines as idempotent. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Actions, the part of a DevRev path after the last dot, that can be
 * repeated without a second effect: reads, which each have a GET form in the
 * spec, plus `update` (it sets fields) and `delete`. Every other action,
 * `create` first of all, is treated as able to act twice.
 */
const REPEATABLE_ACTIONS = new Set(['get', 'list', 'count', 'export', 'group', 'scan', 'locate', 'info', 'self', 'history', 'evaluate', 'update', 'delete']);

/**
 * Decides whether a call may be repeated after an outcome that leaves open
 * whether it took effect (a 500, 502 or 504, a reset connection, a timeout).
 * GET, HEAD, OPTIONS, PUT and DELETE are. DevRev sends every call as POST,
 * so for POST the rule looks at the action: `POST /incidents.list` is
 * repeatable, `POST /incidents.create` is not. Any other method, such as
 * PATCH, is not. A repeated `delete` that had already succeeded fails with 404.
 */
export function isIdempotentCall(method: string, path: string): boolean {
  const upperMethod = method.toUpperCase();
  if (IDEMPOTENT_METHODS.has(upperMethod)) {
    return true;
  }
  if (upperMethod !== 'POST') {
    return false;
  }

  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  const dot = lastSegment.lastIndexOf('.');
  return dot !== -1 && REPEATABLE_ACTIONS.has(lastSegment.slice(dot + 1));
}
