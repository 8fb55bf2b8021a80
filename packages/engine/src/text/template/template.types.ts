// A phrase template is German text with slots. The syntax (docs/phrase-templates.md):
//   {Er} {er} {ihn} {ihm}            subject / object reference (pronoun, or the name where no pronoun fits)
//   {er sich}                        subject + reflexive in the right order: "er sich" but "sich Herr Müller"
//   {Name} {Name:acc} {Name:dat}     the employee's short name ("Frau Schmidt", "Herrn Müller", "Alex Roth")
//   {FullName}                       first mention with first name and title
//   {sein} {seine} {seinen} …        possessive determiner; `.m`/`.n` on the bare form says the noun's gender
//   {slotName}                       a value from the data (inserted verbatim, never parsed as template)
//   <zeigen> <sein:pl>               a verb from the lexicon, conjugated for the certificate's tense
//   [g:male|female|diverse]          text that depends on gender (each part is itself a template)
//   [t:past|present]                 text that depends on tense (each part is itself a template)

export type Gender = 'male' | 'female' | 'diverse';
export type Tense = 'past' | 'present';
export type GrammaticalCase = 'nom' | 'acc' | 'dat';
export type VerbPerson = 'sg' | 'pl';

export type TemplateNode =
  | { type: 'text'; value: string }
  | { type: 'subject'; capitalized: boolean; case: GrammaticalCase; reflexive?: boolean }
  | { type: 'name'; full: boolean; case: GrammaticalCase }
  | { type: 'possessive'; capitalized: boolean; ending: string; nounGender: 'm' | 'n' | null }
  | { type: 'slot'; name: string }
  | { type: 'verb'; infinitive: string; person: VerbPerson }
  | { type: 'gender'; male: TemplateNode[]; female: TemplateNode[]; diverse: TemplateNode[] }
  | { type: 'tense'; past: TemplateNode[]; present: TemplateNode[] };

export interface CompiledTemplate {
  source: string;
  nodes: TemplateNode[];
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(`${message} in template: ${source}`);
    this.name = 'TemplateSyntaxError';
  }
}
