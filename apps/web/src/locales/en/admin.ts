// English texts of the admin pages; the same keys as the German ones.
import type { AdminTranslation } from '../de/admin';

export const adminEn: AdminTranslation = {
  title: 'Administration',
};
