import { validPhone } from '../recognise/contacts';
import { sameName } from '../profile';
import { defineRule } from './types';

export default defineRule({
  id: 'contact-current',
  description: 'A media contact who is in the team’s profile has the profile’s email address and phone number.',
  defaultSeverity: 'warn',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, organization, report }) {
    const profileContacts = organization?.contacts ?? [];
    if (profileContacts.length === 0) return;
    for (const contact of release.mediaContacts) {
      const profile = contact.name ? profileContacts.find((p) => sameName(p.name, contact.name!)) : undefined;
      if (!profile) continue;
      if (profile.email && contact.email && contact.emailSpan && contact.email.toLowerCase() !== profile.email.toLowerCase()) {
        report({
          ...contact.emailSpan,
          message: `${profile.name}’s email in the team’s profile is ${profile.email}, not ${contact.email}.`,
          fix: { range: [contact.emailSpan.start, contact.emailSpan.end], text: profile.email },
        });
      }
      // Compared as numbers, not as written: `+1 303 555 0100` and `(303) 555-0100` are one phone.
      const profilePhone = profile.phone ? validPhone(profile.phone, ['US']) : null;
      if (profile.phone && profilePhone && contact.phone && contact.phoneSpan && contact.phoneE164 !== profilePhone) {
        report({
          ...contact.phoneSpan,
          message: `${profile.name}’s phone in the team’s profile is ${profile.phone}, not ${contact.phone}.`,
          fix: { range: [contact.phoneSpan.start, contact.phoneSpan.end], text: profile.phone },
        });
      }
    }
  },
});
