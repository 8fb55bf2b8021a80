// The e-mail templates of a tenant (E3) and its sender name (E1): list, read (the default when not
// customised), save (validated), reset, preview with sample values, and `renderMail`, which every
// sender uses to turn a template and its values into subject, text and HTML.
//
// renderMail(repositories, { organizationId, key, language, values }) → { subject, text, html }
//   `values` are plain data with exactly the template's placeholders (e.g. for 'handover':
//   recipient.name, sender.name, organization.name, employee.name, message, dueDate, link, expiresAt);
//   they are never compiled. A customised template that fails at render time falls back to the default.
import type { TransactionRunner } from '../../app/database/transaction.js';
import { AppError } from '../../app/http-errors.js';
import type { RequestOrigin } from '../auth/auth.dependencies.js';
import { recordSecurityEvent, type SecurityLogRepositories } from '../security-log/security-log.usecases.js';
import { emailTemplateDefaults, type EmailTemplateContent } from './email-template-defaults.config.js';
import {
  emailLanguages,
  emailTemplateKeys,
  emailTemplatePlaceholders,
  type EmailLanguage,
  type EmailTemplateKey,
  type EmailTemplateValues,
} from './email-templates.config.js';
import type { EmailTemplatesRepository } from './email-templates.repository.js';
import { compileAndRender, EmailTemplateInvalidError, previewTemplate } from './email-templates.services.js';

export interface EmailTemplateRepositories extends SecurityLogRepositories {
  emailTemplates: EmailTemplatesRepository;
}

export interface EmailTemplateDependencies {
  inTransaction: TransactionRunner<EmailTemplateRepositories>;
  now: () => Date;
}

export interface Actor {
  organizationId: string;
  userId: string;
  origin: RequestOrigin;
}

/** Every change of templates or the sender name goes into the security log, in its transaction. */
function logChange(
  repositories: Parameters<typeof recordSecurityEvent>[0],
  actor: Actor,
  details: Record<string, string>,
  now: () => Date,
) {
  return recordSecurityEvent(
    repositories,
    {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'email_settings_changed',
      ...actor.origin,
      details,
    },
    { now },
  );
}

export interface PlaceholderInfo {
  name: string;
  description: string;
  sample: string;
}

function placeholdersOf(key: EmailTemplateKey, language: EmailLanguage): PlaceholderInfo[] {
  return emailTemplatePlaceholders[key].map(({ name, description, sample }) => ({
    name,
    description,
    sample: sample[language],
  }));
}

function invalid(error: EmailTemplateInvalidError): AppError {
  return new AppError('email_template.invalid', 'The e-mail template is invalid.', error.issues);
}

export async function listEmailTemplates({
  organizationId,
  inTransaction,
}: { organizationId: string } & EmailTemplateDependencies) {
  const rows = await inTransaction(({ emailTemplates }) => emailTemplates.listTemplates({ organizationId }));
  const byId = new Map(rows.map((row) => [`${row.template_key}/${row.language}`, row]));
  return emailTemplateKeys.flatMap((key) =>
    emailLanguages.map((language) => {
      const row = byId.get(`${key}/${language}`);
      return {
        key,
        language,
        customised: row !== undefined,
        updatedAt: row?.updated_at ?? null,
        placeholders: placeholdersOf(key, language),
      };
    }),
  );
}

export async function getEmailTemplate({
  organizationId,
  key,
  language,
  inTransaction,
}: { organizationId: string; key: EmailTemplateKey; language: EmailLanguage } & EmailTemplateDependencies) {
  const row = await inTransaction(({ emailTemplates }) =>
    emailTemplates.getTemplate({ organizationId, key, language }),
  );
  const content = row
    ? { subject: row.subject, text: row.text_body, html: row.html_body }
    : emailTemplateDefaults[key][language];
  return {
    key,
    language,
    ...content,
    customised: row !== undefined,
    updatedAt: row?.updated_at ?? null,
    placeholders: placeholdersOf(key, language),
  };
}

/** Validates (syntax, allowed placeholders, limits, a trial render) and stores the tenant's version. */
export async function saveEmailTemplate({
  actor,
  key,
  language,
  content,
  inTransaction,
  now,
}: {
  actor: Actor;
  key: EmailTemplateKey;
  language: EmailLanguage;
  content: EmailTemplateContent;
} & EmailTemplateDependencies) {
  try {
    await previewTemplate(key, language, content);
  } catch (error) {
    if (error instanceof EmailTemplateInvalidError) throw invalid(error);
    throw error;
  }
  const { organizationId } = actor;
  await inTransaction(async (repositories) => {
    await repositories.emailTemplates.saveTemplate({
      organization_id: organizationId,
      template_key: key,
      language,
      subject: content.subject,
      text_body: content.text,
      html_body: content.html,
      updated_at: now().toISOString(),
      updated_by: actor.userId,
    });
    await logChange(
      repositories,
      actor,
      { setting: 'email_template', template: key, language, change: 'saved' },
      now,
    );
  });
  return getEmailTemplate({ organizationId, key, language, inTransaction, now });
}

/** Back to the built-in default (nothing happens if the template was not customised). */
export async function resetEmailTemplate({
  actor,
  key,
  language,
  inTransaction,
  now,
}: { actor: Actor; key: EmailTemplateKey; language: EmailLanguage } & EmailTemplateDependencies) {
  const { organizationId } = actor;
  await inTransaction(async (repositories) => {
    if (!(await repositories.emailTemplates.deleteTemplate({ organizationId, key, language }))) return;
    await logChange(
      repositories,
      actor,
      { setting: 'email_template', template: key, language, change: 'reset' },
      now,
    );
  });
  return getEmailTemplate({ organizationId, key, language, inTransaction, now });
}

/** The unsaved template rendered with the sample values, or `email_template.invalid` with its issues. */
export async function previewEmailTemplate({
  key,
  language,
  content,
}: {
  key: EmailTemplateKey;
  language: EmailLanguage;
  content: EmailTemplateContent;
}): Promise<EmailTemplateContent> {
  try {
    return await previewTemplate(key, language, content);
  } catch (error) {
    if (error instanceof EmailTemplateInvalidError) throw invalid(error);
    throw error;
  }
}

/**
 * Subject, text and HTML of one mail: the tenant's version of the template, or the default. Call it
 * with the repositories of the transaction that queues the mail.
 */
export async function renderMail<K extends EmailTemplateKey>(
  repositories: { emailTemplates: EmailTemplatesRepository },
  {
    organizationId,
    key,
    language,
    values,
  }: { organizationId: string; key: K; language: EmailLanguage; values: EmailTemplateValues<K> },
): Promise<EmailTemplateContent> {
  const plainValues = values as Record<string, string>;
  const row = await repositories.emailTemplates.getTemplate({ organizationId, key, language });
  if (row) {
    try {
      return await compileAndRender(
        key,
        { subject: row.subject, text: row.text_body, html: row.html_body },
        plainValues,
      );
    } catch {
      // A stored template that no longer renders (e.g. a limit hit by long values): the default text
      // still reaches the recipient.
    }
  }
  return compileAndRender(key, emailTemplateDefaults[key][language], plainValues);
}

/** Sender name rules (E1): one line, no `<>"`, at most 80 characters. */
export const senderNamePattern = /^[^\r\n<>"\\]{1,80}$/;

export async function getSenderName({
  organizationId,
  inTransaction,
}: { organizationId: string } & EmailTemplateDependencies) {
  const senderName = await inTransaction(({ emailTemplates }) =>
    emailTemplates.getSenderName({ organizationId }),
  );
  return { senderName, defaultSenderName: 'Zeugnisdesk' };
}

/** Sets the tenant's sender name; null or blank: back to „Zeugnisdesk“. */
export async function updateSenderName({
  actor,
  senderName,
  inTransaction,
  now,
}: { actor: Actor; senderName: string | null } & EmailTemplateDependencies) {
  const { organizationId } = actor;
  const trimmed = senderName?.replace(/[ \t]+/g, ' ').trim() || null;
  if (trimmed !== null && !senderNamePattern.test(trimmed)) {
    throw new AppError('validation.failed', 'The sender name is invalid.', [
      { path: 'senderName', message: 'must be one line of at most 80 characters without < > " or \\' },
    ]);
  }
  await inTransaction(async (repositories) => {
    await repositories.emailTemplates.setSenderName({ organizationId, senderName: trimmed });
    await logChange(repositories, actor, { setting: 'mail_sender_name' }, now);
  });
  return getSenderName({ organizationId, inTransaction, now });
}
