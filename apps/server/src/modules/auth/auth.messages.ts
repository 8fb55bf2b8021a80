// The e-mails and text messages of sign-in, in German. Issue #8 makes e-mail texts editable templates;
// until then they are fixed here. Links carry their token in the fragment (#…), which browsers never
// send to a server, so it cannot end up in access logs or Referer headers.
const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

export function invitationMail({
  firstName,
  lastName,
  organizationName,
  link,
  expiresAt,
}: {
  firstName: string;
  lastName: string;
  organizationName: string;
  link: string;
  expiresAt: Date;
}) {
  return {
    subject: `Einladung zu Zeugnisdesk – ${organizationName}`,
    text: [
      `Guten Tag ${firstName} ${lastName},`,
      '',
      `Sie wurden eingeladen, Zeugnisdesk für ${organizationName} zu nutzen.`,
      'Über den folgenden Link legen Sie Ihr Passwort fest:',
      '',
      link,
      '',
      `Der Link ist bis ${dateTime.format(expiresAt)} Uhr gültig und kann nur einmal verwendet werden.`,
      'Wenn Sie keine Einladung erwartet haben, können Sie diese E-Mail ignorieren.',
    ].join('\n'),
  };
}

export function passwordResetMail({ firstName, link }: { firstName: string; link: string }) {
  return {
    subject: 'Zeugnisdesk: Passwort zurücksetzen',
    text: [
      `Guten Tag ${firstName},`,
      '',
      'für Ihr Zeugnisdesk-Konto wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:',
      '',
      link,
      '',
      'Der Link ist 30 Minuten gültig und kann nur einmal verwendet werden.',
      'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
    ].join('\n'),
  };
}

export function accountLockedMail({ firstName, lockedAt }: { firstName: string; lockedAt: Date }) {
  return {
    subject: 'Zeugnisdesk: Ihr Konto wurde gesperrt',
    text: [
      `Guten Tag ${firstName},`,
      '',
      `nach mehreren falschen Passworteingaben wurde Ihr Zeugnisdesk-Konto am ${dateTime.format(lockedAt)} Uhr gesperrt.`,
      'Eine Administratorin oder ein Administrator Ihrer Organisation kann es wieder freigeben.',
      'Falls Sie die Anmeldeversuche nicht selbst unternommen haben, informieren Sie bitte Ihre IT-Sicherheit.',
    ].join('\n'),
  };
}

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
