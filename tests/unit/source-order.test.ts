import { describe, expect, it } from 'vitest';
import { orderSources } from '@/lib/domain/source-order';

// The shipped sources as the database holds them (alphabetical by id, which put the primary report third).
const SOURCES = [
  {
    id: 'dzwww-2023-02-21-new-year-mobilisation',
    reliability: 'secondary',
    publishedOn: '2023-02-21',
    mirrorDate: null,
  },
  {
    id: 'dzwww-2024-02-20-key-projects-2024-plan',
    reliability: 'secondary',
    publishedOn: '2024-02-20',
    mirrorDate: null,
  },
  { id: 'launch-report-2023-01-29', reliability: 'primary', publishedOn: null, mirrorDate: '2023-01-30' },
  {
    id: 'selectshandong-2023-03-13-jinan-municipal-list',
    reliability: 'secondary',
    publishedOn: '2023-03-13',
    mirrorDate: null,
  },
  {
    id: 'subaoxw-2024-01-04-key-projects-2023-result',
    reliability: 'secondary',
    publishedOn: '2024-01-04',
    mirrorDate: null,
  },
  { id: 'zjmzl-2024-08-22-key-projects-2024-plan', reliability: 'mirror', publishedOn: null, mirrorDate: '2024-08-22' },
];

describe('orderSources', () => {
  it('lists the primary report first, then later reports by date, mirror copies last', () => {
    expect(orderSources(SOURCES).map((s) => s.id)).toEqual([
      'launch-report-2023-01-29',
      'dzwww-2023-02-21-new-year-mobilisation',
      'selectshandong-2023-03-13-jinan-municipal-list',
      'subaoxw-2024-01-04-key-projects-2023-result',
      'dzwww-2024-02-20-key-projects-2024-plan',
      'zjmzl-2024-08-22-key-projects-2024-plan',
    ]);
  });
});
