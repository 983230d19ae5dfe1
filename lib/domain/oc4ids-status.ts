import type { Status } from '@/lib/domain/codelists';

/**
 * Our statuses in OC4IDS 0.9 `projectStatus` codes (standards/oc4ids-0.9/codelists/projectStatus.csv, a copy of
 * ../shared/standards).
 * 谋划 is the decision to develop (identification); 竣工 is completion; 投产 is the running of
 * the asset (maintenance). OC4IDS has no "suspended": a paused project is still in implementation.
 * 'unknown' has no OC4IDS code and is left out of exports (null).
 */
export const OC4IDS_PROJECT_STATUS = {
  planning: 'identification',
  preparation: 'preparation',
  underConstruction: 'implementation',
  completed: 'completion',
  inOperation: 'maintenance',
  suspended: 'implementation',
  cancelled: 'cancelled',
  unknown: null,
} as const satisfies Record<Status, string | null>;

export function toOc4idsProjectStatus(status: Status): string | null {
  return OC4IDS_PROJECT_STATUS[status];
}
