import type { ParsedDocument } from '../parse';
import type { Background, Boilerplate, EndMark } from '../release';
import { ABOUT_LABEL, BACKGROUND_LABEL, CONTACT_LABEL, END_MARK, NON_MEDIA_CONTACT_LABEL, matchesLabel } from './labels';
import { isLabelLike, type Unit, unitSpan } from './units';

/** True when a unit is a label that starts another part, which ends the section before it. */
export function isPartLabel(unit: Unit): boolean {
  if (unit.block.kind === 'heading') return true;
  if (!isLabelLike(unit, 100)) return false;
  const text = unit.text.trim();
  return [ABOUT_LABEL, BACKGROUND_LABEL, CONTACT_LABEL, NON_MEDIA_CONTACT_LABEL, END_MARK].some((p) => matchesLabel(p, text));
}

/** The units of a section: from its label up to the next heading or part label. */
export function sectionEnd(units: readonly Unit[], labelIndex: number): number {
  const label = units[labelIndex];
  const depth = label.block.kind === 'heading' ? label.block.depth : 7;
  let last = labelIndex;
  for (let i = labelIndex + 1; i < units.length; i++) {
    const unit = units[i];
    if (unit.block.kind === 'heading' && unit.block.depth <= depth) break;
    if (unit.block.kind !== 'heading' && isPartLabel(unit)) break;
    if (unit.block.kind === 'heading' && isPartLabel(unit)) break;
    last = i;
  }
  return last;
}

export function recogniseEndMark(document: ParsedDocument, units: readonly Unit[], from: number): EndMark | null {
  for (const unit of units.slice(from)) {
    const block = unit.block;
    const raw = unit.from === 0 && unit.to === block.flat.length ? document.text.slice(block.start, block.end) : unit.text;
    const text = raw.trim();
    if (text.length <= 16 && (END_MARK.test(text) || (block.kind === 'heading' && block.depth === 3 && unit.text.trim() === ''))) {
      const lead = raw.indexOf(text);
      const span = unit.from === 0 && unit.to === block.flat.length ? { start: block.start + lead, end: block.start + lead + text.length } : unitSpan(unit, lead, lead + text.length);
      return { ...span, text };
    }
  }
  return null;
}

const INLINE_BACKGROUND = /^(notes? (?:to|for) (?:the )?editors?|background(?: information)?|key facts)\s*:/i;

export function recogniseBackground(units: readonly Unit[], from: number): Background | null {
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    const text = unit.text.trim();
    if (isLabelLike(unit, 100) && matchesLabel(BACKGROUND_LABEL, text)) {
      const last = units[sectionEnd(units, i)];
      return { start: unitSpan(unit).start, end: unitSpan(last).end, label: text.replace(/[:.]$/, '') };
    }
    const inline = INLINE_BACKGROUND.exec(text);
    if (inline && unit.block.kind !== 'heading') {
      const lead = unit.text.indexOf(inline[0]);
      return { ...unitSpan(unit, lead), label: inline[1] };
    }
  }
  return null;
}

/** "About X" where the organisation's name then opens the text with no break: `About KinKin is …`. */
export function gluedAbout(text: string): { label: number; organization: string } | null {
  if (!/^about\s/i.test(text)) return null;
  const rest = text.slice(6);
  for (let length = 2; length <= Math.min(80, rest.length / 2); length++) {
    const name = rest.slice(0, length);
    if (/\s$/.test(name) || !/^\p{Lu}/u.test(name)) continue;
    // Only spaces may stand between: a line break (even U+2028) is a real break, not glue.
    const after = rest.slice(length).replace(/^[ \t]+/, '');
    if (after.startsWith(name) && /^[\s,’'(]/.test(after.slice(name.length, name.length + 1) || ' ')) {
      return { label: 6 + length, organization: name.trim() };
    }
  }
  return null;
}

/** An opening that describes an organisation: "Acme Corp. is a …", "The X was established in …". */
const DESCRIBES_ORGANISATION =
  /^(?:The\s+)?(\p{Lu}[\p{L}\d.&'’,-]*(?:\s+(?:of|for|and|the|de|&|\p{Lu}[\p{L}\d.&'’-]*|\([\p{Lu}\d]{2,10}\))){0,10}),?\s+(?:\([^)]{1,40}\)\s+)?(?:is|was|are|were|has been|serves as)\s+(?:a|an|the|one|established|founded|formed|created|headquartered|based|dedicated|committed|recognized|recognised|home|known|among|Canada’s|America’s|the\s)/u;
const ORGANISATION_TRAITS =
  /\b(?:founded|established|headquartered|based in|organi[sz]ation|company|non-?profit|charity|provider|leader|leading|mission|dedicated|members|foundation|association|agency|office|firm|group|platform|www\.|https?:|\.com|\.org)\b/i;

export function recogniseBoilerplate(units: readonly Unit[], from: number, isSkipped: (unit: Unit) => boolean): Boilerplate[] {
  const found: Boilerplate[] = [];
  const taken = new Set<number>();

  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (isSkipped(unit)) continue;
    const text = unit.text.trim();
    // "About X" as a heading, a bold line or a plain line, its text in the following units.
    const about = isLabelLike(unit, 100) ? ABOUT_LABEL.exec(text) : null;
    if (about && !matchesLabel(BACKGROUND_LABEL, text)) {
      const last = sectionEnd(units, i);
      if (last > i || unit.block.kind === 'heading') {
        found.push({ start: unitSpan(unit).start, end: unitSpan(units[last]).end, organization: about[1].replace(/[:.]$/, '').trim(), label: unitSpan(unit) });
        for (let j = i; j <= last; j++) taken.add(j);
        continue;
      }
    }
    const glued = gluedAbout(text);
    if (glued) {
      const lead = unit.text.indexOf(text);
      found.push({ ...unitSpan(unit, lead), organization: glued.organization, label: unitSpan(unit, lead, lead + glued.label) });
      taken.add(i);
    }
  }

  // A bare organisation-name heading whose first paragraph describes that organisation.
  for (let i = from; i < units.length - 1; i++) {
    const unit = units[i];
    if (taken.has(i) || unit.block.kind !== 'heading') continue;
    const name = unit.text.trim();
    const next = units[i + 1];
    if (name.length < 2 || name.length > 60 || taken.has(i + 1)) continue;
    if (next.text.trim().startsWith(name) && DESCRIBES_ORGANISATION.test(next.text.trim())) {
      const last = sectionEnd(units, i);
      found.push({ start: unitSpan(unit).start, end: unitSpan(units[last]).end, organization: name, label: unitSpan(unit) });
      for (let j = i; j <= last; j++) taken.add(j);
    }
  }

  // Without a label: a closing paragraph that describes the organisation, as UN releases close.
  if (found.length === 0) {
    const closingFrom = Math.max(from + 1, Math.floor(units.length / 2));
    for (let i = closingFrom; i < units.length; i++) {
      const unit = units[i];
      if (taken.has(i) || isSkipped(unit) || unit.block.kind !== 'paragraph' || unit.block.container !== 'root') continue;
      const text = unit.text.trim();
      const match = DESCRIBES_ORGANISATION.exec(text);
      if (match && ORGANISATION_TRAITS.test(text) && !/["“”]/.test(text) && text.split(/\s+/).length >= 15) {
        found.push({ ...unitSpan(unit), organization: match[1].replace(/,$/, ''), label: null });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
