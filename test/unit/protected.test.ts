import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine/parse';
import { FixGuard } from '../../server/src/engine/protected';

// No fix may cut into an address (protected.ts); a fix that swaps one whole address for another whole
// one of the same kind (contact-current's profile email) cuts into none.
describe('fixes beside addresses', () => {
  const text = 'Write to dstone@westbrook-water.example or see https://westbrook.example/news today.\n';
  const guard = new FixGuard(parse(text));
  const email = { start: text.indexOf('dstone'), end: text.indexOf(' or') };
  const url = { start: text.indexOf('https'), end: text.indexOf(' today') };

  it('a whole email or web address may be swapped for another of its kind', () => {
    assert.equal(guard.allows({ range: [email.start, email.end], text: 'press@westbrookwater.example' }), true);
    assert.equal(guard.allows({ range: [url.start, url.end], text: 'https://westbrookwater.example/press' }), true);
  });

  it('but not cut into, replaced by something that is no address, or by two', () => {
    assert.equal(guard.allows({ range: [email.start, email.start + 6], text: 'press' }), false);
    assert.equal(guard.allows({ range: [email.start, email.end], text: 'Dana Stone' }), false);
    assert.equal(guard.allows({ range: [email.start, email.end], text: 'a@b.example b@c.example' }), false);
    assert.equal(guard.allows({ range: [email.start, email.end], text: 'https://westbrook.example' }), false);
  });
});
