// Verbs added for the employee assessment phrases; same format as verbs.ts (infinitive → [present, past]).
// No separable compounds: "anpassen" is written "<passen> … an", "anwenden" is "<wenden> … an".
export const employeeAssessmentVerbs: Readonly<Record<string, readonly [present: string, past: string]>> = {
  begreifen: ['begreift', 'begriff'],
  besuchen: ['besucht', 'besuchte'],
  ergreifen: ['ergreift', 'ergriff'],
  identifizieren: ['identifiziert', 'identifizierte'],
  koordinieren: ['koordiniert', 'koordinierte'],
  liefern: ['liefert', 'lieferte'],
  passen: ['passt', 'passte'],
  reichen: ['reicht', 'reichte'],
  urteilen: ['urteilt', 'urteilte'],
  wenden: ['wendet', 'wandte'],
  zeugen: ['zeugt', 'zeugte'],
};
