// One spelling per state and district. The complaint portals take the victim's address as typed, so one
// district arrives as "Gurgaon" and "Gurugram", "Bangalore Urban" and "Bengaluru Urban", "Allahabad" and
// "Prayagraj"; counted as typed, one district would show as two regions on the map. The canonical names
// are the ones the seed writes (seed/world.ts), a unit test keeps the two together; the aliases are old
// names, English spellings and the usual short forms. A district is looked up within its state: the same
// name can be a district of two states (Aurangabad in Maharashtra and in Bihar).

interface StateNames {
  aliases: string[];
  /** Canonical district name → its other spellings. */
  districts: Record<string, string[]>;
}

const PLACES: Record<string, StateNames> = {
  'Andhra Pradesh': {
    aliases: [],
    districts: {
      Visakhapatnam: ['Vishakhapatnam', 'Vizag', 'Vishakapatnam'],
      // Vijayawada's district is NTR since 2022; the portals still write the city.
      Vijayawada: ['NTR', 'Bezawada'],
      Guntur: [],
      Tirupati: ['Tirupathi'],
    },
  },
  'Arunachal Pradesh': { aliases: [], districts: {} },
  Assam: {
    aliases: [],
    districts: {
      'Kamrup Metropolitan': ['Kamrup Metro', 'Kamrup (Metro)', 'Guwahati'],
      Dibrugarh: [],
      Nagaon: ['Nowgong'],
    },
  },
  Bihar: {
    aliases: [],
    districts: { Patna: [], Gaya: [], Muzaffarpur: ['Muzzafarpur', 'Mujaffarpur'], Bhagalpur: [] },
  },
  Chhattisgarh: { aliases: ['Chattisgarh', 'Chhatisgarh'], districts: {} },
  Delhi: {
    aliases: ['NCT of Delhi', 'Delhi NCT', 'National Capital Territory of Delhi', 'NCT Delhi'],
    districts: {
      'New Delhi': [],
      'South Delhi': [],
      'North West Delhi': ['North-West Delhi', 'NW Delhi'],
      Shahdara: ['Shahadra'],
    },
  },
  Goa: { aliases: [], districts: {} },
  Gujarat: {
    aliases: [],
    districts: { Ahmedabad: ['Ahmadabad', 'Amdavad'], Surat: [], Vadodara: ['Baroda'], Rajkot: [] },
  },
  Haryana: {
    aliases: [],
    districts: {
      Gurugram: ['Gurgaon'],
      Faridabad: [],
      Panipat: [],
      Hisar: ['Hissar'],
      // Renamed in 2016; the old name is still the one most people write.
      Nuh: ['Mewat'],
    },
  },
  'Himachal Pradesh': { aliases: [], districts: {} },
  Jharkhand: { aliases: [], districts: { Jamtara: [], Deoghar: ['Deogarh'] } },
  Karnataka: {
    aliases: [],
    districts: {
      'Bengaluru Urban': ['Bangalore Urban', 'Bangalore', 'Bengaluru', 'Bangalore City', 'Bengaluru City'],
      Mysuru: ['Mysore'],
      Belagavi: ['Belgaum'],
      // The seed's Mangaluru stands for its district, Dakshina Kannada.
      Mangaluru: ['Mangalore', 'Dakshina Kannada', 'South Canara'],
    },
  },
  Kerala: {
    aliases: [],
    districts: {
      Thiruvananthapuram: ['Trivandrum'],
      Ernakulam: ['Kochi', 'Cochin'],
      Kozhikode: ['Calicut'],
      Thrissur: ['Trichur'],
    },
  },
  'Madhya Pradesh': {
    aliases: ['MP'],
    districts: { Indore: [], Bhopal: [], Jabalpur: ['Jubbulpore'], Gwalior: [] },
  },
  Maharashtra: {
    aliases: [],
    districts: {
      Mumbai: ['Bombay', 'Mumbai City', 'Mumbai Suburban'],
      Pune: ['Poona'],
      Thane: ['Thana'],
      Nagpur: [],
      Nashik: ['Nasik'],
      // Renamed Chhatrapati Sambhajinagar in 2023.
      Aurangabad: ['Chhatrapati Sambhajinagar', 'Sambhajinagar'],
    },
  },
  Manipur: { aliases: [], districts: {} },
  Meghalaya: { aliases: [], districts: {} },
  Mizoram: { aliases: [], districts: {} },
  Nagaland: { aliases: [], districts: {} },
  Odisha: {
    aliases: ['Orissa'],
    districts: { Khordha: ['Khurda', 'Khorda', 'Bhubaneswar'], Cuttack: [], Ganjam: [] },
  },
  Punjab: {
    aliases: [],
    districts: {
      Ludhiana: [],
      Amritsar: [],
      Jalandhar: ['Jullundur'],
      Mohali: ['SAS Nagar', 'S.A.S. Nagar', 'Sahibzada Ajit Singh Nagar'],
    },
  },
  Rajasthan: {
    aliases: [],
    districts: { Jaipur: [], Jodhpur: [], Kota: ['Kotah'], Udaipur: [], Bharatpur: [], Alwar: [] },
  },
  Sikkim: { aliases: [], districts: {} },
  'Tamil Nadu': {
    aliases: ['Tamilnadu', 'TN'],
    districts: {
      Chennai: ['Madras'],
      Coimbatore: ['Kovai'],
      Madurai: [],
      Tiruchirappalli: ['Trichy', 'Tiruchi', 'Tiruchchirappalli', 'Tiruchirapalli'],
    },
  },
  Telangana: {
    aliases: ['Telengana'],
    districts: {
      Hyderabad: [],
      Rangareddy: ['Ranga Reddy'],
      'Medchal-Malkajgiri': ['Medchal', 'Malkajgiri'],
      // Warangal Urban was renamed Hanumakonda in 2021: both still arrive as Warangal.
      Warangal: ['Warangal Urban', 'Warangal Rural', 'Hanumakonda', 'Hanamkonda'],
    },
  },
  Tripura: { aliases: [], districts: {} },
  'Uttar Pradesh': {
    aliases: ['UP', 'U.P.'],
    districts: {
      Lucknow: [],
      'Kanpur Nagar': ['Kanpur', 'Cawnpore'],
      Ghaziabad: [],
      'Gautam Buddh Nagar': ['Gautam Buddha Nagar', 'Noida', 'Greater Noida'],
      Varanasi: ['Benares', 'Banaras'],
      Prayagraj: ['Allahabad'],
      Mathura: [],
    },
  },
  Uttarakhand: { aliases: ['Uttaranchal'], districts: {} },
  'West Bengal': {
    aliases: ['WB'],
    districts: {
      Kolkata: ['Calcutta'],
      'North 24 Parganas': ['24 Parganas North', 'North Twenty Four Parganas', '24 Parganas (North)'],
      Howrah: ['Haora'],
      Darjeeling: ['Darjiling'],
    },
  },
  'Andaman and Nicobar Islands': { aliases: ['Andaman & Nicobar', 'Andaman and Nicobar'], districts: {} },
  Chandigarh: { aliases: [], districts: {} },
  'Dadra and Nagar Haveli and Daman and Diu': {
    aliases: ['Dadra and Nagar Haveli', 'Daman and Diu', 'DNH and DD'],
    districts: {},
  },
  'Jammu and Kashmir': { aliases: ['J&K', 'Jammu & Kashmir', 'Jammu Kashmir'], districts: {} },
  Ladakh: { aliases: [], districts: {} },
  Lakshadweep: { aliases: [], districts: {} },
  Puducherry: { aliases: ['Pondicherry'], districts: {} },
};

/**
 * The key spellings are compared by: case, accents, punctuation and spaces dropped ("Medchal–Malkajgiri",
 * "medchal malkajgiri" and "Medchal-Malkajgiri" are one), "&" read as "and", and a "district" or "dist."
 * before or after the name ignored.
 */
export function spellingKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(district|dist) /, '')
    .replace(/ (district|dist)$/, '')
    .replace(/ /g, '');
}

interface StateIndex {
  name: string;
  districts: Map<string, string>;
}

/** Sets `key` to `value`, refusing a spelling that would name two places (a mistake in the table). */
function setOnce<T extends string | StateIndex>(map: Map<string, T>, key: string, value: T, name: string) {
  const seen = map.get(key);
  if (seen !== undefined && seen !== value) throw new Error(`district-names: "${name}" names two places`);
  map.set(key, value);
}

const statesByKey = new Map<string, StateIndex>();
for (const [name, { aliases, districts }] of Object.entries(PLACES)) {
  const index: StateIndex = { name, districts: new Map() };
  for (const [district, spellings] of Object.entries(districts)) {
    for (const spelling of [district, ...spellings])
      setOnce(index.districts, spellingKey(spelling), district, spelling);
  }
  for (const spelling of [name, ...aliases]) setOnce(statesByKey, spellingKey(spelling), index, spelling);
}

/** Every state and union territory by its canonical name. */
export const STATE_NAMES: readonly string[] = Object.keys(PLACES);

/** The districts the table knows in a state, canonical names. */
export const districtsOf = (state: string): readonly string[] => Object.keys(PLACES[state]?.districts ?? {});

export interface Place {
  state: string;
  /** Absent when only the state is asked for. */
  district?: string;
  /** False when the table does not know the state or the district: kept as the portal wrote it, trimmed. */
  isKnown: boolean;
}

const asWritten = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The canonical name of a state, or the name as written (trimmed) when the table does not know it. */
export function canonicalState(state: string): { state: string; isKnown: boolean } {
  const known = statesByKey.get(spellingKey(state));
  return known ? { state: known.name, isKnown: true } : { state: asWritten(state), isKnown: false };
}

/** The canonical state and district of a victim's address as a portal wrote it. */
export function canonicalPlace(state: string, district: string): Required<Place> {
  const known = statesByKey.get(spellingKey(state));
  const canonical = known?.districts.get(spellingKey(district));
  return {
    state: known?.name ?? asWritten(state),
    district: canonical ?? asWritten(district),
    isKnown: canonical !== undefined,
  };
}
