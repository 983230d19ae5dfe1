import 'server-only';
import { fetchLastUpdated } from '@/lib/data/revisions';
import { iterateProjects } from '@/lib/data/projects';
import { oc4idsPackage, oc4idsProject } from '@/lib/open-data/oc4ids';

/** Every published project as one OC4IDS project package. */
export async function oc4idsPackageForAll(packageUri: string) {
  const projects = [];
  for await (const project of iterateProjects({ sort: 'name' })) projects.push(oc4idsProject(project));
  return oc4idsPackage(projects, packageUri, (await fetchLastUpdated()) ?? new Date(0));
}
