// The analysis API: a certificate's text (or PDF) in, the analysis result out (CONTRACTS §3).
import { z } from 'zod';

export const maxAnalysisTextLength = 100_000;
export const maxAnalysisPdfBytes = 5 * 1024 * 1024;

export const analyseTextBodySchema = z.strictObject({
  text: z
    .string('must be text')
    .trim()
    .min(1, 'must not be empty')
    .max(maxAnalysisTextLength, `must be at most ${maxAnalysisTextLength} characters`),
});

const gradeRange = z.object({ grade: z.number(), min: z.number(), max: z.number(), evidence: z.string() });

export const analysisResultSchema = z
  .object({
    kind: z.string(),
    exitReason: z.string().nullable(),
    overall: gradeRange.nullable(),
    categories: z.record(z.string(), gradeRange),
    closing: z.object({
      regret: z.boolean(),
      thanks: z.boolean(),
      wishes: z.boolean(),
      careerWishes: z.boolean(),
      privateWishes: z.boolean(),
      successWish: z.boolean(),
      grade: z.number(),
    }),
    flags: z.array(
      z.object({
        code: z.string(),
        severity: z.string(),
        message: z.string(),
        evidence: z.string().optional(),
      }),
    ),
    sentences: z.array(
      z.object({
        text: z.string(),
        role: z.string(),
        categories: z.array(z.string()),
        grade: z.number().nullable(),
      }),
    ),
    /** The text that was analysed (for a PDF: the text read from it). */
    text: z.string(),
  })
  .meta({ id: 'AnalysisResult' });
