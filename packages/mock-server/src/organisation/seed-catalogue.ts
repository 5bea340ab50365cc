import { coreDon } from './dons.js';
import type { Article, DevUser, Part, Tag } from './organisation.js';

const PRODUCTS: { name: string; capabilities: { name: string; features: string[] }[] }[] = [
  {
    name: 'Payments',
    capabilities: [
      { name: 'Card processing', features: ['3-D Secure', 'Refunds'] },
      { name: 'Payouts', features: ['Scheduled payouts'] },
    ],
  },
  {
    name: 'Identity',
    capabilities: [
      { name: 'Single sign-on', features: ['SAML'] },
      { name: 'Sessions', features: ['Token refresh'] },
    ],
  },
];

/** Seeds a product hierarchy (product > capability > feature), each part owned by one dev user. */
export function seedParts(users: DevUser[]): Part[] {
  const parts: Part[] = [];
  const counters = { product: 0, capability: 0, feature: 0 };
  const prefixes = { product: 'PROD', capability: 'CAPL', feature: 'FEAT' };

  const add = (type: Part['type'], name: string, parentId?: string): Part => {
    counters[type] += 1;
    const number = counters[type] * 10 + 3;
    const part: Part = {
      id: coreDon(type, number),
      display_id: `${prefixes[type]}-${number}`,
      type,
      name,
      owned_by: [users[parts.length % users.length]!.id],
      ...(parentId ? { parent_id: parentId } : {}),
    };
    parts.push(part);
    return part;
  };

  for (const product of PRODUCTS) {
    const productPart = add('product', product.name);
    for (const capability of product.capabilities) {
      const capabilityPart = add('capability', capability.name, productPart.id);
      for (const feature of capability.features) {
        add('feature', feature, capabilityPart.id);
      }
    }
  }
  return parts;
}

const TAG_PREFIXES = ['team', 'service', 'region', 'cause', 'customer-tier', 'env'];
const TAG_WORDS = [
  'alpha', 'bravo', 'cedar', 'delta', 'ember', 'falcon', 'garnet', 'harbor', 'indigo', 'juniper',
  'kestrel', 'lumen', 'maple', 'nimbus', 'onyx', 'pine', 'quartz', 'raven', 'sierra', 'tundra',
];

/** Seeds `count` tags with unique names such as `team-alpha`. */
export function seedTags(count: number): Tag[] {
  const tags: Tag[] = [];

  for (let index = 0; index < count; index += 1) {
    const prefix = TAG_PREFIXES[index % TAG_PREFIXES.length]!;
    const word = TAG_WORDS[Math.floor(index / TAG_PREFIXES.length) % TAG_WORDS.length]!;
    const round = Math.floor(index / (TAG_PREFIXES.length * TAG_WORDS.length));
    const name = round === 0 ? `${prefix}-${word}` : `${prefix}-${word}-${round + 1}`;
    const number = 2000 + index * 3;

    tags.push({ id: coreDon('tag', number), display_id: `TAG-${number}`, name, description: `Incidents about ${prefix} ${word}.` });
  }
  return tags;
}

const ARTICLE_TITLES = [
  'Playbook: database failover',
  'Playbook: payment provider outage',
  'Playbook: rolling back a deployment',
  'Playbook: certificate expiry',
  'Post-incident analysis: card declines in EU',
  'Post-incident analysis: login loop after token refresh',
  'Post-incident analysis: delayed payouts',
  'Architecture: payments pipeline',
  'Architecture: session service',
  'On-call handbook',
];

export function seedArticles(): Article[] {
  return ARTICLE_TITLES.map((title, index) => ({
    id: coreDon('article', 300 + index),
    display_id: `ART-${300 + index}`,
    title,
  }));
}
