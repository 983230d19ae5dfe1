import { fetchProjectAccountability } from '@/lib/data/accountability';
import { RESPONSIBILITY_ROLE_CODES, RESPONSIBILITY_ROLES, type ResponsibilityRole } from '@/lib/domain/accountability';
import { pickMessages } from '@/lib/i18n/messages';
import { accountabilityMessages } from '@/lib/i18n/messages/accountability';
import type { I18n } from '@/lib/i18n/server';
import { DataTable } from '@/components/ui/data-table';

/**
 * Public section of a project page: the 包挂 people (name, post, unit — never phone or notes),
 * the counts of open and resolved blocking problems and how the inspection milestones stand.
 * What officials have not recorded says 暂无公开记录, never 0 (lib/data/accountability.ts).
 * Self-contained: give it the project id.
 */
export async function ProjectAccountability({ projectId, i18n }: { projectId: number; i18n: I18n }) {
  const m = pickMessages(i18n.lang, accountabilityMessages);
  const data = i18n.localise(await fetchProjectAccountability(projectId));
  const roleLabel = (role: ResponsibilityRole) =>
    i18n.lang === 'en' ? RESPONSIBILITY_ROLES[role].en : i18n.localise(RESPONSIBILITY_ROLES[role].zh);
  const noRecord = <span className="text-muted">{m.noRecord}</span>;
  return (
    <section aria-labelledby="accountability-title" className="my-8" data-testid="project-accountability">
      <h2 id="accountability-title" className="mb-2 text-2xl font-bold">
        {m.title}
      </h2>
      <p className="mb-3">{m.intro}</p>
      {data.responsibilities.length === 0 ? (
        <p className="mb-4" data-testid="accountability-people">
          {noRecord}
        </p>
      ) : (
        <div className="mb-4 overflow-x-auto" data-testid="accountability-people">
          <DataTable
            columns={[{ label: m.role }, { label: m.person }, { label: m.post }, { label: m.unit }]}
            rows={RESPONSIBILITY_ROLE_CODES.map((role) => {
              const person = data.responsibilities.find((r) => r.role === role);
              const cells = person ? [person.personName, person.post, person.unit] : [noRecord];
              return { key: role, cells: [roleLabel(role), ...cells] };
            })}
          />
        </div>
      )}
      <h3 className="mb-1 text-xl font-bold">{m.problemsTitle}</h3>
      <p className="mb-4" data-testid="accountability-problems">
        {data.problems ? m.problems(data.problems.open, data.problems.resolved) : noRecord}
      </p>
      <h3 className="mb-1 text-xl font-bold">{m.milestonesTitle}</h3>
      <p className="mb-4" data-testid="accountability-milestones">
        {data.milestones ? m.milestones(data.milestones) : noRecord}
      </p>
      <p className="text-sm text-muted">{m.noRecordNote}</p>
    </section>
  );
}
