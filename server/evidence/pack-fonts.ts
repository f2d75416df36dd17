// The fonts of evidence packs: Noto Sans (Latin) and Noto Sans Devanagari (both SIL Open Font License,
// from the @fontsource packages, so they ship with the project). Fontsource splits each family into
// files by script, so a text is written in runs: Devanagari letters (and the spaces between them) in the
// Devanagari font, which fontkit shapes (conjuncts, vowel signs), everything else in the Latin one.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const fontFile = (file: string) => readFileSync(require.resolve(file));

export const FONTS = {
  regular: fontFile('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
  bold: fontFile('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
  devanagari: fontFile(
    '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff',
  ),
};
export type FontName = keyof typeof FONTS;

// A character of the Devanagari file: the script (with the dandas it shares), the rupee sign (not in
// the Latin file), and the zero-width (non-)joiners that steer conjuncts (outside a class: they are joiners).
const DEVANAGARI = String.raw`(?:[\p{Script_Extensions=Devanagari}\u20B9]|\u200C|\u200D)`;
const RUNS = new RegExp(`(${DEVANAGARI}+(?:\\s+${DEVANAGARI}+)*)`, 'u');
const HAS_DEVANAGARI = new RegExp(DEVANAGARI, 'u');

export const hasDevanagari = (text: string): boolean => HAS_DEVANAGARI.test(text);

export interface TextRun {
  text: string;
  isDevanagari: boolean;
}

/** The text cut into runs of one script each, in order (empty runs left out). */
export function scriptRuns(text: string): TextRun[] {
  return text
    .split(RUNS)
    .filter((run) => run !== '')
    .map((run) => ({ text: run, isDevanagari: HAS_DEVANAGARI.test(run) }));
}
