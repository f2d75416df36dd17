// The map's address: #/map?mode=money&state=Haryana&district=Gurugram&ring=RING-…, so a district on the
// home page, a ring's row and a bookmark each open the map as they were; tiles change it as they are
// clicked, and the back button steps back through them.
export const MAP_MODES = ['complaints', 'money', 'dealers'] as const;
export type MapMode = (typeof MAP_MODES)[number];

export interface MapAddress {
  mode: MapMode;
  /** The state whose districts are listed (complaints and money modes). */
  state?: string;
  /** The district of that state whose complaints are listed. */
  district?: string;
  /** The circle whose dealers are listed (dealers mode). */
  circle?: string;
  /** Only this ring's footprint: its victims' districts and its dealers' circles. */
  ring?: string;
}

export function parseMapAddress(params: URLSearchParams): MapAddress {
  const mode = params.get('mode');
  const address: MapAddress = {
    mode: MAP_MODES.includes(mode as MapMode) ? (mode as MapMode) : 'complaints',
  };
  for (const key of ['state', 'district', 'circle', 'ring'] as const) {
    const value = params.get(key);
    if (value) address[key] = value;
  }
  return address;
}

export function mapLink(address: Partial<MapAddress> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['mode', 'ring', 'state', 'district', 'circle'] as const) {
    const value = address[key];
    if (value && !(key === 'mode' && value === 'complaints')) params.set(key, value);
  }
  const query = params.toString();
  return query ? `#/map?${query}` : '#/map';
}
