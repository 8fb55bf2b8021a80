// The analysis endpoints: a certificate's text, or its PDF as the raw request body. Nothing is stored.
import { api } from '../../app/api/api';
import type { AnalysisResult } from './analysis.types';

export function analyseText(text: string, signal?: AbortSignal): Promise<AnalysisResult> {
  return api.post<AnalysisResult>('/api/v1/analysis', { text }, signal ? { signal } : {});
}

/** The file goes as it is (`Content-Type: application/pdf`); the client adds the CSRF header. */
export function analysePdf(file: Blob, signal?: AbortSignal): Promise<AnalysisResult> {
  return api.post<AnalysisResult>('/api/v1/analysis/pdf', file, {
    contentType: 'application/pdf',
    ...(signal ? { signal } : {}),
  });
}
