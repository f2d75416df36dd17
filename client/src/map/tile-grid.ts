// India as a tile grid: each state and union territory (and, for dealers, each telecom circle) a square
// in its rough position, drawn by the project from the places' rough latitude and longitude. No outline:
// a map of India must follow the Survey of India's official boundaries, no such outline ships with a
// licence Ringside can use, and a square in the right neighbourhood misleads nobody about a border.
import type { Circle } from '../../../server/ingest/identifiers.ts';

export interface Tile {
  /** The name the server uses (the complaints' canonical state, or the circle's code). */
  name: string;
  /** What the square shows. */
  short: string;
  column: number;
  row: number;
}

/** The 36 states and union territories, as STATES_AND_UTS names them (server/ingest/identifiers.ts). */
export const STATE_TILES: readonly Tile[] = [
  { name: 'Jammu and Kashmir', short: 'JK', column: 2, row: 0 },
  { name: 'Ladakh', short: 'LA', column: 3, row: 0 },
  { name: 'Punjab', short: 'PB', column: 1, row: 1 },
  { name: 'Chandigarh', short: 'CH', column: 2, row: 1 },
  { name: 'Himachal Pradesh', short: 'HP', column: 3, row: 1 },
  { name: 'Uttarakhand', short: 'UK', column: 4, row: 1 },
  { name: 'Rajasthan', short: 'RJ', column: 1, row: 2 },
  { name: 'Haryana', short: 'HR', column: 2, row: 2 },
  { name: 'Delhi', short: 'DL', column: 3, row: 2 },
  { name: 'Uttar Pradesh', short: 'UP', column: 4, row: 2 },
  { name: 'Bihar', short: 'BR', column: 5, row: 2 },
  { name: 'Sikkim', short: 'SK', column: 6, row: 2 },
  { name: 'Arunachal Pradesh', short: 'AR', column: 8, row: 2 },
  { name: 'Gujarat', short: 'GJ', column: 1, row: 3 },
  { name: 'Madhya Pradesh', short: 'MP', column: 2, row: 3 },
  { name: 'Chhattisgarh', short: 'CG', column: 3, row: 3 },
  { name: 'Jharkhand', short: 'JH', column: 4, row: 3 },
  { name: 'West Bengal', short: 'WB', column: 5, row: 3 },
  { name: 'Meghalaya', short: 'ML', column: 6, row: 3 },
  { name: 'Assam', short: 'AS', column: 7, row: 3 },
  { name: 'Nagaland', short: 'NL', column: 8, row: 3 },
  { name: 'Dadra and Nagar Haveli and Daman and Diu', short: 'DH', column: 1, row: 4 },
  { name: 'Maharashtra', short: 'MH', column: 2, row: 4 },
  { name: 'Telangana', short: 'TG', column: 3, row: 4 },
  { name: 'Odisha', short: 'OD', column: 4, row: 4 },
  { name: 'Tripura', short: 'TR', column: 6, row: 4 },
  { name: 'Mizoram', short: 'MZ', column: 7, row: 4 },
  { name: 'Manipur', short: 'MN', column: 8, row: 4 },
  { name: 'Goa', short: 'GA', column: 1, row: 5 },
  { name: 'Karnataka', short: 'KA', column: 2, row: 5 },
  { name: 'Andhra Pradesh', short: 'AP', column: 3, row: 5 },
  { name: 'Lakshadweep', short: 'LD', column: 0, row: 6 },
  { name: 'Kerala', short: 'KL', column: 2, row: 6 },
  { name: 'Tamil Nadu', short: 'TN', column: 3, row: 6 },
  { name: 'Puducherry', short: 'PY', column: 4, row: 6 },
  { name: 'Andaman and Nicobar Islands', short: 'AN', column: 7, row: 6 },
];

/** The 22 licensed service areas (CIRCLES in server/ingest/identifiers.ts), with the places each covers. */
export const CIRCLE_NAMES: Record<Circle, string> = {
  JK: 'Jammu & Kashmir (with Ladakh)',
  PB: 'Punjab (with Chandigarh)',
  HP: 'Himachal Pradesh',
  RJ: 'Rajasthan',
  HR: 'Haryana',
  DL: 'Delhi',
  UW: 'UP West (with Uttarakhand)',
  UE: 'UP East',
  BR: 'Bihar (with Jharkhand)',
  AS: 'Assam',
  NE: 'North East',
  GJ: 'Gujarat (with Dadra, Nagar Haveli, Daman and Diu)',
  MP: 'Madhya Pradesh (with Chhattisgarh)',
  WB: 'West Bengal (with Sikkim, Andaman and Nicobar)',
  KO: 'Kolkata',
  MU: 'Mumbai',
  MH: 'Maharashtra (with Goa)',
  OR: 'Odisha',
  KA: 'Karnataka',
  AP: 'Andhra Pradesh (with Telangana)',
  KL: 'Kerala (with Lakshadweep)',
  TN: 'Tamil Nadu (with Chennai, Puducherry)',
};

const circle = (name: Circle, column: number, row: number): Tile => ({ name, short: name, column, row });

export const CIRCLE_TILES: readonly Tile[] = [
  circle('JK', 2, 0),
  circle('PB', 1, 1),
  circle('HP', 2, 1),
  circle('RJ', 0, 2),
  circle('HR', 1, 2),
  circle('DL', 2, 2),
  circle('UW', 3, 2),
  circle('UE', 4, 2),
  circle('BR', 5, 2),
  circle('AS', 6, 2),
  circle('NE', 7, 2),
  circle('GJ', 0, 3),
  circle('MP', 2, 3),
  circle('WB', 5, 3),
  circle('MU', 1, 4),
  circle('MH', 2, 4),
  circle('OR', 4, 4),
  circle('KO', 5, 4),
  circle('KA', 2, 5),
  circle('AP', 3, 5),
  circle('KL', 2, 6),
  circle('TN', 3, 6),
];

/** Columns and rows a grid spans. */
export const gridSize = (tiles: readonly Tile[]) => ({
  columns: Math.max(...tiles.map((tile) => tile.column)) + 1,
  rows: Math.max(...tiles.map((tile) => tile.row)) + 1,
});
