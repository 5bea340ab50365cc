import { NotFoundError } from '@devrev-ts/core';

/** Rethrows a 404 as a NotFoundError that names the incident id; other errors pass unchanged. */
export function nameMissingIncident(id: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof NotFoundError) {
      throw new NotFoundError(`Incident ${id} was not found.`, {
        status: error.status,
        type: error.type,
        detail: error.detail,
        body: error.body,
        requestId: error.requestId,
        request: error.request,
        cause: error,
      });
    }
    throw error;
  };
}
