export type * from './model/document.types.js';
export type * from './model/issue.types.js';
export { sectionIds } from './model/document.types.js';
export { composeCertificate, certificateSeed, type ComposeResult } from './text/compose/compose.js';
export type { ComposeOptions } from './text/compose/compose.context.js';
export { deriveOverallGrade, overallGrade, assessedPerformanceCategories } from './text/compose/grades.js';
export { documentToText } from './text/compose/document-text.js';
export { defaultPhraseLibrary, type PhraseLibrary } from './text/catalogue/catalogue.js';
export type * from './text/catalogue/catalogue.types.js';
export { jobProfiles, findJobProfile, listJobProfiles } from './text/job-profiles/job-profiles.js';
export type * from './text/job-profiles/job-profile.types.js';
export { renderHtml, escapeHtml } from './render/html.js';
export { formatGermanDate } from './format/dates.js';
export { categoryNames, gradeNames, gradeLabel } from './model/labels.js';
export { analyseCertificate } from './analyse/analyse.js';
export type * from './analyse/analyse.types.js';
export { checkCertificate, checkRules, sortIssues, type CheckOptions } from './check/check.js';
export {
  riskyPhrases,
  findRiskyPhrases,
  type RiskyPhrase,
  type RiskyPhraseMatch,
} from './check/risky-phrases.js';
export { typstTemplate } from './render/pdf/typst-template.js';
export {
  toTypstData,
  typstAssetPath,
  type TypstData,
  type TypstBlock,
  type TypstImage,
  type TypstImageFormat,
  type TypstAssetFormats,
} from './render/pdf/pdf-data.js';
export { detectAssetFormat, type AssetFormat } from './render/pdf/image-format.js';
export { renderDocx, type DocxRenderInput } from './render/docx/render-docx.js';
export { checkDocxLayout, logoFallbackName } from './render/docx/docx-logo.js';
