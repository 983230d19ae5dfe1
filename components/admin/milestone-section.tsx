import { Disclosure } from '@/components/admin/disclosure';
import { ActionForm } from '@/components/forms/action-form';
import { addMilestone, updateMilestone } from '@/lib/actions/accountability';
import {
  isMilestoneOverdue,
  MILESTONE_STATUS_CODES,
  MILESTONE_STATUSES,
  type MilestoneStatus,
} from '@/lib/domain/accountability';
import type { ProjectWorkspace } from '@/lib/data/admin-projects';

const statusOptions = MILESTONE_STATUS_CODES.map((value) => ({ value, label: MILESTONE_STATUSES[value].zh }));

/** 督查节点: time limit, standard, task; overdue ones flagged against `today`. */
export function MilestoneSection({
  project,
  canEdit,
  today,
}: {
  project: ProjectWorkspace;
  canEdit: boolean;
  today: string;
}) {
  return (
    <section id="milestones" aria-labelledby="milestones-title" className="mb-10">
      <h2 id="milestones-title" className="mb-3 text-2xl font-bold">
        督查节点
      </h2>
      {project.milestones.length === 0 && <p className="mb-4">尚无督查节点。</p>}
      <ul className="mb-4 space-y-4">
        {project.milestones.map((milestone) => {
          const overdue = isMilestoneOverdue(milestone, today);
          return (
            <li key={milestone.id} className="border-l-4 border-rule pl-3" data-milestone={milestone.id}>
              <h3 className="font-bold">
                {milestone.title}
                {overdue && <strong className="ml-2 bg-error px-2 text-white">已逾期</strong>}
              </h3>
              <p>完成标准：{milestone.standard}</p>
              <p>
                完成时限：{milestone.dueDate}；责任人：{milestone.responsible}；完成情况：
                {MILESTONE_STATUSES[milestone.status as MilestoneStatus]?.zh ?? milestone.status}
                {milestone.metOn && `（${milestone.metOn}）`}
              </p>
              {milestone.evidence && <p>佐证材料：{milestone.evidence}</p>}
              {canEdit && (
                <Disclosure label="更新完成情况" hidden={milestone.title}>
                  <ActionForm
                    id={`milestone-${milestone.id}`}
                    action={updateMilestone.bind(null, project.slug, milestone.id)}
                    submitLabel="保存完成情况"
                    fields={[
                      { name: 'expectedVersion', label: '', type: 'hidden', defaultValue: String(milestone.version) },
                      {
                        name: 'status',
                        label: '完成情况',
                        type: 'select',
                        options: statusOptions,
                        defaultValue: milestone.status,
                      },
                      { name: 'metOn', label: '完成日期', type: 'date', defaultValue: milestone.metOn ?? '' },
                      { name: 'evidence', label: '佐证材料', type: 'textarea', defaultValue: milestone.evidence ?? '' },
                    ]}
                  />
                </Disclosure>
              )}
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <ActionForm
          id="milestone-new"
          title="新增督查节点"
          action={addMilestone.bind(null, project.slug)}
          submitLabel="新增节点"
          fields={[
            { name: 'title', label: '节点名称', type: 'text' },
            { name: 'standard', label: '完成标准', type: 'textarea' },
            { name: 'dueDate', label: '完成时限', type: 'date' },
            { name: 'responsible', label: '责任人', type: 'text' },
          ]}
        />
      )}
    </section>
  );
}
