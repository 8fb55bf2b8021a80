// Verbs added for the apprentice assessment phrases; same format as verbs.ts (infinitive → [present, past]).
// No separable compounds: "anwenden" is written "<wenden> … an", "nachfragen" is "<fragen> … nach".
export const apprenticeAssessmentVerbs: Readonly<Record<string, readonly [present: string, past: string]>> = {
  begreifen: ['begreift', 'begriff'],
  bereiten: ['bereitet', 'bereitete'],
  besuchen: ['besucht', 'besuchte'],
  erarbeiten: ['erarbeitet', 'erarbeitete'],
  erlernen: ['erlernt', 'erlernte'],
  folgen: ['folgt', 'folgte'],
  fragen: ['fragt', 'fragte'],
  fügen: ['fügt', 'fügte'],
  genügen: ['genügt', 'genügte'],
  gewinnen: ['gewinnt', 'gewann'],
  interessieren: ['interessiert', 'interessierte'],
  liefern: ['liefert', 'lieferte'],
  ordnen: ['ordnet', 'ordnete'],
  übertragen: ['überträgt', 'übertrug'],
  verbinden: ['verbindet', 'verband'],
  verknüpfen: ['verknüpft', 'verknüpfte'],
  wenden: ['wendet', 'wandte'],
};
