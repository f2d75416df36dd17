import { describe, expect, it } from 'vitest';
import {
  STATE_NAMES,
  canonicalPlace,
  canonicalState,
  districtsOf,
  spellingKey,
} from '../../server/geo/district-names.ts';
import { VICTIM_PLACES } from '../../seed/world.ts';

describe('district names', () => {
  it.each([
    ['Haryana', 'Gurgaon', 'Gurugram'],
    ['Haryana', 'Mewat', 'Nuh'],
    ['Karnataka', 'Bangalore Urban', 'Bengaluru Urban'],
    ['Karnataka', 'BANGALORE', 'Bengaluru Urban'],
    ['Uttar Pradesh', 'Allahabad', 'Prayagraj'],
    ['Uttar Pradesh', 'Noida', 'Gautam Buddh Nagar'],
    ['Maharashtra', 'Bombay', 'Mumbai'],
    ['Telangana', 'Medchal–Malkajgiri', 'Medchal-Malkajgiri'],
    ['Telangana', 'Ranga Reddy', 'Rangareddy'],
    ['West Bengal', '24 Parganas (North)', 'North 24 Parganas'],
    ['Assam', 'Kamrup (Metro)', 'Kamrup Metropolitan'],
    ['Tamil Nadu', ' trichy district ', 'Tiruchirappalli'],
  ])('reads %s / %j as %s', (state, district, canonical) => {
    expect(canonicalPlace(state, district)).toEqual({ state, district: canonical, isKnown: true });
  });

  it('reads old and short state names as the canonical state', () => {
    expect(canonicalPlace('Orissa', 'Khurda')).toEqual({
      state: 'Odisha',
      district: 'Khordha',
      isKnown: true,
    });
    expect(canonicalState('NCT of Delhi')).toEqual({ state: 'Delhi', isKnown: true });
    expect(canonicalState('Jammu & Kashmir')).toEqual({ state: 'Jammu and Kashmir', isKnown: true });
    expect(canonicalState('tamilnadu')).toEqual({ state: 'Tamil Nadu', isKnown: true });
  });

  it('looks a district up within its state: Aurangabad of Bihar is not renamed', () => {
    expect(canonicalPlace('Maharashtra', 'Chhatrapati Sambhajinagar').district).toBe('Aurangabad');
    expect(canonicalPlace('Bihar', 'Chhatrapati Sambhajinagar')).toEqual({
      state: 'Bihar',
      district: 'Chhatrapati Sambhajinagar',
      isKnown: false,
    });
  });

  it('keeps a place it does not know as written, trimmed, and says so', () => {
    expect(canonicalPlace('  Goa ', ' North   Goa ')).toEqual({
      state: 'Goa',
      district: 'North Goa',
      isKnown: false,
    });
    expect(canonicalPlace('Atlantis', 'Capital')).toEqual({
      state: 'Atlantis',
      district: 'Capital',
      isKnown: false,
    });
  });

  it('knows every state and district the seed writes, under the very names it writes', () => {
    for (const [{ state, districts }] of VICTIM_PLACES) {
      expect(STATE_NAMES).toContain(state);
      for (const district of districts) {
        expect(canonicalPlace(state, district)).toEqual({ state, district, isKnown: true });
        expect(districtsOf(state)).toContain(district);
      }
    }
  });

  it('compares spellings without case, accents, punctuation, spaces or the word district', () => {
    expect(spellingKey('Dist. Gurgaon')).toBe(spellingKey('gurgaon'));
    expect(spellingKey('Medchal – Malkajgiri')).toBe(spellingKey('medchal malkajgiri'));
    expect(spellingKey('Jammu & Kashmir')).toBe(spellingKey('Jammu and Kashmir'));
    expect(spellingKey('Bélgaum')).toBe(spellingKey('Belgaum'));
  });
});
