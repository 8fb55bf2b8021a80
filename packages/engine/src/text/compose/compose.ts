// composeCertificate: from a validated input to the document model, its plain text, and the issues
// found on the way. Pure and deterministic: the same input and options give the same text.
import type { CertificateInput } from '@zeugnisdesk/shared';
import type { CertificateDocument, Section } from '../../model/document.types.js';
import type { CertificateIssue } from '../../model/issue.types.js';
import { defaultPhraseLibrary } from '../catalogue/catalogue.js';
import { createPersonReference } from '../grammar/person.js';
import { findJobProfile } from '../job-profiles/job-profiles.js';
import { documentToText } from './document-text.js';
import { composeActivities } from './activities.section.js';
import { composeBehaviour } from './behaviour.section.js';
import { composeClosing } from './closing.section.js';
import type { ComposeContext, ComposeOptions } from './compose.context.js';
import { composeIntroduction } from './introduction.section.js';
import { composePerformance } from './performance.section.js';
import { composeSignature } from './signature.section.js';
import { overallGrade } from './grades.js';

export interface ComposeResult {
  document: CertificateDocument;
  text: string;
  issues: CertificateIssue[];
}

const titles = {
  final: 'Arbeitszeugnis',
  interim: 'Zwischenzeugnis',
  apprenticeship: 'Ausbildungszeugnis',
} as const;

/** The default seed: stable for one certificate, different for two employees with equal grades. */
export function certificateSeed(input: CertificateInput): string {
  const { employee, employment } = input;
  return [
    employee.firstName,
    employee.lastName,
    employee.birthDate ?? '',
    employment.startDate,
    input.kind,
  ].join('|');
}

function resolveProfile(input: CertificateInput, options: ComposeOptions, issues: CertificateIssue[]) {
  const id = input.employment.jobProfile;
  if (!id) return undefined;
  const profile = (options.findJobProfile ?? findJobProfile)(id);
  if (!profile) {
    issues.push({
      code: 'job_profile.unknown',
      severity: 'warning',
      message: `Das Berufsbild „${id}“ ist nicht bekannt.`,
      path: 'employment.jobProfile',
    });
  }
  return profile;
}

export function composeCertificate(input: CertificateInput, options: ComposeOptions = {}): ComposeResult {
  const issues: CertificateIssue[] = [];
  if (input.language !== 'de') {
    issues.push({
      code: 'language.not_supported',
      severity: 'warning',
      message: 'Englische Zeugnisse werden noch nicht unterstützt; das Zeugnis wurde auf Deutsch erstellt.',
      path: 'language',
    });
  }
  const context: ComposeContext = {
    input,
    person: createPersonReference(input.employee),
    tense: input.kind === 'interim' ? 'present' : 'past',
    library: options.library ?? defaultPhraseLibrary,
    seed: options.seed ?? certificateSeed(input),
    options,
    profile: resolveProfile(input, options, issues),
    issues,
  };
  const title = titles[input.kind];
  const sections: Section[] = [
    { id: 'heading', blocks: [{ type: 'heading', text: title }] },
    composeIntroduction(context),
    composeActivities(context),
  ];
  if (input.form === 'qualified') sections.push(composePerformance(context), composeBehaviour(context));
  sections.push(composeClosing(context), composeSignature(context));

  const { employer, employee } = input;
  const address = employer.address
    ? [
        employer.address.street,
        [employer.address.postalCode, employer.address.city].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', ') || null
    : null;
  const document: CertificateDocument = {
    language: 'de',
    kind: input.kind,
    form: input.form,
    title,
    employer: { name: employer.name, address },
    employee: { name: context.person.fullName('nom'), gender: employee.gender },
    issueDate: input.issueDate,
    overallGrade: overallGrade(input),
    sections: sections.filter((section) => section.blocks.length > 0),
  };
  return { document, text: documentToText(document), issues };
}
