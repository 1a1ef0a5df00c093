import { validPhone } from '../recognise/contacts';

/** A press office's contact as the team's profile gives it. */
export interface ProfileContact {
  name: string;
  title?: string;
  email?: string;
  /** With its country code (`+1 303 555 0100`): it is written into releases read abroad. */
  phone?: string;
}

/**
 * The team's profile: what a press office writes into every release. Data only, so a shared
 * configuration package can carry it. Fixes, new releases and completions write it in; the
 * `boilerplate-current` and `contact-current` rules compare a release with it.
 */
export interface Organization {
  name: string;
  /** The "About" paragraph, in Markdown, without its `About <name>` heading. */
  boilerplate?: string;
  website?: string;
  contacts?: ProfileContact[];
  dateline?: { city: string };
}

/** How a field of the profile is written: the schema and the checks both read this. */
type FieldSpec =
  | { type: 'string'; description: string; check?: (value: string) => string | null }
  | { type: 'object'; description: string; required: readonly string[]; fields: Record<string, FieldSpec> }
  | { type: 'array'; description: string; items: FieldSpec };

const EMAIL = /^[^\s@]{1,64}@[^\s@.]{1,63}(?:\.[^\s@.]{1,63}){1,6}$/;

const CONTACT_SPEC: FieldSpec = {
  type: 'object',
  description: 'A media contact the fixes and new releases write in, and contact-current checks.',
  required: ['name'],
  fields: {
    name: { type: 'string', description: 'Full name, as releases write it.' },
    title: { type: 'string', description: 'Job title (`Press Officer`).' },
    email: { type: 'string', description: 'Email address.', check: (value) => (EMAIL.test(value) ? null : 'must be an email address (press@acme.example)') },
    phone: {
      type: 'string',
      description: 'Phone number with its country code (`+1 303 555 0100`).',
      check: (value) =>
        value.trim().startsWith('+') && validPhone(value, ['US']) ? null : 'must be a valid phone number written with + and its country code (+1 303 555 0100, +358 9 4150 2300)',
    },
  },
};

/**
 * The `organization` key of a configuration. Its name is required of the merged profile, not of
 * each file: a project may extend a shared profile and change only its dateline city.
 */
export const ORGANIZATION_SPEC: FieldSpec = {
  type: 'object',
  description:
    'The team’s profile: its name, boilerplate, website, media contacts and dateline city. New releases, the skeleton fixes and the completions write it in; boilerplate-current and contact-current compare releases with it. Its name is required, here or in a configuration this one extends.',
  required: [],
  fields: {
    name: { type: 'string', description: 'The organization’s name, as its boilerplate’s `About <name>` writes it.' },
    boilerplate: { type: 'string', description: 'The current "About" paragraph (Markdown), without its heading.' },
    website: {
      type: 'string',
      description: 'The website address: the boilerplate skeleton ends with it when the profile gives no boilerplate text (a given boilerplate is written as it is).',
    },
    contacts: { type: 'array', description: 'The media contacts, in the order releases list them.', items: CONTACT_SPEC },
    dateline: {
      type: 'object',
      description: 'The dateline a new release opens with.',
      required: ['city'],
      fields: { city: { type: 'string', description: 'The city as the house style writes it in a dateline (`DENVER`, `London`).' } },
    },
  },
};

/** The path of a value as a writer reads it: `organization.contacts[0].email`. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** The first problem of a value against its spec, with the JSON path of the value at fault; or null. */
export function fieldProblem(spec: FieldSpec, value: unknown, path: (string | number)[]): { problem: string; path: (string | number)[] } | null {
  const at = (problem: string): { problem: string; path: (string | number)[] } => ({ problem: `"${pathText(path)}" ${problem}`, path });
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return at('must be a non-empty string');
      return spec.check?.(value) ? at(spec.check(value)!) : null;
    case 'array':
      if (!Array.isArray(value)) return at('must be an array');
      for (const [index, item] of value.entries()) {
        const problem = fieldProblem(spec.items, item, [...path, index]);
        if (problem) return problem;
      }
      return null;
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return at('must be an object');
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        // Located at the key at fault, not at the object around it.
        if (!(key in spec.fields)) {
          const expected = Object.keys(spec.fields)
            .map((k) => `"${k}"`)
            .join(', ');
          return { problem: `"${pathText(path)}" has no key "${key}" (expected ${expected})`, path: [...path, key] };
        }
      }
      for (const key of spec.required) if (object[key] === undefined) return at(`needs "${key}"`);
      for (const [key, field] of Object.entries(spec.fields)) {
        if (object[key] === undefined) continue;
        const problem = fieldProblem(field, object[key], [...path, key]);
        if (problem) return problem;
      }
      return null;
    }
  }
}

/** The JSON schema of a spec, for completion and validation of `.pressroomrc.json`. */
export function fieldSchema(spec: FieldSpec): Record<string, unknown> {
  const described = { description: spec.description.replace(/`/g, ''), markdownDescription: spec.description };
  switch (spec.type) {
    case 'string':
      return { type: 'string', minLength: 1, ...described };
    case 'array':
      return { type: 'array', items: fieldSchema(spec.items), ...described };
    case 'object':
      return {
        type: 'object',
        additionalProperties: false,
        required: [...spec.required],
        properties: Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, fieldSchema(field)])),
        ...described,
      };
  }
}
