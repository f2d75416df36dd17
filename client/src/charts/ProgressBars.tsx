import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../format.ts';
import { CHART_COLOURS } from './chart-colours.ts';

export interface ProgressRow {
  name: string;
  reverified: number;
  disconnected: number;
  /** Pending and still within the deadline. */
  pending: number;
  overdue: number;
}

/** A bar of the server's re-verification counts, whose `pending` includes the overdue numbers. */
export const progressRowOf = (
  name: string,
  counts: { reverified: number; disconnected: number; pending: number; overdue: number },
): ProgressRow => ({
  name,
  reverified: counts.reverified,
  disconnected: counts.disconnected,
  pending: counts.pending - counts.overdue,
  overdue: counts.overdue,
});

const SERIES = [
  { key: 'reverified', label: 'reverified' },
  { key: 'disconnected', label: 'disconnected' },
  { key: 'pending', label: 'pending' },
  { key: 'overdue', label: 'overdue' },
] as const;

/** Re-verification outcomes as stacked bars, one bar a category (an operator). */
export function ProgressBars({
  label,
  data,
  width = 560,
  height = 220,
}: {
  label: string;
  data: ProgressRow[];
  width?: number;
  height?: number;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <BarChart width={width} height={height} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e4e4e4" />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} stroke={CHART_COLOURS.axis} />
        <YAxis allowDecimals={false} width={52} tick={{ fontSize: 11 }} stroke={CHART_COLOURS.axis} />
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {SERIES.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            stackId="outcome"
            fill={CHART_COLOURS[series.key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
