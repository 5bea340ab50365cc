import type { Random } from '../random/create-random.js';
import { accountDon, devUserDon, revOrgDon, revUserDon } from './dons.js';
import type { Account, DevUser, RevOrg, RevUser } from './organisation.js';

const DEV_USER_NAMES = [
  'Ada Okafor',
  'Mateo Silva',
  'Priya Raman',
  'Jonas Berg',
  'Mei Tanaka',
  'Samir Haddad',
  'Lena Novak',
  'Tom Whitaker',
];

const FIRST_NAMES = ['Alex', 'Bea', 'Chen', 'Dana', 'Eli', 'Farah', 'Goran', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lior'];
const LAST_NAMES = ['Adams', 'Brook', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Hughes', 'Ito', 'Jensen'];
const COMPANIES = ['Acme Retail', 'Blue Harbor Bank', 'Cobalt Logistics', 'Delta Health', 'Evergreen Foods', 'Fjord Air', 'Granite Insurance', 'Helix Labs', 'Ion Energy', 'Juniper Media'];

function emailFor(fullName: string, domain: string): string {
  return `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`;
}

export function seedDevUsers(): DevUser[] {
  return DEV_USER_NAMES.map((fullName, index) => {
    const number = 101 + index * 4;
    return {
      id: devUserDon(number),
      display_id: `DEVU-${number}`,
      display_name: fullName.split(' ')[0]!.toLowerCase(),
      full_name: fullName,
      email: emailFor(fullName, 'example.com'),
    };
  });
}

export function seedAccounts(): Account[] {
  return COMPANIES.map((name, index) => ({
    id: accountDon(index + 1),
    display_id: `ACC-${index + 1}`,
    display_name: name,
  }));
}

export function seedRevOrgs(): RevOrg[] {
  return COMPANIES.map((name, index) => ({
    id: revOrgDon(index + 1),
    display_id: `REV-${index + 1}`,
    display_name: name,
  }));
}

/** Seeds customer users spread over the rev orgs, created over the year before `now`. */
export function seedRevUsers(random: Random, revOrgs: RevOrg[], count: number, now: Date): RevUser[] {
  const users: RevUser[] = [];

  for (let number = 1; number <= count; number += 1) {
    const fullName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const revOrgIndex = random.integer(0, revOrgs.length - 1);
    const revOrg = revOrgs[revOrgIndex]!;
    const ageMs = random.integer(1, 365 * 24) * 3_600_000;

    users.push({
      id: revUserDon(revOrgIndex + 1, number),
      display_id: `REVU-${number}`,
      display_name: fullName,
      full_name: fullName,
      email: emailFor(`${fullName} ${number}`, `${revOrg.display_name.toLowerCase().replace(/[^a-z]+/g, '')}.example`),
      rev_org_id: revOrg.id,
      created_date: new Date(now.getTime() - ageMs).toISOString(),
    });
  }
  return users;
}
