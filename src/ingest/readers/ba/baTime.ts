// The reference date of a BA table from its metadata block ("Berichtsmonat: Juni 2023", "Stichtag: 30.06.2023").
const MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];

/** "Juni 2023" → 2023-06-30, "30.06.2023" → 2023-06-30, "2023" → 2023; null when none of these. */
export function baDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^([a-zä]+)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[1]!) + 1;
    if (month === 0) return null;
    const day = new Date(Date.UTC(Number(m[2]), month, 0)).getUTCDate();
    return `${m[2]}-${String(month).padStart(2, '0')}-${day}`;
  }
  m = /^(\d{4})$/.exec(t);
  return m ? m[1]! : null;
}

/** The first of Stichtag, Berichtsmonat, Berichtsjahr in the metadata that reads as a date. */
export function baTimeOf(properties: Readonly<Record<string, string>>): string | null {
  for (const name of ['Stichtag', 'Berichtsmonat', 'Berichtsjahr', 'Berichtszeitraum']) {
    const text = properties[name];
    const date = text === undefined ? null : baDate(text);
    if (date !== null) return date;
  }
  return null;
}
