import { describe, expect, it } from 'vitest';
import {
  checkNewCertificate,
  defaultKind,
  emptyNewCertificateForm,
  readCertificateFilters,
  toCertificateListQuery,
  toNewCertificateBody,
  writeCertificateFilters,
} from './certificates.models';

describe('the certificate list filters', () => {
  it('survive the address and drop what they do not know', () => {
    const filters = { search: ' Anna ', status: 'draft' as const, kind: 'interim' as const };
    const params = writeCertificateFilters(filters);
    expect(params.toString()).toBe('suche=Anna&status=draft&art=interim');
    expect(readCertificateFilters(params)).toEqual({ search: 'Anna', status: 'draft', kind: 'interim' });
    expect(readCertificateFilters(new URLSearchParams('status=bogus&art=x'))).toEqual({
      search: '',
      status: '',
      kind: '',
    });
  });

  it('ask the API only for what is set, with the cursor of the next page', () => {
    expect(toCertificateListQuery({ search: '', status: '', kind: '' }, null)).toEqual({ limit: 25 });
    expect(toCertificateListQuery({ search: 'x', status: 'issued', kind: '' }, 'c1')).toEqual({
      search: 'x',
      status: 'issued',
      limit: 25,
      cursor: 'c1',
    });
  });
});

describe('a new certificate', () => {
  it('is final for someone with an exit date and interim otherwise', () => {
    expect(defaultKind({ exitDate: '2026-12-31' })).toBe('final');
    expect(defaultKind({ exitDate: null })).toBe('interim');
  });

  it('needs an employee, a valid date and a signer with a function', () => {
    const form = emptyNewCertificateForm('2026-11-27');
    expect(checkNewCertificate(form)).toEqual(['employee', 'signerName', 'signerFunction']);
    expect(
      checkNewCertificate({
        ...form,
        employeeId: 'emp_1',
        signerName: 'A',
        signerFunction: 'B',
        issueDate: '27.11.',
      }),
    ).toEqual(['issueDate']);
  });

  it('sends the exit reason only for final and apprenticeship certificates, the occasion only for interim ones', () => {
    const form = {
      ...emptyNewCertificateForm('2026-11-27'),
      employeeId: 'emp_1',
      signerName: ' Petra Hahn ',
      signerFunction: 'Leiterin Personal',
      exitReason: 'fixed_term',
    };
    expect(toNewCertificateBody(form)).toMatchObject({
      kind: 'final',
      exitReason: 'fixed_term',
      interimReason: null,
      signers: [{ name: 'Petra Hahn', function: 'Leiterin Personal' }],
    });
    expect(toNewCertificateBody({ ...form, kind: 'interim' })).toMatchObject({
      exitReason: null,
      interimReason: 'employee_request',
    });
  });
});
