// Reads an HTTP Retry-After header (delay in seconds or an HTTP date) into milliseconds.

/** Milliseconds to wait, or null when the header is absent or unreadable. Negative waits become 0. */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}

/** The back-off after the `attempt`-th 429/503 (1-based): Retry-After if given, else 5 s doubling, ≤ 10 min. */
export function backoffMs(attempt: number, retryAfterMs: number | null, minDelayMs: number): number {
  const exponential = Math.min(600_000, Math.max(5_000, minDelayMs) * 2 ** (attempt - 1));
  return Math.min(600_000, Math.max(retryAfterMs ?? exponential, minDelayMs));
}
