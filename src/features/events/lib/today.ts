/**
 * Today as the person in front of the screen sees it: the browser's local calendar day (the demo
 * API in the browser uses the same day as its "today").
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
