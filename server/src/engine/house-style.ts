/**
 * The word lists of house style, as data in one place:
 * - AP's dateline cities that stand alone and its state abbreviations (The Associated Press
 *   Stylebook, entries "datelines" and "state names");
 * - the words after a figure that keep it a figure in AP style (Stylebook entry "numerals": ages,
 *   money, percentages, dimensions, times, sizes and the like);
 * - the time-zone abbreviations a release writes, each with the IANA zone whose daylight-saving rules
 *   decide which one is right on a date. The rules themselves are not written here: the IANA time
 *   zone database as the platform's `Intl` carries it answers for every date.
 */

export const AP_STANDALONE_CITIES = new Set([
  'ATLANTA',
  'BALTIMORE',
  'BOSTON',
  'CHICAGO',
  'CINCINNATI',
  'CLEVELAND',
  'DALLAS',
  'DENVER',
  'DETROIT',
  'HONOLULU',
  'HOUSTON',
  'INDIANAPOLIS',
  'LAS VEGAS',
  'LOS ANGELES',
  'MIAMI',
  'MILWAUKEE',
  'MINNEAPOLIS',
  'NEW ORLEANS',
  'NEW YORK',
  'OKLAHOMA CITY',
  'PHILADELPHIA',
  'PHOENIX',
  'PITTSBURGH',
  'ST. LOUIS',
  'SALT LAKE CITY',
  'SAN ANTONIO',
  'SAN DIEGO',
  'SAN FRANCISCO',
  'SEATTLE',
  'WASHINGTON',
]);

/** State: [postal code, AP abbreviation]. Eight states are never abbreviated. */
const STATES: [string, string, string][] = [
  ['Alabama', 'AL', 'Ala.'],
  ['Alaska', 'AK', 'Alaska'],
  ['Arizona', 'AZ', 'Ariz.'],
  ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.'],
  ['Colorado', 'CO', 'Colo.'],
  ['Connecticut', 'CT', 'Conn.'],
  ['Delaware', 'DE', 'Del.'],
  ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'],
  ['Hawaii', 'HI', 'Hawaii'],
  ['Idaho', 'ID', 'Idaho'],
  ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'],
  ['Iowa', 'IA', 'Iowa'],
  ['Kansas', 'KS', 'Kan.'],
  ['Kentucky', 'KY', 'Ky.'],
  ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME', 'Maine'],
  ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'],
  ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'],
  ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb.'],
  ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'],
  ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.'],
  ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'],
  ['North Dakota', 'ND', 'N.D.'],
  ['Ohio', 'OH', 'Ohio'],
  ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore.'],
  ['Pennsylvania', 'PA', 'Pa.'],
  ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.'],
  ['Tennessee', 'TN', 'Tenn.'],
  ['Texas', 'TX', 'Texas'],
  ['Utah', 'UT', 'Utah'],
  ['Vermont', 'VT', 'Vt.'],
  ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'],
  ['West Virginia', 'WV', 'W.Va.'],
  ['Wisconsin', 'WI', 'Wis.'],
  ['Wyoming', 'WY', 'Wyo.'],
];

const BY_KEY = new Map<string, string>();
for (const [name, postal, ap] of STATES) {
  BY_KEY.set(name.toLowerCase(), ap);
  BY_KEY.set(postal.toLowerCase(), ap);
  BY_KEY.set(ap.toLowerCase(), ap);
  BY_KEY.set(ap.replace(/\./g, '').toLowerCase(), ap);
}

/** The AP form of a US state written any way (`CO`, `Colorado`, `Colo`), or null if it is not one. */
export function apState(region: string): string | null {
  return BY_KEY.get(region.trim().toLowerCase()) ?? null;
}

/** The state's full name, from any of its forms (`Colo.`, `CO`, `Colorado`). */
export function stateName(region: string): string | null {
  const ap = apState(region);
  return ap === null ? null : (STATES.find((state) => state[2] === ap)?.[0] ?? null);
}

/** Whether a dateline's place is in the United States, as far as its state or a stand-alone city tells. */
export function isUsPlace(place: string): boolean {
  const parts = place.split(/,\s*/);
  if (parts.length === 1) return AP_STANDALONE_CITIES.has(parts[0].toUpperCase());
  return apState(parts[1]) !== null || (parts[0].toUpperCase() === 'WASHINGTON' && /^D\.?\s?C\.?$/i.test(parts[1]));
}

/** Places of the United Kingdom a dateline names: its nations and its largest cities. */
const UK_PLACES = new Set([
  'UK',
  'U.K.',
  'UNITED KINGDOM',
  'ENGLAND',
  'SCOTLAND',
  'WALES',
  'NORTHERN IRELAND',
  'LONDON',
  'EDINBURGH',
  'CARDIFF',
  'BELFAST',
  'GLASGOW',
  'MANCHESTER',
  'BIRMINGHAM',
  'LEEDS',
  'LIVERPOOL',
  'BRISTOL',
  'NEWCASTLE',
  'SHEFFIELD',
  'NOTTINGHAM',
  'OXFORD',
  'CAMBRIDGE',
]);

export function isUkPlace(place: string): boolean {
  return place.split(/,\s*/).some((part) => UK_PLACES.has(part.trim().toUpperCase()));
}

export type ZoneRegion = 'us' | 'uk' | 'central-europe';

export interface TimeZoneAbbreviation {
  /** The IANA zone whose rules decide standard or daylight time on a date. */
  zone: string;
  /** The locale in which `Intl` writes this zone's abbreviations as releases do. */
  locale: string;
  region: ZoneRegion;
  /**
   * Also the abbreviation of another zone (EST in Australia, CST in China, MST in Malaysia, PST in
   * the Philippines, BST in Bangladesh, GMT as a reference time all year): judged only when the
   * dateline places the release in `region`.
   */
  ambiguous: boolean;
  /** Daylight-saving (summer) time rather than standard time. */
  daylight: boolean;
}

const US = (zone: string, ambiguous: boolean, daylight: boolean): TimeZoneAbbreviation => ({ zone, locale: 'en-US', region: 'us', ambiguous, daylight });

export const TIME_ZONE_ABBREVIATIONS: Readonly<Record<string, TimeZoneAbbreviation>> = {
  EST: US('America/New_York', true, false),
  EDT: US('America/New_York', false, true),
  CST: US('America/Chicago', true, false),
  CDT: US('America/Chicago', false, true),
  MST: US('America/Denver', true, false),
  MDT: US('America/Denver', false, true),
  PST: US('America/Los_Angeles', true, false),
  PDT: US('America/Los_Angeles', false, true),
  GMT: { zone: 'Europe/London', locale: 'en-GB', region: 'uk', ambiguous: true, daylight: false },
  BST: { zone: 'Europe/London', locale: 'en-GB', region: 'uk', ambiguous: true, daylight: true },
  CET: { zone: 'Europe/Paris', locale: 'en-GB', region: 'central-europe', ambiguous: false, daylight: false },
  CEST: { zone: 'Europe/Paris', locale: 'en-GB', region: 'central-europe', ambiguous: false, daylight: true },
};

/**
 * Words after a figure from one to nine that keep it a figure in AP style: ages, money,
 * percentages, dimensions, distances, weights, temperatures, times, speeds, sizes and scores, and
 * the words that make it part of a larger number.
 */
export const FIGURE_WORDS = new Set([
  'percent',
  'per',
  'pct',
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'dozen',
  'cents',
  'cent',
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'pound',
  'pence',
  'penny',
  'pennies',
  'yen',
  'rupees',
  'year-old',
  'years-old',
  'month-old',
  'day-old',
  'week-old',
  'o’clock',
  "o'clock",
  'a.m.',
  'p.m.',
  'am',
  'pm',
  'degrees',
  'degree',
  'inches',
  'inch',
  'feet',
  'foot',
  'ft',
  'yards',
  'yard',
  'miles',
  'mile',
  'mph',
  'km',
  'kilometers',
  'kilometres',
  'kilometer',
  'kilometre',
  'meters',
  'metres',
  'meter',
  'metre',
  'm',
  'cm',
  'mm',
  'kg',
  'g',
  'mg',
  'lb',
  'lbs',
  'oz',
  'ounces',
  'ounce',
  'tons',
  'ton',
  'tonnes',
  'tonne',
  'acres',
  'acre',
  'hectares',
  'hectare',
  'liters',
  'litres',
  'liter',
  'litre',
  'gallons',
  'gallon',
  'gb',
  'mb',
  'tb',
  'kb',
  'gw',
  'mw',
  'kw',
  'kwh',
  'mwh',
  'gwh',
  'hz',
  'ghz',
  'mhz',
  'x',
  'to',
  'of',
  'in',
  'out',
  'and',
  'or',
  'points',
  'point',
  'goals',
  'runs',
  'stars',
  'star',
]);

/**
 * Words before a figure that make it a label or a name rather than a count (`type 2 diabetes`,
 * `phase 3`, `No. 1`, `page 4`): AP writes these as figures.
 */
export const LABEL_WORDS = new Set([
  'no.',
  'no',
  'number',
  'nos.',
  'type',
  'phase',
  'stage',
  'level',
  'grade',
  'step',
  'chapter',
  'section',
  'article',
  'page',
  'pages',
  'room',
  'route',
  'version',
  'round',
  'day',
  'game',
  'tier',
  'class',
  'category',
  'series',
  'model',
  'size',
  'gate',
  'lane',
  'exit',
  'floor',
  'platform',
  'track',
  'channel',
  'zone',
  'group',
  'pool',
  'week',
  'term',
  'ward',
  'district',
  'unit',
  'item',
  'figure',
  'table',
  'appendix',
  'annex',
  'paragraph',
  'part',
  'act',
  'scene',
  'season',
  'episode',
  'volume',
  'vol.',
  'issue',
  'hole',
  'mile',
  'gen',
  'covid',
  'ages',
  'age',
  'aged',
  'scored',
  'score',
  'top',
  'by',
  'x',
  'v',
  'vs.',
  'vs',
]);

/** A place written in capitals set in title case (`HELSINKI, FINLAND` → `Helsinki, Finland`). */
export function titleCasePlace(place: string): string {
  return place.toLowerCase().replace(/(^|[\s,.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A dateline's place as a house style writes it: AP sets the city (before the first comma) in
 * capitals (`DENVER`, `BOULDER, Colo.`); international style sets a place written in capitals in
 * title case (`Helsinki`); any other style, and a place already right, as written. dateline-format
 * checks datelines against it; the skeletons write the profile's city with it.
 */
export function placeInStyle(place: string, style: 'any' | 'ap' | 'international'): string {
  if (style === 'ap') {
    const comma = place.indexOf(',');
    const city = comma === -1 ? place : place.slice(0, comma);
    return city.trimEnd().toUpperCase() + place.slice(city.trimEnd().length);
  }
  if (style === 'international' && place === place.toUpperCase() && /\p{Lu}{2}/u.test(place)) return titleCasePlace(place);
  return place;
}
