import { describe, expect, it } from 'vitest';
import { nextInDirection } from '../../client/src/explorer/keyboard-cursor.ts';

const from = { id: 'H', x: 0, y: 0 };
const around = [
  { id: 'right-far', x: 100, y: 0 },
  { id: 'right-near-but-aside', x: 40, y: 60 },
  { id: 'left', x: -50, y: 5 },
  { id: 'below', x: 0, y: 30 },
];

describe('the keyboard cursor', () => {
  it('goes to the node most nearly in the arrow’s direction, straight ahead before one off to the side', () => {
    expect(nextInDirection(from, around, 'right')?.id).toBe('right-far');
    expect(nextInDirection(from, around, 'left')?.id).toBe('left');
    expect(nextInDirection(from, around, 'down')?.id).toBe('below');
  });

  it('stays put when nothing lies that way', () => {
    expect(nextInDirection(from, around, 'up')).toBeUndefined();
    expect(nextInDirection(from, [from], 'right')).toBeUndefined();
  });
});
