import { TranslatedName } from '@/components/names/translated-name';
import type { ProjectListItem } from '@/lib/data/projects';
import type { I18n } from '@/lib/i18n/server';
import { projectHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

/**
 * A project's name linked to its page, with its enterprise as the name's caption (GOV.UK): a
 * name such as 二期车间项目 says little alone, so the link reads "北辰机电设备有限公司 二期车间项目".
 * English pages show the portal's translation of each name, marked so, beside the Chinese name
 * (components/names/translated-name.tsx).
 */
export function ProjectNameLink({
  project,
  i18n,
}: {
  project: Pick<ProjectListItem, 'slug' | 'name' | 'nameEn' | 'enterprise'>;
  i18n: I18n;
}) {
  return (
    <TextLink href={i18n.href(projectHref(project.slug))}>
      {project.enterprise && (
        <span className="block text-base font-normal" data-testid="project-enterprise">
          <TranslatedName zh={project.enterprise.name} en={project.enterprise.nameEn} lang={i18n.lang} />{' '}
        </span>
      )}
      <TranslatedName zh={project.name} en={project.nameEn} lang={i18n.lang} />
    </TextLink>
  );
}
