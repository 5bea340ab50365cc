// `pnpm demo`: runs the incident lifecycle against a local mock server, or
// against the DevRev organisation that DEVREV_TOKEN (and DEVREV_BASE_URL) name.
import { createDevRevClient, type DevRevClient, unwrap } from '@devrev-ts/core';
import { startMockServer } from '@devrev-ts/mock-server';

import { runIncidentLifecycle } from './incident-lifecycle.js';

async function ownerAndPart(client: DevRevClient): Promise<{ ownerId: string; partId: string }> {
  const { dev_user: self } = await unwrap(client.GET('/dev-users.self'));
  const { parts } = await unwrap(client.POST('/parts.list', { body: { limit: 1 } }));
  const part = parts[0];
  if (part === undefined) {
    throw new Error('The organisation has no parts; create one in DevRev, then run the demo again.');
  }
  return { ownerId: self.id, partId: part.id };
}

async function main(): Promise<void> {
  if (process.env.DEVREV_TOKEN !== undefined) {
    const client = createDevRevClient({ token: process.env.DEVREV_TOKEN, baseUrl: process.env.DEVREV_BASE_URL });
    console.log(`Running against ${client.baseUrl}`);
    await runIncidentLifecycle({ client, ...(await ownerAndPart(client)) });
    return;
  }

  const server = await startMockServer();
  try {
    console.log(`Running against the mock server at ${server.url}`);
    const client = createDevRevClient({ token: server.token, baseUrl: server.url });
    await runIncidentLifecycle({ client, ...(await ownerAndPart(client)) });
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
