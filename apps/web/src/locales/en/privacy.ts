// English texts of the privacy settings and the certificate change history (merged into the translation under `privacy`).
export const privacyEn = {
  title: 'Privacy',
};
