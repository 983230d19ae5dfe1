import { describeActor, describeChange } from '@/components/admin/change-labels';
import type { fetchRecentChanges } from '@/lib/data/dashboard';
import { formatDateTime } from '@/lib/domain/date-time';
import { adminProjectHref } from '@/lib/links';
import { AdminLink } from '@/components/admin/admin-link';

type Change = Awaited<ReturnType<typeof fetchRecentChanges>>[number];

/** "最近的改动" on the dashboard: labels and Beijing time, as the public history shows them. */
export function RecentChanges({ changes }: { changes: Change[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="recent-changes">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-3">
              时间（北京时间）
            </th>
            <th scope="col" className="py-1 pr-3">
              改动
            </th>
            <th scope="col" className="py-1 pr-3">
              操作人
            </th>
            <th scope="col" className="py-1">
              原因与依据
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id} className="border-b border-rule align-top">
              <td className="py-1 pr-3">
                <time dateTime={c.at.toISOString()}>{formatDateTime(c.at)}</time>
              </td>
              <td className="py-1 pr-3">
                {c.projectSlug ? (
                  <AdminLink href={adminProjectHref(c.projectSlug)}>{describeChange(c)}</AdminLink>
                ) : (
                  describeChange(c)
                )}
              </td>
              <td className="py-1 pr-3">{describeActor(c)}</td>
              <td className="py-1">
                {c.reason}
                {c.sourceRef ? `；依据：${c.sourceRef}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
