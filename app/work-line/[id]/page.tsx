import { initiativeRoute } from '@/components/initiatives/initiative-route';

const route = initiativeRoute('work-line');
export const generateMetadata = route.generateMetadata;
export default route.Page;
