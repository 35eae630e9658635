/**
 * What the charts drawn at build time share. Horizontal positions of bar charts are percentages of
 * the picture's width, so bars follow the column from 320 px up while text keeps its size; vertical
 * positions are em, so rows grow with the text. The relation matrix is sized in em throughout: it
 * scrolls sideways instead of shrinking. Each chart's layout is a plain model its component writes
 * out as SVG.
 */

/** Two decimals: enough for a picture, and the same output on every machine. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** SVG lengths from the models' numbers. */
export const em = (value: number) => `${value}em`;
export const percent = (value: number) => `${value}%`;

export const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface LegendEntry {
  className: string;
  label: string;
}
