import { renderOnFirstVisit } from '@/lib/cache/public-pages';

// `/sources/<id>?figure=<key>`, rewritten here by next.config.ts so that it is cached per figure.
export { default, generateMetadata } from '../../page';
export const generateStaticParams = renderOnFirstVisit;
