// German, the default language of the user interface. Every text the user reads lives here (and in
// its English twin, which must have the same keys). Plain, polite, „Sie“; no jargon.
import { accountDe } from './account';
import { adminDe } from './admin';
import { analysisDe } from './analysis';
import { certificatesDe } from './certificates';
import { editorDe } from './editor';
import { editorWorkspaceDe } from './editor-workspace';
import { employeesDe } from './employees';
import { emailDe } from './email';
import { handoverDe } from './handover';
import { organizationDe } from './organization';
import { privacyDe } from './privacy';

export const de = {
  admin: adminDe,
  analysis: analysisDe,
  account: accountDe,
  certificates: certificatesDe,
  editor: { ...editorDe, ...editorWorkspaceDe },
  organization: organizationDe,
  privacy: privacyDe,
  email: emailDe,
  handover: handoverDe,
  app: {
    name: 'Zeugnisdesk',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
    pageTitle: '{{page}} – Zeugnisdesk',
  },
  common: {
    retry: 'Erneut versuchen',
    backToOverview: 'Zur Übersicht',
    backToSignIn: 'Zurück zur Anmeldung',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    required: 'Bitte ausfüllen.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.',
    dateUnknown: '–',
    closeNotification: 'Hinweis schließen',
    selected: 'ausgewählt',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
  },
  nav: {
    label: 'Hauptnavigation',
    overview: 'Übersicht',
    employees: 'Mitarbeiter',
    certificates: 'Zeugnisse',
    analysis: 'Analyse',
    administration: 'Verwaltung',
    toggle: 'Navigation ein- oder ausblenden',
  },
  userMenu: {
    open: 'Benutzermenü von {{name}}',
    signedInAs: 'Angemeldet als',
    language: 'Sprache',
    signOut: 'Abmelden',
    signingOut: 'Sie werden abgemeldet …',
    signedOut: 'Sie haben sich abgemeldet.',
    signOutFailed: 'Die Abmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  session: {
    lostTitle: 'Bitte melden Sie sich erneut an',
    lost: 'Ihre Sitzung ist abgelaufen, zum Beispiel nach längerer Pause. Ihre Daten sind sicher gespeichert.',
    loadFailed: 'Zeugnisdesk konnte nicht geladen werden.',
    enrolmentTitle: 'Zweiten Faktor einrichten',
    enrolment:
      'Ihre Organisation verlangt bei der Anmeldung einen zweiten Faktor, etwa eine Authenticator-App. Die Einrichtung im Browser folgt in Kürze; bis dahin hilft Ihnen Ihre Administration.',
  },
  signIn: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    forgotPassword: 'Passwort vergessen?',
    failedTitle: 'Anmeldung nicht möglich',
    welcome: 'Willkommen, {{name}}!',
    invitationAccepted: 'Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.',
    passwordReset: 'Ihr neues Passwort ist gespeichert. Sie können sich jetzt damit anmelden.',
    sso: {
      button: 'Mit Microsoft anmelden',
      divider: 'oder',
      intro: 'Melden Sie sich mit Ihrem Microsoft-Konto an oder mit Ihrer E-Mail-Adresse und Ihrem Passwort.',
      onlyIntro:
        'Bei {{organization}} melden Sie sich mit Ihrem Microsoft-Konto an. Eine Anmeldung mit Passwort ist nicht vorgesehen.',
      redirecting: 'Sie werden zu Microsoft weitergeleitet …',
      failedTitle: 'Anmeldung mit Microsoft nicht möglich',
      callbackFailed:
        'Die Anmeldung mit Microsoft hat nicht geklappt. Vielleicht wurde sie abgebrochen, oder Ihr Microsoft-Konto ist für Zeugnisdesk noch nicht freigeschaltet. Versuchen Sie es noch einmal oder wenden Sie sich an Ihre Administration.',
      notConfigured:
        'Die Anmeldung mit Microsoft ist für Ihre Organisation nicht eingerichtet. Bitte wenden Sie sich an Ihre Administration.',
      unavailable:
        'Microsoft ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.',
    },
  },
  secondFactor: {
    title: 'Anmeldung bestätigen',
    intro: 'Ihr Passwort war richtig. Bestätigen Sie die Anmeldung jetzt mit Ihrem zweiten Faktor.',
    method: 'Bestätigen mit',
    methods: {
      totp: 'Authenticator-App',
      sms: 'SMS',
      recovery_code: 'Wiederherstellungscode',
      passkey: 'Passkey',
    },
    totpLabel: 'Code aus der Authenticator-App',
    totpHint: 'Sechs Ziffern, die Ihre App gerade anzeigt.',
    smsLabel: 'Code aus der SMS',
    smsHint: 'Wir senden den Code an Ihre Telefonnummer {{phone}}.',
    smsHintNoPhone: 'Wir senden den Code an Ihre hinterlegte Telefonnummer.',
    sendSms: 'Code senden',
    sendSmsAgain: 'Code erneut senden',
    smsSent: 'Der Code ist unterwegs. Er ist 5 Minuten gültig.',
    recoveryLabel: 'Wiederherstellungscode',
    recoveryHint:
      'Einer der Codes, die Sie bei der Einrichtung aufbewahrt haben. Jeder Code gilt nur einmal.',
    passkeyUnsupported:
      'Die Anmeldung mit Passkey folgt in Kürze. Bitte wählen Sie eine andere Möglichkeit oder wenden Sie sich an Ihre Administration.',
    noMethod:
      'Für Ihr Konto ist keine Bestätigung eingerichtet, die hier möglich ist. Bitte wenden Sie sich an Ihre Administration.',
    submit: 'Bestätigen',
    submitting: 'Wird geprüft …',
    cancel: 'Abbrechen und neu anmelden',
    failedTitle: 'Bestätigung nicht möglich',
  },
  forgotPassword: {
    title: 'Passwort vergessen',
    intro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    submit: 'Link anfordern',
    submitting: 'Wird gesendet …',
    sentTitle: 'Bitte sehen Sie in Ihr Postfach',
    sent: 'Falls die Adresse {{email}} bei uns bekannt ist, haben wir Ihnen einen Link geschickt. Er ist 30 Minuten gültig. Sehen Sie auch im Spam-Ordner nach.',
  },
  resetPassword: {
    title: 'Neues Passwort festlegen',
    intro: 'Wählen Sie ein neues Passwort für Ihr Konto.',
    submit: 'Passwort speichern',
    submitting: 'Wird gespeichert …',
    invalidTitle: 'Dieser Link funktioniert nicht mehr',
    invalid:
      'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Fordern Sie einfach einen neuen an.',
    requestNew: 'Neuen Link anfordern',
  },
  invitation: {
    title: 'Willkommen bei Zeugnisdesk',
    intro: '{{organization}} hat Sie eingeladen. Legen Sie jetzt Ihr Passwort fest.',
    name: 'Name',
    submit: 'Passwort festlegen',
    submitting: 'Wird gespeichert …',
    checking: 'Ihre Einladung wird geprüft …',
    invalidTitle: 'Diese Einladung funktioniert nicht mehr',
    invalid:
      'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Bitten Sie Ihre Administration, Sie erneut einzuladen.',
    ssoOnlyTitle: 'Anmeldung über Microsoft',
    ssoOnly:
      '{{organization}} meldet Sie über Ihr Microsoft-Konto an. Ein eigenes Passwort ist nicht nötig: Melden Sie sich einfach mit Microsoft an.',
  },
  newPassword: {
    label: 'Neues Passwort',
    repeatLabel: 'Neues Passwort wiederholen',
    rulesHeading: 'Ihr Passwort braucht:',
    rules: {
      too_short: 'mindestens {{count}} Zeichen',
      too_long: 'höchstens {{count}} Zeichen',
      missing_lowercase: 'einen Kleinbuchstaben',
      missing_uppercase: 'einen Großbuchstaben',
      missing_digit: 'eine Ziffer',
      missing_special: 'ein Sonderzeichen, z. B. ! ? # oder ein Leerzeichen',
      common: 'kein weit verbreitetes Passwort',
      contains_personal_data: 'nicht Ihren Namen, Ihre E-Mail-Adresse oder den Namen Ihrer Organisation',
    },
    state: {
      met: 'erfüllt',
      unmet: 'noch nicht erfüllt',
      server: 'wird beim Speichern geprüft',
    },
    rulesUnmet: 'Das Passwort erfüllt noch nicht alle Regeln.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    generic:
      'Ihr Passwort muss den Regeln Ihrer Organisation entsprechen; wir sagen Ihnen beim Speichern, falls etwas fehlt.',
  },
  overview: {
    title: 'Übersicht',
    greeting: 'Guten Tag, {{name}}.',
    certificatesHeading: 'Zeugnisse nach Status',
    status: {
      draft: 'Entwürfe',
      inReview: 'In Prüfung',
      approved: 'Freigegeben',
      issued: 'Ausgestellt',
    },
    statusHint: {
      draft: 'werden noch geschrieben',
      inReview: 'warten auf Prüfung oder Freigabe',
      approved: 'bereit zum Ausstellen',
      issued: 'ausgehändigt',
    },
    leavingHeading: 'Austritte in den nächsten {{days}} Tagen ohne Zeugnis',
    leavingIntro: 'Diese Mitarbeiter verlassen das Unternehmen bald und haben noch kein Endzeugnis.',
    leavingEmpty: 'Niemand verlässt in den nächsten {{days}} Tagen das Unternehmen ohne Endzeugnis.',
    leavingColumns: {
      name: 'Name',
      jobTitle: 'Position',
      exitDate: 'Letzter Arbeitstag',
      remaining: 'Verbleibend',
    },
    remaining_zero: 'heute',
    remaining_one: 'noch {{count}} Tag',
    remaining_other: 'noch {{count}} Tage',
    recentHeading: 'Zuletzt bearbeitete Zeugnisse',
    recentEmpty: 'Es gibt noch keine Zeugnisse. Sobald Sie ein Zeugnis anlegen, erscheint es hier.',
    recentColumns: { employee: 'Mitarbeiter', kind: 'Art', status: 'Status', updatedAt: 'Geändert' },
    loadFailed: 'Die Zahlen konnten nicht geladen werden.',
  },
  certificate: {
    kind: { final: 'Endzeugnis', interim: 'Zwischenzeugnis', apprenticeship: 'Ausbildungszeugnis' },
    status: {
      draft: 'Entwurf',
      in_review: 'In Prüfung',
      reviewed: 'Geprüft',
      approved: 'Freigegeben',
      issued: 'Ausgestellt',
      archived: 'Archiviert',
    },
  },
  employees: employeesDe,
  unsaved: {
    title: 'Änderungen nicht gespeichert',
    text: 'Sie haben Änderungen, die noch nicht gespeichert sind. Wenn Sie die Seite jetzt verlassen, gehen sie verloren.',
    stay: 'Auf der Seite bleiben',
    leave: 'Verwerfen und verlassen',
    saveFailed: 'Speichern ist nicht möglich, solange Eingaben fehlen oder ungültig sind.',
  },
  jobProfiles: {
    groups: {
      office: 'Büro und Verwaltung',
      sales: 'Vertrieb und Handel',
      it: 'IT',
      engineering: 'Technik',
      logistics: 'Logistik',
      care: 'Pflege und Gesundheit',
      hospitality: 'Gastronomie und Hotellerie',
      finance: 'Finanzen und Rechnungswesen',
      trades: 'Handwerk',
      management: 'Führung und Management',
      apprenticeship: 'Ausbildungsberufe',
      unknown: 'Nicht mehr verfügbar',
    },
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht. Vielleicht hat sich die Adresse geändert.',
  },
  noAccess: {
    title: 'Kein Zugriff',
    text: 'Ihre Rolle erlaubt diesen Bereich nicht. Wenn Sie ihn brauchen, wenden Sie sich an Ihre Administration.',
  },
  routeError: {
    title: 'Etwas ist schiefgegangen',
    text: 'Diese Seite konnte nicht angezeigt werden, vielleicht wurde Zeugnisdesk gerade aktualisiert. Bitte laden Sie die Seite neu.',
    reload: 'Seite neu laden',
  },
  errors: {
    invalidCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
    rateLimited:
      'Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
    sessionLost: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
    csrfFailed: 'Die Anfrage wurde aus Sicherheitsgründen abgelehnt. Bitte laden Sie die Seite neu.',
    invalidCode: 'Der Code ist falsch oder abgelaufen. Bitte prüfen Sie ihn und versuchen Sie es erneut.',
    challengeExpired: 'Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut an.',
    invalidLink: 'Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig.',
    passwordRejected: 'Dieses Passwort können wir nicht annehmen.',
    ssoOnly: 'Ihre Organisation meldet Sie über Microsoft an.',
    readOnly: 'Ihr Vertrag erlaubt derzeit nur das Lesen.',
    secondFactorEnrolmentRequired: 'Bitte richten Sie zuerst einen zweiten Faktor ein.',
    validation: 'Bitte prüfen Sie Ihre Eingaben.',
    notFound: 'Das Gesuchte gibt es nicht (mehr).',
    conflict: 'Das hat sich inzwischen geändert. Bitte laden Sie die Seite neu.',
    network:
      'Zeugnisdesk ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    server: 'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten erneut.',
    unknown: 'Das hat leider nicht geklappt. Bitte versuchen Sie es erneut.',
  },
};

export type Translation = typeof de;
