// The e-mails and text messages of handovers: the link to the recipient, the one-time code and the
// notice that the recipient finished come from the tenant's editable templates (modules/email-templates,
// German); the text message with the code and the lock notice to HR stay fixed texts here. Every call
// site goes through `handoverMessages`.
import { formatMailDate, formatMailDateTime } from '../email-templates/email-templates.services.js';
import type { EmailTemplatesRepository } from '../email-templates/email-templates.repository.js';
import { renderMail } from '../email-templates/email-templates.usecases.js';

type TemplateRepositories = { emailTemplates: EmailTemplatesRepository };
const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

export interface Mail {
  subject: string;
  text: string;
  html?: string;
}

export function handoverLinkMail(
  repositories: TemplateRepositories,
  organizationId: string,
  {
    recipientName,
    senderName,
    organizationName,
    employeeName,
    message,
    dueDate,
    link,
    expiresAt,
  }: {
    recipientName: string;
    senderName: string;
    organizationName: string;
    employeeName: string;
    message: string | null;
    dueDate: string | null;
    link: string;
    expiresAt: Date;
  },
): Promise<Mail> {
  return renderMail(repositories, {
    organizationId,
    key: 'handover',
    language: 'de',
    values: {
      'recipient.name': recipientName,
      'sender.name': senderName,
      'organization.name': organizationName,
      'employee.name': employeeName,
      message: message ?? '',
      dueDate: dueDate ? formatMailDate(new Date(`${dueDate}T00:00:00Z`), 'de') : '',
      link,
      expiresAt: formatMailDateTime(expiresAt, 'de'),
    },
  });
}

export function handoverCodeMail(
  repositories: TemplateRepositories,
  organizationId: string,
  { recipientName, code, validMinutes }: { recipientName: string; code: string; validMinutes: number },
): Promise<Mail> {
  return renderMail(repositories, {
    organizationId,
    key: 'handover_code',
    language: 'de',
    values: { 'recipient.name': recipientName, code, validMinutes: String(validMinutes) },
  });
}

export function handoverCodeSms({ code }: { code: string }): string {
  return `Ihr Zeugnisdesk-Code für das Zeugnis: ${code}. Gültig 5 Minuten. Geben Sie ihn niemandem weiter.`;
}

/** To the HR user who handed over (`recipientName`): `editorName` finished working on the certificate. */
export function handoverFinishedMail(
  repositories: TemplateRepositories,
  organizationId: string,
  {
    recipientName,
    editorName,
    employeeName,
    comment,
    link,
  }: {
    recipientName: string;
    editorName: string;
    employeeName: string;
    comment: string | null;
    link: string;
  },
): Promise<Mail> {
  return renderMail(repositories, {
    organizationId,
    key: 'handover_finished',
    language: 'de',
    values: {
      'recipient.name': recipientName,
      'editor.name': editorName,
      'employee.name': employeeName,
      comment: comment ?? '',
      link,
    },
  });
}

export function handoverLockedMail({
  creatorFirstName,
  recipientName,
  employeeName,
  lockedAt,
}: {
  creatorFirstName: string;
  recipientName: string;
  employeeName: string;
  lockedAt: Date;
}): Mail {
  return {
    subject: `Zeugnisdesk: Übergabe an ${recipientName} gesperrt`,
    text: [
      `Guten Tag ${creatorFirstName},`,
      '',
      `nach fünf falschen Codes wurde der Link zum Zeugnis für ${employeeName}, den Sie an ${recipientName} ` +
        `übergeben haben, am ${dateTime.format(lockedAt)} Uhr gesperrt.`,
      'Falls die Person weiter mitwirken soll, übergeben Sie das Zeugnis erneut; sie erhält dann einen neuen Link.',
      'Falls sie die Versuche nicht selbst unternommen hat, informieren Sie bitte Ihre IT-Sicherheit.',
    ].join('\n'),
  };
}

/** The one place the use cases take their texts from (the switch to editable templates happens here). */
export const handoverMessages = {
  link: handoverLinkMail,
  codeMail: handoverCodeMail,
  codeSms: handoverCodeSms,
  finished: handoverFinishedMail,
  locked: handoverLockedMail,
};
