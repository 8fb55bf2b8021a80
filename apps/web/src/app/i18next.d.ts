// Typed translation keys: `t('overview.title')` is checked against the German resource.
import 'i18next';
import type { Translation } from '../locales/de/translation';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
