import { fetchProjectAccountability } from '@/lib/data/accountability';
import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '@/lib/domain/accountability';
import { pickMessages } from '@/lib/i18n/messages';
import { accountabilityMessages } from '@/lib/i18n/messages/accountability';
import type { I18n } from '@/lib/i18n/server';

/**
 * Public section of a project page: the 包挂 people (name, post, unit — never phone or notes)
 * and the counts of open and resolved blocking problems. Self-contained: give it the project id.
 */
export async function ProjectAccountability({ projectId, i18n }: { projectId: number; i18n: I18n }) {
  const m = pickMessages(i18n.lang, accountabilityMessages);
  const data = i18n.localise(await fetchProjectAccountability(projectId));
  const roleLabel = (role: string) => {
    const labels = RESPONSIBILITY_ROLES[role as ResponsibilityRole];
    if (!labels) return role;
    return i18n.lang === 'en' ? labels.en : i18n.localise(labels.zh);
  };
  return (
    <section aria-labelledby="accountability-title" className="my-8" data-testid="project-accountability">
      <h2 id="accountability-title" className="mb-2 text-2xl font-bold">
        {m.title}
      </h2>
      <p className="mb-3">{m.intro}</p>
      {data.responsibilities.length === 0 ? (
        <p className="mb-4">{m.noPeople}</p>
      ) : (
        <div className="mb-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">{m.role}</th>
                <th scope="col" className="py-2 pr-3">{m.person}</th>
                <th scope="col" className="py-2 pr-3">{m.post}</th>
                <th scope="col" className="py-2">{m.unit}</th>
              </tr>
            </thead>
            <tbody>
              {data.responsibilities.map((person) => (
                <tr key={person.role} className="border-b border-rule">
                  <th scope="row" className="py-2 pr-3">{roleLabel(person.role)}</th>
                  <td className="py-2 pr-3">{person.personName}</td>
                  <td className="py-2 pr-3">{person.post}</td>
                  <td className="py-2">{person.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="mb-1 text-xl font-bold">{m.problemsTitle}</h3>
      <p>{m.problems(data.problems.open, data.problems.resolved)}</p>
    </section>
  );
}
