// Wordings with a known risky reading (domain guide §2.2 C and the general mechanics of §2.2): not
// forbidden as such, but a reader may take them as a hidden code (§109(2) GewO). Messages are hedged.
import type { RiskyPhrase } from './risky-phrases.types.js';

const rephrase = 'Bitte prüfen Sie, ob eine andere Formulierung gemeint ist.';

export const riskyReadings: readonly RiskyPhrase[] = [
  {
    code: 'wording.sociable',
    pattern: /(?<!\p{L})gesellig\p{L}*/iu,
    message: `„Gesellig“ kann als Hinweis auf Alkoholkonsum gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.workplace_climate',
    pattern:
      /(?<!\p{L})(?:zur\s+(?:Verbesserung|Förderung)\s+des\s+Betriebsklimas|zu(?:m|\s+einem)\s+\p{L}*\s*Betriebsklima)(?!\p{L})/iu,
    message: `Der Beitrag zum Betriebsklima kann als Hinweis auf Alkoholkonsum bei Feiern gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.attendance',
    pattern: /(?<!\p{L})(?:im\s+Rahmen|während|in)\s+(?:seiner|ihrer|der|deren)\s+Anwesenheit(?!\p{L})/iu,
    message: `Die Betonung der Anwesenheit kann als Hinweis auf häufige Fehlzeiten gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.understanding_towards_female_colleagues',
    pattern:
      /(?<!\p{L})(?:verständnisvoll\p{L}*|Verständnis)\s+(?:gegenüber|für)\s+\p{L}*\s*(?:Kolleginnen|Mitarbeiterinnen)(?!\p{L})(?!\s+und\s+(?:Kollegen|Mitarbeiter))/iu,
    message: `Verständnis ausdrücklich gegenüber Kolleginnen kann als Hinweis auf Belästigung gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.staff_interests',
    pattern:
      /(?<!\p{L})(?:Belange|Interessen)\s+(?:der|seiner|ihrer|aller)\s+\p{L}*\s*(?:Belegschaft|Beschäftigten|Mitarbeite\p{L}*|Kolleg\p{L}*|Arbeitnehmer\p{L}*)/iu,
    message: `Der Einsatz für die Belange der Belegschaft kann als Hinweis auf Betriebsrats- oder Gewerkschaftsarbeit gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.direct_communication',
    pattern:
      /(?<!\p{L})direkt\p{L}*\s+(?:Kommunikation\p{L}*|Art|Ton|Umgangston|Auftreten)(?!\p{L})(?!\s+mit(?!\p{L}))/iu,
    message: `„Direkte Kommunikation“ kann als Hinweis auf einen rauen oder unhöflichen Umgangston gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.known_for_views',
    pattern:
      /(?<!\p{L})(?:für\s+(?:seine|ihre|die\s+eigenen|eigene)\s+\p{L}*\s*(?:Ansichten|Meinungen?|Standpunkte?|Überzeugungen)\s+bekannt|bekannt\s+für\s+(?:seine|ihre|die\s+eigenen|eigene)\s+\p{L}*\s*(?:Ansichten|Meinungen?|Standpunkte?|Überzeugungen))(?!\p{L})/iu,
    message: `„Für seine Ansichten bekannt“ kann als Hinweis auf Rechthaberei oder Konflikte gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.more_success',
    pattern: /(?<!\p{L})mehr\s+(?:Erfolg|Glück)(?!\p{L})/iu,
    message: `„Mehr Erfolg“ kann so gelesen werden, als sei die Person bisher nicht erfolgreich gewesen. Üblich ist „weiterhin viel Erfolg“.`,
    severity: 'warning',
  },
  {
    code: 'wording.health_wish',
    pattern:
      /(?<!\p{L})(?:wünsch\p{L}*|alles\s+Gute)[^.!?]{0,80}?(?<!\p{L})(?:Gesundheit|gesund\p{L}*|Genesung|Besserung)(?!\p{L})|(?<!\p{L})(?:Gesundheit|Genesung|Besserung)[^.!?]{0,60}?(?<!\p{L})(?:wünsch\p{L}*|alles\s+Gute)(?!\p{L})/iu,
    message: `Ein Gesundheitswunsch außerhalb des Ruhestands kann als Hinweis auf eine Krankheit gelesen werden. ${rephrase}`,
    severity: 'warning',
    allowedOnRetirement: true,
  },
  {
    code: 'wording.effort',
    pattern: /(?<!\p{L})(?:bemüht|bemühte|bemühten|bemühen|bemühungen|versuchte|versuchten)(?!\p{L})/iu,
    message: `„Bemüht“ kann als Hinweis auf Anstrengung ohne Erfolg gelesen werden (in der Zeugnissprache Note 5 bis 6). ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.double_negative',
    pattern: /(?<!\p{L})(?:nicht|nie|niemals|keineswegs|keinesfalls|kaum)\s+un(?!ter|ser)\p{L}{3,}/iu,
    message: `Doppelte Verneinungen wie „nicht unzuverlässig“ schwächen die Aussage und können als verdeckte Kritik gelesen werden. ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.no_complaints',
    pattern:
      /(?<!\p{L})(?:(?:kein(?:e|er|en)?|keinerlei|ohne)\s+\p{L}*\s*(?:Beanstandung(?:en)?|Klagen?|Tadel|Beschwerden?|Anlass\s+zur?\s+(?:Klage|Beanstandung|Kritik))|nichts\s+Nachteiliges)(?!\p{L})/iu,
    message: `Die Betonung, dass es keine Beanstandungen gab, kann als verdeckte Kritik gelesen werden (Notenstufe 4 oder schlechter). ${rephrase}`,
    severity: 'warning',
  },
  {
    code: 'wording.honest',
    pattern: /(?<!\p{L})(?:ehrlich(?:e|em|en|er|es)?|Ehrlichkeit)(?!\p{L})/iu,
    message:
      '„Ehrlich“ ohne weiteren Zusammenhang kann als Hinweis auf einen Diebstahlverdacht gelesen werden. ' +
      'Üblich ist es, Ehrlichkeit zusammen mit weiteren Eigenschaften (etwa Zuverlässigkeit) zu nennen.',
    severity: 'warning',
    unless: /(?<!\p{L})(?:zuverlässig|loyal|integer|vertrauenswürdig|verantwortungsbewusst)\p{L}*/iu,
  },
];
