/**
 * An incident's recurrence links in both directions: the earlier incidents it names in
 * `recurrence_of`, and the later ones that name it. Its place in the whole chain (incidents joined
 * by `recurrence_of`, transitively) gives "the second time in 24 hours".
 */
import type { IncidentEntry } from '../content/model.ts';
import type { Lang } from '../content/vocabulary.ts';
import { t } from '../i18n/t.ts';
import { toInstant } from '../time/datetime.ts';

const HOUR = 3_600_000;

export interface RecurrenceLink {
  id: string;
  title: string;
}

export interface Recurrence {
  /** Incidents this one names as earlier occurrences. */
  of: RecurrenceLink[];
  /** Later incidents that name this one. */
  again: RecurrenceLink[];
  /** 1-based place in its chain by start time. */
  ordinal: number;
  /** Hours from the chain's first start to this one's, rounded up. */
  hours: number;
}

const link = (i: IncidentEntry): RecurrenceLink => ({ id: i.id, title: i.data.title });

/** Undefined when the incident is linked to no other. */
export function recurrenceOf(incidents: readonly IncidentEntry[], id: string, timeZone: string): Recurrence | undefined {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const self = byId.get(id);
  if (!self) return undefined;
  const of = self.data.recurrence_of.flatMap((ref) => byId.get(ref) ?? []).map(link);
  const again = incidents.filter((i) => i.data.recurrence_of.includes(id)).map(link);
  if (!of.length && !again.length) return undefined;
  // The chain: everything reachable through recurrence_of in either direction.
  const chain = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of incidents) {
      const linked = chain.has(i.id) ? i.data.recurrence_of.filter((r) => byId.has(r) && !chain.has(r)) : i.data.recurrence_of.some((r) => chain.has(r)) ? [i.id] : [];
      for (const r of linked) {
        chain.add(r);
        grew = true;
      }
    }
  }
  const start = (i: IncidentEntry) => toInstant(i.data.started, timeZone) ?? 0;
  const ordered = [...chain].map((c) => byId.get(c)!).sort((a, b) => start(a) - start(b));
  return {
    of,
    again,
    ordinal: ordered.indexOf(self) + 1,
    hours: Math.ceil((start(self) - start(ordered[0]!)) / HOUR),
  };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** `The second time in 24 hours` / `24時間で2回目`; days past 48 hours. */
export function describeRecurrence(recurrence: Recurrence, lang: Lang): string | undefined {
  if (recurrence.ordinal < 2) return undefined;
  const days = recurrence.hours > 48;
  const amount = days ? Math.ceil(recurrence.hours / 24) : recurrence.hours;
  const span = lang === 'ja' ? `${amount}${days ? '日' : '時間'}` : `${amount} ${days ? 'days' : 'hours'}`;
  const ordinal = lang === 'ja' ? String(recurrence.ordinal) : (ORDINALS[recurrence.ordinal - 1] ?? `${recurrence.ordinal}th`);
  return t(lang, 'recurrence.nth', { ordinal, span });
}
