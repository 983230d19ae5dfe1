import type { MessageBundle } from '@/lib/i18n/messages';

type GlossaryMessages = {
  title: string;
  intro: string;
  inSource: string;
  portalTerm: string;
  termsHere: string;
  glossary: string;
};

/** The glossary page and the "terms on this page" line (components/glossary/). */
export const glossaryMessages: MessageBundle<GlossaryMessages> = {
  'zh-Hans': {
    title: '术语表',
    intro: '来源报道和本平台页面中用到的术语。每个术语附来源中使用它的原句。',
    inSource: '来源中的用法：',
    portalTerm: '本平台的用语，来源中没有。',
    termsHere: '本页术语：',
    glossary: '术语表',
  },
  en: {
    title: 'Glossary',
    intro: 'Terms used in the sources and on this portal’s pages, each with a sentence of the sources that uses it.',
    inSource: 'As the source uses it: ',
    portalTerm: 'A term of this portal; the sources do not use it.',
    termsHere: 'Terms on this page: ',
    glossary: 'glossary',
  },
};
