/**
 * Lines that name who issues a release rather than what it says: an office's or an organisation's
 * name set as a title, an office-holder's letterhead, an authorisation line. Release detection reads
 * them as a sign-off; the headline reader passes over them to the title below.
 */
/** A name set as a title (`Corrupt Practices Investigation Bureau`, `MINISTRY OF FOREIGN AFFAIRS`): capitals, with small joining words. */
export const TITLE_CASE_NAME = /^(?:(?:\p{Lu}[\p{L}’'.-]*|of|and|for|the|on|in|&|de|du|des|la|le)[ \t]+){1,10}\p{Lu}[\p{L}’'.)-]*$/u;
/** The words that make such a name an office's or an organisation's, in any case. */
const OFFICE_WORDS =
  'ministry|department|office|bureau|agency|authority|commission|council|secretariat|directorate|embassy|service|police|government|presidency|university|foundation|association|institute|trust|society|bank|board|court|centre|center|inc|ltd|limited|plc|corporation|company|group|federation|union|league|organi[sz]ation';
export const OFFICE_WORD = new RegExp(`\\b(?:${OFFICE_WORDS})\\b`, 'i');
/**
 * An office-holder's letterhead (`BILL SHORTEN MP  SHADOW MINISTER FOR THE NDIS`, `Minister for
 * Employment Services`, `Attorney-General Leader of the Government in the Senate`): it opens with the
 * office or with a name and its post-nominal, and holds no verb (its words are capitalised but for
 * the small joining ones). `MINISTER MUST GET CENTRELINK WORKING` is a title.
 */
const OFFICE_HOLDER =
  /^(?:(?:(?:shadow|deputy|assistant|acting)[ \t]+)?minister[ \t]+(?:for|of)\b|member[ \t]+for\b|senator\b|attorney-general\b|leader[ \t]+of[ \t]+the\b|\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}[ \t]+(?:MP|QC|SC|KC|MLA|MLC|MHR|MSP|TD)\b)/iu;
const OFFICE_HOLDER_WORDS = /^(?:(?:\p{Lu}[\p{L}’'.-]*|of|and|for|the|in|on|to|&)[ \t,]+)*\p{Lu}[\p{L}’'.)-]*$/u;
/** `Authorised by S. Robert MP, Canberra`: the line Australian law asks of political material. */
const AUTHORISED_BY = /^authori[sz]ed by\b/i;

/** Whether a short line names the issuer (an office, an organisation, an office-holder) instead of titling the release. */
export function namesIssuer(line: string): boolean {
  const text = line
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/[ \t]*\([\p{Lu}\d]{2,10}\)$/u, '');
  if (AUTHORISED_BY.test(text)) return true;
  if (text.length > 160) return false;
  if (OFFICE_HOLDER.test(text) && OFFICE_HOLDER_WORDS.test(text)) return true;
  return TITLE_CASE_NAME.test(text) && namesAnOffice(text);
}

const OFFICE_WORD_ALONE = new RegExp(`^(?:${OFFICE_WORDS})$`, 'i');
const JOINING_WORD = /^(?:of|for|and|the|on|in|&|de|du|des|la|le)$/i;

/**
 * A name whose head is an office's word: it ends with it (`Harbour Pacific Airways Limited`), or a
 * short `of`/`for` phrase follows it (`Department of the Interior`, `Press Information Bureau
 * Government of India`). A title that carries on after the word is news (`Rowing Society Publishes
 * Safe Boating Guide`, `MYGOV SERVICE TO DOUBLE ITS CAPACITY`).
 */
function namesAnOffice(text: string): boolean {
  const words = text.split(/[ \t]+/);
  let head = -1;
  for (let i = 0; i < words.length; i++) if (OFFICE_WORD_ALONE.test(words[i].replace(/[.,]+$/, ''))) head = i;
  if (head === -1) return false;
  const rest = words.slice(head + 1);
  if (rest.length === 0) return true;
  if (!/^(?:of|for)$/i.test(rest[0])) return false;
  const named = rest.slice(1).filter((w) => !JOINING_WORD.test(w));
  return named.length >= 1 && named.length <= 4;
}
