import { DOWNLOAD_FORMATS, type DownloadFormat } from '@/lib/links';
import { TextLink } from '@/components/ui/text-link';

type Props = { label: string; hrefFor: (format: DownloadFormat) => string; testId?: string };

/** “Download …: CSV · JSON”, plain links (a listing's, the figures', a search's). */
export function DownloadLinks({ label, hrefFor, testId }: Props) {
  return (
    <p className="mb-4 text-sm" data-testid={testId}>
      {label}
      {DOWNLOAD_FORMATS.map((format, index) => (
        <span key={format}>
          {index > 0 && ' · '}
          <TextLink href={hrefFor(format)}>{format.toUpperCase()}</TextLink>
        </span>
      ))}
    </p>
  );
}
