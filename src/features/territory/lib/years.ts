/** First academic year the territory's measures can be asked for (partners are recorded since 2015). */
export const FIRST_YEAR = 2015;

/** The academic years up to the one containing `today` (ISO date), newest first. */
export function academicYears(today: string): number[] {
  const y = Number(today.slice(0, 4));
  const current = Number(today.slice(5, 7)) >= 9 ? y : y - 1;
  const years: number[] = [];
  for (let v = current; v >= FIRST_YEAR; v--) years.push(v);
  return years;
}
