// The timeline's data: periods of use as bars in lanes per handset, complaints as marks, the span.
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { packLanes, timelineOf } from '../../client/src/explorer/timeline-data.ts';
import { axisOf, monthTicks, xOfDay, dayOfX } from '../../client/src/explorer/timeline-axis.ts';

const node = (id: string, data: Record<string, unknown> = {}): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: id.split(':')[0], key: id.split(':')[1], ...data },
});
const used = (sim: string, handset: string, firstSeen: string, lastSeen: string): ElementDefinition => ({
  group: 'edges',
  data: {
    id: `${sim}>${handset}@${firstSeen}`,
    source: sim,
    target: handset,
    type: 'USED_IN',
    firstSeen,
    lastSeen,
  },
});
const reports = (complaint: string, sim: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${complaint}>${sim}`, source: complaint, target: sim, type: 'REPORTS' },
});

// A farm handset rotating three numbers one after another, with an overlap; a family phone with one.
const canvas = [
  node('Handset:490154203237518'),
  node('Handset:356938035643809'),
  node('SIM:9000000001'),
  node('SIM:9000000002'),
  node('SIM:9000000003'),
  node('SIM:9000000004'),
  node('Complaint:31507250012345', { reportedOn: '2025-02-10' }),
  used('SIM:9000000001', 'Handset:490154203237518', '2025-01-01', '2025-01-20'),
  used('SIM:9000000002', 'Handset:490154203237518', '2025-01-21', '2025-02-05'),
  used('SIM:9000000003', 'Handset:490154203237518', '2025-02-01', '2025-02-28'),
  used('SIM:9000000004', 'Handset:356938035643809', '2023-06-01', '2025-03-31'),
  reports('Complaint:31507250012345', 'SIM:9000000002'),
];

describe('the timeline', () => {
  it('draws every period of every handset on the canvas when none is selected, in lanes that never overlap', () => {
    const timeline = timelineOf(canvas, []);
    expect(timeline.fromSelection).toBe(false);
    const farm = timeline.handsets.find((handset) => handset.id === 'Handset:490154203237518')!;
    expect(farm.caption).toBe('…237518');
    // 1 then 2 share a lane; 3 starts before 2 ends, so it takes a second lane.
    expect(farm.lanes.map((lane) => lane.map((bar) => bar.msisdn))).toEqual([
      ['9000000001', '9000000002'],
      ['9000000003'],
    ]);
    expect(timeline.span).toEqual({ from: '2023-06-01', to: '2025-03-31' });
    expect(timeline.marks).toEqual([
      { id: 'Complaint:31507250012345', ackNo: '31507250012345', date: '2025-02-10' },
    ]);
  });

  it('draws only the selected handsets and the complaints against their numbers', () => {
    const timeline = timelineOf(canvas, ['SIM:9000000001', 'Handset:356938035643809']);
    expect(timeline.fromSelection).toBe(true);
    expect(timeline.handsets.map((handset) => handset.id)).toEqual(['Handset:356938035643809']);
    expect(timeline.marks).toEqual([]);
    expect(timeline.span).toEqual({ from: '2023-06-01', to: '2025-03-31' });
  });

  it('keeps at most the given number of handsets and says how many it left off', () => {
    const timeline = timelineOf(canvas, [], 1);
    expect(timeline.handsets).toHaveLength(1);
    expect(timeline.omitted).toBe(1);
  });

  it('is empty, with no span, on a canvas without periods', () => {
    expect(timelineOf([node('Dealer:POS-1')], [])).toMatchObject({
      handsets: [],
      marks: [],
      span: undefined,
    });
  });

  it('packs bars that touch on the same day into separate lanes', () => {
    const bar = (from: string, to: string) => ({ edgeId: from, simId: 's', msisdn: 'm', from, to });
    expect(packLanes([bar('2025-01-01', '2025-01-10'), bar('2025-01-10', '2025-01-12')])).toHaveLength(2);
  });
});

describe('the date axis', () => {
  const axis = axisOf({ from: '2025-01-01', to: '2025-12-31' }, 60, 1200);
  it('maps a day to a pixel and back', () => {
    expect(xOfDay(axis, axis.first)).toBe(60);
    expect(dayOfX(axis, xOfDay(axis, axis.first + 100))).toBe(axis.first + 100);
  });
  it('labels months, fewer when the axis is narrow', () => {
    expect(monthTicks(axis).map((tick) => tick.label)).toEqual([
      ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(
        (month) => `${month} 2025`,
      ),
      'Jan 2026', // the axis ends after the last day
    ]);
    const narrow = axisOf({ from: '2025-01-01', to: '2025-12-31' }, 60, 300);
    expect(monthTicks(narrow).map((tick) => tick.label)).toEqual([
      'Jan 2025',
      'May 2025',
      'Sep 2025',
      'Jan 2026',
    ]);
  });
});
