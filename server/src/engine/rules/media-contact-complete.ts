import { defineRule, type Report } from './types';

export default defineRule({
  id: 'media-contact-complete',
  description: 'Each media contact has a name and an email or phone; emails and phone numbers are valid.',
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'release',
  defaultOptions: { requirePhone: true },
  options: {
    requirePhone: { type: 'boolean', description: 'Warn when no contact of the release gives a phone number (wire services ask for one).' },
  },
  check({ release, text, options, report: reportHere }) {
    const contacts = release.mediaContacts;
    const section = release.contactSection;
    // A contact read outside the contact section points at the section too.
    const report = (finding: Report): void =>
      reportHere(
        section && !(section.start <= finding.start && finding.end <= section.end) ? { ...finding, related: [{ ...section, message: 'The media contact section.' }] } : finding,
      );
    // Only when no contact was read at all: a contact that was read gets its own finding below. A
    // skeleton still holding `[Email]` and `[Phone]` is for no-placeholder to point out, not this rule.
    if (section && contacts.length === 0 && !/\[[^\]\n]{1,80}\]/.test(text.slice(section.start, section.end))) {
      report({ ...section, message: 'The media contact gives no email address or phone number.' });
    }
    for (const contact of contacts) {
      for (const invalid of contact.invalid) {
        const what = invalid.kind === 'email' ? 'email address' : 'phone number';
        report({ ...invalid.span, message: `“${invalid.text}” is not a valid ${what}.`, error: true });
      }
      if (!contact.name && (contact.email || contact.phone)) {
        report({ start: contact.start, end: contact.end, message: `The media contact ${contact.email ?? contact.phone} has no person's name.` });
      }
      if (contact.name && !contact.email && !contact.phone && contact.invalid.length === 0) {
        report({ start: contact.start, end: contact.end, message: `The media contact ${contact.name} has neither an email address nor a phone number.` });
      }
    }
    if (options.requirePhone && contacts.some((c) => c.email) && !contacts.some((c) => c.phone)) {
      const first = contacts.find((c) => c.email)!;
      report({ start: first.start, end: first.end, message: 'No media contact gives a phone number.' });
    }
  },
});
