// One way to write numbers, money and times everywhere (lists, tables, query results, the canvas):
// Indian digit grouping (2,44,280), rupees with ₹, counts with their noun in the right number.
const grouping = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

export const formatNumber = (value: number) => grouping.format(value);

export const formatInr = (value: number) => `₹${grouping.format(Math.round(value))}`;

/** "1 node", "3 nodes", "1,200 complaints". */
export const formatCount = (count: number, noun: string, plural = `${noun}s`) =>
  `${grouping.format(count)} ${count === 1 ? noun : plural}`;

/** An ISO instant as "2026-12-01 14:05" (the server's UTC, as the audit trail records it). */
export const formatInstant = (iso: string | null | undefined) =>
  iso ? iso.slice(0, 16).replace('T', ' ') : '–';

/** Query columns that hold money: formatted as rupees. */
export const isMoneyColumn = (column: string) => /amount|inr|lost|rupee/i.test(column);

/** Rupees in the Indian units an axis has room for: ₹950, ₹12.5 K, ₹3.4 L (lakh), ₹2.1 Cr (crore). */
export function formatInrShort(value: number): string {
  const units: [number, string][] = [
    [1e7, ' Cr'],
    [1e5, ' L'],
    [1e3, ' K'],
  ];
  const unit = units.find(([size]) => Math.abs(value) >= size);
  return unit ? `₹${Number((value / unit[0]).toFixed(1))}${unit[1]}` : `₹${Math.round(value)}`;
}
