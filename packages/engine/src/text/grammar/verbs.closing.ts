// Verbs added for the closing phrases; same format as verbs.ts (infinitive → [present, past]).
export const closingVerbs: Readonly<Record<string, readonly [present: string, past: string]>> = {
  enden: ['endet', 'endete'],
  scheiden: ['scheidet', 'schied'],
  verlassen: ['verlässt', 'verließ'],
};
