/**
 * A cautious success estimate: the lower bound of the Wilson score interval, taken after adding a
 * prior of one pseudo-success and one pseudo-failure.
 *
 * The raw rate would put a solution that worked once of once (100%) above one that worked nine
 * times of ten (90%); the lower bound rewards the larger body of evidence. The prior keeps an
 * untried solution (estimate 1 of 2) above one that has only ever failed (1 of 2 + n).
 */

/** One-sided 95%: the estimate is a rate the solution beats with 95% confidence. */
const Z = 1.645;
const PRIOR_SUCCESSES = 1;
const PRIOR_FAILURES = 1;

/**
 * Lower confidence bound in 0..1 of a success rate, from `successes` out of `trials` (both may be
 * fractional: time-discounted, with mitigations counted as half).
 */
export function cautiousSuccessRate(successes: number, trials: number): number {
  const n = trials + PRIOR_SUCCESSES + PRIOR_FAILURES;
  const p = (successes + PRIOR_SUCCESSES) / n;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * n);
  const spread = Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp away floating-point dust so the score stays inside 0..1.
  return Math.min(1, Math.max(0, (centre - spread) / (1 + z2 / n)));
}
