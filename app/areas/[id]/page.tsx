import { initiativeRoute } from '@/components/initiatives/initiative-route';

const route = initiativeRoute('areas');
export const generateMetadata = route.generateMetadata;
export default route.Page;
