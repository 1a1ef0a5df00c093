/** Today's date as `YYYY-MM-DD` from a string the client sends, or the server's clock. */
export function parseToday(today: string | undefined, now = new Date()): { year: number; month: number; day: number } {
  const match = today ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(today) : null;
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
