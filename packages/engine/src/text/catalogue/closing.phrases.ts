// Closing paragraph phrases (domain guide §2.2 D–F): exit sentence, regret, thanks and wishes of final
// and apprenticeship certificates; occasion, thanks and continuation of interim certificates.
//
// Grade signals of the Schlussformel: grade 1 strongly intensified (außerordentlich, zutiefst, herzlich,
// hervorragend, alles erdenklich Gute, beruflich wie privat, weiterhin viel Erfolg); grade 2 "sehr",
// "stets sehr gut", "wertvoll", "weiterhin viel Erfolg"; grade 3 plain "gut", "alles Gute und viel
// Erfolg"; grade 4 "Mitarbeit", "für die Zukunft alles Gute"; grade 5 minimal and cool. Health wishes
// appear only in the retirement wishes; "auf eigenen Wunsch" only in the resignation exit sentence.
//
// Exit sentences carry the tense through lexicon verbs (present on or before the end date, past after
// it). Every other sentence is spoken by the employer in the present and is worded so that it stays
// true whether the certificate is issued before or after the end date.
import type { ClosingCatalogue } from './catalogue.types.js';

export const closingPhrases: ClosingCatalogue = {
  exit: {
    employee_resignation: [
      '{Er} <verlassen> uns auf eigenen Wunsch mit Ablauf des {endDate}.',
      '{Er} <scheiden> am {endDate} auf eigenen Wunsch aus unserem Unternehmen aus.',
      '{Er} <verlassen> unser Unternehmen am {endDate} auf eigenen Wunsch, um sich einer neuen beruflichen Herausforderung zu stellen.',
      'Das Arbeitsverhältnis <enden> mit Ablauf des {endDate} auf Wunsch von {Name:dat}.',
    ],
    employer_operational: [
      'Das Arbeitsverhältnis <enden> am {endDate} aus betriebsbedingten Gründen.',
      'Aufgrund einer Umstrukturierung <enden> das Arbeitsverhältnis mit {Name:dat} mit Ablauf des {endDate}.',
      '{Er} <scheiden> am {endDate} aus betrieblichen Gründen aus unserem Unternehmen aus.',
      'Infolge einer betrieblichen Neuorganisation <enden> das Arbeitsverhältnis zum {endDate}.',
    ],
    employer_other: [
      'Das Arbeitsverhältnis <enden> am {endDate}.',
      'Das Arbeitsverhältnis mit {Name:dat} <enden> mit Ablauf des {endDate}.',
      'Das Arbeitsverhältnis <enden> zum {endDate}.',
    ],
    mutual_agreement: [
      'Das Arbeitsverhältnis <enden> am {endDate} im gegenseitigen Einvernehmen.',
      '{Er} <scheiden> im gegenseitigen Einvernehmen mit Ablauf des {endDate} aus unserem Unternehmen aus.',
      'Das Arbeitsverhältnis mit {Name:dat} <enden> im beiderseitigen Einvernehmen zum {endDate}.',
    ],
    fixed_term: [
      'Das Arbeitsverhältnis <enden> mit Ablauf der vereinbarten Befristung am {endDate}.',
      'Das befristete Arbeitsverhältnis mit {Name:dat} <enden> planmäßig am {endDate}.',
      'Mit Ablauf der vertraglich vereinbarten Befristung <enden> das Arbeitsverhältnis zum {endDate}.',
    ],
    retirement: [
      '{Er} <treten> mit Ablauf des {endDate} in den wohlverdienten Ruhestand.',
      'Am {endDate} <enden> das Arbeitsverhältnis, da {er} in den wohlverdienten Ruhestand <treten>.',
      '{Er} <scheiden> mit Ablauf des {endDate} aus unserem Unternehmen aus und <treten> in den Ruhestand.',
    ],
    none: [
      'Das Arbeitsverhältnis mit {Name:dat} <enden> am {endDate}.',
      '{Er} <scheiden> mit Ablauf des {endDate} aus unserem Unternehmen aus.',
      'Das Arbeitsverhältnis <enden> mit Ablauf des {endDate}.',
    ],
    apprenticeship_completed: [
      '{Er} <haben> die Abschlussprüfung im Ausbildungsberuf {occupation} erfolgreich bestanden und <verlassen> unser Unternehmen mit Ablauf des {endDate}.',
      'Das Ausbildungsverhältnis <enden> am {endDate} mit der erfolgreich bestandenen Abschlussprüfung; {er} <verlassen> damit unser Unternehmen.',
      'Nach erfolgreich bestandener Abschlussprüfung im Ausbildungsberuf {occupation} <scheiden> {Name} am {endDate} aus unserem Unternehmen aus.',
    ],
    apprenticeship_taken_over: [
      'Im Anschluss an die Ausbildung, die am {endDate} mit der erfolgreich bestandenen Abschlussprüfung <enden>, <übernehmen:pl> wir {ihn} gern als {occupation} in ein Arbeitsverhältnis.',
      'Das Ausbildungsverhältnis <enden> am {endDate} mit der erfolgreich bestandenen Abschlussprüfung; wir <übernehmen:pl> {ihn} gern in ein Arbeitsverhältnis als {occupation}.',
      'Nach erfolgreich bestandener Abschlussprüfung <enden> das Ausbildungsverhältnis mit Ablauf des {endDate}; im Anschluss <übernehmen:pl> wir {Name:acc} gern als {occupation} in ein Arbeitsverhältnis.',
    ],
    apprenticeship_none: [
      'Das Ausbildungsverhältnis <enden> am {endDate}.',
      'Das Ausbildungsverhältnis mit {Name:dat} <enden> mit Ablauf des {endDate}.',
    ],
  },

  // Used when the certificate states the exam result itself, so the exit does not repeat it.
  exitAfterExam: {
    apprenticeship_completed: [
      'Mit dem Ende der Ausbildung am {endDate} <verlassen> {er} unser Unternehmen.',
      'Mit Ablauf des {endDate} <scheiden> {er} nach Abschluss der Ausbildung aus unserem Unternehmen aus.',
    ],
    apprenticeship_taken_over: [
      'Im Anschluss an die Ausbildung, die am {endDate} <enden>, <übernehmen:pl> wir {ihn} gern als {occupation} in ein Arbeitsverhältnis.',
      'Nach dem Ende der Ausbildung am {endDate} <übernehmen:pl> wir {ihn} gern in ein Arbeitsverhältnis als {occupation}.',
    ],
  },

  regret: {
    departure: {
      1: [
        'Wir bedauern {sein.n} Ausscheiden außerordentlich.',
        '{Sein.n} Ausscheiden bedauern wir zutiefst, denn mit {ihm} verlieren wir [g:einen hoch geschätzten Mitarbeiter|eine hoch geschätzte Mitarbeiterin|eine hoch geschätzte Fachkraft].',
        'Wir bedauern es außerordentlich, [g:einen so hervorragenden Mitarbeiter|eine so hervorragende Mitarbeiterin|eine so hervorragende Fachkraft] zu verlieren.',
      ],
      2: [
        'Wir bedauern {sein.n} Ausscheiden sehr.',
        '{Sein.n} Ausscheiden bedauern wir sehr.',
        'Wir bedauern es sehr, [g:einen geschätzten Mitarbeiter|eine geschätzte Mitarbeiterin|eine geschätzte Fachkraft] zu verlieren.',
      ],
      3: [
        'Wir bedauern {sein.n} Ausscheiden.',
        '{Sein.n} Ausscheiden bedauern wir.',
        'Wir bedauern es, {ihn} als [g:Mitarbeiter|Mitarbeiterin|Teammitglied] zu verlieren.',
      ],
      4: [
        'Wir nehmen {sein.n} Ausscheiden mit Bedauern zur Kenntnis.',
        'Wir bedauern {sein.n} Ausscheiden aus unserem Unternehmen.',
        '{Sein.n} Ausscheiden aus unserem Haus bedauern wir.',
      ],
      5: ['{Sein.n} Ausscheiden nehmen wir mit Bedauern zur Kenntnis.', 'Wir bedauern {seinen} Weggang.'],
    },
    operational: {
      1: [
        'Wir bedauern außerordentlich, dass wir uns aus betrieblichen Gründen von {ihm} trennen müssen.',
        'Die betriebsbedingte Trennung von [g:einem so hervorragenden Mitarbeiter|einer so hervorragenden Mitarbeiterin|einer so hervorragenden Fachkraft] bedauern wir zutiefst.',
        'Dass wir {ihn} aus betrieblichen Gründen nicht weiterbeschäftigen können, bedauern wir außerordentlich.',
      ],
      2: [
        'Wir bedauern sehr, dass wir uns aus betrieblichen Gründen von {ihm} trennen müssen.',
        'Die betriebsbedingte Trennung von {ihm} bedauern wir sehr.',
        'Wir bedauern sehr, dass eine Weiterbeschäftigung aus betrieblichen Gründen nicht möglich ist.',
      ],
      3: [
        'Wir bedauern, dass wir uns aus betrieblichen Gründen von {ihm} trennen müssen.',
        'Wir bedauern, dass wir {ihn} aus betrieblichen Gründen nicht weiterbeschäftigen können.',
        'Die betriebsbedingte Trennung von {ihm} bedauern wir.',
      ],
      4: [
        'Wir bedauern die betriebsbedingte Trennung.',
        'Die Trennung aus betrieblichen Gründen bedauern wir.',
        'Eine Weiterbeschäftigung ist aus betrieblichen Gründen leider nicht möglich.',
      ],
      5: [
        'Wir bedauern die betriebsbedingte Beendigung des Arbeitsverhältnisses.',
        'Die betriebsbedingte Beendigung des Arbeitsverhältnisses ist leider unvermeidlich.',
      ],
    },
    fixedTerm: {
      1: [
        'Wir bedauern außerordentlich, dass wir {ihm} keine Weiterbeschäftigung anbieten können.',
        'Dass eine Weiterbeschäftigung über die Befristung hinaus nicht möglich ist, bedauern wir zutiefst.',
        'Wir bedauern zutiefst, [g:einen so hervorragenden Mitarbeiter|eine so hervorragende Mitarbeiterin|eine so hervorragende Fachkraft] nach Ablauf der Befristung nicht weiterbeschäftigen zu können.',
      ],
      2: [
        'Wir bedauern sehr, dass eine Weiterbeschäftigung über die vereinbarte Befristung hinaus nicht möglich ist.',
        'Wir hätten {ihn} sehr gern weiterbeschäftigt und bedauern, dass dies nicht möglich ist.',
        'Wir bedauern sehr, {ihm} nach Ablauf der Befristung keine weitere Stelle anbieten zu können.',
      ],
      3: [
        'Wir bedauern, dass wir {ihm} keine Weiterbeschäftigung anbieten können.',
        'Wir bedauern, dass eine Weiterbeschäftigung nach Ablauf der Befristung nicht möglich ist.',
        'Leider können wir {ihm} über die Befristung hinaus keine Stelle anbieten.',
      ],
      4: [
        'Eine Weiterbeschäftigung ist leider nicht möglich.',
        'Wir bedauern, keine Anschlussbeschäftigung anbieten zu können.',
        'Leider ist eine Verlängerung des Arbeitsverhältnisses nicht möglich.',
      ],
      5: [
        'Wir bedauern, dass eine Weiterbeschäftigung nicht möglich ist.',
        'Eine Anschlussbeschäftigung können wir leider nicht anbieten.',
      ],
    },
    retirement: {
      1: [
        'Wir gönnen {ihm} den Ruhestand von Herzen, bedauern {sein.n} Ausscheiden jedoch außerordentlich.',
        'Mit {ihm} verabschieden wir [g:einen außerordentlich geschätzten Kollegen|eine außerordentlich geschätzte Kollegin|eine außerordentlich geschätzte Persönlichkeit] in den Ruhestand; {sein.n} Ausscheiden bedauern wir zutiefst.',
        'Wir bedauern zutiefst, [g:einen so hervorragenden Mitarbeiter|eine so hervorragende Mitarbeiterin|eine so hervorragende Fachkraft] in den Ruhestand verabschieden zu müssen.',
      ],
      2: [
        'Wir bedauern {sein.n} Ausscheiden sehr, gönnen {ihm} aber den neuen Lebensabschnitt.',
        'Wir lassen {ihn} nur sehr ungern in den Ruhestand gehen.',
        'Mit {ihm} verabschieden wir [g:einen sehr geschätzten Kollegen|eine sehr geschätzte Kollegin|ein sehr geschätztes Teammitglied] in den Ruhestand, was wir sehr bedauern.',
      ],
      3: [
        'Wir bedauern {sein.n} Ausscheiden, gönnen {ihm} aber den Ruhestand.',
        'Wir lassen {ihn} ungern in den Ruhestand gehen.',
        'Mit {ihm} verabschieden wir [g:einen geschätzten Kollegen|eine geschätzte Kollegin|ein geschätztes Teammitglied] in den Ruhestand, was wir bedauern.',
      ],
      4: [
        'Mit Bedauern verabschieden wir {ihn} in den Ruhestand.',
        '{Sein.n} Ausscheiden in den Ruhestand bedauern wir.',
        'Wir bedauern, {ihn} in den Ruhestand zu verabschieden.',
      ],
      5: ['Wir bedauern {seinen} Abschied.', 'Wir verabschieden {ihn} mit Bedauern.'],
    },
    apprenticeship: {
      1: [
        'Wir bedauern außerordentlich, dass wir {ihm} keine Anstellung als {occupation} anbieten können.',
        'Dass wir {ihn} nach der Ausbildung nicht in ein Arbeitsverhältnis übernehmen können, bedauern wir zutiefst.',
        'Wir bedauern es außerordentlich, [g:einen so hervorragenden Nachwuchsmitarbeiter|eine so hervorragende Nachwuchsmitarbeiterin|eine so hervorragende Nachwuchskraft] nicht übernehmen zu können.',
      ],
      2: [
        'Wir bedauern sehr, dass wir {ihn} nach der Ausbildung nicht übernehmen können.',
        'Wir bedauern sehr, {ihm} keine Stelle als {occupation} in unserem Unternehmen anbieten zu können.',
        'Eine Übernahme in ein Arbeitsverhältnis ist uns leider nicht möglich, was wir sehr bedauern.',
      ],
      3: [
        'Wir bedauern, {ihn} nach der Ausbildung nicht übernehmen zu können.',
        'Wir bedauern, dass eine Übernahme in ein Arbeitsverhältnis nicht möglich ist.',
        'Leider können wir {ihm} keine Anstellung als {occupation} anbieten.',
      ],
      4: [
        'Eine Übernahme nach der Ausbildung ist leider nicht möglich.',
        'Wir bedauern, keine Übernahme anbieten zu können.',
        'Leider können wir {ihm} im Anschluss an die Ausbildung keine Stelle anbieten.',
      ],
      5: ['Eine Übernahme ist leider nicht möglich.', 'Wir bedauern, dass keine Übernahme möglich ist.'],
    },
  },

  thanks: {
    1: [
      'Wir danken {ihm} herzlich für {seine} stets hervorragenden Leistungen.',
      'Für {seinen} außerordentlichen Einsatz und die stets ausgezeichnete Zusammenarbeit danken wir {ihm} herzlich.',
      'Wir danken {ihm} herzlich für die stets hervorragende und überaus wertvolle Mitarbeit.',
      'Für die stets hervorragenden Leistungen sprechen wir {ihm} unseren herzlichen Dank aus.',
    ],
    2: [
      'Wir danken {ihm} für {seine} stets sehr guten Leistungen.',
      'Für {seine} wertvolle Mitarbeit und die stets sehr gute Zusammenarbeit danken wir {ihm}.',
      'Wir danken {ihm} für die wertvolle Mitarbeit und die jederzeit sehr guten Leistungen.',
    ],
    3: [
      'Wir danken {ihm} für die gute Zusammenarbeit.',
      'Für {seine} Mitarbeit und die gute Zusammenarbeit danken wir {ihm}.',
      'Wir danken {ihm} für {seine} Mitarbeit in unserem Unternehmen.',
    ],
    4: [
      'Wir danken {ihm} für {seine} Mitarbeit.',
      'Wir danken {ihm} für die Zusammenarbeit.',
      'Für {seine} Mitarbeit bedanken wir uns.',
    ],
    5: ['Wir danken {ihm} für {seine} Tätigkeit.', 'Für die geleistete Arbeit danken wir {ihm}.'],
  },

  wishes: {
    career: {
      1: [
        'Wir wünschen {ihm} für die berufliche und private Zukunft alles erdenklich Gute und weiterhin viel Erfolg.',
        'Für {seinen} weiteren beruflichen und privaten Lebensweg wünschen wir {ihm} alles erdenklich Gute und weiterhin viel Erfolg.',
        'Beruflich wie privat wünschen wir {ihm} alles erdenklich Gute und weiterhin viel Erfolg.',
        'Unsere besten Wünsche begleiten {ihn}: Wir wünschen {ihm} beruflich wie persönlich alles erdenklich Gute und für die kommenden Aufgaben weiterhin viel Erfolg.',
      ],
      2: [
        'Wir wünschen {ihm} für die Zukunft alles Gute und weiterhin viel Erfolg.',
        'Für {seinen} weiteren Berufsweg wünschen wir {ihm} alles Gute und weiterhin viel Erfolg.',
        'Wir wünschen {ihm} auf {seinem} weiteren beruflichen Weg alles Gute und weiterhin viel Erfolg.',
      ],
      3: [
        'Wir wünschen {ihm} alles Gute und viel Erfolg.',
        'Für die Zukunft wünschen wir {ihm} alles Gute und viel Erfolg.',
        'Wir wünschen {ihm} für {seinen} weiteren Berufsweg alles Gute und viel Erfolg.',
      ],
      4: [
        'Wir wünschen {ihm} für die Zukunft alles Gute.',
        'Für den weiteren Berufsweg wünschen wir {ihm} alles Gute.',
        'Wir wünschen {ihm} für die berufliche Zukunft alles Gute.',
      ],
      5: ['Wir wünschen {ihm} alles Gute.', 'Wir wünschen {ihm} für den weiteren Weg alles Gute.'],
    },
    retirement: {
      1: [
        'Für den Ruhestand wünschen wir {ihm} alles erdenklich Gute, vor allem beste Gesundheit, Zufriedenheit und viel Freude.',
        'Wir wünschen {ihm} für den neuen Lebensabschnitt von Herzen alles erdenklich Gute, beste Gesundheit und viele erfüllte Jahre.',
        'Unsere herzlichsten Wünsche für Gesundheit, Glück und Zufriedenheit begleiten {ihn} in den Ruhestand.',
      ],
      2: [
        'Für den Ruhestand wünschen wir {ihm} alles Gute, vor allem Gesundheit und viel Freude.',
        'Wir wünschen {ihm} für den neuen Lebensabschnitt alles Gute, Gesundheit und viel Zufriedenheit.',
        'Für die Jahre im Ruhestand wünschen wir {ihm} Gesundheit, Glück und alles Gute.',
      ],
      3: [
        'Wir wünschen {ihm} für den Ruhestand alles Gute und Gesundheit.',
        'Für den neuen Lebensabschnitt wünschen wir {ihm} alles Gute, vor allem Gesundheit.',
        'Wir wünschen {ihm} für den Ruhestand Gesundheit und alles Gute.',
      ],
      4: [
        'Wir wünschen {ihm} für den Ruhestand alles Gute.',
        'Für den Ruhestand wünschen wir {ihm} alles Gute.',
        'Wir wünschen {ihm} für den neuen Lebensabschnitt alles Gute.',
      ],
      5: [
        'Wir wünschen {ihm} für die Zeit des Ruhestands alles Gute.',
        'Für die Zeit im Ruhestand wünschen wir {ihm} alles Gute.',
      ],
    },
    apprenticeship: {
      1: [
        'Für den Start in das Berufsleben als {occupation} wünschen wir {ihm} beruflich wie privat alles erdenklich Gute und weiterhin viel Erfolg.',
        'Wir wünschen {ihm} für die berufliche Zukunft nach der Ausbildung sowie für den privaten Lebensweg alles erdenklich Gute und weiterhin viel Erfolg.',
        'Beruflich wie privat wünschen wir {ihm} für die Zeit nach der Ausbildung alles erdenklich Gute und für den Berufsweg weiterhin viel Erfolg.',
      ],
      2: [
        'Für den Berufseinstieg als {occupation} wünschen wir {ihm} alles Gute und weiterhin viel Erfolg.',
        'Wir wünschen {ihm} für die ersten Berufsjahre alles Gute und weiterhin viel Erfolg.',
        'Für den beruflichen Weg nach der Ausbildung wünschen wir {ihm} alles Gute und weiterhin viel Erfolg.',
      ],
      3: [
        'Wir wünschen {ihm} für den Berufseinstieg alles Gute und viel Erfolg.',
        'Für die berufliche Zukunft als {occupation} wünschen wir {ihm} alles Gute und viel Erfolg.',
        'Wir wünschen {ihm} für den Weg nach der Ausbildung alles Gute und viel Erfolg.',
      ],
      4: [
        'Wir wünschen {ihm} für die berufliche Zukunft nach der Ausbildung alles Gute.',
        'Für den Berufseinstieg wünschen wir {ihm} alles Gute.',
        'Wir wünschen {ihm} für den weiteren Berufsweg als {occupation} alles Gute.',
      ],
      5: [
        'Wir wünschen {ihm} nach der Ausbildung alles Gute.',
        'Für die Zeit nach der Ausbildung wünschen wir {ihm} alles Gute.',
      ],
    },
    apprenticeshipTakenOver: {
      1: [
        'Wir freuen uns außerordentlich auf die weitere Zusammenarbeit und wünschen {ihm} für die neue Aufgabe als {occupation} alles erdenklich Gute und weiterhin viel Erfolg.',
        'Wir sind froh, {ihn} auch künftig in unserem Team zu wissen, freuen uns ganz besonders auf die weitere ausgezeichnete Zusammenarbeit und wünschen {ihm} für die neuen Aufgaben weiterhin viel Erfolg.',
        'Auf die Fortsetzung der hervorragenden Zusammenarbeit freuen wir uns außerordentlich; für den Start als {occupation} wünschen wir {ihm} alles erdenklich Gute und weiterhin viel Erfolg.',
      ],
      2: [
        'Wir freuen uns sehr auf die weitere Zusammenarbeit und wünschen {ihm} für die neuen Aufgaben weiterhin viel Erfolg.',
        'Wir freuen uns sehr, {ihn} als {occupation} in unserem Team zu behalten, und wünschen {ihm} weiterhin viel Erfolg.',
        'Auf die weitere sehr gute Zusammenarbeit freuen wir uns und wünschen {ihm} für den Start als {occupation} weiterhin viel Erfolg.',
      ],
      3: [
        'Wir freuen uns auf die weitere Zusammenarbeit und wünschen {ihm} für die neuen Aufgaben viel Erfolg.',
        'Wir freuen uns, {ihn} als {occupation} in unserem Team zu behalten, und wünschen {ihm} viel Erfolg.',
        'Auf die weitere gute Zusammenarbeit freuen wir uns und wünschen {ihm} für den Start als {occupation} viel Erfolg.',
      ],
      4: [
        'Wir wünschen {ihm} für die neue Tätigkeit als {occupation} alles Gute.',
        'Wir freuen uns auf die weitere Zusammenarbeit und wünschen {ihm} für die neuen Aufgaben alles Gute.',
        'Für die künftigen Aufgaben in unserem Unternehmen wünschen wir {ihm} alles Gute.',
      ],
      5: [
        'Wir wünschen {ihm} für die künftige Tätigkeit alles Gute.',
        'Für die neuen Aufgaben wünschen wir {ihm} alles Gute.',
      ],
    },
  },

  interimOccasion: {
    supervisor_change: [
      'Dieses Zwischenzeugnis wird anlässlich eines Wechsels der direkten Führungskraft erteilt.',
      'Anlass für dieses Zwischenzeugnis ist ein Wechsel in der Leitung {seiner} Abteilung.',
      'Wir erteilen dieses Zwischenzeugnis, da {Name} künftig an eine neue Führungskraft berichtet.',
    ],
    transfer: [
      'Dieses Zwischenzeugnis wird anlässlich {seiner} Versetzung erteilt.',
      'Anlass für dieses Zwischenzeugnis ist {sein.m} Wechsel in einen anderen Aufgabenbereich unseres Unternehmens.',
      'Wir erteilen dieses Zwischenzeugnis, da {Name} innerhalb unseres Unternehmens neue Aufgaben übernimmt.',
    ],
    employee_request: [
      'Dieses Zwischenzeugnis wird auf Wunsch von {Name:dat} erteilt.',
      'Auf Wunsch von {Name:dat} stellen wir dieses Zwischenzeugnis aus.',
      '{Name} hat um die Ausstellung dieses Zwischenzeugnisses gebeten.',
    ],
    parental_leave: [
      'Dieses Zwischenzeugnis wird anlässlich {seiner} bevorstehenden Elternzeit erteilt.',
      'Anlass für dieses Zwischenzeugnis ist die Elternzeit von {Name:dat}.',
      'Wir erteilen dieses Zwischenzeugnis im Hinblick auf die Elternzeit, die {Name} in Kürze antritt.',
    ],
    restructuring: [
      'Dieses Zwischenzeugnis wird anlässlich einer organisatorischen Umstrukturierung in unserem Unternehmen erteilt.',
      'Anlass für dieses Zwischenzeugnis ist eine Umstrukturierung in unserem Haus.',
      'Wir erteilen dieses Zwischenzeugnis aufgrund organisatorischer Veränderungen in unserem Unternehmen.',
    ],
    other: [
      'Dieses Zwischenzeugnis wird aus gegebenem Anlass erteilt.',
      'Wir stellen dieses Zwischenzeugnis aus aktuellem Anlass aus.',
      'Das vorliegende Zwischenzeugnis erteilen wir aus gegebenem Anlass.',
    ],
  },
  interimOccasionText: [
    'Dieses Zwischenzeugnis wird {interimReasonText} erteilt.',
    'Wir stellen dieses Zwischenzeugnis {interimReasonText} aus.',
    'Das vorliegende Zwischenzeugnis erteilen wir {interimReasonText}.',
  ],

  interimThanks: {
    1: [
      'Wir danken {ihm} herzlich für {seine} bisher stets hervorragenden Leistungen.',
      'Für {seinen} bisherigen außerordentlichen Einsatz und die stets ausgezeichnete Zusammenarbeit danken wir {ihm} herzlich.',
      'Wir sprechen {ihm} unseren herzlichen Dank für die bisher stets hervorragende und überaus wertvolle Mitarbeit aus.',
    ],
    2: [
      'Wir danken {ihm} für {seine} bisher stets sehr guten Leistungen.',
      'Für {seine} bisherige wertvolle Mitarbeit und die stets sehr gute Zusammenarbeit danken wir {ihm}.',
      'Wir danken {ihm} für die bislang stets sehr gute und wertvolle Mitarbeit.',
    ],
    3: [
      'Wir danken {ihm} für die bisherige gute Zusammenarbeit.',
      'Für {seine} bisherige gute Mitarbeit danken wir {ihm}.',
      'Wir danken {ihm} für {seine} bisherige Mitarbeit und die gute Zusammenarbeit.',
    ],
    4: [
      'Wir danken {ihm} für {seine} bisherige Mitarbeit.',
      'Für die bisherige Zusammenarbeit danken wir {ihm}.',
      'Wir bedanken uns bei {ihm} für die bisherige Mitarbeit.',
    ],
    5: [
      'Wir danken {ihm} für {seine} bisherige Tätigkeit.',
      'Für die bisher geleistete Arbeit danken wir {ihm}.',
    ],
  },
  interimContinuation: {
    1: [
      'Wir freuen uns außerordentlich auf die weitere hervorragende Zusammenarbeit.',
      'Auf die Fortsetzung der stets ausgezeichneten Zusammenarbeit mit {ihm} freuen wir uns ganz besonders.',
      'Wir schätzen uns glücklich, {ihn} in unserem Team zu wissen, freuen uns außerordentlich auf die weitere Zusammenarbeit und wünschen {ihm} weiterhin viel Erfolg.',
    ],
    2: [
      'Wir freuen uns auf die weitere sehr gute Zusammenarbeit.',
      'Auf die Fortsetzung der stets sehr guten Zusammenarbeit mit {ihm} freuen wir uns sehr.',
      'Wir freuen uns sehr, {ihn} weiterhin in unserem Team zu haben, und wünschen {ihm} für die kommenden Aufgaben weiterhin viel Erfolg.',
    ],
    3: [
      'Wir freuen uns auf die weitere gute Zusammenarbeit.',
      'Auf die weitere gute Zusammenarbeit mit {ihm} freuen wir uns.',
      'Wir freuen uns, die gute Zusammenarbeit mit {ihm} fortzusetzen.',
    ],
    4: [
      'Wir freuen uns auf die weitere Zusammenarbeit.',
      'Auf die weitere Zusammenarbeit mit {ihm} freuen wir uns.',
      'Wir freuen uns auf die Fortsetzung der Zusammenarbeit.',
    ],
    5: ['Wir setzen die Zusammenarbeit mit {ihm} fort.', 'Die Zusammenarbeit mit {ihm} wird fortgesetzt.'],
  },
  interimParentalLeave: {
    1: [
      'Wir wünschen {ihm} für die Elternzeit alles erdenklich Gute sowie eine wunderbare Zeit mit der Familie und freuen uns schon heute außerordentlich auf {seine} Rückkehr.',
      'Wir freuen uns ganz besonders darauf, {ihn} nach der Elternzeit wieder in unserem Team begrüßen zu dürfen, und wünschen {ihm} bis dahin von Herzen alles erdenklich Gute.',
      'Für die Elternzeit wünschen wir {ihm} von Herzen alles erdenklich Gute; auf die Rückkehr und die Fortsetzung der ausgezeichneten Zusammenarbeit freuen wir uns schon heute außerordentlich.',
    ],
    2: [
      'Wir wünschen {ihm} für die Elternzeit alles Gute sowie eine schöne Zeit mit der Familie und freuen uns sehr auf {seine} Rückkehr.',
      'Für die Elternzeit wünschen wir {ihm} alles Gute; auf die Fortsetzung der sehr guten Zusammenarbeit nach {seiner} Rückkehr freuen wir uns sehr.',
      'Wir freuen uns sehr darauf, {ihn} nach der Elternzeit wieder in unserem Team zu begrüßen, und wünschen {ihm} bis dahin alles Gute.',
    ],
    3: [
      'Wir wünschen {ihm} für die Elternzeit alles Gute und freuen uns auf {seine} Rückkehr.',
      'Für die Elternzeit wünschen wir {ihm} alles Gute; nach {seiner} Rückkehr freuen wir uns auf die weitere gute Zusammenarbeit.',
      'Wir freuen uns darauf, {ihn} nach der Elternzeit wieder bei uns zu begrüßen, und wünschen {ihm} bis dahin eine schöne Zeit.',
    ],
    4: [
      'Wir wünschen {ihm} für die Elternzeit alles Gute und freuen uns auf die Zusammenarbeit nach {seiner} Rückkehr.',
      'Für die Elternzeit wünschen wir {ihm} alles Gute; nach der Rückkehr setzen wir die Zusammenarbeit gern fort.',
      'Wir wünschen {ihm} für die Elternzeit alles Gute und sehen {seiner} Rückkehr entgegen.',
    ],
    5: [
      'Wir wünschen {ihm} für die Elternzeit alles Gute.',
      'Für die Elternzeit wünschen wir {ihm} alles Gute; nach {seiner} Rückkehr wird die Zusammenarbeit fortgesetzt.',
    ],
  },
  simpleWishes: [
    'Für die Zukunft wünschen wir {ihm} alles Gute.',
    'Auf {seinem} weiteren Weg wünschen wir {ihm} alles Gute.',
    'Wir wünschen {ihm} für {seine} berufliche Zukunft alles Gute.',
  ],
};
