import type { Metadata } from 'next';
import { ImportApplied } from '@/components/admin/import-applied';
import { ImportApplyForm } from '@/components/admin/import-apply-form';
import { ImportCheckForm } from '@/components/admin/import-check-form';
import { ImportResults } from '@/components/admin/import-results';
import { PageContainer } from '@/components/ui/page-container';
import { requireUser } from '@/lib/auth/guards';
import { ADMINS } from '@/lib/auth/roles';
import { fetchImportCheck } from '@/lib/data/import';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { UPLOAD_MESSAGES } from '@/lib/import/import-state';
import { parseImportPage } from '@/lib/validations/import-page';
import type { WithSearchParams } from '@/lib/validations/params';
import { importTemplateHref } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: '批量导入' };

/** ?upload=<digest>: that kept file's dry run, planned afresh on each visit (lib/writes/import-upload.ts keeps it). */
export default async function ImportPage({ searchParams }: WithSearchParams) {
  const user = await requireUser(ADMINS);
  const { upload, problem, applied } = parseImportPage(await searchParams);
  const check = upload ? await fetchImportCheck(user.id, upload) : null;
  const fileError = problem ? UPLOAD_MESSAGES[problem] : upload && !check ? UPLOAD_MESSAGES.expired : undefined;
  return (
    <PageContainer>
      <h1 className="mb-4 text-3xl font-bold">批量导入项目</h1>
      {applied && <ImportApplied summary={applied} />}
      <p className="mb-2 max-w-3xl">
        下载模板：
        <TextLink href={importTemplateHref('xlsx')}>XLSX 模板</TextLink>、
        <TextLink href={importTemplateHref('csv')}>CSV 模板（UTF-8）</TextLink>。 模板第 1 行是中文表头，第 2
        行是字段标识（请勿修改），从第 3 行起每行一个项目；示例行是来源已公布名称的 3 个项目，其余单元格留空。
      </p>
      <p className="mb-4 max-w-3xl">
        已有项目按项目编码匹配，没有编码时按网址标识匹配；空白单元格表示“保持不变”，不会清除已有数据。同一文件重复导入不会产生改动。导入要么全部写入，要么什么都不写。
      </p>
      <details className="mb-6">
        <summary className="cursor-pointer text-brand underline">各列的填写说明</summary>
        <DataTable
          columns={[{ label: '表头' }, { label: '字段标识' }, { label: '说明' }]}
          rows={IMPORT_COLUMNS.map((c) => ({ key: c.key, cells: [c.header, <code key="key">{c.key}</code>, c.hint] }))}
          className="mt-2"
        />
      </details>
      <ImportCheckForm error={fileError} />
      {check && <ImportResults check={check} />}
      {upload && check && check.errors.length === 0 && <ImportApplyForm digest={upload} fileName={check.fileName} />}
    </PageContainer>
  );
}
