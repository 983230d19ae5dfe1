import { describeActor, describeChange } from '@/components/admin/change-labels';
import type { fetchRecentRevisions } from '@/lib/data/dashboard';
import { formatDateTime } from '@/lib/domain/date-time';
import { adminProjectHref } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';
import { DataTable } from '@/components/ui/data-table';

type Change = Awaited<ReturnType<typeof fetchRecentRevisions>>[number];

/** "最近的改动" on the dashboard: labels and Beijing time, as the public history shows them. */
export function RecentChanges({ changes }: { changes: Change[] }) {
  return (
    <div className="overflow-x-auto">
      <DataTable
        columns={[{ label: '时间（北京时间）' }, { label: '改动' }, { label: '操作人' }, { label: '原因与依据' }]}
        rows={changes.map((c) => ({
          key: String(c.id),
          cells: [
            <time key="at" dateTime={c.at.toISOString()}>
              {formatDateTime(c.at)}
            </time>,
            c.projectSlug ? (
              <AdminLink key="change" href={adminProjectHref(c.projectSlug)}>
                {describeChange(c)}
              </AdminLink>
            ) : (
              describeChange(c)
            ),
            describeActor(c),
            `${c.reason}${c.sourceRef ? `；依据：${c.sourceRef}` : ''}`,
          ],
        }))}
        rowHeaders={false}
        testId="recent-changes"
      />
    </div>
  );
}
