import { NotPublished } from '@/components/ui/not-published';
import { SummaryList } from '@/components/ui/summary-list';
import { RELIABILITIES } from '@/lib/domain/codelists';
import { formatDateZh } from '@/lib/domain/format';

type Source = {
  originalTitle: string | null;
  publisher: string | null;
  author: string | null;
  editor: string | null;
  publishedOn: string | null;
  url: string | null;
  mirrorUrl: string | null;
  mirrorDate: string | null;
  language: string;
  reliability: string;
  reliabilityNote: string;
};

const LANGUAGE = { 'zh-Hant': '繁体中文', 'zh-Hans': '简体中文' } as Record<string, string>;

export function SourceMetadata({ source }: { source: Source }) {
  const orUnknown = (value: string | null) => value ?? <NotPublished />;
  const reliability = RELIABILITIES[source.reliability as keyof typeof RELIABILITIES]?.zh ?? source.reliability;
  return (
    <SummaryList
      rows={[
        { key: 'originalTitle', label: '原标题', value: orUnknown(source.originalTitle) },
        { key: 'publisher', label: '发布媒体', value: orUnknown(source.publisher) },
        { key: 'author', label: '作者', value: orUnknown(source.author) },
        { key: 'editor', label: '编辑', value: orUnknown(source.editor) },
        { key: 'publishedOn', label: '发表日期', value: source.publishedOn ? formatDateZh(source.publishedOn) : <NotPublished /> },
        { key: 'url', label: '原文地址', value: source.url ? <span className="break-all">{source.url}</span> : <NotPublished /> },
        {
          key: 'mirror',
          label: '镜像副本',
          value: source.mirrorUrl ? (
            <>
              <span className="break-all">{source.mirrorUrl}</span>
              {source.mirrorDate && <>（{formatDateZh(source.mirrorDate)}）</>}
            </>
          ) : (
            '无'
          ),
        },
        { key: 'language', label: '收到的文本', value: `${LANGUAGE[source.language] ?? source.language}；本页显示去除注音后的简体规范文本` },
        { key: 'reliability', label: '可靠性', value: <>{reliability}。{source.reliabilityNote}</> },
      ]}
    />
  );
}
