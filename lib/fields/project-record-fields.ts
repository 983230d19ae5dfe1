import { KNOWN_AS } from '@/lib/domain/codelists';
import type { ProjectFieldDecl } from '@/lib/fields/project-field';
import { cited, url } from '@/lib/open-data/field';
import { idList, yesNo } from '@/lib/validations/project-fields';

// The source and the page, as every cited dataset gives them.
const [sourceId, sourceAnchor, quote] = cited;

/**
 * Project fields: how the project is recorded: its origin, publication, sets and source.
 * Part of the catalogue (./project-fields.ts).
 */
export const RECORD_FIELDS = {
  knownAs: {
    zh: '如何得知',
    en: 'How it is known',
    meaningZh: '项目如何进入平台',
    meaningEn: 'How the project came to the portal',
    codelist: KNOWN_AS,
    visibility: 'public',
    summary: true,
    history: true,
  },
  published: {
    zh: '公开',
    en: 'Public',
    meaningZh: '是否在公开网站上显示',
    meaningEn: 'Whether the public site shows the project',
    visibility: 'internal',
    parse: yesNo('公开'),
    form: { input: 'checkbox', prompt: '在公开网站上显示' },
    history: true,
  },
  sets: {
    zh: '所属项目集',
    en: 'Sets',
    meaningZh: '项目集标识，以分号分隔',
    meaningEn: 'Set ids, separated by semicolons',
    unit: 'list',
    visibility: 'public',
    parse: idList,
    form: {},
    import: { hint: '项目集标识，多个用分号隔开，例如 key-projects-2023' },
  },
  sourceId: { ...sourceId, visibility: 'public' },
  sourceAnchor: { ...sourceAnchor, visibility: 'public' },
  quote: { ...quote, visibility: 'public', history: true },
  url: { ...url, visibility: 'public' },
} as const satisfies Record<string, ProjectFieldDecl>;
