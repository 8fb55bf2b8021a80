// English texts of the certificate editor (merged into the translation under `editor`).
export const editorEn = {
  title: 'Edit certificate',
};
