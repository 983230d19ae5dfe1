import type { Prisma, PrismaClient } from '@prisma/client';
import { passageId, type Dataset, type SourceDataset } from '@/lib/loader/build-dataset';
import type { DerivedFigureRow } from '@/lib/loader/derive-figures';
import { loaderReasonMessages } from '@/lib/i18n/messages/loader-reasons';
import type { NameTranslations } from '@/lib/validations/translations';
import { changedFields, LOADER_ACTOR, withAudit } from '@/lib/revisions/with-audit';

/**
 * Writes a checked dataset, one audited transaction per source (the audit triggers record each
 * change as a revision by the loader, naming the source). Re-running it changes nothing when nothing changed.
 * Source-owned rows (source, passages, figures, sets,
 * initiatives, people, enterprises) follow the facts file; a project is only created when
 * missing, because after the first load officials own its status and amounts.
 */

// Stored in Chinese, shown in the reader's language (lib/revisions/reason-text.ts).
const REASONS = loaderReasonMessages['zh-Hans'];

export type LoadSummary = { created: number; updated: number; unchanged: number };

type Row = Record<string, unknown>;
// The generic loop below writes rows of every model; `never` arguments let each Prisma
// delegate fit this one shape (rows are checked by the facts schema, not by Prisma's types).
interface RowDelegate {
  findUnique(args: { where: never }): Promise<unknown>;
  create(args: { data: never }): Promise<unknown>;
  update(args: { where: never; data: never }): Promise<unknown>;
}
type SyncOptions = {
  where: Row;
  row: Row;
  /** Key fields to create with when `where` is a compound key. */
  identity?: Row;
  /** Leave an existing row as it is (rows that officials own after the first load). */
  createOnly?: boolean;
  /**
   * The portal's English names (data/translations/names-en.json): written on create and filled
   * in while empty, never over an official's own rendering.
   */
  fill?: Row;
};

export async function writeDataset(prisma: PrismaClient, dataset: Dataset): Promise<LoadSummary> {
  const summary: LoadSummary = { created: 0, updated: 0, unchanged: 0 };
  // One audited transaction per source, so each revision names the source it came from.
  let position = 0;
  for (const source of dataset.sources) {
    const context = { actor: LOADER_ACTOR, reason: REASONS.fromSource, sourceRef: source.source.id };
    position = await withAudit(
      prisma,
      context,
      (tx) => writeSource(tx, source, dataset.translations, summary, position),
      { timeout: 60_000 },
    );
  }
  const context = { actor: LOADER_ACTOR, reason: REASONS.derived, sourceRef: null };
  await withAudit(prisma, context, (tx) => writeDerived(tx, dataset.derived, summary, position), { timeout: 60_000 });
  return summary;
}

function syncer(summary: LoadSummary) {
  return async (
    delegate: RowDelegate,
    { where, row, identity = where, createOnly = false, fill = {} }: SyncOptions,
  ) => {
    const stored = (await delegate.findUnique({ where: where as never })) as Row | null;
    if (!stored) {
      await delegate.create({ data: { ...identity, ...row, ...fill } as never });
      summary.created += 1;
      return;
    }
    const changed = createOnly ? {} : changedFields(stored, row);
    for (const [key, value] of Object.entries(fill)) if (stored[key] === null && value !== null) changed[key] = value;
    if (Object.keys(changed).length === 0) {
      summary.unchanged += 1;
      return;
    }
    await delegate.update({ where: where as never, data: changed as never });
    summary.updated += 1;
  };
}

/** Writes one source's rows; figures are numbered on from `position` so all sources keep one order. */
async function writeSource(
  tx: Prisma.TransactionClient,
  dataset: SourceDataset,
  translations: NameTranslations,
  summary: LoadSummary,
  position: number,
): Promise<number> {
  const { facts, source } = dataset;
  const cite = (anchor: string) => passageId(source.id, anchor);
  const sync = syncer(summary);
  const { id: sourceId, file, ...sourceRow } = source;
  await sync(tx.source, { where: { id: sourceId }, row: { ...sourceRow, fileName: file ?? null } });
  for (const { id, ...row } of dataset.passages) await sync(tx.passage, { where: { id }, row });
  for (const { id, passage, ...row } of facts.people) {
    await sync(tx.person, { where: { id }, row: { ...row, passageId: cite(passage) } });
  }
  for (const [position, { id, ...row }] of facts.sets.entries()) {
    await sync(tx.set, { where: { id }, row: { ...row, position } });
  }
  for (const [position, { id, parent, passage, points, summary: text, ...rest }] of facts.initiatives.entries()) {
    // Checked by the loader: every initiative has its English name in the table.
    const row = {
      ...rest,
      nameEn: translations.initiatives[id],
      parentId: parent,
      summary: text ?? null,
      position,
      passageId: cite(passage),
    };
    await sync(tx.initiative, { where: { id }, row });
    for (const [n, point] of points.entries()) {
      const pointRow = {
        initiativeId: id,
        kind: point.kind,
        position: n + 1,
        passageId: cite(point.passage),
        quote: point.quote,
      };
      await sync(tx.initiativePoint, { where: { id: `${id}-${n + 1}` }, row: pointRow });
    }
  }
  for (const { id, name } of facts.enterprises) {
    await sync(tx.enterprise, { where: { id }, row: { name }, fill: { nameEn: translations.enterprises[id] ?? null } });
  }
  for (const { id, enterprise, passage, ...row } of facts.enterpriseMentions) {
    await sync(tx.enterpriseMention, {
      where: { id },
      row: { ...row, enterpriseId: enterprise, passageId: cite(passage) },
    });
  }
  for (const { key, set, initiative, passage, note, wording, ...rest } of facts.figures) {
    const row = {
      ...rest,
      note: note ?? null,
      wording: wording ?? null,
      setId: set ?? null,
      initiativeId: initiative ?? null,
      passageId: cite(passage),
      position: position++,
    };
    await sync(tx.figure, { where: { key }, row });
  }
  for (const { slug, enterprise, set, passage, ...rest } of facts.projects) {
    const row = { ...rest, enterpriseId: enterprise, passageId: cite(passage) };
    await sync(tx.project, {
      where: { slug },
      row,
      createOnly: true,
      fill: { nameEn: translations.projects[slug] ?? null },
    });
    if (!set) continue;
    const { id: projectId } = await tx.project.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await sync(tx.setMembership, {
      where: { setId_projectId: { setId: set, projectId } },
      identity: { setId: set, projectId },
      row: { passageId: cite(passage), quote: rest.quote },
    });
  }
  return position;
}

/** Derived figures and their inputs (inputs are plain rows: the figure's audited derivation names them). */
async function writeDerived(
  tx: Prisma.TransactionClient,
  derived: DerivedFigureRow[],
  summary: LoadSummary,
  position: number,
): Promise<void> {
  const sync = syncer(summary);
  for (const { key, inputs, ...row } of derived) {
    await sync(tx.figure, {
      where: { key },
      row: {
        ...row,
        passageId: null,
        quote: null,
        initiativeId: null,
        comparison: 'exact',
        basis: 'derived',
        basisWords: null,
        wording: null,
        position: position++,
      },
    });
    await tx.figureInput.deleteMany({ where: { figureKey: key, position: { gte: inputs.length } } });
    for (const [index, inputKey] of inputs.entries()) {
      await tx.figureInput.upsert({
        where: { figureKey_position: { figureKey: key, position: index } },
        create: { figureKey: key, position: index, inputKey },
        update: { inputKey },
      });
    }
  }
}
