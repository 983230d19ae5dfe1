import type { MessageBundle } from '@/lib/i18n/messages';
import type { SummarySection } from '@/lib/domain/summary-charts';

type SummaryMessages = {
  title: string;
  intro: string;
  homeLink: string;
  sections: Record<SummarySection['id'], { heading: string; note: string }>;
  charts: Record<string, string>;
  tableCaption: (title: string) => string;
  barLabel: (label: string, basis: string, date: string) => string;
  chartDescription: (values: string) => string;
};

export const summaryMessages: MessageBundle<SummaryMessages> = {
  'zh-Hans': {
    title: '数字概览',
    intro: '用图表比较来源公布的几组数字。每张图下有同样数字的表格，每个数字都链接到它在来源中的原句。',
    homeLink: '数字概览：2023年计划与年终结果、项目构成、2023年与2024年对比（图表与数据表）',
    sections: {
      planAndResult2023: {
        heading: '2023年：年初计划与年终结果',
        note: '计划总投资是这些项目的全部投资，总完成投资是年终报道的完成额：二者是不同的指标，本平台不计算二者之比。',
      },
      composition2023: { heading: '2023年重点项目的构成（年终报道）', note: '四类项目数均来自年终报道。' },
      year2023And2024: {
        heading: '2023年与2024年的计划',
        note: '2023年的数字是“省、市、区三级重点项目”，2024年的是“重点建设类项目”：来源用语不同，本平台并列显示，不计算增减。',
      },
    },
    charts: {
      'project-count-2023': '2023年重点项目数：1月计划与年终报道',
      'investment-2023': '2023年重点项目：计划总投资与总完成投资',
      'composition-2023': '2023年重点项目按类型（年终报道）',
      'project-count-2023-2024': '重点项目数：2023年与2024年计划',
      'investment-2023-2024': '重点项目总投资：2023年与2024年计划',
    },
    tableCaption: (title) => `${title}：数据表`,
    barLabel: (label, basis, date) => `${label}（${basis}，${date}）`,
    chartDescription: (values) => `条形图：${values}。同样的数字见下表。`,
  },
  en: {
    title: 'Figures at a glance',
    intro:
      'Charts comparing sets of figures the sources published. Below each chart is a table of the same figures, each linked to its sentence in the source.',
    homeLink:
      'Figures at a glance: the 2023 plan and year-end result, the projects by type, 2023 against 2024 (charts and tables)',
    sections: {
      planAndResult2023: {
        heading: '2023: the plan at the start of the year and the result at its end',
        note: 'Planned total investment is the whole investment of these projects; completed investment is what the year-end report says was completed. They are different measures, so the portal does not divide one by the other.',
      },
      composition2023: {
        heading: 'The 2023 key projects by type (year-end report)',
        note: 'All four counts come from the year-end report.',
      },
      year2023And2024: {
        heading: 'The 2023 and 2024 plans',
        note: 'The 2023 count is of provincial, municipal and district key projects; the 2024 count is of key construction projects. The sources word them differently, so the portal shows them side by side and does not compute a change.',
      },
    },
    charts: {
      'project-count-2023': '2023 key projects: January plan and year-end report',
      'investment-2023': '2023 key projects: planned total investment and completed investment',
      'composition-2023': '2023 key projects by type (year-end report)',
      'project-count-2023-2024': 'Key projects: the 2023 and 2024 plans',
      'investment-2023-2024': 'Total investment of key projects: the 2023 and 2024 plans',
    },
    tableCaption: (title) => `${title}: data table`,
    barLabel: (label, basis, date) => `${label} (${basis}, ${date})`,
    chartDescription: (values) => `Bar chart: ${values}. The same figures are in the table below.`,
  },
};
