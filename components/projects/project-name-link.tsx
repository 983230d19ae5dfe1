import type { ProjectListItem } from '@/lib/data/projects';
import type { I18n } from '@/lib/i18n/server';
import { dataLang } from '@/lib/i18n/typography';
import { projectHref } from '@/lib/links';

/**
 * A project's name linked to its page, with its enterprise as the name's caption (GOV.UK): a
 * name such as 二期车间项目 says little alone, so the link reads "北辰机电设备有限公司 二期车间项目".
 * Names stay Chinese on English pages, marked so.
 */
export function ProjectNameLink({ project, i18n }: { project: Pick<ProjectListItem, 'slug' | 'name' | 'enterprise'>; i18n: I18n }) {
  return (
    <a href={i18n.href(projectHref(project.slug))} className="text-brand underline" lang={dataLang(i18n.lang)}>
      {project.enterprise && (
        <span className="block text-base font-normal" data-testid="project-enterprise">
          {project.enterprise.name}{' '}
        </span>
      )}
      {project.name}
    </a>
  );
}
