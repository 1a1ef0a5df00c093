import { AP_STANDALONE_CITIES, apState, stateName } from '../house-style';
import { proseBlocks, styleSpan } from '../prose';
import { allMatches } from '../text';
import { defineRule } from './types';

/**
 * Postal codes that are also something else after a name and a comma (`Jane Roe, MD`, `Sam Poe,
 * PA`, `Acme, CO`, `Long Beach, LA`) are left out of the text check: only a writer knows.
 */
const POSTAL_IN_TEXT = 'AK|AZ|AR|CA|CT|FL|GA|IA|KS|KY|MN|MO|MT|NV|NH|NJ|NM|NY|NC|ND|RI|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const AP_ABBREVIATIONS = 'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo';
const TWO_LETTER_AP = 'N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|R\\.I|S\\.C|S\\.D|W\\.Va';
/** A capitalised place, a comma, then a state abbreviated: `Denver, Colo.`, `Austin, TX`, `Trenton, N.J.`. */
const CITY_STATE = new RegExp(`,[ \\u00a0]((?:${AP_ABBREVIATIONS}|${TWO_LETTER_AP})\\.|(?:${POSTAL_IN_TEXT})(?![.\\p{L}\\p{N}]))(?![\\p{L}\\p{N}])`, 'gu');
/**
 * The capitalised word before the comma, with a letter in lower case (read from a short window: no
 * scan back over a long word). A place in capitals is a dateline's (`LANCASTER, PA.`), which the
 * dateline check judges.
 */
const PLACE_BEFORE = /\p{Lu}[\p{L}.'’-]*\p{Ll}[\p{L}.'’-]*$/u;
/** The place before the comma: one to three capitalised words (`Las Vegas`, `Salt Lake City`). */
const CITY_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]){0,2}\p{Lu}[\p{L}.'’-]*$/u;
const STATE_CUE = new RegExp(`,[ \\u00a0](?:${AP_ABBREVIATIONS}|${POSTAL_IN_TEXT}|[NRSW]\\.)`, 'u');

export default defineRule({
  id: 'state-abbreviation',
  description:
    'US states as AP writes them: abbreviated its way in a dateline (`BOULDER, Colo.`, never `CO`), dropped after a city that stands alone (`CHICAGO`), spelled out after a city in the text (`Denver, Colorado`).',
  defaultSeverity: 'off',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, report }) {
    const dateline = release.dateline;
    if (dateline && !dateline.placeholder && dateline.city.includes(',')) {
      const place = dateline.city;
      const comma = place.indexOf(',');
      const city = place.slice(0, comma).trim().toUpperCase();
      const stateText = place.slice(comma + 1).trim();
      const stateStart = place.indexOf(stateText, comma);
      const washington = city === 'WASHINGTON' && /^D\.?\s?C\.?$/i.test(stateText);
      const state = washington ? null : apState(stateText);
      // The place's text as written, so that offsets into it are offsets into the document.
      const verbatim = text.slice(dateline.citySpan.start, dateline.citySpan.end) === place;
      if (washington || (state && AP_STANDALONE_CITIES.has(city))) {
        const range: [number, number] = [dateline.citySpan.start + comma, dateline.citySpan.end];
        report({
          ...dateline.citySpan,
          message: `Dateline place “${place}”: ${city} stands alone in an AP dateline, without its state.`,
          ...(verbatim ? { fix: { range, text: '' }, fixTitle: `Write “${place.slice(0, comma)}” alone` } : {}),
        });
      } else if (state && state !== stateText) {
        const start = dateline.citySpan.start + stateStart;
        report({
          ...(verbatim ? { start, end: start + stateText.length } : dateline.citySpan),
          message: `Dateline place “${place}”: AP style writes the state “${state}”.`,
          ...(verbatim ? { fix: { range: [start, start + stateText.length] as [number, number], text: state } } : {}),
        });
      }
    }

    const contacts = release.contactSection;
    for (const block of proseBlocks(release)) {
      if (block.kind === 'heading' || !STATE_CUE.test(block.flat)) continue;
      // Addresses in the contact section keep their postal codes.
      if (contacts && block.start >= contacts.start && block.end <= contacts.end) continue;
      for (const match of allMatches(CITY_STATE, block.flat)) {
        if (!PLACE_BEFORE.test(block.flat.slice(Math.max(0, match.index - 24), match.index))) continue;
        const written = match[1];
        const after = block.flat.slice(match.index + match[0].length, match.index + match[0].length + 12);
        // A postal code before a ZIP code is a full address, which AP writes with postal codes; a
        // place before a dash or a date opens a dateline (`Bellingham, WA —`, `(Providence, RI – July 17`),
        // where AP abbreviates.
        if (/^[ \u00a0]*\d{5}/.test(after) || /^[ \u00a0]*(?:[–—]|-[ \u00a0-])/.test(after)) continue;
        const start = match.index + match[0].length - written.length;
        const span = styleSpan(release, block, start, start + written.length);
        if (!span || (dateline && span.start < dateline.end && dateline.start < span.end)) continue;
        const name = stateName(written);
        if (!name) continue;
        // A city that stands alone in an AP dateline stands alone in the text too (`in Las Vegas`).
        const city = CITY_BEFORE.exec(block.flat.slice(Math.max(0, match.index - 24), match.index))?.[0] ?? '';
        if (AP_STANDALONE_CITIES.has(city.toUpperCase())) {
          const whole = styleSpan(release, block, match.index, start + written.length);
          if (!whole) continue;
          report({
            ...whole,
            message: `AP style writes “${city}” alone, without its state.`,
            fix: { range: [whole.start, whole.end], text: written.endsWith('.') && /^(?:$|[ \u00a0]+["“‘(]?\p{Lu})/u.test(after) ? '.' : '' },
          });
          continue;
        }
        // `Denver, Colo. The company …`: the abbreviation's stop also ended the sentence, and stays.
        const endsSentence = written.endsWith('.') && /^(?:$|[ \u00a0]+["“‘(]?\p{Lu})/u.test(after);
        const wanted = endsSentence ? `${name}.` : name;
        report({ ...span, message: `AP style spells out a state after a city in the text: “${wanted}”, not “${written}”.`, fix: { range: [span.start, span.end], text: wanted } });
      }
    }
  },
});
