import { describe, expectTypeOf, it } from 'vitest';

import { createDevRevClient, type ApiVersion, type DevRevClient } from '../src/index.js';

// Checked by `tsc --noEmit` (pnpm typecheck), not at run time. DevRevClient
// declares V covariant (`out V`), and these checks pin the assignments that
// allows, which are those the intersection type it replaced allowed.
describe('DevRevClient type', () => {
  it('widens to both surfaces', () => {
    expectTypeOf<DevRevClient<'beta'>>().toExtend<DevRevClient<'beta' | 'public'>>();
    expectTypeOf<DevRevClient<'public'>>().toExtend<DevRevClient<ApiVersion>>();
  });

  it('does not narrow to one surface', () => {
    expectTypeOf<DevRevClient<'beta' | 'public'>>().not.toExtend<DevRevClient<'beta'>>();
    expectTypeOf<DevRevClient<'public'>>().not.toExtend<DevRevClient<'beta'>>();
    expectTypeOf<DevRevClient<'beta'>>().not.toExtend<DevRevClient<'public'>>();
  });

  it('passes to a generic function', () => {
    const baseUrlOf = <V extends ApiVersion>(client: DevRevClient<V>): string => client.baseUrl;
    const client = createDevRevClient({ token: 'test-token', baseUrl: 'http://127.0.0.1:1' });

    expectTypeOf(client).toEqualTypeOf<DevRevClient<'beta'>>();
    expectTypeOf(baseUrlOf(client)).toEqualTypeOf<string>();
  });
});
