import {
  TemplateSyntaxError,
  type CompiledTemplate,
  type GrammaticalCase,
  type TemplateNode,
} from './template.types.js';

const possessiveEndings = new Set(['', 'e', 'en', 'em', 'er', 'es']);

function parseBraceToken(token: string, source: string): TemplateNode {
  const [head = '', modifier] = token.split(/[:.]/, 2) as [string, string | undefined];
  const lower = head.toLowerCase();
  const capitalized = head !== lower;
  if (lower === 'er') return { type: 'subject', capitalized, case: 'nom' };
  if (token.toLowerCase() === 'er sich')
    return { type: 'subject', capitalized, case: 'nom', reflexive: true };
  if (lower === 'ihn') return { type: 'subject', capitalized, case: 'acc' };
  if (lower === 'ihm') return { type: 'subject', capitalized, case: 'dat' };
  if (head === 'Name' || head === 'FullName') {
    const grammaticalCase = (modifier ?? 'nom') as GrammaticalCase;
    if (!['nom', 'acc', 'dat'].includes(grammaticalCase)) {
      throw new TemplateSyntaxError(`unknown case "${modifier}" for {${head}}`, source);
    }
    return { type: 'name', full: head === 'FullName', case: grammaticalCase };
  }
  if (lower.startsWith('sein') && possessiveEndings.has(lower.slice(4))) {
    const ending = lower.slice(4);
    if (ending === '' && modifier !== 'm' && modifier !== 'n') {
      throw new TemplateSyntaxError('{sein} needs the noun gender: {sein.m} or {sein.n}', source);
    }
    if (ending !== '' && modifier !== undefined) {
      throw new TemplateSyntaxError(`{${token}} takes no modifier`, source);
    }
    return {
      type: 'possessive',
      capitalized,
      ending,
      nounGender: ending === '' ? (modifier as 'm' | 'n') : null,
    };
  }
  if (!/^[a-z][A-Za-z0-9]*$/.test(token)) throw new TemplateSyntaxError(`unknown token {${token}}`, source);
  return { type: 'slot', name: token };
}

function parseVerbToken(token: string, source: string): TemplateNode {
  const [infinitive = '', person] = token.split(':', 2);
  if (!/^[a-zäöüß]+$/.test(infinitive)) throw new TemplateSyntaxError(`malformed verb <${token}>`, source);
  if (person !== undefined && person !== 'pl')
    throw new TemplateSyntaxError(`unknown verb person in <${token}>`, source);
  return { type: 'verb', infinitive, person: person === 'pl' ? 'pl' : 'sg' };
}

/** Splits on `|` at nesting depth 0 of `[` `]`. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function findClosingBracket(text: string, openIndex: number, source: string): number {
  let depth = 0;
  for (let index = openIndex; index < text.length; index++) {
    if (text[index] === '[') depth++;
    else if (text[index] === ']' && --depth === 0) return index;
  }
  throw new TemplateSyntaxError('unclosed [', source);
}

function parseNodes(text: string, source: string): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push({ type: 'text', value: buffer });
    buffer = '';
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (char === '{' || char === '<') {
      const close = text.indexOf(char === '{' ? '}' : '>', index);
      if (close < 0) throw new TemplateSyntaxError(`unclosed ${char}`, source);
      flush();
      const token = text.slice(index + 1, close);
      nodes.push(char === '{' ? parseBraceToken(token, source) : parseVerbToken(token, source));
      index = close;
    } else if (char === '[') {
      const close = findClosingBracket(text, index, source);
      flush();
      nodes.push(parseAlternative(text.slice(index + 1, close), source));
      index = close;
    } else if (char === '}' || char === '>' || char === ']' || char === '|') {
      throw new TemplateSyntaxError(`stray ${char}`, source);
    } else {
      buffer += char;
    }
  }
  flush();
  return nodes;
}

function parseAlternative(body: string, source: string): TemplateNode {
  const kind = body.slice(0, 2);
  const parts = splitAlternatives(body.slice(2)).map((part) => parseNodes(part, source));
  if (kind === 'g:' && parts.length === 3) {
    const [male, female, diverse] = parts as [TemplateNode[], TemplateNode[], TemplateNode[]];
    return { type: 'gender', male, female, diverse };
  }
  if (kind === 't:' && parts.length === 2) {
    const [past, present] = parts as [TemplateNode[], TemplateNode[]];
    return { type: 'tense', past, present };
  }
  throw new TemplateSyntaxError('alternatives must be [g:male|female|diverse] or [t:past|present]', source);
}

const cache = new Map<string, CompiledTemplate>();
/** The shipped library has about a thousand templates; tenant overrides must not grow memory forever. */
const cacheLimit = 10_000;

/** Parses a template once; compiled templates are cached by their source text. */
export function compileTemplate(source: string): CompiledTemplate {
  let compiled = cache.get(source);
  if (!compiled) {
    compiled = { source, nodes: parseNodes(source, source) };
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(source, compiled);
  }
  return compiled;
}

/** Every slot name a template uses (data values it expects), for validation of catalogues. */
export function listTemplateSlots(template: CompiledTemplate): string[] {
  const names = new Set<string>();
  const visit = (nodes: TemplateNode[]) => {
    for (const node of nodes) {
      if (node.type === 'slot') names.add(node.name);
      else if (node.type === 'gender') [node.male, node.female, node.diverse].forEach(visit);
      else if (node.type === 'tense') [node.past, node.present].forEach(visit);
    }
  };
  visit(template.nodes);
  return [...names];
}

/** Every verb infinitive a template uses. */
export function listTemplateVerbs(template: CompiledTemplate): string[] {
  const verbs = new Set<string>();
  const visit = (nodes: TemplateNode[]) => {
    for (const node of nodes) {
      if (node.type === 'verb') verbs.add(node.infinitive);
      else if (node.type === 'gender') [node.male, node.female, node.diverse].forEach(visit);
      else if (node.type === 'tense') [node.past, node.present].forEach(visit);
    }
  };
  visit(template.nodes);
  return [...verbs];
}
