// The colours charts use, one meaning each everywhere (a disconnected number is the same red in every
// chart), chosen to read apart for the common colour blindnesses and on a projector.
export const CHART_COLOURS = {
  numbers: '#3867a8',
  pending: '#d9a21b',
  overdue: '#8c2d04',
  reverified: '#2e8b57',
  disconnected: '#c0392b',
  complaints: '#6c3483',
  money: '#b9770e',
  blocked: '#1c2833',
  events: '#3867a8',
  axis: '#555',
} as const;
