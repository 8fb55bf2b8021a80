// What every section builder needs, and the one place where a sentence is chosen, rendered and
// wrapped as a run (variant pinning, user overrides, provenance).
import type { CertificateInput } from '@zeugnisdesk/shared';
import type { Block, Run } from '../../model/document.types.js';
import type { CertificateIssue } from '../../model/issue.types.js';
import type { PhraseLibrary } from '../catalogue/catalogue.js';
import type { PersonReference } from '../grammar/person.js';
import type { JobProfile } from '../job-profiles/job-profile.types.js';
import { pickVariant } from '../seed.js';
import { compileTemplate } from '../template/template.parse.js';
import { renderTemplate } from '../template/template.render.js';
import type { Tense } from '../template/template.types.js';

export interface ComposeOptions {
  /** Seed for the variant choice; defaults to one derived from the input (stable per certificate). */
  seed?: string;
  /** Pin the phrasing of a sentence: sentence id → variant index (wraps around). */
  variants?: Readonly<Record<string, number>>;
  /** Replace a generated sentence by the user's own text: sentence id → text (kept verbatim). */
  overrides?: Readonly<Record<string, string>>;
  /** The phrase library to use; the shipped default when absent. */
  library?: PhraseLibrary;
  /** Resolves `employment.jobProfile`; the shipped profiles when absent. */
  findJobProfile?: (id: string) => JobProfile | undefined;
}

export interface ComposeContext {
  input: CertificateInput;
  person: PersonReference;
  /** Tense of the assessment: present for interim certificates, past otherwise. */
  tense: Tense;
  library: PhraseLibrary;
  seed: string;
  options: ComposeOptions;
  profile: JobProfile | undefined;
  issues: CertificateIssue[];
}

export interface SentenceRequest {
  id: string;
  variants: readonly string[];
  values?: Readonly<Record<string, string>>;
  grade?: number;
  tense?: Tense;
}

/** Builds the blocks of one section: runs gather into a paragraph until a list or a new paragraph. */
export class SectionWriter {
  readonly blocks: Block[] = [];
  private runs: Run[] = [];
  private state = { hasMentionedPerson: false };

  constructor(private readonly context: ComposeContext) {}

  sentence(request: SentenceRequest): void {
    const run = writeSentence(this.context, request, this.state);
    if (run) this.runs.push(run);
  }

  userText(text: string): void {
    this.runs.push({ text, origin: 'user' });
  }

  list(items: readonly string[]): void {
    this.paragraphBreak();
    this.blocks.push({ type: 'list', items: items.map((text) => ({ text, origin: 'user' })) });
  }

  paragraphBreak(): void {
    if (this.runs.length) this.blocks.push({ type: 'paragraph', runs: this.runs });
    this.runs = [];
    this.state = { hasMentionedPerson: false };
  }

  finish(): Block[] {
    this.paragraphBreak();
    return this.blocks;
  }
}

function writeSentence(
  context: ComposeContext,
  request: SentenceRequest,
  state: { hasMentionedPerson: boolean },
): Run | null {
  const count = request.variants.length;
  if (count === 0) return null;
  const override = context.options.overrides?.[request.id];
  const grade = request.grade === undefined ? {} : { grade: request.grade };
  if (override !== undefined) {
    // The person is named in the user's text or not; either way, later pronouns need an antecedent.
    state.hasMentionedPerson = true;
    return override.trim()
      ? { text: override.trim(), sentenceId: request.id, origin: 'user', ...grade }
      : null;
  }
  const pinned = context.options.variants?.[request.id];
  const variant =
    pinned !== undefined && Number.isInteger(pinned)
      ? ((pinned % count) + count) % count
      : pickVariant(context.seed, request.id, count);
  const text = renderTemplate(compileTemplate(request.variants[variant] as string), {
    person: context.person,
    tense: request.tense ?? context.tense,
    verbs: context.library.verbs,
    values: request.values ?? {},
    state,
  });
  return { text, sentenceId: request.id, variant, variantCount: count, origin: 'generated', ...grade };
}
