import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInr, formatInrShort, formatNumber } from '../format.ts';
import { CHART_COLOURS } from './chart-colours.ts';

export interface TimeSeries {
  key: string;
  label: string;
  colour: string;
  /** Money goes on a line against its own axis on the right, in rupees. */
  money?: boolean;
}

const shortDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-IN', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/**
 * Counts over time (weeks or days, oldest first), one bar a series side by side, money as a line on a
 * second axis. `period` is the data's key of the bucket's first day (YYYY-MM-DD).
 */
export function TimeBars({
  label,
  data,
  period,
  series,
  width = 520,
  height = 200,
}: {
  label: string;
  data: object[];
  period: string;
  series: TimeSeries[];
  width?: number;
  height?: number;
}) {
  const hasMoney = series.some((one) => one.money);
  return (
    <figure className="chart" aria-label={label}>
      <ComposedChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke="#e4e4e4" />
        <XAxis
          dataKey={period}
          tickFormatter={shortDay}
          tick={{ fontSize: 11 }}
          stroke={CHART_COLOURS.axis}
        />
        <YAxis
          yAxisId="count"
          allowDecimals={false}
          width={40}
          tick={{ fontSize: 11 }}
          stroke={CHART_COLOURS.axis}
        />
        {hasMoney ? (
          <YAxis
            yAxisId="money"
            orientation="right"
            width={70}
            tick={{ fontSize: 11 }}
            tickFormatter={(value: number) => formatInrShort(value)}
            stroke={CHART_COLOURS.axis}
          />
        ) : null}
        <Tooltip
          labelFormatter={(day) => `from ${shortDay(String(day))}`}
          formatter={(value, name) =>
            series.find((one) => one.label === name)?.money
              ? formatInr(Number(value))
              : formatNumber(Number(value))
          }
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((one) =>
          one.money ? (
            <Line
              key={one.key}
              yAxisId="money"
              dataKey={one.key}
              name={one.label}
              stroke={one.colour}
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ) : (
            <Bar
              key={one.key}
              yAxisId="count"
              dataKey={one.key}
              name={one.label}
              fill={one.colour}
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
