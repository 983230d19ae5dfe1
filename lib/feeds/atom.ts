import { pickMessages } from '@/lib/i18n/messages';
import { historyMessages } from '@/lib/i18n/messages/history';
import { CHANGES_HREF, entityHref, revisionHref, sourceHref } from '@/lib/links';
import { changeFieldLabel, changeValueText, unitOfChange } from '@/lib/revisions/change-value-text';
import type { PublicChange } from '@/lib/revisions/public-change';

/** Atom 1.0 (RFC 4287) feeds of public changes. Text is escaped; entries link to the changed page. */

const m = pickMessages('zh-Hans', historyMessages);

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** The loader's evidence is a source: its title and address, never its id. */
const sourceUrl = (change: PublicChange, siteUrl: URL) =>
  change.evidenceSource ? new URL(sourceHref(change.evidenceSource.id), siteUrl).toString() : null;

function evidenceText(change: PublicChange, siteUrl: URL): string {
  if (change.evidenceSource) return `${change.evidenceSource.title}（${sourceUrl(change, siteUrl)}）`;
  return change.sourceRef ?? '';
}

function entryText(change: PublicChange, siteUrl: URL): string {
  const unit = unitOfChange(change);
  const show = (field: string, value: unknown) => changeValueText(field, value, unit, 'zh-Hans') ?? m.empty;
  const lines = change.changes.map(
    (c) =>
      `${changeFieldLabel(change.entityType, c.field, 'zh-Hans')}：${show(c.field, c.before)} → ${show(c.field, c.after)}`,
  );
  const evidence = change.sourceRef ? `；${m.evidence}：${evidenceText(change, siteUrl)}` : '';
  return [
    `${m.who}：${m.roles[change.actorRole] ?? change.actorRole}；${m.why}：${change.reason}${evidence}`,
    ...lines,
  ].join('\n');
}

type Feed = {
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  siteUrl: URL;
  changes: PublicChange[];
  updated: Date | null;
};

export function atomFeed({ id, title, selfUrl, pageUrl, siteUrl, changes, updated }: Feed): string {
  const entries = changes.map((change) => {
    const href = entityHref(change);
    const link = new URL(href ?? CHANGES_HREF, siteUrl).toString();
    const entryTitle = `${m.actions[change.action] ?? change.action}${m.types[change.entityType] ?? change.entityType}：${change.name}`;
    const source = sourceUrl(change, siteUrl);
    return [
      '  <entry>',
      `    <id>${escapeXml(new URL(revisionHref(change.id), siteUrl).toString())}</id>`,
      `    <title>${escapeXml(entryTitle)}</title>`,
      `    <updated>${change.at.toISOString()}</updated>`,
      `    <link rel="alternate" href="${escapeXml(link)}"/>`,
      ...(source
        ? [`    <link rel="related" href="${escapeXml(source)}" title="${escapeXml(change.evidenceSource!.title)}"/>`]
        : []),
      `    <content type="text">${escapeXml(entryText(change, siteUrl))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `  <id>${escapeXml(id)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${(updated ?? new Date(0)).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    '  <author><name>长清区重点项目公开平台</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
