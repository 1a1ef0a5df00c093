import type { Organization } from '../../server/src/engine/index';

/** The example profile (#14): a water utility in Denver with one press officer. */
export const ACME_PROFILE = {
  name: 'Acme Water',
  boilerplate: 'Acme Water supplies drinking water to 1.2 million people in the Denver metro area. Learn more at https://acme.example.',
  website: 'https://acme.example',
  contacts: [{ name: 'Jane Doe', title: 'Press Officer', email: 'press@acme.example', phone: '+1 303 555 0100' }],
  dateline: { city: 'DENVER' },
} satisfies Organization;
