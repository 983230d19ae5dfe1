import type { Sector, Status } from '@/lib/domain/codelists';
import { TOWN_SOURCE, TOWNS, type Town } from '@/lib/domain/towns';
import { LICENCE } from '@/lib/open-data/licence';

/**
 * OC4IDS 0.9 project package. Project ids are `oc4ids-changqing-<slug>`: the prefix is this
 * portal's own (not a registered OC4IDS prefix), documented on /data. Codes without an honest
 * OC4IDS equivalent are left out rather than guessed.
 */

export const OC4IDS_ID_PREFIX = 'oc4ids-changqing-';
export const OC4IDS_VERSION = '0.9';

/** Portal status → OC4IDS projectStatus. Suspended and unknown have no equivalent: omitted. */
export const OC4IDS_STATUS: Partial<Record<Status, string>> = {
  planning: 'identification',
  preparation: 'preparation',
  underConstruction: 'implementation',
  completed: 'completion',
  inOperation: 'maintenance',
  cancelled: 'cancelled',
};

/** Portal sector → OC4IDS projectSector ("economy" covers agribusiness and industry). */
export const OC4IDS_SECTOR: Partial<Record<Sector, string>> = {
  industry: 'economy',
  agriculture: 'economy',
  platform: 'economy',
  healthCare: 'health',
};

const WAN = 10_000; // 万元 → yuan

// Dates the sources give as days are Beijing days.
const dateTime = (isoDate: string) => `${isoDate}T00:00:00+08:00`;

export type Oc4idsProjectInput = {
  slug: string;
  name: string;
  description: string | null;
  sector: string;
  status: string;
  totalInvestment: number | null;
  startDate: string | null;
  plannedCompletionDate: string | null;
  town: string | null;
  updatedAt: Date;
};

/**
 * The 镇街 as a Location with an address (OC4IDS 0.9 Location.address: locality and region).
 * No gazetteer: locationGazetteers has no scheme for the NBS division codes, and the portal
 * does not coin one (the code is in the CSV/JSON downloads' town field).
 */
function location(town: string | null) {
  const unit = town === null ? undefined : TOWNS[town as Town];
  if (!unit) return null;
  return {
    id: '1',
    description: `${TOWN_SOURCE.region}${unit.zh}`,
    address: { locality: unit.zh, region: TOWN_SOURCE.region, countryName: '中国' },
  };
}

export function oc4idsProject(p: Oc4idsProjectInput) {
  const status = OC4IDS_STATUS[p.status as Status];
  const sector = OC4IDS_SECTOR[p.sector as Sector];
  const town = location(p.town);
  const period = {
    ...(p.startDate && { startDate: dateTime(p.startDate) }),
    ...(p.plannedCompletionDate && { endDate: dateTime(p.plannedCompletionDate) }),
  };
  return {
    id: `${OC4IDS_ID_PREFIX}${p.slug}`,
    updated: p.updatedAt.toISOString(),
    language: 'zh',
    title: p.name,
    ...(p.description && { description: p.description }),
    ...(status && { status }),
    ...(sector && { sector: [sector] }),
    ...(p.totalInvestment !== null && { budget: { amount: { amount: p.totalInvestment * WAN, currency: 'CNY' } } }),
    ...(Object.keys(period).length > 0 && { period }),
    ...(town && { locations: [town] }),
  };
}

export function oc4idsPackage(projects: ReturnType<typeof oc4idsProject>[], packageUri: string, publishedDate: Date) {
  return {
    uri: packageUri,
    publishedDate: publishedDate.toISOString(),
    version: OC4IDS_VERSION,
    publisher: { name: '长清区重点项目公开平台' },
    license: LICENCE.url,
    projects,
  };
}
