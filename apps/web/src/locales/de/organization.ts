// German texts of the administration of companies, letterhead layouts, organisation structure and the account (merged into the translation under `organization`).
export const organizationDe = {
  title: 'Organisation',
};
