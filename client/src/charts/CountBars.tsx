import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../format.ts';
import { CHART_COLOURS } from './chart-colours.ts';

/**
 * A small bar chart of counts by category (numbers by operator), each bar labelled with its count, so
 * the figure is read without hovering. `label` names the figure for screen readers and tests.
 */
export function CountBars({
  label,
  data,
  width = 340,
  height = 150,
}: {
  label: string;
  data: { name: string; count: number }[];
  width?: number;
  height?: number;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <BarChart width={width} height={height} data={data} margin={{ top: 18, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e4e4e4" />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} stroke={CHART_COLOURS.axis} />
        <YAxis allowDecimals={false} width={44} tick={{ fontSize: 11 }} stroke={CHART_COLOURS.axis} />
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <Bar dataKey="count" name="numbers" fill={CHART_COLOURS.numbers} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="top"
            fontSize={11}
            formatter={(value) => formatNumber(Number(value))}
          />
        </Bar>
      </BarChart>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
