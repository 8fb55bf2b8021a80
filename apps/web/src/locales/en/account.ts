// English texts of the account pages; the same keys as the German ones.
import type { AccountTranslation } from '../de/account';

export const accountEn: AccountTranslation = {
  title: 'My account',
};
