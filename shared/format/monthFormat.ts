/** A stored month (`2016-09`) as German documents print it (`09.2016`). */
export function formatMonat(stored: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(stored);
  return m ? `${m[2]}.${m[1]}` : stored;
}
