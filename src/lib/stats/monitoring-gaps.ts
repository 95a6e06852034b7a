/**
 * Monitoring gaps: incidents noticed long after they began. Five minutes is the threshold the
 * post-mortem practice this project follows uses for "the monitoring missed it".
 */
import type { IncidentFacts } from './facts.ts';

export const DETECTION_THRESHOLD_MINUTES = 5;

export interface LateDetection {
  id: string;
  title: string;
  detect_minutes: number;
}

export interface MonitoringGaps {
  threshold_minutes: number;
  /** Detected more than the threshold after they started, slowest first. */
  late: LateDetection[];
  /** Ids of incidents with no `detected` time: how late is unknown, which is a gap in the record. */
  unknown: string[];
}

export function monitoringGaps(facts: readonly IncidentFacts[], threshold = DETECTION_THRESHOLD_MINUTES): MonitoringGaps {
  const late = facts
    .flatMap((f) => {
      const minutes = f.metrics.timeToDetectMinutes;
      return minutes !== undefined && minutes > threshold
        ? [{ id: f.incident.id, title: f.incident.data.title, detect_minutes: minutes }]
        : [];
    })
    .sort((a, b) => b.detect_minutes - a.detect_minutes);
  const unknown = facts.filter((f) => f.metrics.timeToDetectMinutes === undefined).map((f) => f.incident.id);
  return { threshold_minutes: threshold, late, unknown };
}
