// The e-mail templates (E3) as data: their keys, languages, limits, and for each key the FIXED list of
// placeholders a template may use, with a description for the editor and a sample value for the preview.
// Placeholders are plain text values (never compiled); in the HTML part they are HTML-escaped.
//
//   invitation         user.name, organization.name, link, expiresAt
//   password_reset     user.name, link, validMinutes
//   lockout_notice     user.name, time
//   handover           recipient.name, sender.name, organization.name, employee.name, message, dueDate,
//                      link, expiresAt
//   handover_code      recipient.name, code, validMinutes
//   handover_finished  recipient.name, employee.name, comment, link
//   certificate_issued employee.name, version, link

export const emailTemplateKeys = [
  'invitation',
  'password_reset',
  'lockout_notice',
  'handover',
  'handover_code',
  'handover_finished',
  'certificate_issued',
] as const;
export type EmailTemplateKey = (typeof emailTemplateKeys)[number];

export const emailLanguages = ['de', 'en'] as const;
export type EmailLanguage = (typeof emailLanguages)[number];

/** The three parts of a template, as the API and the issues name them. */
export const emailTemplateParts = ['subject', 'text', 'html'] as const;
export type EmailTemplatePart = (typeof emailTemplateParts)[number];

export const emailTemplateLimits = { subject: 200, text: 20_000, html: 20_000 } as const;

/** Bounds of one render (liquidjs): milliseconds, and allocations (ranges, string building). */
export const renderLimits = { renderMs: 250, memory: 200_000 } as const;

export interface PlaceholderDefinition {
  name: string;
  /** German, for the editor (the admin area's language). */
  description: string;
  sample: Record<EmailLanguage, string>;
}

const same = (value: string): Record<EmailLanguage, string> => ({ de: value, en: value });

const userName = {
  name: 'user.name',
  description: 'Vor- und Nachname der Person',
  sample: same('Erika Muster'),
};
const recipientName = {
  name: 'recipient.name',
  description: 'Name der Empfängerin oder des Empfängers',
  sample: same('Erika Muster'),
};
const organizationName = {
  name: 'organization.name',
  description: 'Name Ihrer Organisation',
  sample: same('Musterfirma GmbH'),
};
const employeeName = {
  name: 'employee.name',
  description: 'Name der Mitarbeiterin oder des Mitarbeiters, um deren Zeugnis es geht',
  sample: same('Max Beispiel'),
};
const link = (description: string, path: string) => ({
  name: 'link',
  description,
  sample: same(`https://zeugnisse.example.de/${path}`),
});
const validMinutes = { name: 'validMinutes', description: 'Gültigkeit in Minuten', sample: same('30') };

export const emailTemplatePlaceholders = {
  invitation: [
    userName,
    organizationName,
    link('Link zum Festlegen des Passworts (einmal verwendbar)', 'einladung#token=…'),
    {
      name: 'expiresAt',
      description: 'Bis wann der Link gültig ist (Datum und Uhrzeit)',
      sample: { de: '3. Juli 2026 um 10:00', en: '3 July 2026 at 10:00' },
    },
  ],
  password_reset: [
    userName,
    link('Link zum Festlegen eines neuen Passworts (einmal verwendbar)', 'passwort-zuruecksetzen#token=…'),
    validMinutes,
  ],
  lockout_notice: [
    userName,
    {
      name: 'time',
      description: 'Zeitpunkt der Sperre (Datum und Uhrzeit)',
      sample: { de: '30. Juni 2026 um 10:00', en: '30 June 2026 at 10:00' },
    },
  ],
  handover: [
    recipientName,
    { name: 'sender.name', description: 'Wer das Zeugnis übergibt', sample: same('Petra Personal') },
    organizationName,
    employeeName,
    {
      name: 'message',
      description: 'Nachricht der übergebenden Person',
      sample: {
        de: 'Bitte bewerten Sie die Leistung bis Freitag.',
        en: 'Please rate the performance by Friday.',
      },
    },
    {
      name: 'dueDate',
      description: 'Bis wann die Bearbeitung erbeten ist',
      sample: { de: '10. Juli 2026', en: '10 July 2026' },
    },
    link('Link zum Zeugnis', 'uebergabe#…'),
    {
      name: 'expiresAt',
      description: 'Bis wann der Link gültig ist',
      sample: { de: '14. Juli 2026 um 10:00', en: '14 July 2026 at 10:00' },
    },
  ],
  handover_code: [
    recipientName,
    { name: 'code', description: 'Der einmalige Bestätigungscode', sample: same('482913') },
    { ...validMinutes, sample: same('5') },
  ],
  handover_finished: [
    recipientName,
    {
      name: 'editor.name',
      description: 'Wer das Zeugnis über den Link bearbeitet hat',
      sample: same('Max Berger'),
    },
    employeeName,
    {
      name: 'comment',
      description: 'Kommentar der bearbeitenden Person',
      sample: { de: 'Bewertung ist eingetragen.', en: 'The rating is done.' },
    },
    link('Link zum Zeugnis', 'zeugnisse/…'),
  ],
  certificate_issued: [
    employeeName,
    { name: 'version', description: 'Nummer der ausgestellten Fassung', sample: same('1') },
    link('Link zum Zeugnis', 'zeugnisse/…'),
  ],
} as const satisfies Record<EmailTemplateKey, readonly PlaceholderDefinition[]>;

/** The placeholder names of one template, e.g. 'user.name' | 'link'. */
export type PlaceholderName<K extends EmailTemplateKey> =
  (typeof emailTemplatePlaceholders)[K][number]['name'];

/** The values a sender passes to render one template: every placeholder, as text. */
export type EmailTemplateValues<K extends EmailTemplateKey> = Record<PlaceholderName<K>, string>;

/** German names of the templates (messages, security log details). */
export const emailTemplateLabels: Record<EmailTemplateKey, string> = {
  invitation: 'Einladung',
  password_reset: 'Passwort zurücksetzen',
  lockout_notice: 'Konto gesperrt',
  handover: 'Übergabe',
  handover_code: 'Übergabe: Bestätigungscode',
  handover_finished: 'Übergabe abgeschlossen',
  certificate_issued: 'Zeugnis ausgestellt',
};
