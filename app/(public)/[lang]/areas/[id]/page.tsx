import { initiativeRoute } from '@/components/initiatives/initiative-route';
import { renderOnFirstVisit } from '@/lib/cache/public-pages';

export const generateStaticParams = renderOnFirstVisit;

const route = initiativeRoute('areas');
export const generateMetadata = route.generateMetadata;
export default route.Page;
