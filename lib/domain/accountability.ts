/**
 * Codes of the project-sponsor (包挂), inspection (督查) and level-by-level resolution (分级解决)
 * mechanisms, with Chinese and English labels (names from ../shared/GLOSSARY.md).
 */
type Labels = { zh: string; en: string };

export const RESPONSIBILITY_ROLES = {
  chiefCoordinator: { zh: '总协调人', en: 'Chief coordinator' },
  chiefDispatcher: { zh: '总调度人', en: 'Chief dispatcher' },
  coordinator: { zh: '协调责任人', en: 'Coordinator in charge' },
  dispatcher: { zh: '调度责任人', en: 'Dispatcher in charge' },
} as const satisfies Record<string, Labels>;
export type ResponsibilityRole = keyof typeof RESPONSIBILITY_ROLES;
export const RESPONSIBILITY_ROLE_CODES = Object.keys(RESPONSIBILITY_ROLES) as [
  ResponsibilityRole,
  ...ResponsibilityRole[],
];

export const MILESTONE_STATUSES = {
  scheduled: { zh: '未到期', en: 'Scheduled' },
  met: { zh: '已完成', en: 'Met' },
  notMet: { zh: '未完成', en: 'Not met' },
  partiallyMet: { zh: '部分完成', en: 'Partially met' },
} as const satisfies Record<string, Labels>;
export type MilestoneStatus = keyof typeof MILESTONE_STATUSES;
export const MILESTONE_STATUS_CODES = Object.keys(MILESTONE_STATUSES) as [MilestoneStatus, ...MilestoneStatus[]];

/** The ladder a problem climbs, lowest first (分级负责、逐层解决). */
export const PROBLEM_LEVELS = {
  project: { zh: '项目', en: 'Project' },
  town: { zh: '镇街', en: 'Town or street' },
  department: { zh: '部门', en: 'Department' },
  district: { zh: '区级', en: 'District' },
} as const satisfies Record<string, Labels>;
export type ProblemLevel = keyof typeof PROBLEM_LEVELS;
export const PROBLEM_LEVEL_CODES = Object.keys(PROBLEM_LEVELS) as [ProblemLevel, ...ProblemLevel[]];

/** Levels above `level`, where a problem may be escalated to. */
export function higherLevels(level: ProblemLevel): ProblemLevel[] {
  return PROBLEM_LEVEL_CODES.slice(PROBLEM_LEVEL_CODES.indexOf(level) + 1);
}

/** A milestone is overdue when its due date has passed and it is not met; `today` is an ISO date. */
export function isMilestoneOverdue(milestone: { dueDate: string; status: string }, today: string): boolean {
  return milestone.status !== 'met' && milestone.dueDate < today;
}

/** Whole days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Today in China (UTC+8), as an ISO date: milestones fall due by the local calendar. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
