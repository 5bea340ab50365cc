import type { Incident } from '@devrev-ts/incidents';

/** Replaced by the incident's number in every copy the server renders. */
const NUMBER = '__NUMBER__';

const owner = {
  type: 'dev_user',
  id: 'don:identity:dvrv-us-1:devo/0:devu/4',
  display_id: 'DEVU-4',
  display_name: 'priya.sre',
  email: 'priya@example.com',
  full_name: 'Priya Raman',
  state: 'active',
} as const;

// An incident with the fields a real organisation fills in, about 2 kB of
// JSON, so that parsing costs what it would against the real API.
const incident: Incident = {
  type: 'incident',
  id: `don:core:dvrv-us-1:devo/0:incident/${NUMBER}`,
  display_id: `INC-${NUMBER}`,
  title: 'Checkout API returns 502 for card payments in eu-west-1',
  body: 'Error rate on POST /checkout rose from 0.1% to 18% at 09:41 UTC after the payments gateway deploy. Card payments fail; wallet payments are unaffected. Rolling back gateway 2.14.0.',
  created_by: owner,
  modified_by: owner,
  owned_by: [owner, { ...owner, id: 'don:identity:dvrv-us-1:devo/0:devu/9', display_id: 'DEVU-9', display_name: 'marco.oncall', full_name: 'Marco Bellini', email: 'marco@example.com' }],
  created_date: '2026-03-02T09:43:12.000Z',
  modified_date: '2026-03-02T10:05:40.000Z',
  identified_date: '2026-03-02T09:41:00.000Z',
  acknowledged_date: '2026-03-02T09:45:31.000Z',
  target_close_date: '2026-03-02T13:00:00.000Z',
  severity: { id: 1, label: 'Sev1', ordinal: 1 },
  source: { id: 2, label: 'Alerting', ordinal: 2 },
  stage: {
    stage: { id: 'don:core:dvrv-us-1:devo/0:custom_stage/12', name: 'Acknowledged' },
    state: { id: 'don:core:dvrv-us-1:devo/0:custom_state/2', name: 'In progress', is_final: false },
  },
  applies_to_parts: [
    {
      type: 'product',
      id: 'don:core:dvrv-us-1:devo/0:product/3',
      display_id: 'PROD-3',
      name: 'Payments',
      owned_by: [owner],
    },
  ],
  tags: [
    { tag: { type: 'tag', id: 'don:core:dvrv-us-1:devo/0:tag/21', name: 'customer-facing' } },
    { tag: { type: 'tag', id: 'don:core:dvrv-us-1:devo/0:tag/22', name: 'eu-west-1' }, value: 'primary' },
  ],
  stock_schema_fragment: 'don:core:dvrv-us-1:devo/0:custom_type_fragment/1',
};

// The generated type of custom_fields admits no keys, because the spec gives
// the object no properties, so the organisation's fields are added untyped.
const customFields = { tnt__affected_merchants: 412, tnt__status_page: 'https://status.example.com/incidents/7781' };

/** JSON of one incident, with NUMBER where its number goes. */
const incidentTemplate = JSON.stringify({ ...incident, custom_fields: customFields });

/** Returns the JSON of incident number `n`: the fixture with its own id and display id. */
export function incidentJson(n: number): string {
  return incidentTemplate.replaceAll(NUMBER, String(n));
}

/** The incident the request-overhead case fetches, as `incidents.get` returns it. */
export const getResponseBody = Buffer.from(`{"incident":${incidentJson(1)}}`);
