// Fixtures of the certificate tests: the example content, and an employee with a company created
// through the API.
import { readFileSync } from 'node:fs';
import type { CertificateInputDraft } from '@zeugnisdesk/shared';
import type { ApiTestServer } from '../../app/api/api.test-utils.js';

const examples = new URL('../../../../../examples/', import.meta.url);

/** The shared example input (CONTRACTS §1), as JSON so that tests can change any field. */
export function exampleContent(): CertificateInputDraft {
  return JSON.parse(
    readFileSync(new URL('certificate-input.example.json', examples), 'utf8'),
  ) as CertificateInputDraft;
}

export const annaPayload = {
  gender: 'female',
  firstName: 'Anna',
  lastName: 'Schmidt',
  birthDate: '1990-03-14',
  birthPlace: 'Bonn',
  entryDate: '2019-04-01',
  exitDate: '2026-06-30',
  jobTitle: 'Disponentin',
};

export type Send = ApiTestServer['send'];

/** A company in Köln, the employee Anna Schmidt in it, and a signer; returns their ids. */
export async function createEmployeeWithCompany(send: Send, employee: Record<string, unknown> = {}) {
  const company = (
    await send({
      method: 'POST',
      url: '/api/v1/companies',
      payload: {
        name: 'Rheinfracht Logistik GmbH',
        street: 'Hafenstraße 12',
        postalCode: '50667',
        city: 'Köln',
      },
    })
  ).body as { id: string };
  const created = await send({
    method: 'POST',
    url: '/api/v1/employees',
    payload: { ...annaPayload, companyId: company.id, ...employee },
  });
  const signer = (
    await send({
      method: 'POST',
      url: '/api/v1/employees',
      payload: {
        gender: 'male',
        firstName: 'Peter',
        lastName: 'Meier',
        entryDate: '2010-01-01',
        jobTitle: 'Geschäftsführer',
      },
    })
  ).body as { id: string };
  return { companyId: company.id, employeeId: (created.body as { id: string }).id, signerId: signer.id };
}

/** A final certificate for the employee, built from the records. */
export async function createCertificateFromEmployee(send: Send, extra: Record<string, unknown> = {}) {
  const ids = await createEmployeeWithCompany(send);
  const response = await send({
    method: 'POST',
    url: '/api/v1/certificates',
    payload: {
      employeeId: ids.employeeId,
      kind: 'final',
      exitReason: 'employee_resignation',
      signers: [{ employeeId: ids.signerId }],
      ...extra,
    },
  });
  if (response.status !== 201) throw new Error(`create failed: ${JSON.stringify(response.body)}`);
  return { ...ids, certificate: response.body as { id: string; revision: number; status: string } };
}

/** The parts of a certificate response the route tests read. */
export interface CertificateBody {
  id: string;
  revision: number;
  status: string;
  content: { employee: { lastName: string }; employment: { jobTitle: string } };
  history: {
    from: string | null;
    to: string;
    changedAt: string;
    changedBy: string | null;
    comment: string | null;
  }[];
  versions: { number: number }[];
  text: string;
  issues: { code: string }[];
}
