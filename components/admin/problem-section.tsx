import { Disclosure } from '@/components/admin/disclosure';
import { ActionForm } from '@/components/forms/action-form';
import { addProblem, escalateProblem, resolveProblem } from '@/lib/actions/accountability';
import { higherLevels, PROBLEM_LEVEL_CODES, PROBLEM_LEVELS, type ProblemLevel } from '@/lib/domain/accountability';
import type { ProjectWorkspace } from '@/lib/data/admin-projects';

const levelLabel = (level: string) => PROBLEM_LEVELS[level as ProblemLevel]?.zh ?? level;

type Problem = ProjectWorkspace['problems'][number];

function ProblemForms({ slug, problem }: { slug: string; problem: Problem }) {
  const targets = higherLevels(problem.level as ProblemLevel);
  const version = {
    name: 'expectedVersion',
    label: '',
    type: 'hidden' as const,
    defaultValue: String(problem.version),
  };
  return (
    <>
      {targets.length > 0 && (
        <Disclosure label="提级办理" hidden={`问题 ${problem.id}`}>
          <ActionForm
            id={`problem-${problem.id}-escalate`}
            action={escalateProblem.bind(null, slug, problem.id)}
            submitLabel="提交上一级"
            fields={[
              version,
              {
                name: 'toLevel',
                label: '提交到',
                type: 'select',
                options: targets.map((value) => ({ value, label: levelLabel(value) })),
              },
              { name: 'note', label: '提级说明', type: 'textarea' },
            ]}
          />
        </Disclosure>
      )}
      <Disclosure label="登记解决" hidden={`问题 ${problem.id}`}>
        <ActionForm
          id={`problem-${problem.id}-resolve`}
          action={resolveProblem.bind(null, slug, problem.id)}
          submitLabel="登记为已解决"
          fields={[
            version,
            { name: 'resolvedOn', label: '解决日期', type: 'date' },
            { name: 'resolutionNote', label: '解决情况', type: 'textarea' },
          ]}
        />
      </Disclosure>
    </>
  );
}

/** 梗阻: raised at a level, escalated step by step with a note, resolved with date and note. */
export function ProblemSection({ project, canEdit }: { project: ProjectWorkspace; canEdit: boolean }) {
  return (
    <section id="problems" aria-labelledby="problems-title" className="mb-10">
      <h2 id="problems-title" className="mb-3 text-2xl font-bold">
        梗阻问题
      </h2>
      {project.problems.length === 0 && <p className="mb-4">尚无梗阻问题。</p>}
      <ul className="mb-4 space-y-4">
        {project.problems.map((problem) => (
          <li key={problem.id} className="border-l-4 border-rule pl-3" data-problem={problem.id}>
            <h3 className="font-bold">
              问题 {problem.id}：{problem.status === 'open' ? '未解决' : '已解决'}，当前层级：
              {levelLabel(problem.level)}
              {problem.expedited && <strong className="ml-2 bg-bright-purple px-2 text-white">特事特办</strong>}
            </h3>
            <p>{problem.description}</p>
            <p>提出日期：{problem.raisedOn}</p>
            {problem.steps.length > 0 && (
              <ol className="ml-6 list-decimal">
                {problem.steps.map((step) => (
                  <li key={step.id}>
                    {step.at.toISOString().slice(0, 10)} 由{levelLabel(step.fromLevel)}提交{levelLabel(step.toLevel)}：
                    {step.note}
                  </li>
                ))}
              </ol>
            )}
            {problem.status === 'resolved' && (
              <p>
                {problem.resolvedOn} 解决：{problem.resolutionNote}
              </p>
            )}
            {canEdit && problem.status === 'open' && <ProblemForms slug={project.slug} problem={problem} />}
          </li>
        ))}
      </ul>
      {canEdit && (
        <ActionForm
          id="problem-new"
          title="登记梗阻问题"
          action={addProblem.bind(null, project.slug)}
          submitLabel="登记问题"
          fields={[
            { name: 'description', label: '问题描述', type: 'textarea' },
            {
              name: 'level',
              label: '提出层级',
              type: 'select',
              options: PROBLEM_LEVEL_CODES.map((value) => ({ value, label: levelLabel(value) })),
            },
            { name: 'raisedOn', label: '提出日期', type: 'date' },
            { name: 'expedited', label: '特事特办、一事一议', type: 'checkbox', hint: '重大问题和紧急情况' },
          ]}
        />
      )}
    </section>
  );
}
