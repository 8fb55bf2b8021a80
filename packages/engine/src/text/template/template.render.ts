import { conjugate, type VerbLexicon } from '../grammar/verbs.js';
import type { PersonReference } from '../grammar/person.js';
import type { CompiledTemplate, TemplateNode, Tense } from './template.types.js';

export interface RenderContext {
  person: PersonReference;
  tense: Tense;
  verbs: VerbLexicon;
  /** Data values for {slot} tokens; inserted verbatim, never parsed as template text. */
  values: Readonly<Record<string, string>>;
  /**
   * Paragraph state: the first reference to the employee in a paragraph uses the name, later ones a
   * pronoun. The composer resets it for every paragraph.
   */
  state: { hasMentionedPerson: boolean };
}

export class TemplateRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateRenderError';
  }
}

const capitalize = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) : text);

function renderNodes(nodes: readonly TemplateNode[], context: RenderContext, source: string): string {
  let output = '';
  for (const node of nodes) output += renderNode(node, context, source);
  return output;
}

function renderNode(node: TemplateNode, context: RenderContext, source: string): string {
  const { person } = context;
  switch (node.type) {
    case 'text':
      return node.value;
    case 'subject': {
      const usesName = !context.state.hasMentionedPerson || person.gender === 'diverse';
      context.state.hasMentionedPerson = true;
      const pronoun = usesName ? person.shortName(node.case) : person.pronoun(node.case);
      const word = node.capitalized ? capitalize(pronoun) : pronoun;
      // German puts the reflexive before a noun subject and after a pronoun subject.
      if (node.reflexive) return usesName ? `sich ${word}` : `${word} sich`;
      return word;
    }
    case 'name':
      context.state.hasMentionedPerson = true;
      return node.full ? person.fullName(node.case) : person.shortName(node.case);
    case 'possessive': {
      const word = person.possessive(node.ending, node.nounGender);
      return node.capitalized ? capitalize(word) : word;
    }
    case 'slot': {
      const value = context.values[node.name];
      if (value === undefined) throw new TemplateRenderError(`no value for {${node.name}} in: ${source}`);
      return value;
    }
    case 'verb': {
      const form = conjugate(context.verbs, node.infinitive, context.tense, node.person);
      if (form === undefined)
        throw new TemplateRenderError(`verb <${node.infinitive}> is not in the lexicon: ${source}`);
      return form;
    }
    case 'gender':
      return renderNodes(node[person.gender], context, source);
    case 'tense':
      return renderNodes(node[context.tense], context, source);
  }
}

/** Renders a template to one or more finished sentences: spacing normalised, first letter capitalised. */
export function renderTemplate(template: CompiledTemplate, context: RenderContext): string {
  const text = renderNodes(template.nodes, context, template.source).replace(/\s+/g, ' ').trim();
  return capitalize(text);
}
