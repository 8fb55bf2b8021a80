// German texts of the certificate list and the new-certificate dialog (merged into the translation under `certificates`).
export const certificatesDe = {
  title: 'Zeugnisse',
};
