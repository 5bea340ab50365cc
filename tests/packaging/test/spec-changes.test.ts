import { describe, expect, it } from 'vitest';

import { describeSchema, fieldsOf, schemaClosure } from '../../../spec/scripts/lib/describe-schema.mjs';
import { diffSpecs, formatChanges } from '../../../spec/scripts/lib/spec-changes.mjs';

// Small hand-made specs: just the parts the change report reads.
function spec(paths: Record<string, object>, schemas: Record<string, object>) {
  return { openapi: '3.0.3', info: { title: 'test', version: '1' }, paths, components: { schemas } };
}

const base = {
  'widget-summary': { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'id' } } },
  widget: {
    allOf: [
      { $ref: '#/components/schemas/widget-summary' },
      {
        type: 'object',
        properties: {
          size: { type: 'integer', format: 'int64' },
          tags: { type: 'array', items: { type: 'string' } },
          colour: { type: 'string', enum: ['red', 'blue'] },
        },
      },
    ],
  },
  'widgets-list-request': { type: 'object', properties: { limit: { type: 'integer', format: 'int32' } } },
  unrelated: { type: 'object', properties: { a: { type: 'string' } } },
};

const before = spec(
  { '/widgets.list': { get: {}, post: {} }, '/widgets.delete': { post: {} } },
  base,
);

describe('describeSchema', () => {
  it('names references, arrays, enums and formats', () => {
    expect(describeSchema({ $ref: '#/components/schemas/date-filter' })).toBe('date-filter');
    expect(describeSchema({ type: 'array', items: { type: 'integer', format: 'int64' } })).toBe('integer(int64)[]');
    expect(describeSchema({ type: 'string', enum: ['a', 'b'] })).toBe("'a' | 'b'");
    expect(describeSchema({ type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'boolean' }] } })).toBe(
      '(string | boolean)[]',
    );
    expect(describeSchema({ type: 'string', nullable: true })).toBe('string | null');
  });

  it('lists inline object fields with requiredness', () => {
    const described = describeSchema({ type: 'object', required: ['b'], properties: { b: { type: 'string' }, a: { type: 'boolean' } } });

    expect(described).toBe('{ a?: boolean; b: string }');
  });
});

describe('fieldsOf', () => {
  it('merges allOf parts and references', () => {
    const fields = fieldsOf(base, 'widget');

    expect([...fields.keys()].sort()).toEqual(['colour', 'id', 'size', 'tags']);
    expect(fields.get('id')).toEqual({ type: 'string(id)', required: true });
    expect(fields.get('size')).toEqual({ type: 'integer(int64)', required: false });
  });
});

describe('schemaClosure', () => {
  it('follows references from the roots only', () => {
    const closure = schemaClosure(base, ['widget']);

    expect([...closure].sort()).toEqual(['widget', 'widget-summary']);
  });
});

describe('diffSpecs', () => {
  const after = spec(
    { '/widgets.list': { get: {}, post: {} }, '/widgets.count': { post: {} } },
    {
      ...base,
      'widget-summary': { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'id' }, name: { type: 'string' } } },
      widget: {
        allOf: [
          { $ref: '#/components/schemas/widget-summary' },
          {
            type: 'object',
            required: ['size'],
            properties: { size: { type: 'string' }, colour: { type: 'string', enum: ['red', 'blue', 'green'] } },
          },
        ],
      },
      'widgets-list-request': {
        type: 'object',
        properties: { limit: { type: 'integer', format: 'int32' }, include_archived: { type: 'boolean' } },
      },
      unrelated: { type: 'object', properties: { b: { type: 'string' } } },
    },
  );
  const used = { named: new Set(['widget', 'widgets-list-request']), referenced: new Set(['widget-summary']) };
  const changes = diffSpecs(before, after, used);

  it('lists operations added and removed', () => {
    expect(changes.operations.added).toEqual(['POST /widgets.count']);
    expect(changes.operations.removed).toEqual(['POST /widgets.delete']);
  });

  it('lists fields added to a used schema', () => {
    const listRequest = changes.named.find((schema) => schema.name === 'widgets-list-request');

    expect(listRequest?.added).toEqual(['include_archived']);
    expect(listRequest?.removed).toEqual([]);
  });

  it('lists removed and retyped fields', () => {
    const widget = changes.named.find((schema) => schema.name === 'widget');

    expect(widget?.added).toEqual(['name']);
    expect(widget?.removed).toEqual(['tags']);
    expect(widget?.retyped.map((change) => change.field)).toEqual(['colour', 'size']);
  });

  it('leaves out schemas the packages do not use', () => {
    const names = [...changes.named, ...changes.referenced].map((schema) => schema.name);

    expect(names).not.toContain('unrelated');
    expect(names).toContain('widget-summary');
  });

  it('formats one line per changed schema', () => {
    const report = formatChanges(changes);

    expect(report).toContain('Operations: 1 added, 1 removed');
    expect(report).toContain('  + POST /widgets.count');
    expect(report).toContain('  - POST /widgets.delete');
    expect(report).toContain('  widgets-list-request: +include_archived');
    expect(report).toContain("~colour ('red' | 'blue', optional -> 'red' | 'blue' | 'green', optional)");
    expect(report).toContain('~size (integer(int64), optional -> string)');
    expect(report).toContain('  widget-summary: +name');
  });

  it('reports a spec compared with itself as unchanged', () => {
    const same = diffSpecs(before, before, used);

    expect(same.operations).toEqual({ added: [], removed: [] });
    expect(same.named).toEqual([]);
    expect(same.referenced).toEqual([]);
  });
});
