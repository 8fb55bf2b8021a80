// English texts of the handover of certificates to supervisors and employees, and the recipient’s page (merged into the translation under `handover`).
export const handoverEn = {
  title: 'Handover',
};
