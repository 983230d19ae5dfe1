import { z } from 'zod';
import {
  MILESTONE_STATUS_CODES,
  MILESTONE_STATUSES,
  PROBLEM_LEVEL_CODES,
  PROBLEM_LEVELS,
  RESPONSIBILITY_ROLE_CODES,
  RESPONSIBILITY_ROLES,
} from '@/lib/domain/accountability';
import {
  blankToNull,
  checkbox,
  codeOf,
  isoDate,
  optionalDate,
  optionalText,
  requiredText,
} from '@/lib/validations/project-fields';

export const responsibilitySchema = z
  .object({
    role: codeOf('包挂角色', RESPONSIBILITY_ROLE_CODES, RESPONSIBILITY_ROLES),
    personName: requiredText('姓名', 50),
    post: requiredText('职务', 100),
    unit: requiredText('单位', 100),
    districtLevel: checkbox,
    phone: optionalText('联系电话', 40),
    internalNote: optionalText('内部备注', 1_000),
    evidence: optionalText('来源或依据', 500),
  })
  .superRefine((value, ctx) => {
    // 实施意见: the 总协调人 of every key project is a district-level leader.
    if (value.role === 'chiefCoordinator' && !value.districtLevel) {
      ctx.addIssue({
        code: 'custom',
        path: ['districtLevel'],
        message: '总协调人必须由区级领导担任，请确认并勾选“区级领导”',
      });
    }
  });

export const milestoneCreateSchema = z.object({
  title: requiredText('节点名称', 200),
  standard: requiredText('完成标准', 1_000),
  dueDate: z.preprocess(blankToNull, isoDate('完成时限')),
  responsible: requiredText('责任人', 100),
});

export const milestoneUpdateSchema = z
  .object({
    expectedVersion: z.coerce.number().int().positive(),
    status: codeOf('完成情况', MILESTONE_STATUS_CODES, MILESTONE_STATUSES),
    metOn: optionalDate('完成日期'),
    evidence: optionalText('佐证材料', 1_000),
  })
  .superRefine((value, ctx) => {
    if ((value.status === 'met' || value.status === 'partiallyMet') && !value.metOn)
      ctx.addIssue({ code: 'custom', path: ['metOn'], message: '请填写完成日期' });
    if (value.status === 'met' && !value.evidence)
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: '标记为已完成时请填写佐证材料' });
  });

export const problemCreateSchema = z.object({
  description: requiredText('问题描述', 2_000),
  level: codeOf('提出层级', PROBLEM_LEVEL_CODES, PROBLEM_LEVELS),
  raisedOn: z.preprocess(blankToNull, isoDate('提出日期')),
  expedited: checkbox,
});

export const problemEscalateSchema = z.object({
  expectedVersion: z.coerce.number().int().positive(),
  toLevel: codeOf('提交到的层级', PROBLEM_LEVEL_CODES, PROBLEM_LEVELS),
  note: requiredText('提级说明', 1_000),
});

export const problemResolveSchema = z.object({
  expectedVersion: z.coerce.number().int().positive(),
  resolvedOn: z.preprocess(blankToNull, isoDate('解决日期')),
  resolutionNote: requiredText('解决情况', 2_000),
});

export const recordIdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);
