// How the certificate refers to the employee: salutation, name forms, pronouns, possessives.
// `diverse` has no salutation and no gendered pronoun: the name stands where a pronoun would,
// and a possessive becomes the definite article ("die Arbeitsweise" for "ihre Arbeitsweise").
import type { GrammaticalCase, Gender } from '../template/template.types.js';

export interface PersonInput {
  gender: Gender;
  title?: string | null | undefined;
  firstName: string;
  lastName: string;
}

export interface PersonReference {
  gender: Gender;
  /** "Frau Dr. Anna Schmidt", "Herrn Max Müller" (acc/dat), "Alex Roth". */
  fullName(grammaticalCase: GrammaticalCase): string;
  /** "Frau Dr. Schmidt", "Herrn Müller" (acc/dat), "Alex Roth". */
  shortName(grammaticalCase: GrammaticalCase): string;
  /** er/ihn/ihm, sie/sie/ihr; for diverse the short name. */
  pronoun(grammaticalCase: GrammaticalCase): string;
  /** sein+ending, ihr+ending; for diverse the definite article of the same case. */
  possessive(ending: string, nounGender: 'm' | 'n' | null): string;
}

const pronouns = {
  male: { nom: 'er', acc: 'ihn', dat: 'ihm' },
  female: { nom: 'sie', acc: 'sie', dat: 'ihr' },
} as const;

const articles: Record<string, string> = { e: 'die', en: 'den', em: 'dem', er: 'der', es: 'des' };

export function createPersonReference(person: PersonInput): PersonReference {
  const title = person.title ? `${person.title} ` : '';
  const salutation = (grammaticalCase: GrammaticalCase) => {
    if (person.gender === 'male') return grammaticalCase === 'nom' ? 'Herr ' : 'Herrn ';
    if (person.gender === 'female') return 'Frau ';
    return '';
  };
  const neutralName = `${title}${person.firstName} ${person.lastName}`;
  return {
    gender: person.gender,
    fullName: (grammaticalCase) => `${salutation(grammaticalCase)}${neutralName}`,
    shortName: (grammaticalCase) =>
      person.gender === 'diverse' ? neutralName : `${salutation(grammaticalCase)}${title}${person.lastName}`,
    pronoun: (grammaticalCase) =>
      person.gender === 'diverse' ? neutralName : pronouns[person.gender][grammaticalCase],
    possessive: (ending, nounGender) => {
      if (person.gender === 'male') return `sein${ending}`;
      if (person.gender === 'female') return `ihr${ending}`;
      if (ending === '') return nounGender === 'm' ? 'der' : 'das';
      return articles[ending] ?? 'die';
    },
  };
}
