import { initiativeRoute } from '@/app/(public)/[lang]/_routes/initiative-route';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';

export const generateStaticParams = renderOnFirstVisit;

const route = initiativeRoute('areas');
export const generateMetadata = route.generateMetadata;
export default route.Page;
