// English texts of the e-mail templates and the delivery failures (merged into the translation under `email`).
export const emailEn = {
  title: 'E-mail templates',
};
