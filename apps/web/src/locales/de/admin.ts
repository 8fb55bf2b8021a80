// German texts of the admin pages (merged into the translation under `admin`).
export const adminDe = {
  title: 'Verwaltung',
};
export type AdminTranslation = typeof adminDe;
