import type { Metadata } from 'next';
import { Disclosure } from '@/components/admin/disclosure';
import { SuccessBanner } from '@/components/admin/success-banner';
import { ActionForm } from '@/components/forms/action-form';
import { PageContainer } from '@/components/ui/page-container';
import { saveEnterpriseName } from '@/lib/actions/enterprises';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { fetchEnterpriseNames } from '@/lib/data/admin-lists';
import { pickMessages } from '@/lib/i18n/messages';
import { nameMessages } from '@/lib/i18n/messages/names';
import { savedMessage } from '@/lib/validations/admin-params';
import type { WithSearchParams } from '@/lib/validations/params';

export const metadata: Metadata = { title: '企业英文名称' };

const names = pickMessages('zh-Hans', nameMessages);

export default async function EnterprisesPage({ searchParams }: WithSearchParams) {
  await requireUser(ADMINS);
  const enterprises = await fetchEnterpriseNames();
  return (
    <PageContainer>
      <SuccessBanner message={savedMessage(await searchParams)} />
      <h1 className="mb-2 text-3xl font-bold">企业英文名称</h1>
      <p className="mb-6 max-w-2xl">
        企业的中文名称以来源为准，不在此修改。英文名称是本站的翻译，英文页面上标明为“本站译名”。
      </p>
      <ul className="mb-8 space-y-3">
        {enterprises.map((enterprise) => (
          <li key={enterprise.id} className="border-l-4 border-rule pl-3">
            <h2 className="font-bold">{enterprise.name}</h2>
            <p className="text-muted">{enterprise.nameEn ?? '（暂无英文名称）'}</p>
            <Disclosure label="修改英文名称" hidden={enterprise.name}>
              <ActionForm
                id={`enterprise-${enterprise.id}`}
                action={saveEnterpriseName.bind(null, enterprise.id)}
                fields={[
                  {
                    name: 'nameEn',
                    label: names.formLabel,
                    type: 'text',
                    hint: names.formHint,
                    defaultValue: enterprise.nameEn ?? '',
                  },
                  { name: 'reason', label: '改动原因', type: 'text', hint: '写入公开的更新记录，例如“统一译名”' },
                ]}
                submitLabel="保存"
              />
            </Disclosure>
          </li>
        ))}
      </ul>
    </PageContainer>
  );
}
