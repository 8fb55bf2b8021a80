// German texts of the e-mail templates and the delivery failures (merged into the translation under `email`).
export const emailDe = {
  title: 'E-Mail-Vorlagen',
};
