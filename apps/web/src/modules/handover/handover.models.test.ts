// The handover's pure logic: presets and validation of HR's dialog, server errors at their fields, the
// link's fragment, and — the security-relevant part — that the recipient's page sends back only the
// paths of write-granted sections, whatever the form holds.
import {
  handoverPresets,
  handoverSectionOfPath,
  handoverSectionPaths,
  handoverSections,
  type CertificateInput,
  type HandoverGrants,
} from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import {
  cleanCode,
  defaultSecondFactor,
  emptyHandoverForm,
  handoverServerErrors,
  mergeForForm,
  neutralContent,
  noGrants,
  parseHandoverFragment,
  pickGranted,
  presetOf,
  recipientProblem,
  secondFactorChoices,
  toCreateBody,
  toRecipientChanges,
  validateHandoverForm,
  visibleSteps,
  writableProblems,
  type HandoverForm,
} from './handover.models';

const open = { required: false, channels: ['email', 'sms'] } as const;
const mandatoryEmail = { required: true, channels: ['email'] } as const;

const fullContent: CertificateInput = {
  ...neutralContent(),
  issueDate: '2026-03-31',
  place: 'Köln',
  employer: { name: 'Muster GmbH', description: null, address: { street: 'Weg 1', city: 'Köln' } },
  employee: {
    gender: 'female',
    title: null,
    firstName: 'Lena',
    lastName: 'Vogt',
    birthDate: '1991-05-04',
    birthPlace: 'Bonn',
  },
  employment: {
    ...neutralContent().employment,
    startDate: '2020-02-01',
    endDate: '2026-03-31',
    jobTitle: 'Disponentin',
    exitReason: 'employee_resignation',
    isManager: true,
    staffCount: 4,
    powerOfAttorney: 'prokura',
  },
  positions: [{ from: '2020-02-01', to: null, jobTitle: 'Disponentin', department: null }],
  activities: ['Planung der Touren'],
  additionalActivities: ['Ersthelferin'],
  trainings: [{ title: 'Gefahrgut', year: 2022 }],
  qualifications: ['Staplerschein'],
  achievements: ['Neue Tourenplanung eingeführt'],
  ratings: { ...neutralContent().ratings, willingness: 2, leadership: 1 },
  overallGrade: 2,
  signatures: [{ name: 'Petra Hahn', function: 'Leiterin Personal' }],
};

/** Every dotted leaf path of a value (arrays count as leaves). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

const only = (section: (typeof handoverSections)[number], level: 'read' | 'write'): HandoverGrants => ({
  ...noGrants(),
  [section]: level,
});

describe('HR: presets and the grants matrix', () => {
  it('recognises the presets and calls anything else an own selection', () => {
    expect(presetOf(handoverPresets.supervisorRates)).toBe('supervisorRates');
    expect(presetOf(handoverPresets.employeeChecksData)).toBe('employeeChecksData');
    expect(presetOf({ ...handoverPresets.supervisorRates, 'data.company': 'read' })).toBe('custom');
  });

  it('offers no „keiner“ when the organisation requires a code, and only its channels', () => {
    expect(secondFactorChoices(open)).toEqual(['none', 'email', 'sms']);
    expect(secondFactorChoices(mandatoryEmail)).toEqual(['email']);
    expect(defaultSecondFactor(mandatoryEmail)).toBe('email');
    expect(defaultSecondFactor(open)).toBe('none');
  });
});

describe('HR: validating the dialog', () => {
  const valid: HandoverForm = {
    ...emptyHandoverForm(open),
    name: 'Max Berger',
    email: 'max.berger@example.com',
  };

  it('accepts a complete form and builds the request body', () => {
    expect(validateHandoverForm(valid, open)).toEqual({});
    expect(toCreateBody({ ...valid, message: '  Bitte bis Freitag ', dueDate: '2026-05-01' })).toEqual({
      recipient: { name: 'Max Berger', email: 'max.berger@example.com' },
      message: 'Bitte bis Freitag',
      dueDate: '2026-05-01',
      expiresInDays: 14,
      grants: handoverPresets.supervisorRates,
      download: false,
      secondFactor: 'none',
    });
  });

  it('names every missing or wrong field', () => {
    const errors = validateHandoverForm(
      { ...valid, name: ' ', email: 'kein-at', expiresInDays: 61, grants: noGrants(), secondFactor: 'sms' },
      open,
    );
    expect(errors).toEqual({
      name: 'handover.fieldErrors.nameRequired',
      email: 'handover.fieldErrors.emailInvalid',
      expiresInDays: 'handover.fieldErrors.expiresInDays',
      grants: 'handover.fieldErrors.grantsEmpty',
      phone: 'handover.fieldErrors.phoneRequired',
    });
    expect(validateHandoverForm({ ...valid, expiresInDays: 0 }, open).expiresInDays).toBeDefined();
    expect(validateHandoverForm({ ...valid, phone: '0170 1234567' }, open).phone).toBe(
      'handover.fieldErrors.phoneInvalid',
    );
    expect(toCreateBody({ ...valid, phone: '+49 (170) 123-4567' }).recipient.phone).toBe('+491701234567');
    expect(validateHandoverForm({ ...valid, expiresInDays: 2.5 }, open).expiresInDays).toBeDefined();
  });

  it('refuses „no code“ and a forbidden channel under the organisation’s rule', () => {
    expect(validateHandoverForm({ ...valid, secondFactor: 'none' }, mandatoryEmail).secondFactor).toBe(
      'handover.fieldErrors.codeRequired',
    );
    expect(
      validateHandoverForm({ ...valid, secondFactor: 'sms', phone: '+49 170 1234567' }, mandatoryEmail)
        .secondFactor,
    ).toBe('handover.fieldErrors.channelNotAllowed');
  });

  it('puts the server’s refusals at their fields', () => {
    expect(handoverServerErrors(new ApiError(400, 'handover.code_required', 'x'))).toEqual({
      fields: { secondFactor: 'handover.fieldErrors.codeRequired' },
      general: null,
    });
    const validation = new ApiError(400, 'validation.failed', 'x', [
      { path: 'body.recipient.email', message: 'must be an e-mail address' },
      { path: 'body.grants.result', message: 'must be none, read or write' },
    ]);
    expect(handoverServerErrors(validation).fields).toEqual({
      email: 'handover.fieldErrors.emailInvalid',
      grants: 'handover.fieldErrors.grantsEmpty',
    });
    expect(handoverServerErrors(new ApiError(500, 'internal', 'x'))).toEqual({
      fields: {},
      general: 'errors.server',
    });
  });
});

describe('the recipient: the link', () => {
  const id = 'A'.repeat(32);
  const secret = 'b9'.repeat(16);

  it('reads #<id>.<secret> and nothing else', () => {
    expect(parseHandoverFragment(`#${id}.${secret}`)).toEqual({ id, secret });
    expect(parseHandoverFragment('')).toBeNull();
    expect(parseHandoverFragment(`#${id}`)).toBeNull();
    expect(parseHandoverFragment(`#${id}.${secret}.extra`)).toBeNull();
    expect(parseHandoverFragment(`#token=${secret}`)).toBeNull();
    expect(parseHandoverFragment(`#${id}.<script>`)).toBeNull();
  });

  it('tells the page’s states apart by the server’s codes', () => {
    expect(recipientProblem(new ApiError(404, 'handover.invalid_link', 'x'))).toBe('invalidLink');
    expect(recipientProblem(new ApiError(401, 'handover.code_required', 'x'))).toBe('codeRequired');
    expect(recipientProblem(new ApiError(400, 'handover.invalid_code', 'x'))).toBe('invalidCode');
    expect(recipientProblem(new ApiError(401, 'handover.session_required', 'x'))).toBe('sessionRequired');
    expect(recipientProblem(new Error('x'))).toBe('other');
  });

  it('keeps only six digits of a typed or pasted code', () => {
    expect(cleanCode(' 123 456 ')).toBe('123456');
    expect(cleanCode('1234567')).toBe('123456');
    expect(cleanCode('12a4')).toBe('124');
  });
});

describe('the recipient: granted paths', () => {
  it('picks exactly the covered paths of each section, for read and for write', () => {
    for (const section of handoverSections) {
      for (const level of ['read', 'write'] as const) {
        const picked = pickGranted(fullContent, only(section, level), 'read');
        for (const path of leafPaths(picked)) {
          expect(handoverSectionOfPath(path), `${section}: ${path}`).toBe(section);
        }
        // Write-granted only when the section is write.
        const written = pickGranted(fullContent, only(section, level), 'write');
        expect(Object.keys(written).length > 0, `${section} ${level}`).toBe(
          level === 'write' && handoverSectionPaths[section].length > 0,
        );
      }
    }
  });

  it('picks every covered path that has a value (a read section shows all of it)', () => {
    const picked = pickGranted(fullContent, only('data.certificate', 'read'), 'read');
    expect(picked).toEqual({
      kind: 'final',
      form: 'qualified',
      language: 'de',
      issueDate: '2026-03-31',
      place: 'Köln',
      employment: {
        startDate: '2020-02-01',
        endDate: '2026-03-31',
        jobTitle: 'Disponentin',
        department: null,
        jobProfile: null,
        exitReason: 'employee_resignation',
        interimReason: null,
        interimReasonText: null,
      },
    });
  });

  it('never sends a path of a read or hidden section, even when the form changed it', () => {
    const grantsOf = handoverPresets.supervisorRates;
    const tampered: CertificateInput = {
      ...fullContent,
      employee: { ...fullContent.employee, lastName: 'Geändert' },
      employer: { ...fullContent.employer, name: 'Andere GmbH' },
      ratings: { ...fullContent.ratings, willingness: 1 },
    };
    const body = toRecipientChanges(
      { revision: 7, content: tampered, options: { variants: { a: 1 }, overrides: {} }, isPrivate: true },
      grantsOf,
    );
    expect(body.revision).toBe(7);
    expect(Object.keys(body).sort()).toEqual(['content', 'revision']);
    const sent = leafPaths(body.content);
    for (const path of sent) {
      expect(grantsOf[handoverSectionOfPath(path) ?? 'result'], path).toBe('write');
    }
    expect(sent).toContain('ratings.willingness');
    expect(sent).not.toContain('employee.lastName');
    expect(JSON.stringify(body)).not.toContain('Andere GmbH');
  });

  it('sends the phrasing options only when the result is write, and no content without a written section', () => {
    const options = { variants: {}, overrides: { 'closing.thanks': 'Danke!' } };
    const resultOnly = only('result', 'write');
    expect(
      toRecipientChanges({ revision: 1, content: fullContent, options, isPrivate: false }, resultOnly),
    ).toEqual({ revision: 1, options });
    expect(
      toRecipientChanges(
        { revision: 1, content: fullContent, options, isPrivate: false },
        only('result', 'read'),
      ),
    ).toEqual({ revision: 1 });
  });

  it('fills the hidden gaps for the form, keeps what was sent, and infers the manager flag', () => {
    const partial = pickGranted(fullContent, handoverPresets.supervisorRates, 'read');
    expect(partial).not.toHaveProperty('employer');
    expect(partial).not.toHaveProperty('signatures');
    const merged = mergeForForm(partial, { kind: 'final', form: 'qualified' });
    expect(merged.employee).toEqual(fullContent.employee);
    expect(merged.ratings).toEqual(fullContent.ratings);
    expect(merged.employer.name).toBe('');
    expect(merged.signatures).toEqual([]);
    // isManager is in a hidden section; the leadership grade tells it.
    expect(merged.employment.isManager).toBe(true);
    // What goes back is what came (no placeholder sneaks in).
    expect(pickGranted(merged, handoverPresets.supervisorRates, 'write')).toEqual(
      pickGranted(fullContent, handoverPresets.supervisorRates, 'write'),
    );
  });

  it('uses the certificate’s kind and form when the data section is hidden', () => {
    const merged = mergeForForm({}, { kind: 'apprenticeship', form: 'simple' });
    expect(merged.kind).toBe('apprenticeship');
    expect(merged.form).toBe('simple');
  });

  it('shows only the steps with a granted section, and only problems the recipient can fix', () => {
    expect(visibleSteps(handoverPresets.supervisorRates)).toEqual(['data', 'career', 'rating', 'result']);
    expect(visibleSteps(only('rating.ratings', 'write'))).toEqual(['rating']);
    expect(visibleSteps(handoverPresets.employeeChecksData)).toEqual(['data', 'career']);
    expect(
      writableProblems(
        { 'employer.name': 'required', 'ratings.willingness': 'grade', signatures: 'signers' },
        handoverPresets.supervisorRates,
      ),
    ).toEqual({ 'ratings.willingness': 'grade' });
  });
});
