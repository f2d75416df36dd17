// Text in evidence packs: runs of mixed scripts each in its font, and times in India's time zone.
import type PDFDocument from 'pdfkit';
import { scriptRuns, type FontName } from './pack-fonts.ts';

export type PdfDocument = InstanceType<typeof PDFDocument>;

/** "07/12/2026 11:23:45 IST": the day and time in India, as the certificate's form asks. */
export function formatIst(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Kolkata',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${parts.replace(',', '')} IST`;
}

export const istOf = (iso: string | null | undefined): string => (iso ? formatIst(new Date(iso)) : '–');

/** Writes text that may mix scripts, each run in its font, at (x, y) or where the last text ended. */
export function write(
  doc: PdfDocument,
  text: string,
  options: PDFKit.Mixins.TextOptions & { at?: [number, number]; bold?: boolean; size?: number } = {},
): void {
  const { at, bold = false, size = 9, ...textOptions } = options;
  doc.fontSize(size);
  const runs = scriptRuns(text);
  if (runs.length === 0) runs.push({ text: '', isDevanagari: false });
  runs.forEach((run, index) => {
    const font: FontName = run.isDevanagari ? 'devanagari' : bold ? 'bold' : 'regular';
    doc.font(font);
    const continued = index < runs.length - 1;
    if (index === 0 && at) doc.text(run.text, at[0], at[1], { ...textOptions, continued });
    else doc.text(run.text, { ...textOptions, continued });
  });
}

/** "1 handset", "3 handsets". */
export const counted = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
