import type { PublicChange } from '@/lib/revisions/public-change';
import { enterpriseHref, figureHref, initiativeHref, projectHref, setHref, sourceHref } from '@/lib/links';

/** Where a changed entity lives; null once it is deleted (there is nothing to link to). */
export function entityHref(change: Pick<PublicChange, 'entityType' | 'entityId' | 'action' | 'kind'>): string | null {
  if (change.action === 'delete') return null;
  switch (change.entityType) {
    case 'project':
      return projectHref(change.entityId);
    case 'figure':
      return figureHref(change.entityId);
    case 'set':
      return setHref(change.entityId);
    case 'initiative':
      return initiativeHref({ id: change.entityId, kind: change.kind ?? '' });
    case 'source':
      return sourceHref(change.entityId);
    case 'enterprise':
      return enterpriseHref(change.entityId);
    default:
      return null;
  }
}
