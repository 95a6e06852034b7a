/**
 * Time discount for incident evidence: an attempt loses half its weight every half-life, so a fix
 * that worked last month says more than one that worked three years ago on a different stack.
 */

/**
 * Weight of an attempt `ageMinutes` old: 1 when new, 0.5 at one half-life, 0.25 at two.
 * A missing or non-positive half-life means no discount (a zero half-life would erase history).
 */
export function attemptWeight(ageMinutes: number, halfLifeMinutes: number | undefined): number {
  if (!halfLifeMinutes || halfLifeMinutes <= 0) return 1;
  return 0.5 ** (Math.max(0, ageMinutes) / halfLifeMinutes);
}
