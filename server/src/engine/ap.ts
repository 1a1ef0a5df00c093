/** AP dateline conventions: the cities that stand alone and the states' AP abbreviations. */

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

/**
 * The dateline place in AP style, or null when it is not a US place this can judge. Stand-alone
 * cities lose their state; other cities take the AP abbreviation; the city is in capitals.
 */
export function apPlace(city: string): string | null {
  const parts = city.split(/,\s*/);
  const name = parts[0].toUpperCase();
  // Washington, D.C. stands alone in AP style.
  if (name === 'WASHINGTON' && parts.length === 2 && /^D\.?\s?C\.?$/i.test(parts[1])) return name;
  if (parts.length === 1) return AP_STANDALONE_CITIES.has(name) ? name : null;
  const state = apState(parts[1]);
  if (!state || parts.length > 2) return null;
  return AP_STANDALONE_CITIES.has(name) ? name : `${name}, ${state}`;
}
