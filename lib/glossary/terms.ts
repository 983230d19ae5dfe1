/**
 * The glossary (/glossary): the source's terms that appear on the portal's pages, after the
 * project's GLOSSARY (shared with the team). `find` is the word looked up in the sources'
 * sentences to link each term to where the source uses it; a term the sources do not use
 * (the portal's own 未公开) has none.
 */
export type GlossaryEntry = {
  id: string;
  term: string;
  termEn: string;
  find: string | null;
  zh: string;
  en: string;
};

export const GLOSSARY = [
  {
    id: 'money-units',
    term: '亿元 / 万元',
    termEn: '100 million yuan / 10,000 yuan',
    find: '亿元',
    zh: '金额单位。1亿元 = 10,000万元 = 1亿元人民币。本平台以整数万元保存金额，显示时移动小数点换算，不经过近似计算。',
    en: 'Units of money. 1 亿元 (yi yuan) is 100 million yuan = 10,000 万元 (wan yuan); 1 万元 is 10,000 yuan. The portal stores money in whole 万元 and converts by moving the decimal point, never by rounding.',
  },
  {
    id: 'continuing-new',
    term: '续建 / 新建',
    termEn: 'continuing / new project',
    find: '续建',
    zh: '续建项目：以前年度已开工、本年继续建设的项目；新建项目：本年开工的项目。',
    en: 'A continuing project (续建) started in an earlier year and work goes on this year; a new project (新建) starts this year.',
  },
  {
    id: 'key-project',
    term: '省、市、区三级重点项目',
    termEn: 'provincial, municipal and district key projects',
    find: '三级重点项目',
    zh: '列入省级、市级或区级重点项目名单的项目。',
    en: 'Projects on the provincial, municipal or district list of key projects.',
  },
  {
    id: 'joint-groundbreaking',
    term: '集中开工',
    termEn: 'joint groundbreaking',
    find: '集中开工',
    zh: '多个项目在同一仪式上一起开工。',
    en: 'Several projects starting construction together at one ceremony.',
  },
  {
    id: 'one-plus-four',
    term: '“1+4”工作主线',
    termEn: 'the “1+4” work line',
    find: '“1+4”',
    zh: '“1”是项目攻坚；“4”是招商引资、优化环境、解放思想、人才创新四项保障。',
    en: '“1” is the project push (项目攻坚); “4” are the four guarantees: investment promotion, business environment, open thinking, and talent and innovation.',
  },
  {
    id: 'four-batches',
    term: '四个一批',
    termEn: 'the four batches',
    find: '招引签约一批',
    zh: '招引签约一批、开工建设一批、竣工投产一批、谋划储备一批。',
    en: 'Sign a batch (招引签约), start a batch (开工建设), complete a batch (竣工投产) and plan a batch in reserve (谋划储备).',
  },
  {
    id: 'baogua',
    term: '包挂',
    termEn: 'project sponsorship (包挂)',
    find: '包挂',
    zh: '项目包挂机制明确职责分工：每个重点项目设立总协调人、总调度人、协调责任人、调度责任人，总协调人由区级领导担任。',
    en: 'The sponsorship mechanism sets out who is responsible: each key project has a chief coordinator (总协调人, a district-level leader), a chief dispatcher (总调度人), a coordinator in charge (协调责任人) and a dispatcher in charge (调度责任人).',
  },
  {
    id: 'dispatching',
    term: '调度推进机制',
    termEn: 'dispatching mechanism',
    find: '调度推进',
    zh: '加强重点项目调度、找准梗阻环节、及时协调解决的机制，原则是“无事勿扰、重点盯靠、务实高效”。',
    en: 'The mechanism for dispatching key projects: find where they are blocked and resolve it in time, on the principle “无事勿扰、重点盯靠、务实高效” (do not disturb without cause, follow the key points closely, be practical and efficient).',
  },
  {
    id: 'blocking-problem',
    term: '梗阻',
    termEn: 'blocking problem',
    find: '梗阻',
    zh: '项目推进中受阻的环节。问题按分级解决机制“分级负责，逐层解决”；重大问题和紧急情况可“特事特办，一事一议”。',
    en: 'A point where a project is blocked. Problems are resolved level by level (分级负责，逐层解决); major or urgent ones case by case (特事特办，一事一议).',
  },
  {
    id: 'two-year-results',
    term: '两年见效',
    termEn: 'two-year results',
    find: '两年见效',
    zh: '要在“黄河重大国家战略走深走实、项目建设突破、招商引资精准发力、实体经济做大做强”等十个方面见效；来源只点名了其中四个。',
    en: 'Ten areas where results are due within two years; the source names only four of them.',
  },
  {
    id: 'five-seven',
    term: '五个坚持七区联动',
    termEn: 'five commitments, seven zones linked',
    find: '五个坚持七区联动',
    zh: '长清区的发展蓝图。来源没有说明“五个坚持”的内容。',
    en: 'The district’s development blueprint. The source does not say what the five commitments are.',
  },
  {
    id: 'three-maps-four-databases',
    term: '三图四库',
    termEn: 'three maps, four databases',
    find: '三图四库',
    zh: '长清大学城（经开区）的“全景招商图”“投资指南图”“行动路线图”，以及招商载体“资源库”、项目“信息库”、客户“联络库”和目标“企业库”。',
    en: 'Of 长清大学城 (the economic development zone): three maps (investment panorama, investment guide, action roadmap) and four databases (resources, project information, contacts, target enterprises).',
  },
  {
    id: 'not-published',
    term: '未公开',
    termEn: 'not published',
    find: null,
    zh: '来源没有给出的内容。本平台不猜测、不补零，只标为“未公开”。',
    en: 'Something the sources do not give. The portal neither guesses it nor shows it as zero; it marks it “not published”.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof GLOSSARY)[number]['id'];
