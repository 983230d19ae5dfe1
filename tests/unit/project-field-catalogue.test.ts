import { describe, expect, it } from 'vitest';
import { projectFieldSpecs, statusUpdateFieldSpecs } from '@/components/admin/project-field-specs';
import { openApiDocument } from '@/lib/api/openapi';
import { formLabel, labelWithUnit, type ProjectFieldDecl } from '@/lib/fields/project-field';
import { PROJECT_FIELDS } from '@/lib/fields/project-fields';
import { projectFieldLabels, SUMMARY_KEYS } from '@/lib/fields/project-labels';
import { pickMessages } from '@/lib/i18n/messages';
import { IMPORT_COLUMNS } from '@/lib/import/columns';
import { DATASETS } from '@/lib/open-data/fields';
import { projectRow } from '@/lib/open-data/rows';
import { AUDITED, historyColumns } from '@/lib/revisions/audit-model';
import { changeFieldLabel } from '@/lib/revisions/change-value-text';
import { projectFieldsSchema, statusUpdateSchema } from '@/lib/validations/project-form';

/**
 * Every list of project fields is made from the catalogue (lib/fields/project-fields.ts): a field in
 * a list but not in the catalogue, or a label that is not the catalogue's, fails here.
 */

const catalogue: Record<string, ProjectFieldDecl> = PROJECT_FIELDS;
const keys = Object.keys(catalogue);
const publicKeys = keys.filter((key) => catalogue[key].visibility === 'public');
// Form inputs that are no field of a project: its initiatives, and why and on what evidence it is saved.
const FORM_ONLY = ['initiatives', 'reason', 'evidence', 'expectedVersion'];

describe('the project field catalogue', () => {
  it('gives each field its own label, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const labels = keys.map((key) => catalogue[key][lang]);
      expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
    }
  });

  it('is where the import template gets every column, header and hint', () => {
    const importable = keys.filter((key) => catalogue[key].import);
    expect(IMPORT_COLUMNS.map((c) => c.key).sort()).toEqual(importable.sort());
    for (const column of IMPORT_COLUMNS) {
      expect(column.header).toBe(labelWithUnit(catalogue[column.key]));
      expect(column.hint).toBe(catalogue[column.key].import?.hint);
    }
  });

  it('is the projects dataset: downloads, data dictionary and JSON rows, in one order', () => {
    const fields = DATASETS.projects.fields;
    expect(fields.map((f) => f.key)).toEqual(publicKeys);
    for (const field of fields) {
      const { zh, en, meaningZh, meaningEn, unit, codelist } = catalogue[field.key];
      expect(field).toEqual({
        key: field.key,
        zh,
        en,
        meaningZh,
        meaningEn,
        ...(unit && { unit }),
        ...(codelist && { codelist }),
      });
    }
    const row = projectRow({
      slug: 'shi-li-xiang-mu',
      name: '示例项目',
      nameEn: null,
      enterprise: null,
      description: null,
      sector: 'unknown',
      industryChain: null,
      level: 'unknown',
      kind: 'unknown',
      status: 'unknown',
      statusDate: null,
      totalInvestment: null,
      annualPlanInvestment: null,
      completedInvestment: null,
      progressPercent: null,
      startDate: null,
      plannedCompletionDate: null,
      location: null,
      town: null,
      knownAs: 'official',
      sets: [],
      quote: null,
      passage: null,
    });
    expect(Object.keys(row)).toEqual(publicKeys);
  });

  it('is the OpenAPI schema of a project, with the catalogue’s labels', () => {
    const schema = openApiDocument('http://localhost:3000').components.schemas.projects;
    expect(Object.keys(schema.properties)).toEqual(publicKeys);
    for (const key of publicKeys)
      expect(schema.properties[key].description).toMatch(
        new RegExp(`^${catalogue[key].en} — ${catalogue[key].zh}\\. `.replace(/[()]/g, '\\$&')),
      );
  });

  it('is where the project forms get their fields, labels and parsers', () => {
    const specs = [
      ...projectFieldSpecs(null, { sets: [], initiatives: [] }),
      ...statusUpdateFieldSpecs({ status: 'unknown', statusDate: '2023-01-29', progressPercent: null, version: 1 }),
    ].filter((spec) => !FORM_ONLY.includes(spec.name));
    for (const spec of specs) {
      expect(keys).toContain(spec.name);
      expect(spec.label).toBe(formLabel(catalogue[spec.name]));
    }
    const parsed = [...Object.keys(projectFieldsSchema.shape), ...Object.keys(statusUpdateSchema.shape)];
    expect(parsed.filter((name) => !FORM_ONLY.includes(name) && !keys.includes(name))).toEqual([]);
    expect([...new Set(specs.map((s) => s.name))].sort()).toEqual(
      [...new Set(parsed.filter((name) => !FORM_ONLY.includes(name)))].sort(),
    );
  });

  it('labels the public summary list, the listing and the history', () => {
    for (const lang of ['zh-Hans', 'en'] as const) {
      const labels = pickMessages(lang, projectFieldLabels);
      const side = lang === 'en' ? 'en' : 'zh';
      expect(Object.keys(labels)).toEqual(keys);
      for (const key of SUMMARY_KEYS) expect(labels[key]).toBe(catalogue[key][side]);
    }
    expect(SUMMARY_KEYS.every((key) => keys.includes(key))).toBe(true);
    expect(changeFieldLabel('project', 'completedInvestment', 'zh-Hans')).toBe('完成投资');
    expect(changeFieldLabel('project', 'progressPercent', 'zh-Hans')).toBe('形象进度（%）');
    expect(changeFieldLabel('project', 'progressPercent', 'en')).toBe('Physical progress (%)');
    // Another record's field of the same name keeps its own label.
    expect(changeFieldLabel('set', 'kind', 'zh-Hans')).toBe('类型');
  });

  it('labels every column of a project that its history records, and only those', () => {
    const project = AUDITED.find((model) => model.entityType === 'project')!;
    // The row id, the passage (shown as its quote) and the version (hidden) are not labelled.
    const columns = historyColumns(project).filter((c) => !['id', 'passageId', 'version'].includes(c));
    expect(keys.filter((key) => catalogue[key].history).sort()).toEqual([...columns].sort());
    for (const column of columns)
      expect(changeFieldLabel('project', column, 'zh-Hans')).toBe(
        catalogue[column].unit === 'percent' ? labelWithUnit(catalogue[column]) : catalogue[column].zh,
      );
  });
});
