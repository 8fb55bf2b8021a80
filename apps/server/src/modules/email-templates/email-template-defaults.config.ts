// The built-in texts of every e-mail template in German and English (E3): what a tenant gets until it
// customises a template, and what „Standard wiederherstellen“ returns to. Liquid syntax; only the
// placeholders of email-templates.config.ts. Links carry their secrets in the fragment (#…).
import type { EmailLanguage, EmailTemplateKey } from './email-templates.config.js';

export interface EmailTemplateContent {
  subject: string;
  text: string;
  html: string;
}

/** An HTML part from paragraphs: a plain, readable layout without external resources. */
function html(paragraphs: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<body style="font-family: Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2933;">',
    ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
    '</body>',
    '</html>',
  ].join('\n');
}

const linkHtml = '<a href="{{ link }}">{{ link }}</a>';

export const emailTemplateDefaults: Record<EmailTemplateKey, Record<EmailLanguage, EmailTemplateContent>> = {
  invitation: {
    de: {
      subject: 'Einladung zu Zeugnisdesk – {{ organization.name }}',
      text: [
        'Guten Tag {{ user.name }},',
        '',
        'Sie wurden eingeladen, Zeugnisdesk für {{ organization.name }} zu nutzen.',
        'Über den folgenden Link legen Sie Ihr Passwort fest:',
        '',
        '{{ link }}',
        '',
        'Der Link ist bis {{ expiresAt }} Uhr gültig und kann nur einmal verwendet werden.',
        'Wenn Sie keine Einladung erwartet haben, können Sie diese E-Mail ignorieren.',
      ].join('\n'),
      html: html([
        'Guten Tag {{ user.name }},',
        'Sie wurden eingeladen, Zeugnisdesk für {{ organization.name }} zu nutzen. Über den folgenden Link legen Sie Ihr Passwort fest:',
        linkHtml,
        'Der Link ist bis {{ expiresAt }} Uhr gültig und kann nur einmal verwendet werden. Wenn Sie keine Einladung erwartet haben, können Sie diese E-Mail ignorieren.',
      ]),
    },
    en: {
      subject: 'Invitation to Zeugnisdesk – {{ organization.name }}',
      text: [
        'Hello {{ user.name }},',
        '',
        'You have been invited to use Zeugnisdesk for {{ organization.name }}.',
        'Please choose your password with the following link:',
        '',
        '{{ link }}',
        '',
        'The link is valid until {{ expiresAt }} and works only once.',
        'If you did not expect an invitation, you can ignore this e-mail.',
      ].join('\n'),
      html: html([
        'Hello {{ user.name }},',
        'You have been invited to use Zeugnisdesk for {{ organization.name }}. Please choose your password with the following link:',
        linkHtml,
        'The link is valid until {{ expiresAt }} and works only once. If you did not expect an invitation, you can ignore this e-mail.',
      ]),
    },
  },
  password_reset: {
    de: {
      subject: 'Zeugnisdesk: Passwort zurücksetzen',
      text: [
        'Guten Tag {{ user.name }},',
        '',
        'für Ihr Zeugnisdesk-Konto wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:',
        '',
        '{{ link }}',
        '',
        'Der Link ist {{ validMinutes }} Minuten gültig und kann nur einmal verwendet werden.',
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
      ].join('\n'),
      html: html([
        'Guten Tag {{ user.name }},',
        'für Ihr Zeugnisdesk-Konto wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:',
        linkHtml,
        'Der Link ist {{ validMinutes }} Minuten gültig und kann nur einmal verwendet werden. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
      ]),
    },
    en: {
      subject: 'Zeugnisdesk: reset your password',
      text: [
        'Hello {{ user.name }},',
        '',
        'a new password was requested for your Zeugnisdesk account. Choose it with this link:',
        '',
        '{{ link }}',
        '',
        'The link is valid for {{ validMinutes }} minutes and works only once.',
        'If you did not ask for this, please ignore this e-mail; your password stays the same.',
      ].join('\n'),
      html: html([
        'Hello {{ user.name }},',
        'a new password was requested for your Zeugnisdesk account. Choose it with this link:',
        linkHtml,
        'The link is valid for {{ validMinutes }} minutes and works only once. If you did not ask for this, please ignore this e-mail; your password stays the same.',
      ]),
    },
  },
  lockout_notice: {
    de: {
      subject: 'Zeugnisdesk: Ihr Konto wurde gesperrt',
      text: [
        'Guten Tag {{ user.name }},',
        '',
        'nach mehreren falschen Passworteingaben wurde Ihr Zeugnisdesk-Konto am {{ time }} Uhr gesperrt.',
        'Eine Administratorin oder ein Administrator Ihrer Organisation kann es wieder freigeben.',
        'Falls Sie die Anmeldeversuche nicht selbst unternommen haben, informieren Sie bitte Ihre IT-Sicherheit.',
      ].join('\n'),
      html: html([
        'Guten Tag {{ user.name }},',
        'nach mehreren falschen Passworteingaben wurde Ihr Zeugnisdesk-Konto am {{ time }} Uhr gesperrt.',
        'Eine Administratorin oder ein Administrator Ihrer Organisation kann es wieder freigeben. Falls Sie die Anmeldeversuche nicht selbst unternommen haben, informieren Sie bitte Ihre IT-Sicherheit.',
      ]),
    },
    en: {
      subject: 'Zeugnisdesk: your account has been locked',
      text: [
        'Hello {{ user.name }},',
        '',
        'after several wrong passwords, your Zeugnisdesk account was locked on {{ time }}.',
        'An administrator of your organisation can unlock it.',
        'If you did not try to sign in yourself, please tell your IT security team.',
      ].join('\n'),
      html: html([
        'Hello {{ user.name }},',
        'after several wrong passwords, your Zeugnisdesk account was locked on {{ time }}.',
        'An administrator of your organisation can unlock it. If you did not try to sign in yourself, please tell your IT security team.',
      ]),
    },
  },
  handover: {
    de: {
      subject: 'Zeugnis für {{ employee.name }}: Ihre Mitarbeit ist gefragt',
      text: [
        'Guten Tag {{ recipient.name }},',
        '',
        '{{ sender.name }} von {{ organization.name }} bittet Sie, am Arbeitszeugnis für {{ employee.name }} mitzuwirken.',
        '{% if message != "" %}',
        'Nachricht: {{ message }}',
        '{% endif %}{% if dueDate != "" %}',
        'Bitte bearbeiten Sie es bis {{ dueDate }}.',
        '{% endif %}',
        'Hier öffnen Sie das Zeugnis:',
        '',
        '{{ link }}',
        '',
        'Der Link ist bis {{ expiresAt }} Uhr gültig. Bitte leiten Sie diese E-Mail nicht weiter.',
      ].join('\n'),
      html: html([
        'Guten Tag {{ recipient.name }},',
        '{{ sender.name }} von {{ organization.name }} bittet Sie, am Arbeitszeugnis für {{ employee.name }} mitzuwirken.',
        '{% if message != "" %}Nachricht: {{ message }}{% endif %}',
        '{% if dueDate != "" %}Bitte bearbeiten Sie es bis {{ dueDate }}.{% endif %}',
        `Hier öffnen Sie das Zeugnis: ${linkHtml}`,
        'Der Link ist bis {{ expiresAt }} Uhr gültig. Bitte leiten Sie diese E-Mail nicht weiter.',
      ]),
    },
    en: {
      subject: 'Reference for {{ employee.name }}: your input is needed',
      text: [
        'Hello {{ recipient.name }},',
        '',
        '{{ sender.name }} of {{ organization.name }} asks you to contribute to the reference for {{ employee.name }}.',
        '{% if message != "" %}',
        'Message: {{ message }}',
        '{% endif %}{% if dueDate != "" %}',
        'Please finish it by {{ dueDate }}.',
        '{% endif %}',
        'Open the reference here:',
        '',
        '{{ link }}',
        '',
        'The link is valid until {{ expiresAt }}. Please do not forward this e-mail.',
      ].join('\n'),
      html: html([
        'Hello {{ recipient.name }},',
        '{{ sender.name }} of {{ organization.name }} asks you to contribute to the reference for {{ employee.name }}.',
        '{% if message != "" %}Message: {{ message }}{% endif %}',
        '{% if dueDate != "" %}Please finish it by {{ dueDate }}.{% endif %}',
        `Open the reference here: ${linkHtml}`,
        'The link is valid until {{ expiresAt }}. Please do not forward this e-mail.',
      ]),
    },
  },
  handover_code: {
    de: {
      subject: 'Ihr Bestätigungscode für Zeugnisdesk',
      text: [
        'Guten Tag {{ recipient.name }},',
        '',
        'Ihr Bestätigungscode lautet: {{ code }}',
        '',
        'Er ist {{ validMinutes }} Minuten gültig. Geben Sie ihn niemandem weiter.',
      ].join('\n'),
      html: html([
        'Guten Tag {{ recipient.name }},',
        'Ihr Bestätigungscode lautet: <strong>{{ code }}</strong>',
        'Er ist {{ validMinutes }} Minuten gültig. Geben Sie ihn niemandem weiter.',
      ]),
    },
    en: {
      subject: 'Your Zeugnisdesk confirmation code',
      text: [
        'Hello {{ recipient.name }},',
        '',
        'your confirmation code is: {{ code }}',
        '',
        'It is valid for {{ validMinutes }} minutes. Do not share it with anyone.',
      ].join('\n'),
      html: html([
        'Hello {{ recipient.name }},',
        'your confirmation code is: <strong>{{ code }}</strong>',
        'It is valid for {{ validMinutes }} minutes. Do not share it with anyone.',
      ]),
    },
  },
  handover_finished: {
    de: {
      subject: 'Zeugnis für {{ employee.name }} ist zurück',
      text: [
        'Guten Tag {{ recipient.name }},',
        '',
        '{{ editor.name }} hat die Bearbeitung des Zeugnisses für {{ employee.name }} abgeschlossen.',
        '{% if comment != "" %}',
        'Kommentar: {{ comment }}',
        '{% endif %}',
        'Hier öffnen Sie das Zeugnis:',
        '',
        '{{ link }}',
      ].join('\n'),
      html: html([
        'Guten Tag {{ recipient.name }},',
        '{{ editor.name }} hat die Bearbeitung des Zeugnisses für {{ employee.name }} abgeschlossen.',
        '{% if comment != "" %}Kommentar: {{ comment }}{% endif %}',
        `Hier öffnen Sie das Zeugnis: ${linkHtml}`,
      ]),
    },
    en: {
      subject: 'The reference for {{ employee.name }} is back',
      text: [
        'Hello {{ recipient.name }},',
        '',
        '{{ editor.name }} has finished the work on the reference for {{ employee.name }}.',
        '{% if comment != "" %}',
        'Comment: {{ comment }}',
        '{% endif %}',
        'Open the reference here:',
        '',
        '{{ link }}',
      ].join('\n'),
      html: html([
        'Hello {{ recipient.name }},',
        '{{ editor.name }} has finished the work on the reference for {{ employee.name }}.',
        '{% if comment != "" %}Comment: {{ comment }}{% endif %}',
        `Open the reference here: ${linkHtml}`,
      ]),
    },
  },
  certificate_issued: {
    de: {
      subject: 'Zeugnis für {{ employee.name }} ausgestellt',
      text: [
        'Guten Tag,',
        '',
        'das Zeugnis für {{ employee.name }} wurde in Fassung {{ version }} ausgestellt.',
        'Hier finden Sie es:',
        '',
        '{{ link }}',
      ].join('\n'),
      html: html([
        'Guten Tag,',
        'das Zeugnis für {{ employee.name }} wurde in Fassung {{ version }} ausgestellt.',
        `Hier finden Sie es: ${linkHtml}`,
      ]),
    },
    en: {
      subject: 'Reference for {{ employee.name }} issued',
      text: [
        'Hello,',
        '',
        'the reference for {{ employee.name }} has been issued as version {{ version }}.',
        'You can find it here:',
        '',
        '{{ link }}',
      ].join('\n'),
      html: html([
        'Hello,',
        'the reference for {{ employee.name }} has been issued as version {{ version }}.',
        `You can find it here: ${linkHtml}`,
      ]),
    },
  },
};
