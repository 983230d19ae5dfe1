import 'server-only';
import { fetchFigureRows, fetchInitiativeRows, fetchSetRows, fetchSourceRows } from '@/lib/data/open-data';
import { iterateProjects } from '@/lib/data/projects';
import type { DatasetId } from '@/lib/open-data/fields';
import { figureRow, initiativeRow, projectRow, setRow, sourceRow, type Row } from '@/lib/open-data/rows';
import type { ProjectFilters } from '@/lib/validations/project-filters';

/** The rows of one dataset, as an async sequence (projects are read in batches: no cap, no memory spike). */
export async function* datasetRows(
  id: DatasetId,
  projectFilters?: Omit<ProjectFilters, 'page' | 'pageSize'>,
): AsyncGenerator<Row> {
  switch (id) {
    case 'projects':
      for await (const project of iterateProjects(projectFilters ?? { sort: 'name' })) yield projectRow(project);
      return;
    case 'sets':
      yield* (await fetchSetRows()).map(setRow);
      return;
    case 'figures':
      yield* (await fetchFigureRows()).map(figureRow);
      return;
    case 'initiatives':
      yield* (await fetchInitiativeRows()).map(initiativeRow);
      return;
    case 'sources':
      yield* (await fetchSourceRows()).map(sourceRow);
      return;
  }
}
