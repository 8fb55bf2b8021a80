import { describe, expect, it } from 'vitest';
import { jobProfiles } from '../text/job-profiles/job-profiles.js';
import { findRiskyPhrases, riskyPhrases } from './risky-phrases.js';

const codesIn = (text: string, options?: { isRetirement?: boolean }) =>
  findRiskyPhrases(text, options).map((match) => match.phrase.code);

// Each entry: text → the code it must produce.
const intended: [string, string][] = [
  ['Er fehlte häufig krankheitsbedingt.', 'mention.illness'],
  ['Nach längerer Krankheit kehrte sie zurück.', 'mention.illness'],
  ['Trotz Arbeitsunfähigkeit im Frühjahr', 'mention.illness'],
  ['Seine Fehlzeiten waren gering.', 'mention.illness'],
  ['Nach ihrer Reha arbeitete sie wieder voll.', 'mention.illness'],
  ['Nach einer Kur im Sommer', 'mention.illness'],
  ['Mitglied des Betriebsrats', 'mention.works_council'],
  ['engagierte sich in der Gewerkschaft', 'mention.works_council'],
  ['Vorsitzende des Personalrats', 'mention.works_council'],
  ['Während ihrer Schwangerschaft übernahm sie Innendienstaufgaben.', 'mention.pregnancy'],
  ['Nach dem Mutterschutz', 'mention.pregnancy'],
  ['Nach einer Abmahnung besserte sich sein Verhalten.', 'mention.disciplinary_warning'],
  ['wurde einmal abgemahnt', 'mention.disciplinary_warning'],
  ['Ihr Gehalt wurde zweimal erhöht.', 'mention.salary'],
  ['bei einem Bruttogehalt von 4.000 Euro', 'mention.salary'],
  ['Die Vergütung erfolgte nach Tarif.', 'mention.salary'],
  ['Das Arbeitsverhältnis endete fristlos.', 'mention.dismissal_reason'],
  ['verhaltensbedingte Kündigung', 'mention.dismissal_reason'],
  ['Wegen eines Diebstahls', 'mention.misconduct'],
  ['Probleme mit Alkohol', 'mention.alcohol'],
  ['erschien alkoholisiert zur Arbeit', 'mention.alcohol'],
  ['Ihre Religion spielte keine Rolle.', 'mention.religion'],
  ['als gläubige Katholikin und katholisch erzogen', 'mention.religion'],
  ['Mitglied einer Partei', 'mention.politics'],
  ['Sie ist verheiratet und hat zwei Kinder.', 'mention.family_status'],
  ['Sie war stets gesellig.', 'wording.sociable'],
  ['Er trug zur Verbesserung des Betriebsklimas bei.', 'wording.workplace_climate'],
  ['Sie trug stets zu einem guten Betriebsklima bei.', 'wording.workplace_climate'],
  ['Im Rahmen seiner Anwesenheit erledigte er alle Aufgaben.', 'wording.attendance'],
  [
    'Er zeigte sich verständnisvoll gegenüber Kolleginnen.',
    'wording.understanding_towards_female_colleagues',
  ],
  ['Er setzte sich für die Belange der Belegschaft ein.', 'wording.staff_interests'],
  ['Sie pflegte eine direkte Kommunikation.', 'wording.direct_communication'],
  ['Er war für seine eigenen Ansichten bekannt.', 'wording.known_for_views'],
  ['Wir wünschen ihm für die Zukunft mehr Erfolg.', 'wording.more_success'],
  ['Wir wünschen ihr alles Gute und vor allem Gesundheit.', 'wording.health_wish'],
  ['Er war stets bemüht, die Aufgaben zu erledigen.', 'wording.effort'],
  ['Sie war nicht unzuverlässig.', 'wording.double_negative'],
  ['Er arbeitete keineswegs ungenau.', 'wording.double_negative'],
  ['Ihr Verhalten gab zu keinerlei Beanstandungen Anlass.', 'wording.no_complaints'],
  ['Uns ist nichts Nachteiliges bekannt geworden.', 'wording.no_complaints'],
  ['Er war ehrlich.', 'wording.honest'],
];

// Harmless texts from real certificates that must not match anything.
const harmless = [
  'Städtische Gesellschaft für Wohnungsbau',
  'Betreuung von Patienten im Krankenhaus',
  'Pflege von Patienten mit chronischen Erkrankungen',
  'Versorgung pflegebedürftiger Menschen mit Demenz und anderen Krankheiten',
  'Gesundheits- und Krankenpflegerin',
  'Abrechnung mit Krankenkassen und Krankenversicherungen',
  'Erstellung der Lohn- und Gehaltsabrechnungen',
  'Lohnbuchhaltung und Gehaltsabrechnung',
  'Ausschank alkoholischer Getränke',
  'Verkauf von Alkohol und Tabak unter Beachtung des Jugendschutzes',
  'Arbeitsschutz und Gesundheit am Arbeitsplatz',
  'Kurier- und Expressdienste, Kursplanung, Kurven',
  'Die Umsatzsteigerung lag nicht unter zehn Prozent.',
  'Ihre Leistungen entsprachen nicht unseren Erwartungen an den Standort.',
  'Sie war ehrlich, zuverlässig und loyal.',
  'lediglich in Teilzeit',
  'Direkte Kommunikation mit Lieferanten und Spediteuren',
  'Bearbeitung von Beschwerden und Reklamationen',
  'Erteilung von evangelischem Religionsunterricht',
  'Vertretung der Parteien vor Gericht',
  'Betreuung von Schwangeren in der Geburtshilfe',
  'Bestimmung des Gehalts an Wirkstoffen im Labor',
  'Ansprechpartnerin für Anliegen der Mitarbeitenden',
  'Es ist ihr Verdienst, dass die Prozesse heute digital laufen.',
  'Verbesserung der Abläufe; wir wünschen ihr weiterhin viel Erfolg',
];

describe('the risky-phrase table', () => {
  it.each(intended)('flags %j as %s', (text, code) => {
    expect(codesIn(text)).toContain(code);
  });

  it.each(harmless)('does not flag the harmless %j', (text) => {
    expect(codesIn(text)).toEqual([]);
  });

  it('lets a health wish stand in a retirement certificate', () => {
    const wish = 'Für den Ruhestand wünschen wir ihm vor allem Gesundheit.';
    expect(codesIn(wish, { isRetirement: true })).toEqual([]);
    expect(codesIn(wish)).toEqual(['wording.health_wish']);
  });

  it('does not flag the activities and qualifications of any shipped job profile', () => {
    const texts = jobProfiles.flatMap((profile) => [...profile.activities, ...profile.qualifications]);
    expect(texts.filter((text) => codesIn(text).length > 0)).toEqual([]);
  });

  it('matches whole words next to umlauts and ß, where \\b would fail', () => {
    expect(codesIn('Große Gehaltserhöhung')).toEqual(['mention.salary']);
    expect(codesIn('Schwangerschaftsvertretung')).toEqual(['mention.pregnancy']);
    expect(codesIn('Zeitkrank')).toEqual([]);
  });

  it('has well-formed entries: whole-word unicode patterns without state, hedged German messages', () => {
    for (const phrase of riskyPhrases) {
      expect(phrase.code).toMatch(/^(?:mention|wording)\.[a-z_]+$/);
      expect(phrase.pattern.flags).toContain('u');
      expect(phrase.pattern.flags).not.toContain('g');
      expect(phrase.severity).toBe(phrase.code.startsWith('mention.') ? 'error' : 'warning');
      if (phrase.severity === 'warning') expect(phrase.message).toMatch(/(?:kann|können) .*gelesen werden/);
    }
  });
});
