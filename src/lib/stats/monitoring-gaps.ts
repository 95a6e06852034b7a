/**
 * Monitoring gaps: incidents noticed long after they began. Five minutes is the threshold the
 * post-mortem practice this project follows uses for "the monitoring missed it".
 */
import type { DetectionHow } from '../content/vocabulary.ts';
import type { IncidentFacts } from './facts.ts';
import { occurrences } from './kinds.ts';

export const DETECTION_THRESHOLD_MINUTES = 5;

export interface LateDetection {
  id: string;
  title: string;
  detect_minutes: number;
  /** How it was noticed in the end (`detection.how`), when written. */
  how?: DetectionHow;
  /** The alert that should have fired (`detection.missed_alert`), when written. */
  missing_alert?: string;
}

export interface MonitoringGaps {
  threshold_minutes: number;
  /** Detected more than the threshold after they started, slowest first. */
  late: LateDetection[];
  /** Ids of incidents with no `detected` time: how late is unknown, which is a gap in the record. */
  unknown: string[];
}

/** Drills are left out: their detection is staged. */
export function monitoringGaps(all: readonly IncidentFacts[], threshold = DETECTION_THRESHOLD_MINUTES): MonitoringGaps {
  const facts = occurrences(all);
  const late = facts
    .flatMap((f): LateDetection[] => {
      const minutes = f.metrics.timeToDetectMinutes;
      if (minutes === undefined || minutes <= threshold) return [];
      const { how, missed_alert } = f.incident.data.detection ?? {};
      return [
        {
          id: f.incident.id,
          title: f.incident.data.title,
          detect_minutes: minutes,
          ...(how === undefined ? {} : { how }),
          ...(missed_alert === undefined ? {} : { missing_alert: missed_alert }),
        },
      ];
    })
    .sort((a, b) => b.detect_minutes - a.detect_minutes);
  const unknown = facts.filter((f) => f.metrics.timeToDetectMinutes === undefined).map((f) => f.incident.id);
  return { threshold_minutes: threshold, late, unknown };
}
