// German texts of the certificate editor (merged into the translation under `editor`).
export const editorDe = {
  title: 'Zeugnis bearbeiten',
};
