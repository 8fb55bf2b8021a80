// What a certificate must not mention unless the employee asks for it (domain guide §1.3). Word lists,
// not bare stems: "krank" must not hit "Krankenhaus", "Lohn" must not hit "Lohnbuchhaltung".
import type { RiskyPhrase } from './risky-phrases.types.js';

const hint = 'gehören nur auf ausdrücklichen Wunsch der beschäftigten Person ins Zeugnis.';

// Words that describe the work of care, medical and social occupations rather than the employee.
const careContext =
  /(?<!\p{L})(?:patient\p{L}*|bewohner\p{L}*|klient\p{L}*|pflege\p{L}*|therap\p{L}*|behandl\p{L}*|versorg\p{L}*|diagnos\p{L}*|menschen|kinder\p{L}*|senior\p{L}*|eingliederungsmanagement\p{L}*)(?!\p{L})/iu;

export const forbiddenMentions: readonly RiskyPhrase[] = [
  {
    code: 'mention.illness',
    pattern:
      /(?<!\p{L})(?:krankgeschrieben|krankgemeldet|krankheitsbedingt\p{L}*|krankheitshalber|krankheitstag\p{L}*|krankheitsausf\p{L}*|krankenstand\p{L}*|krankschreibung\p{L}*|krankmeldung\p{L}*|arbeitsunfähig\p{L}*|fehlzeit\p{L}*|fehltag\p{L}*|ausfallzeit\p{L}*|langzeiterkrank\p{L}*|reha-?aufenthalt\p{L}*|reha-?maßnahme\p{L}*|kuraufenthalt\p{L}*)(?!\p{L})/iu,
    message: `Der Text erwähnt offenbar Krankheit oder Fehlzeiten. Krankheiten und Fehlzeiten ${hint}`,
    severity: 'error',
  },
  {
    code: 'mention.illness',
    pattern:
      /(?<!\p{L})(?:krank|krankheit(?:en)?|erkrankt|erkrankung(?:en)?|reha|kur|wiedereingliederung)(?!\p{L})/iu,
    message: `Der Text erwähnt offenbar eine Krankheit. Krankheiten und Fehlzeiten ${hint}`,
    severity: 'error',
    unless: careContext,
  },
  {
    code: 'mention.works_council',
    pattern:
      /betriebsr[aä]t|personalr[aä]t|gewerkschaft|mitarbeitervertretung|schwerbehindertenvertretung|auszubildendenvertretung|streik/iu,
    message: `Der Text erwähnt Betriebsrat, Personalrat, Gewerkschaft oder Streik. Solche Tätigkeiten ${hint}`,
    severity: 'error',
    // HR work with the works council ("Anhörung des Betriebsrats") says nothing about membership.
    unless:
      /(?<!\p{L})(?:(?:beteiligung|anhörung|unterrichtung|information)\s+(?:des|der)|mit\s+(?:dem|den))\s+\p{L}*(?:betriebsr[aä]t|personalr[aä]t|mitarbeitervertretung)|(?:betriebs|dienst)vereinbarung|tarifverhandlung/iu,
  },
  {
    code: 'mention.pregnancy',
    pattern: /schwanger|mutterschutz|mutterschaft/iu,
    message: `Der Text erwähnt Schwangerschaft oder Mutterschutz. Diese Angaben ${hint}`,
    severity: 'error',
    unless:
      /(?<!\p{L})(?:betreuung|beratung|begleitung|patientin\p{L}*|hebamme\p{L}*|geburtshilf\p{L}*|kreißsaal\p{L}*|vorsorge\p{L}*|kurs\p{L}*|bearbeitung|abrechnung|fristen|anträge?n?)(?!\p{L})/iu,
  },
  {
    code: 'mention.disciplinary_warning',
    pattern: /(?<!\p{L})(?:abmahnung\p{L}*|abgemahnt\p{L}*|abmahnen|abzumahnen)(?!\p{L})/iu,
    message: 'Der Text erwähnt eine Abmahnung. Abmahnungen gehören nicht ins Zeugnis.',
    severity: 'error',
    unless:
      /(?:wettbewerbs|marken|urheber|arbeits)recht\p{L}*|(?<!\p{L})(?:mandant\p{L}*|kanzlei|bearbeitung|erstellung|vorbereitung)(?!\p{L})/iu,
  },
  {
    code: 'mention.salary',
    pattern:
      /(?<!\p{L})(?:gehalt|gehalts|gehaltes|lohn|lohns|lohnes|vergütung|brutto|netto|(?:brutto|netto|jahres|monats)gehalt\p{L}*|gehaltserhöhung\p{L}*|gehaltsvorstellung\p{L}*|(?:stunden|brutto|monats)lohn\p{L}*|lohnerhöhung\p{L}*|jahresbrutto)(?![\p{L}-])/iu,
    message: `Der Text erwähnt Gehalt oder Lohn. Angaben zur Vergütung ${hint}`,
    severity: 'error',
    unless:
      /abrechnung|buchhaltung|lohn-?\s+und\s+gehalt|(?<!\p{L})(?:bestimm\p{L}*|analys\p{L}*|labor\p{L}*)(?!\p{L})/iu,
  },
  {
    code: 'mention.dismissal_reason',
    pattern: /(?<!\p{L})(?:fristlos\p{L}*|verhaltensbedingt\p{L}*|personenbedingt\p{L}*)(?!\p{L})/iu,
    message:
      'Der Text nennt offenbar die Art oder den Grund einer Kündigung. Gründe einer verhaltens- oder ' +
      'personenbedingten Kündigung gehören nicht ins Zeugnis.',
    severity: 'error',
  },
  {
    code: 'mention.misconduct',
    pattern:
      /(?<!\p{L})(?:diebstahls?|diebstähle|entwendet\p{L}*|unterschlag\p{L}*|veruntreu\p{L}*)(?!\p{L})/iu,
    message:
      'Der Text erwähnt Diebstahl oder Unterschlagung. Ein Verdacht oder ein Vorfall dieser Art gehört ' +
      'nicht ins Zeugnis.',
    severity: 'error',
    unless:
      /(?<!\p{L})(?:prävention|aufklärung|detektiv\p{L}*|schadensf\p{L}*|versicherung\p{L}*|verhinderung|schutz)(?!\p{L})/iu,
  },
  {
    code: 'mention.alcohol',
    pattern:
      /(?<!\p{L})(?:alkohol|alkoholisiert\p{L}*|alkoholkrank\p{L}*|alkoholabhängig\p{L}*|alkoholproblem\p{L}*|alkoholsucht|alkoholkonsum|alkoholmissbrauch|alkoholeinfluss|betrunken\p{L}*|drogen|drogenkonsum|sucht)(?!\p{L})/iu,
    message: `Der Text erwähnt Alkohol, Drogen oder Sucht. Solche Angaben ${hint}`,
    severity: 'error',
    unless:
      /(?<!\p{L})(?:verkauf\p{L}*|ausschank|getränk\p{L}*|tabak\p{L}*|spirituosen|jugendschutz\p{L}*|sortiment\p{L}*|beratung|prävention|klient\p{L}*|patient\p{L}*)(?!\p{L})/iu,
  },
  {
    code: 'mention.religion',
    pattern:
      /(?<!\p{L})(?:religion|religionszugehörigkeit|religiös\p{L}*|konfession\p{L}*|kirchenmitglied\p{L}*|katholisch\p{L}*|evangelisch\p{L}*|muslim\p{L}*|islamisch\p{L}*|jüdisch\p{L}*|buddhist\p{L}*|atheist\p{L}*)(?!\p{L})/iu,
    message: `Der Text erwähnt die Religion oder Konfession. Diese Angabe ${hint}`,
    severity: 'error',
    unless:
      /unterricht|(?<!\p{L})(?:gemeinde\p{L}*|seelsorge\p{L}*|gottesdienst\p{L}*|kita|schule\p{L}*)(?!\p{L})|(?:evangelisch|katholisch|jüdisch|islamisch)\p{L}{0,3} \p{L}{0,20}(?:krankenhaus|klinik|kranken|alten|pflege|kinder|stiftung|akademie|hochschule|verband|zentrum|werk|träger|einrichtung|gemeinde|kirche|bank|schule)|diakonie|caritas/iu,
  },
  {
    code: 'mention.politics',
    pattern:
      /(?<!\p{L})(?:partei|parteimitglied\p{L}*|parteizugehörigkeit|parteipolitisch\p{L}*|politische[nr]?\s+(?:einstellung|gesinnung|überzeugung|haltung|betätigung)(?:en)?)(?!\p{L})/iu,
    message: `Der Text erwähnt eine Partei oder die politische Haltung. Diese Angaben ${hint}`,
    severity: 'error',
    unless:
      /(?<!\p{L})(?:gericht\p{L}*|verfahren\p{L}*|vertrag\p{L}*|mandant\p{L}*|prozess\p{L}*|kläger\p{L}*|beklagt\p{L}*|schriftsatz\p{L}*)(?!\p{L})/iu,
  },
  {
    code: 'mention.family_status',
    pattern:
      /(?<!\p{L})(?:familienstand|verheiratet|ledig|geschieden|verwitwet|alleinerziehend\p{L}*|ehefrau|ehemann|ehepartner\p{L}*|scheidung|heirat)(?!\p{L})/iu,
    message: `Der Text erwähnt den Familienstand. Diese Angabe ${hint}`,
    severity: 'error',
  },
];
