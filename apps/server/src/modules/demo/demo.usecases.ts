// The first start: on an empty database, create the development organisation „Musterfirma GmbH“ with its
// administrator (whose generated password is printed once) and, unless SEED_DEMO=false, its demo data
// (companies, structure, 20 employees, 5 certificates) — all in one transaction, through the features' own use cases, so that the demo data obeys the same rules as
// data entered through the API. Any later start finds organisations and changes nothing.
import { findJobProfile } from '@zeugnisdesk/engine';
import type { Db } from '../../app/database/database.types.js';
import { createTransactionRunner, type TransactionRunner } from '../../app/database/transaction.js';
import { developmentOrganization } from '../../app/request-context.js';
import { issueVersion, transitionCertificate } from '../certificates/certificate-workflow.usecases.js';
import { createCertificateBodySchema } from '../certificates/certificates.schemas.js';
import { createCertificate } from '../certificates/certificates.usecases.js';
import { createEmployeeBodySchema } from '../employees/employees.schemas.js';
import { createEmployee } from '../employees/employees.usecases.js';
import { dimensionNames, dimensions } from '../organization-structure/organization-structure.config.js';
import { createCompanyBodySchema } from '../organization-structure/organization-structure.schemas.js';
import {
  createCompany,
  createDimensionItem,
} from '../organization-structure/organization-structure.usecases.js';
import { createRolesRepository, type RolesRepository } from '../access/roles.repository.js';
import { generatePassword, type HashPassword } from '../users/users.services.js';
import { createAdministrator } from '../users/users.usecases.js';
import {
  demoAdministrator,
  demoCertificates,
  demoCompanies,
  demoDimensionItems,
  demoEmployees,
} from './demo.config.js';
import { createDemoRepository, type DemoRepository } from './demo.repository.js';
import { createCertificateRepositories } from '../certificates/certificates.dependencies.js';

export type DemoRepositories = ReturnType<typeof createCertificateRepositories> & {
  organizations: DemoRepository;
  roles: RolesRepository;
};

export interface FirstStartDependencies {
  inTransaction: TransactionRunner<DemoRepositories>;
  now: () => Date;
  hashPassword: HashPassword;
}

export function createFirstStartTransactionRunner(
  db: Db,
  now: () => Date,
): TransactionRunner<DemoRepositories> {
  return createTransactionRunner(db, (trx) => ({
    ...createCertificateRepositories(trx, now),
    organizations: createDemoRepository({ db: trx }),
    roles: createRolesRepository({ db: trx }),
  }));
}

export interface FirstStartOutcome {
  /** This start created the development organisation. */
  isFirstStart: boolean;
  /** The organisation's administrator, with the generated password: to be shown once, then forgotten. */
  administrator: { email: string; password: string } | null;
}

const nothingDone: FirstStartOutcome = { isFirstStart: false, administrator: null };

export async function runFirstStart({
  seedDemo,
  inTransaction,
  now,
  hashPassword,
}: { seedDemo: boolean } & FirstStartDependencies): Promise<FirstStartOutcome> {
  // Every later start ends here, with one cheap query.
  if (await inTransaction(({ organizations }) => organizations.hasAnyOrganization())) return nothingDone;
  return inTransaction(async (repositories) => {
    const { organizations } = repositories;
    if (await organizations.hasAnyOrganization()) return nothingDone;
    // False when another instance created it first (PostgreSQL): that one seeds.
    if (!(await organizations.ensureDevelopmentOrganization({ now }))) return nothingDone;
    const password = generatePassword();
    // The features' use cases run inside this transaction: their runner hands out the same repositories.
    const inTransaction: TransactionRunner<DemoRepositories> = (work) => work(repositories);
    const { user } = await createAdministrator({
      organizationId: developmentOrganization.id,
      inTransaction,
      now,
      hashPassword,
      input: { ...demoAdministrator, password },
    });
    if (seedDemo) await seedDemoData({ repositories, now, administratorId: user.id });
    return { isFirstStart: true, administrator: { email: demoAdministrator.email, password } };
  });
}

async function seedDemoData({
  repositories,
  now,
  administratorId,
}: {
  repositories: DemoRepositories;
  now: () => Date;
  administratorId: string;
}): Promise<void> {
  const organizationId = developmentOrganization.id;
  // The features' use cases run inside this transaction: their runner hands out the same repositories.
  const inTransaction: TransactionRunner<DemoRepositories> = (work) => work(repositories);
  const dependencies = { organizationId, inTransaction, now };

  const companyIds = new Map<string, string>();
  for (const { key, ...company } of demoCompanies) {
    const input = createCompanyBodySchema.parse(company);
    companyIds.set(key, (await createCompany({ ...dependencies, input })).company.id);
  }

  const itemIds = new Map<string, string>();
  for (const name of dimensionNames) {
    for (const itemName of demoDimensionItems[name]) {
      const { item } = await createDimensionItem({
        ...dependencies,
        dimension: dimensions[name],
        name: itemName,
      });
      itemIds.set(`${name}:${itemName}`, item.id);
    }
  }

  const employeeIds = new Map<string, string>();
  for (const demo of demoEmployees) {
    const profile = findJobProfile(demo.jobProfile);
    if (!profile) throw new Error(`the demo job profile ${demo.jobProfile} does not exist`);
    const input = createEmployeeBodySchema.parse({
      gender: demo.gender,
      title: demo.title ?? null,
      firstName: demo.firstName,
      lastName: demo.lastName,
      birthDate: demo.birthDate,
      birthPlace: demo.birthPlace,
      street: demo.street,
      postalCode: demo.postalCode,
      city: demo.city,
      email: `${toMailboxName(demo.firstName)}.${toMailboxName(demo.lastName)}@musterfirma.example`,
      companyId: companyIds.get(demo.company),
      locationId: itemIds.get(`location:${demo.location}`),
      departmentId: itemIds.get(`department:${demo.department}`),
      orgUnitId: itemIds.get(`orgUnit:${demo.orgUnit}`),
      employeeTypeId: itemIds.get(`employeeType:${demo.employeeType}`),
      entryDate: demo.entryDate,
      exitDate: demo.exitDate ?? null,
      jobTitle: profile.titles[demo.gender],
      jobProfile: profile.id,
      supervisorId: demo.supervisor === undefined ? null : employeeIds.get(demo.supervisor),
    });
    employeeIds.set(demo.key, (await createEmployee({ ...dependencies, input })).employee.id);
  }

  const actor = { organizationId, userId: administratorId, scope: { all: true } as const };
  const signer = { employeeId: employeeIds.get('brandt') };
  for (const { employee, status, ...fields } of demoCertificates) {
    const input = createCertificateBodySchema.parse({
      employeeId: employeeIds.get(employee),
      ...fields,
      signers: [signer],
    });
    const { certificate } = await createCertificate({ actor, input, inTransaction, now });
    const steps = ['in_review', 'reviewed', 'approved'] as const;
    const target = status === 'issued' ? 'approved' : status;
    for (const to of steps.slice(0, target === 'draft' ? 0 : steps.indexOf(target) + 1)) {
      await transitionCertificate({
        actor,
        certificateId: certificate.id,
        to,
        comment: null,
        inTransaction,
        now,
      });
    }
    if (status === 'issued') await issueVersion({ actor, certificateId: certificate.id, inTransaction, now });
  }
}

/** „Yılmaz“ → yilmaz, „Müller“ → mueller: the local part of a demo e-mail address. */
function toMailboxName(name: string): string {
  return name
    .toLocaleLowerCase('de-DE')
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replaceAll('ı', 'i')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}
