// The fixed messages of sign-in, in German: the password-changed notice and the text messages. The
// invitation, password reset and lockout e-mails are editable templates (modules/email-templates).
const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

export function passwordChangedMail({
  firstName,
  changedAt,
  sessionsEnded,
}: {
  firstName: string;
  changedAt: Date;
  /** A reset ends every session; a change by the user keeps the one they changed it in. */
  sessionsEnded: 'all' | 'others';
}) {
  return {
    subject: 'Zeugnisdesk: Ihr Passwort wurde geändert',
    text: [
      `Guten Tag ${firstName},`,
      '',
      `das Passwort Ihres Zeugnisdesk-Kontos wurde am ${dateTime.format(changedAt)} Uhr geändert; ` +
        (sessionsEnded === 'all'
          ? 'alle Sitzungen wurden beendet.'
          : 'alle anderen Sitzungen wurden beendet.'),
      'Falls Sie das nicht selbst waren, wenden Sie sich sofort an Ihre Administration.',
    ].join('\n'),
  };
}

export function signInCodeSms({ code }: { code: string }): string {
  return `Ihr Zeugnisdesk-Anmeldecode: ${code}. Gültig 5 Minuten. Geben Sie ihn niemandem weiter.`;
}

export function phoneVerificationSms({ code }: { code: string }): string {
  return `Ihr Zeugnisdesk-Bestätigungscode: ${code}. Gültig 5 Minuten.`;
}
