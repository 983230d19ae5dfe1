import { describe, expect, it } from 'vitest';
import { adminProjectHref } from '@/lib/links';

describe('workspace links', () => {
  it('encode the slug once, and add the page, query and anchor asked for', () => {
    expect(adminProjectHref('beichen-phase-ii-workshop')).toBe('/admin/projects/beichen-phase-ii-workshop');
    expect(adminProjectHref('a b', 'status')).toBe('/admin/projects/a%20b/status');
    expect(adminProjectHref('p', 'view', { saved: 'project' }, 'problems')).toBe(
      '/admin/projects/p?saved=project#problems',
    );
    expect(adminProjectHref('p', 'edit', {}, 'milestones')).toBe('/admin/projects/p/edit#milestones');
  });
});
