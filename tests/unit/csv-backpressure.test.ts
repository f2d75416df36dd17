// A slow download: every write that fills the buffer waits for 'drain' or 'close'; the listener of the
// event that did not come must go, or a long export to a slow client piles them up (MaxListeners warning).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { drainedOrClosed } from '../../server/exports/csv.ts';

describe('drainedOrClosed', () => {
  it('leaves no listener behind after a hundred waits for a slow reader', async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    for (let i = 0; i < 100; i++) {
      expect(stream.write('x'.repeat(64))).toBe(false);
      const waiting = drainedOrClosed(stream);
      stream.read(); // the client reads, the buffer drains
      await waiting;
    }
    expect(stream.listenerCount('close')).toBe(0);
    expect(stream.listenerCount('drain')).toBe(0);
  });

  it('ends the wait when the client goes away instead of draining', async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    stream.write('x'.repeat(64));
    const waiting = drainedOrClosed(stream);
    stream.destroy();
    await waiting;
    expect(stream.listenerCount('drain')).toBe(0);
  });
});
