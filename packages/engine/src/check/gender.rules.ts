// Gendered words in the user's text that contradict the employee's gender. Only forms that are
// unambiguous are checked: a salutation with the employee's own name, the possessive "sein…" in a
// sentence about the employee, "ein … Mitarbeiter" / "eine … Mitarbeiterin", and a feminine job title
// for a man. "ihr…" is left alone: it is also the plural and the polite form.
import type { CertificateInput, Gender } from '@zeugnisdesk/shared';
import type { CertificateIssue } from '../model/issue.types.js';
import type { CheckRule } from './check.types.js';
import { inputFreeTexts, locationOf, overrideFreeTexts, type FreeText } from './free-text.sources.js';

const genderNames: Readonly<Record<Gender, string>> = {
  male: 'männlich',
  female: 'weiblich',
  diverse: 'divers',
};

const masculinePossessive = /(?<!\p{L})sein(?:e|er|em|en|es)(?!\p{L})/iu;
const masculineSingular =
  /(?<!\p{L})(?:[Ee]in|[Ee]inen|[Ee]inem|[Uu]nser|[Uu]nserem)\s+\p{L}*\s*\p{L}*\s*(?:Mitarbeiter|Kollegen?|Angestellter)(?!\p{L})/u;
const feminineSingular =
  /(?<!\p{L})(?:[Ee]ine|[Ee]iner|[Uu]nsere|[Uu]nserer)\s+\p{L}*\s*\p{L}*\s*(?:Mitarbeiterin|Kollegin|Angestellte)(?!\p{L})/u;
/** Feminine job title endings ("Disponentin", "Kauffrau", "Köchin"); "Medizin" or "Termin" do not match. */
const feminineTitle =
  /\p{L}{2,}(?:erin|entin|antin|istin|eurin|orin|ogin|atin|arin|ärin|ektin|ärztin|öchin|mtin|efin|ältin|afin|utin|ädin|frau|schwester)(?!\p{L})/u;

/** "Herr Schmidt", "Frau Dr. Schmidt": a salutation followed (after titles) by the employee's name. */
function salutationOfEmployee(text: string, input: CertificateInput): string | null {
  const names = [input.employee.firstName, input.employee.lastName].map((name) => name.split(/\s+/u)[0]);
  const words = text.match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
  for (let index = 0; index < words.length; index++) {
    const salutation = words[index] as string;
    if (!['Herr', 'Herrn', 'Frau'].includes(salutation)) continue;
    let next = index + 1;
    while (words[next]?.endsWith('.') && next < index + 4) next++;
    const name = words[next]?.replace(/[.'’]+$/u, '');
    if (name && names.includes(name)) {
      const isWrong =
        input.employee.gender === 'diverse' ||
        (salutation === 'Frau') !== (input.employee.gender === 'female');
      if (isWrong) return words.slice(index, next + 1).join(' ');
    }
  }
  return null;
}

function contradictingWords(source: FreeText, input: CertificateInput, isOverride: boolean): string | null {
  const salutation = salutationOfEmployee(source.text, input);
  if (salutation || !isOverride) return salutation;
  const { gender } = input.employee;
  const patterns = gender === 'male' ? [feminineSingular] : [masculinePossessive, masculineSingular];
  if (gender === 'diverse') patterns.push(feminineSingular);
  for (const pattern of patterns) {
    const match = pattern.exec(source.text);
    if (match) return match[0];
  }
  return null;
}

export const genderMismatchRule: CheckRule = ({ input, document }) => {
  const sources = [
    ...inputFreeTexts(input).map((source) => ({ source, isOverride: false })),
    ...overrideFreeTexts(document).map((source) => ({ source, isOverride: true })),
  ];
  return sources.flatMap(({ source, isOverride }): CertificateIssue[] => {
    const evidence = contradictingWords(source, input, isOverride);
    if (evidence === null) return [];
    return [
      {
        code: 'free_text.gender_mismatch',
        severity: 'warning',
        message:
          `„${evidence}“ passt nicht zum angegebenen Geschlecht (${genderNames[input.employee.gender]}). ` +
          'Bitte passen Sie die Formulierung an.',
        ...locationOf(source),
        evidence,
      },
    ];
  });
};

/** A feminine job title for a man, or for a person of diverse gender (who gets a neutral title). */
export const jobTitleGenderRule: CheckRule = ({ input }) => {
  const { gender } = input.employee;
  if (gender === 'female') return [];
  const titles = [
    { text: input.employment.jobTitle, path: 'employment.jobTitle' },
    ...input.positions.map((position, index) => ({
      text: position.jobTitle,
      path: `positions.${index}.jobTitle`,
    })),
  ];
  return titles.flatMap(({ text, path }): CertificateIssue[] => {
    // A paired form ("Verkäufer/Verkäuferin", the official name of many trades) names both genders.
    const match = text.includes('/') ? null : feminineTitle.exec(text);
    if (!match) return [];
    const wanted = gender === 'male' ? 'die männliche Form' : 'eine geschlechtsneutrale Bezeichnung';
    return [
      {
        code: 'free_text.job_title_gender',
        severity: 'warning',
        message: `Die Berufsbezeichnung „${text}“ ist offenbar eine weibliche Form, das angegebene Geschlecht ist aber ${genderNames[gender]}. Bitte verwenden Sie ${wanted}.`,
        path,
        evidence: match[0],
      },
    ];
  });
};

export const genderRules: readonly CheckRule[] = [genderMismatchRule, jobTitleGenderRule];
