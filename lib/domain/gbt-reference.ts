import type { CitedFigure, CitedSource, FigureAddress } from '@/lib/domain/citation';
import { PORTAL_NAME, addressText } from '@/lib/domain/citation';

/**
 * A reference in GB/T 7714-2015 for an electronic resource (4.6.2):
 *
 *   主要责任者. 题名[文献类型标识/文献载体标识]. 出版地: 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径. 数字对象唯一标识符.
 *
 * Written only from what the source record holds: a missing element is left out as the rules
 * allow, never guessed. The notes say why the reference reads as it does (a supplied title,
 * 佚名, a mirror copy); the page shows them under it. Numbers below are the standard's clauses.
 */

export type ReferenceNote =
  { kind: 'anonymous' } | { kind: 'suppliedTitle' } | { kind: 'mirror'; date: string | null; originalKnown: boolean };

export type Reference = { text: string; notes: ReferenceNote[] };

type Input = { figure: CitedFigure; source: CitedSource | null; address: FigureAddress; accessed: string };

export function gbtReference({ figure, source, address, accessed }: Input): Reference {
  // A derived figure is the portal's own computation: the portal is its responsible party, and its
  // database (DB, 8.2.3 with appendix B) online (OL) the resource.
  if (!source)
    return {
      text: `${PORTAL_NAME}. ${figure.label}[DB/OL]. (${figure.asOf})[${accessed}]. ${addressText(address)}.`,
      notes: [],
    };

  const notes: ReferenceNote[] = [];
  // 8.1.3: no known responsible party gives “佚名”. The publisher is not the author, nor is the portal.
  if (source.author === null) notes.push({ kind: 'anonymous' });
  const creator = source.author ?? '佚名';
  // 8.2.1: the title as the resource gives it. 7.2: “[]” marks information supplied by the
  // cataloguer, here a title the portal gave because the copy did not keep the report's own.
  if (source.originalTitle === null) notes.push({ kind: 'suppliedTitle' });
  const title = source.originalTitle ?? `[${source.title}]`;
  // 8.2.3 and appendix B: an online news report is an electronic bulletin, EB, carried online, OL.
  const heading = `${creator}. ${title}[EB/OL]`;

  // 出版项. 8.4.1.3: a web resource with no place of publication leaves it out; 8.4.2.3: likewise
  // without a publisher. 7.2: “,” before the year; “()” around the date of publication or update
  // (8.4.4.2: YYYY-MM-DD); “[]” around the citation date. Without a publisher the date stands
  // alone, as in the standard's own examples (4.6.2: “(2012-01-16)[2013-03-26]”), and without
  // any date only the citation date remains (4.6.2: “[2012-03-27]”).
  const date = source.publishedOn ? `(${source.publishedOn})` : '';
  const publication = source.publisher
    ? `${source.publisher}${source.publishedOn ? `, ${source.publishedOn.slice(0, 4)}` : ''}${date}[${accessed}]`
    : `${date}[${accessed}]`;

  // 8.6: the access path as the resource is found on the internet: the original address when it
  // is known; a mirror copy is labelled 镜像 (its date is in the note, since it is not the report's).
  const paths = [source.url, source.mirrorUrl && `镜像: ${source.mirrorUrl}`].filter((path): path is string =>
    Boolean(path),
  );
  if (source.mirrorUrl) notes.push({ kind: 'mirror', date: source.mirrorDate, originalKnown: source.url !== null });

  // 7.2: “.” before the 出版项 and each access path, and at the end of the entry. 8.7: a DOI would
  // follow the path, but no source record carries one (news reports are not given DOIs).
  return { text: `${[heading, publication, ...paths].join('. ')}.`, notes };
}
