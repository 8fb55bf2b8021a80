import { describe, expect, it } from 'vitest';
import type { CertificateInput, Grade } from '@zeugnisdesk/shared';
import type { JobProfile } from '../text/job-profiles/job-profile.types.js';
import { findJobProfile } from '../text/job-profiles/job-profiles.js';
import { checkExample, withCode } from './check.test-utils.js';

const unrated = {
  willingness: null,
  ability: null,
  knowledge: null,
  training: null,
  workStyle: null,
  result: null,
};

describe('completeness.performance_missing', () => {
  it('is an error when a qualified certificate rates no performance category', () => {
    const issues = checkExample((draft) => Object.assign(draft.ratings, unrated));
    expect(withCode(issues, 'completeness.performance_missing')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'ratings' }),
    ]);
  });

  it('stays silent for a rated or a simple certificate', () => {
    expect(withCode(checkExample(), 'completeness.performance_missing')).toEqual([]);
    const simple = checkExample((draft) => {
      draft.form = 'simple';
      Object.assign(draft.ratings, unrated);
    });
    expect(withCode(simple, 'completeness.performance_missing')).toEqual([]);
  });
});

describe('completeness.leadership_missing', () => {
  const manager = (leadership: Grade | null) => (draft: CertificateInput) => {
    draft.employment.isManager = true;
    draft.employment.staffCount = 6;
    draft.ratings.leadership = leadership;
  };

  it('warns when a manager is not assessed as a leader, also when the sentence is blanked out', () => {
    expect(withCode(checkExample(manager(null)), 'completeness.leadership_missing')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'ratings.leadership' }),
    ]);
    const blanked = checkExample(manager(1), { overrides: { 'performance.leadership': '' } });
    expect(withCode(blanked, 'completeness.leadership_missing')).toHaveLength(1);
  });

  it('stays silent for a rated manager and for staff without leadership', () => {
    expect(withCode(checkExample(manager(1)), 'completeness.leadership_missing')).toEqual([]);
    expect(withCode(checkExample(), 'completeness.leadership_missing')).toEqual([]);
  });
});

describe('completeness.behaviour_internal_missing', () => {
  it('is an error when the behaviour towards superiors and colleagues is missing', () => {
    const issues = checkExample((draft) => (draft.ratings.behaviourInternal = null));
    expect(withCode(issues, 'completeness.behaviour_internal_missing')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'ratings.behaviourInternal' }),
    ]);
  });

  it('stays silent when it is assessed, and for a simple certificate', () => {
    expect(withCode(checkExample(), 'completeness.behaviour_internal_missing')).toEqual([]);
    const simple = checkExample((draft) => {
      draft.form = 'simple';
      draft.ratings.behaviourInternal = null;
    });
    expect(withCode(simple, 'completeness.behaviour_internal_missing')).toEqual([]);
  });
});

describe('completeness.behaviour_external_missing', () => {
  it('warns when a customer-facing job (Disponent) has no external behaviour', () => {
    const issues = checkExample((draft) => (draft.ratings.behaviourExternal = null));
    const [issue] = withCode(issues, 'completeness.behaviour_external_missing');
    expect(issue).toMatchObject({ severity: 'warning', path: 'ratings.behaviourExternal' });
    expect(issue?.message).toContain('„Disponentin“');
  });

  it('stays silent for a job without customer contact, or without a job profile', () => {
    const warehouse = checkExample((draft) => {
      draft.employment.jobProfile = 'lagerleiter';
      draft.ratings.behaviourExternal = null;
    });
    expect(withCode(warehouse, 'completeness.behaviour_external_missing')).toEqual([]);
    const none = checkExample((draft) => {
      draft.employment.jobProfile = null;
      draft.ratings.behaviourExternal = null;
    });
    expect(withCode(none, 'completeness.behaviour_external_missing')).toEqual([]);
  });

  it('asks the given job profile resolver (a tenant profile)', () => {
    const tenantProfile: JobProfile = {
      ...(findJobProfile('lagerleiter') as JobProfile),
      id: 'eigenes',
      isCustomerFacing: true,
    };
    const issues = checkExample(
      (draft) => {
        draft.employment.jobProfile = 'eigenes';
        draft.ratings.behaviourExternal = null;
      },
      { findJobProfile: (id) => (id === 'eigenes' ? tenantProfile : undefined) },
    );
    expect(withCode(issues, 'completeness.behaviour_external_missing')).toHaveLength(1);
  });
});
