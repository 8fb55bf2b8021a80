// The customised e-mail templates of a tenant and its sender name. Every query names the organisation.
import type { Selectable } from 'kysely';
import type { Db, EmailTemplatesTable } from '../../app/database/database.types.js';
import type { EmailLanguage, EmailTemplateKey } from './email-templates.config.js';

export type EmailTemplateRow = Selectable<EmailTemplatesTable>;

export function createEmailTemplatesRepository({ db }: { db: Db }) {
  return {
    async listTemplates({ organizationId }: { organizationId: string }): Promise<EmailTemplateRow[]> {
      return db
        .selectFrom('email_templates')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .execute();
    },

    async getTemplate({
      organizationId,
      key,
      language,
    }: {
      organizationId: string;
      key: EmailTemplateKey;
      language: EmailLanguage;
    }): Promise<EmailTemplateRow | undefined> {
      return db
        .selectFrom('email_templates')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('template_key', '=', key)
        .where('language', '=', language)
        .executeTakeFirst();
    },

    /** Inserts or replaces the tenant's version of one template. */
    async saveTemplate(row: EmailTemplateRow): Promise<void> {
      await db
        .insertInto('email_templates')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['organization_id', 'template_key', 'language']).doUpdateSet({
            subject: row.subject,
            text_body: row.text_body,
            html_body: row.html_body,
            updated_at: row.updated_at,
            updated_by: row.updated_by,
          }),
        )
        .execute();
    },

    /** True if there was a customised version to delete. */
    async deleteTemplate({
      organizationId,
      key,
      language,
    }: {
      organizationId: string;
      key: EmailTemplateKey;
      language: EmailLanguage;
    }): Promise<boolean> {
      const result = await db
        .deleteFrom('email_templates')
        .where('organization_id', '=', organizationId)
        .where('template_key', '=', key)
        .where('language', '=', language)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async getSenderName({ organizationId }: { organizationId: string }): Promise<string | null> {
      const row = await db
        .selectFrom('organizations')
        .select('mail_sender_name')
        .where('id', '=', organizationId)
        .executeTakeFirst();
      return row?.mail_sender_name ?? null;
    },

    async setSenderName({
      organizationId,
      senderName,
    }: {
      organizationId: string;
      senderName: string | null;
    }): Promise<void> {
      await db
        .updateTable('organizations')
        .set({ mail_sender_name: senderName })
        .where('id', '=', organizationId)
        .execute();
    },
  };
}

export type EmailTemplatesRepository = ReturnType<typeof createEmailTemplatesRepository>;
