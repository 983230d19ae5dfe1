import { describe, expect, it } from 'vitest';
import { NAV_SECTIONS, navCurrent } from '@/lib/navigation/sections';

/** Each navigation item's aria-current on a page, by section key (only the marked ones). */
const marked = (path: string) =>
  Object.fromEntries(
    NAV_SECTIONS.flatMap((section) => {
      const current = navCurrent(section, path);
      return current ? [[section.key, current]] : [];
    }),
  );

describe('the navigation', () => {
  it('lists the summary page after the home page (issue 10: /summary in the header)', () => {
    expect(NAV_SECTIONS.map((section) => [section.key, section.href]).slice(0, 3)).toEqual([
      ['home', '/'],
      ['summary', '/summary'],
      ['projects', '/projects'],
    ]);
  });
});

describe('the navigation marks the current section', () => {
  it('marks the section’s own page as the page', () => {
    expect(marked('/')).toEqual({ home: 'page' });
    expect(marked('/projects?sector=industry')).toEqual({ projects: 'page' });
    expect(marked('/sources')).toEqual({ sources: 'page' });
    expect(marked('/summary')).toEqual({ summary: 'page' });
  });

  it('marks the section of a page inside it as current, not as the page', () => {
    expect(marked('/projects/beichen-phase-ii-workshop')).toEqual({ projects: 'true' });
    expect(marked('/sets')).toEqual({ projects: 'true' });
    expect(marked('/sets/launch-2023-01-29')).toEqual({ projects: 'true' });
    expect(marked('/enterprises/beichen-electromechanical')).toEqual({ projects: 'true' });
    expect(marked('/figures/keyProjects2023.projectCount')).toEqual({ data: 'true' });
    expect(marked('/areas/x')).toEqual({ areas: 'true' });
  });

  it('marks nothing outside the sections and does not confuse prefixes', () => {
    expect(marked('/search?q=%E7%BA%A2%E6%9C%A8')).toEqual({});
    expect(marked('/projectsx')).toEqual({});
    expect(marked('/glossary')).toEqual({});
  });
});
