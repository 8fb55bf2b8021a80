// English texts of the analysis page; the same keys as the German ones.
import type { AnalysisTranslation } from '../de/analysis';

export const analysisEn: AnalysisTranslation = {
  title: 'Analyse a certificate',
};
