import { LEVEL_CODES, PROJECT_KIND_CODES, SECTOR_CODES, STATUS_CODES } from '@/lib/domain/codelists';

/**
 * Plainly synthetic projects for tests and benchmarks only (never the default database):
 * names like 示例项目 000123, spread evenly over every sector, level, kind and status.
 * Deterministic: the same count always gives the same rows.
 */

export const SYNTHETIC_ENTERPRISE_COUNT = 500;
export const SYNTHETIC_CHAINS = ['示例产业链 1', '示例产业链 2', '示例产业链 3', '示例产业链 4'];

/** mulberry32: a small seeded generator, so the data is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function syntheticEnterprises() {
  return Array.from({ length: SYNTHETIC_ENTERPRISE_COUNT }, (_, i) => ({
    id: `synthetic-enterprise-${pad(i + 1, 3)}`,
    name: `示例企业 ${pad(i + 1, 3)}`,
  }));
}

export function syntheticProjects(count: number) {
  const random = seededRandom(20230129);
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const day = 1 + Math.floor(random() * 365);
    const start = new Date(Date.UTC(2023, 0, day)).toISOString().slice(0, 10);
    return {
      slug: `synthetic-${pad(n, 6)}`,
      name: `示例项目 ${pad(n, 6)}`,
      enterpriseId: `synthetic-enterprise-${pad((index % SYNTHETIC_ENTERPRISE_COUNT) + 1, 3)}`,
      description: '合成测试数据，仅用于测试与性能基准。',
      sector: SECTOR_CODES[index % SECTOR_CODES.length],
      industryChain: SYNTHETIC_CHAINS[index % SYNTHETIC_CHAINS.length],
      level: LEVEL_CODES[index % LEVEL_CODES.length],
      kind: PROJECT_KIND_CODES[index % PROJECT_KIND_CODES.length],
      status: STATUS_CODES[index % STATUS_CODES.length],
      // Every fifth project has no published amount, as in real lists.
      totalInvestment: index % 5 === 4 ? null : 100 + Math.floor(random() * 500_000),
      startDate: start,
      knownAs: 'synthetic',
    };
  });
}
