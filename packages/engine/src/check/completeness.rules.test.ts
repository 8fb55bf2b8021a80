import { describe, expect, it } from 'vitest';
import { composeCertificate } from '../text/compose/compose.js';
import { checkCertificate } from './check.js';
import { checkExample, exampleInput, makeApprenticeship, makeInterim, withCode } from './check.test-utils.js';

describe('completeness.interim_occasion_missing', () => {
  it('is an error when the occasion sentence of an interim certificate is blanked out', () => {
    const issues = checkExample(makeInterim, { overrides: { 'closing.occasion': '' } });
    expect(withCode(issues, 'completeness.interim_occasion_missing')).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'employment.interimReason',
        sentenceId: 'closing.occasion',
      }),
    ]);
  });

  it('stays silent when the occasion is stated, in generated or own words', () => {
    expect(withCode(checkExample(makeInterim), 'completeness.interim_occasion_missing')).toEqual([]);
    const own = checkExample(makeInterim, {
      overrides: {
        'closing.occasion':
          'Dieses Zeugnis wird auf Wunsch von Frau Schmidt wegen eines Vorgesetztenwechsels erteilt.',
      },
    });
    expect(withCode(own, 'completeness.interim_occasion_missing')).toEqual([]);
  });
});

describe('completeness.training_goal_missing', () => {
  it('is an error when an apprenticeship certificate does not name the training goal', () => {
    const issues = checkExample(makeApprenticeship, { overrides: { 'introduction.trainingGoal': ' ' } });
    expect(withCode(issues, 'completeness.training_goal_missing')).toHaveLength(1);
  });

  it('stays silent for the composed apprenticeship certificate', () => {
    expect(withCode(checkExample(makeApprenticeship), 'completeness.training_goal_missing')).toEqual([]);
  });
});

describe('completeness.activities_missing', () => {
  it('is an error when the document describes no activities', () => {
    const issues = checkExample((draft) => {
      draft.activities = [];
      draft.additionalActivities = [];
      draft.employment.jobProfile = null;
    });
    expect(withCode(issues, 'completeness.activities_missing')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'activities' }),
    ]);
  });

  it('accepts the activities of the job profile or additional activities alone', () => {
    expect(
      withCode(
        checkExample((draft) => (draft.activities = [])),
        'completeness.activities_missing',
      ),
    ).toEqual([]);
    const additionalOnly = checkExample((draft) => {
      draft.activities = [];
      draft.employment.jobProfile = null;
    });
    expect(withCode(additionalOnly, 'completeness.activities_missing')).toEqual([]);
  });
});

describe('completeness.signature_missing', () => {
  const input = exampleInput();
  const { document } = composeCertificate(input);
  const withSigners = (signers: { name: string; function: string }[]) => ({
    ...document,
    sections: document.sections.map((section) =>
      section.id === 'signature'
        ? {
            ...section,
            blocks: section.blocks.map((block) =>
              block.type === 'signatures' ? { ...block, signers } : block,
            ),
          }
        : section,
    ),
  });

  it('is an error when the document has no signer, or a signer without a name', () => {
    expect(withCode(checkCertificate(input, withSigners([])), 'completeness.signature_missing')).toHaveLength(
      1,
    );
    const unnamed = withSigners([{ name: ' ', function: 'Geschäftsführer' }]);
    expect(withCode(checkCertificate(input, unnamed), 'completeness.signature_missing')).toHaveLength(1);
    const noSection = {
      ...document,
      sections: document.sections.filter((section) => section.id !== 'signature'),
    };
    expect(withCode(checkCertificate(input, noSection), 'completeness.signature_missing')).toHaveLength(1);
  });

  it('stays silent for a composed document with its signer', () => {
    expect(withCode(checkCertificate(input, document), 'completeness.signature_missing')).toEqual([]);
  });
});
