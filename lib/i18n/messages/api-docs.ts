import type { MessageBundle } from '@/lib/i18n/messages';

type ApiDocsMessages = {
  title: string;
  intro: string;
  rules: string[];
  openapi: string;
  endpoints: string;
  parameter: string;
  description: string;
  values: string;
  noParameters: string;
  example: string;
};

export const apiDocsMessages: MessageBundle<ApiDocsMessages> = {
  'zh-Hans': {
    title: '数据接口（API）',
    intro: '只读的 JSON 接口，地址以 /api/v1/ 开头，返回与开放数据下载相同的字段。',
    rules: [
      '金额为整数万元；null 表示来源未公开。',
      '每个回应都带 ETag 和 Cache-Control；请求时带上 If-None-Match，数据未变时返回 304。',
      '参数有误时返回 400，JSON 中的 error.parameter 指出是哪个参数；找不到时返回 404。',
      '允许任何网站跨域读取（CORS，GET 与 OPTIONS）。',
      '每个回应的 meta.dataUpdatedAt 是数据最后更新的时间。',
    ],
    openapi: 'OpenAPI 3.1 描述文件',
    endpoints: '接口列表',
    parameter: '参数',
    description: '说明',
    values: '取值',
    noParameters: '无查询参数。',
    example: '示例',
  },
  en: {
    title: 'Data API',
    intro: 'A read-only JSON API under /api/v1/, with the same fields as the open-data downloads.',
    rules: [
      'Money is whole 万元 (10,000 yuan); null means not published.',
      'Every answer has an ETag and Cache-Control; send If-None-Match to get 304 when nothing changed.',
      'A bad parameter gets 400, with error.parameter naming it; an unknown id gets 404.',
      'Any site may read it (CORS for GET and OPTIONS).',
      'meta.dataUpdatedAt in every answer is the time the data last changed.',
    ],
    openapi: 'OpenAPI 3.1 document',
    endpoints: 'Endpoints',
    parameter: 'Parameter',
    description: 'Description',
    values: 'Values',
    noParameters: 'No query parameters.',
    example: 'Example',
  },
};
