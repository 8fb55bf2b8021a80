// The default phrase library, assembled from its parts. Tenants will override parts of it (C12).
import type { VerbLexicon } from '../grammar/verbs.js';
import { verbLexicon } from '../grammar/verbs.js';
import { apprenticeAssessmentPhrases } from './assessment.apprentice.js';
import { employeeAssessmentPhrases } from './assessment.employee.js';
import type { AssessmentCatalogue, ClosingCatalogue } from './catalogue.types.js';
import { closingPhrases } from './closing.phrases.js';
import { structurePhrases } from './structure.phrases.js';
import type { StructureCatalogue } from './structure.types.js';

export interface PhraseLibrary {
  assessment: AssessmentCatalogue;
  closing: ClosingCatalogue;
  structure: StructureCatalogue;
  verbs: VerbLexicon;
}

export const defaultPhraseLibrary: PhraseLibrary = {
  assessment: { employee: employeeAssessmentPhrases, apprentice: apprenticeAssessmentPhrases },
  closing: closingPhrases,
  structure: structurePhrases,
  verbs: verbLexicon,
};
