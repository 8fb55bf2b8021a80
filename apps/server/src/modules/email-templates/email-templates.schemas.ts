// Request and response schemas of the e-mail templates and the sender name. The template parts are
// bounded loosely here (request size); their real limits and syntax are checked by the use case.
import { z } from 'zod';
import { emailLanguages, emailTemplateKeys } from './email-templates.config.js';

export const templateParamsSchema = z.strictObject({
  key: z.enum(emailTemplateKeys, { error: `must be one of ${emailTemplateKeys.join(', ')}` }),
  language: z.enum(emailLanguages, { error: 'must be de or en' }),
});

const placeholderSchema = z.object({ name: z.string(), description: z.string(), sample: z.string() });

export const templateSummarySchema = z
  .object({
    key: z.enum(emailTemplateKeys),
    language: z.enum(emailLanguages),
    customised: z.boolean(),
    updatedAt: z.string().nullable(),
    placeholders: z.array(placeholderSchema),
  })
  .meta({ id: 'EmailTemplateSummary' });

export const templateListSchema = z.object({ items: z.array(templateSummarySchema) });

export const templateSchema = z
  .object({
    key: z.enum(emailTemplateKeys),
    language: z.enum(emailLanguages),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    customised: z.boolean(),
    updatedAt: z.string().nullable(),
    placeholders: z.array(placeholderSchema),
  })
  .meta({ id: 'EmailTemplate' });

const part = (max: number) => z.string('must be text').max(max, `must be at most ${max} characters`);

export const templateBodySchema = z.strictObject({
  subject: part(1_000),
  text: part(100_000),
  html: part(100_000),
});

export const renderedTemplateSchema = z
  .object({ subject: z.string(), text: z.string(), html: z.string() })
  .meta({ id: 'RenderedEmailTemplate' });

export const senderNameSchema = z
  .object({
    /** null: the default. */
    senderName: z.string().nullable(),
    defaultSenderName: z.string(),
  })
  .meta({ id: 'MailSender' });

export const updateSenderNameBodySchema = z.strictObject({
  senderName: z.string('must be text or null').max(200, 'must be at most 80 characters').nullable(),
});
