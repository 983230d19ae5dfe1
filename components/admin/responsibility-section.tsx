import { Disclosure } from '@/components/admin/disclosure';
import { DataTable } from '@/components/ui/data-table';
import { ActionForm } from '@/components/forms/action-form';
import { saveResponsibility } from '@/lib/actions/accountability';
import { RESPONSIBILITY_ROLE_CODES, RESPONSIBILITY_ROLES } from '@/lib/domain/accountability';
import type { ProjectWorkspace } from '@/lib/data/admin-projects';

/** 包挂: the four roles, with the internal phone and note (never shown on public pages). */
export function ResponsibilitySection({ project, canEdit }: { project: ProjectWorkspace; canEdit: boolean }) {
  const byRole = new Map(project.responsibilities.map((r) => [r.role, r]));
  return (
    <section id="responsibilities" aria-labelledby="responsibilities-title" className="mb-10">
      <h2 id="responsibilities-title" className="mb-3 text-2xl font-bold">
        包挂责任人
      </h2>
      <div className="overflow-x-auto">
        <DataTable
          columns={[
            { label: '角色' },
            { label: '姓名' },
            { label: '职务' },
            { label: '单位' },
            { label: '联系电话（内部）' },
          ]}
          rows={RESPONSIBILITY_ROLE_CODES.map((role) => {
            const person = byRole.get(role);
            return {
              key: role,
              data: { 'data-role': role },
              cells: [
                RESPONSIBILITY_ROLES[role].zh,
                person ? `${person.personName}${person.districtLevel ? '（区级领导）' : ''}` : '尚未填写',
                person?.post ?? '',
                person?.unit ?? '',
                person?.phone ?? '',
              ],
            };
          })}
          className="mb-4"
        />
      </div>
      {canEdit &&
        RESPONSIBILITY_ROLE_CODES.map((role) => {
          const person = byRole.get(role);
          return (
            <Disclosure key={role} label={`填写或修改${RESPONSIBILITY_ROLES[role].zh}`}>
              <ActionForm
                id={`responsibility-${role}`}
                action={saveResponsibility.bind(null, project.slug)}
                submitLabel={`保存${RESPONSIBILITY_ROLES[role].zh}`}
                fields={[
                  { name: 'role', label: '', type: 'hidden', defaultValue: role },
                  { name: 'personName', label: '姓名', type: 'text', defaultValue: person?.personName ?? '' },
                  { name: 'post', label: '职务', type: 'text', defaultValue: person?.post ?? '' },
                  { name: 'unit', label: '单位', type: 'text', defaultValue: person?.unit ?? '' },
                  {
                    name: 'districtLevel',
                    label: '区级领导',
                    type: 'checkbox',
                    hint: '总协调人必须由区级领导担任',
                    defaultValue: person?.districtLevel ? 'on' : '',
                  },
                  { name: 'phone', label: '联系电话（仅内部可见）', type: 'text', defaultValue: person?.phone ?? '' },
                  {
                    name: 'internalNote',
                    label: '内部备注（仅内部可见）',
                    type: 'textarea',
                    defaultValue: person?.internalNote ?? '',
                  },
                  { name: 'evidence', label: '来源或依据（可选）', type: 'text', hint: '例如任命文件' },
                ]}
              />
            </Disclosure>
          );
        })}
    </section>
  );
}
