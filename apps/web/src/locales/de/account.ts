// German texts of the account pages (merged into the translation under `account`).
export const accountDe = {
  title: 'Mein Konto',
};
export type AccountTranslation = typeof accountDe;
