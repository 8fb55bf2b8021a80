// i18next with the two languages bundled (they are small): German by default, English on request. The
// choice is kept in localStorage and mirrored to <html lang>, so screen readers pronounce it right.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from '../locales/de/translation';
import { en } from '../locales/en/translation';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'zeugnisdesk.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : 'de';
  } catch {
    return 'de';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'de';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode without storage: the choice lasts until the page is reloaded.
  }
  await i18n.changeLanguage(language);
}

export function initI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'de',
    supportedLngs: [...languages],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
  return i18n;
}
