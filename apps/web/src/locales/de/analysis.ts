// German texts of the analysis page (merged into the translation under `analysis`).
export const analysisDe = {
  title: 'Zeugnis analysieren',
};
export type AnalysisTranslation = typeof analysisDe;
