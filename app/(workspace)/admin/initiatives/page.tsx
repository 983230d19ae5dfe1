import type { Metadata } from 'next';
import { Disclosure } from '@/components/admin/disclosure';
import { SuccessBanner } from '@/components/admin/success-banner';
import { ActionForm } from '@/components/forms/action-form';
import type { FieldSpec } from '@/components/forms/field-types';
import { PageContainer } from '@/components/ui/page-container';
import { saveInitiative } from '@/lib/actions/initiatives';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { fetchResultAreas } from '@/lib/data/admin-lists';
import { pickMessages } from '@/lib/i18n/messages';
import { nameMessages } from '@/lib/i18n/messages/names';
import { savedMessage } from '@/lib/validations/admin-params';
import type { WithSearchParams } from '@/lib/validations/params';

export const metadata: Metadata = { title: '两年见效领域' };

const names = pickMessages('zh-Hans', nameMessages);

type Area = Awaited<ReturnType<typeof fetchResultAreas>>[number];

function areaFields(area: Area | null): FieldSpec[] {
  return [
    { name: 'name', label: '名称', type: 'text', defaultValue: area?.name ?? '' },
    {
      name: 'nameEn',
      label: '英文名称（本站译名）',
      type: 'text',
      hint: names.formHint,
      defaultValue: area?.nameEn ?? '',
    },
    { name: 'summary', label: '说明', type: 'textarea', defaultValue: area?.summary ?? '' },
    {
      name: 'published',
      label: '在公开网站上显示',
      type: 'checkbox',
      hint: '必须同时注明来源或依据',
      defaultValue: area?.published ? 'on' : '',
    },
    { name: 'reason', label: '改动原因', type: 'text' },
    { name: 'evidence', label: '来源或依据', type: 'text', hint: '例如文件名称和文号；没有来源的内容不公开' },
  ];
}

export default async function InitiativesPage({ searchParams }: WithSearchParams) {
  await requireUser(ADMINS);
  const areas = await fetchResultAreas();
  return (
    <PageContainer>
      <SuccessBanner message={savedMessage(await searchParams)} />
      <h1 className="mb-2 text-3xl font-bold">“两年见效”领域</h1>
      <p className="mb-6 max-w-2xl">
        报道称共十个方面，只列出其中四个。其余领域在有正式来源后在此添加；未注明来源的领域不会公开。
      </p>
      <ul className="mb-8 space-y-3">
        {areas.map((area) => (
          <li key={area.id} className="border-l-4 border-rule pl-3">
            <h2 className="font-bold">
              {area.name}（{area.published ? '已公开' : '未公开'}）
            </h2>
            <Disclosure label="修改" hidden={area.name}>
              <ActionForm
                id={`area-${area.id}`}
                action={saveInitiative.bind(null, area.id)}
                fields={areaFields(area)}
                submitLabel="保存"
              />
            </Disclosure>
          </li>
        ))}
      </ul>
      <ActionForm
        id="area-new"
        title="新增领域"
        action={saveInitiative.bind(null, null)}
        fields={areaFields(null)}
        submitLabel="新增领域"
      />
    </PageContainer>
  );
}
