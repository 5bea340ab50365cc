import { describe, expect, it } from 'vitest';

import { findListEndpoint } from '../src/find-list-endpoint.js';
import { listEndpointPaths } from '../src/index.js';

describe('generated list endpoint table', () => {
  it('lists the endpoints of each shape', () => {
    const paths = listEndpointPaths();

    expect(paths).toEqual(expect.arrayContaining(['/incidents.list', '/tags.list', '/rev-users.scan', '/stages.custom.list']));
    expect(paths).not.toContain('/incidents.create');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each([
    ['/tags.list', { items: 'tags', next: 'next_cursor', prev: 'prev_cursor', limit: true, mode: true }],
    ['/rev-users.scan', { items: 'rev_users', next: 'next_cursor', prev: undefined, limit: false, mode: false }],
    ['/stages.custom.list', { items: 'result', next: 'cursor', prev: undefined, limit: true, mode: false }],
    ['/custom-objects.list', { items: 'result', next: 'next_cursor', prev: 'prev_cursor', limit: true, mode: true }],
    // search.core returns both cursor and next_cursor; next_cursor is the one that advances.
    ['/search.core', { items: 'results', next: 'next_cursor', prev: 'prev_cursor', limit: true, mode: true }],
  ])('%s', (path, endpoint) => {
    expect(findListEndpoint(path)).toEqual(endpoint);
  });

  it.each(['/incidents.create', '__proto__', 'toString', 'hasOwnProperty'])('%s is not a list', (path) => {
    expect(findListEndpoint(path)).toBeUndefined();
  });
});
