// Companies and dimension items: create, read, change, delete. A company or item that employees are
// assigned to cannot be deleted (structure.in_use); dimension names are unique per organisation in any
// letter case (structure.name_taken).
import type { TransactionRunner } from '../../app/database/transaction.js';
import type { CompaniesTable, DimensionTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import type { Dimension } from './organization-structure.config.js';
import { toNameKey } from './organization-structure.models.js';
import type { CompanyChanges, OrganizationStructureRepository } from './organization-structure.repository.js';
import type { CreateCompanyInput, UpdateCompanyInput } from './organization-structure.schemas.js';

export interface StructureDependencies {
  inTransaction: TransactionRunner<{ structure: OrganizationStructureRepository }>;
  now: () => Date;
}

function companyNotFound(companyId: string): AppError {
  return new AppError('company.not_found', `There is no company ${companyId}.`);
}

function toCompanyColumns(input: UpdateCompanyInput): CompanyChanges {
  const columns: CompanyChanges = {};
  if (input.name !== undefined) columns.name = input.name;
  if (input.description !== undefined) columns.description = input.description;
  if (input.street !== undefined) columns.street = input.street;
  if (input.postalCode !== undefined) columns.postal_code = input.postalCode;
  if (input.city !== undefined) columns.city = input.city;
  if (input.registerInfo !== undefined) columns.register_info = input.registerInfo;
  if (input.layout !== undefined)
    columns.layout_json = input.layout === null ? null : JSON.stringify(input.layout);
  return columns;
}

export async function listCompanies({
  organizationId,
  inTransaction,
}: { organizationId: string } & StructureDependencies): Promise<{ companies: CompaniesTable[] }> {
  return inTransaction(async ({ structure }) => ({
    companies: await structure.listCompanies({ organizationId }),
  }));
}

export async function getCompanyOrThrow({
  organizationId,
  companyId,
  inTransaction,
}: { organizationId: string; companyId: string } & StructureDependencies): Promise<{
  company: CompaniesTable;
}> {
  return inTransaction(async ({ structure }) => {
    const company = await structure.getCompany({ organizationId, companyId });
    if (!company) throw companyNotFound(companyId);
    return { company };
  });
}

export async function createCompany({
  organizationId,
  input,
  inTransaction,
  now,
}: { organizationId: string; input: CreateCompanyInput } & StructureDependencies): Promise<{
  company: CompaniesTable;
}> {
  const timestamp = now().toISOString();
  const company: CompaniesTable = {
    id: createId('cmp'),
    organization_id: organizationId,
    name: input.name,
    description: null,
    street: null,
    postal_code: null,
    city: null,
    register_info: null,
    layout_json: null,
    ...toCompanyColumns(input),
    created_at: timestamp,
    updated_at: timestamp,
  };
  await inTransaction(({ structure }) => structure.insertCompany({ company }));
  return { company };
}

export async function updateCompany({
  organizationId,
  companyId,
  input,
  inTransaction,
  now,
}: {
  organizationId: string;
  companyId: string;
  input: UpdateCompanyInput;
} & StructureDependencies): Promise<{
  company: CompaniesTable;
}> {
  return inTransaction(async ({ structure }) => {
    const company = await structure.updateCompany({
      organizationId,
      companyId,
      changes: { ...toCompanyColumns(input), updated_at: now().toISOString() },
    });
    if (!company) throw companyNotFound(companyId);
    return { company };
  });
}

export async function deleteCompany({
  organizationId,
  companyId,
  inTransaction,
}: { organizationId: string; companyId: string } & StructureDependencies): Promise<void> {
  await inTransaction(async ({ structure }) => {
    const assigned = await structure.countEmployeesAssigned({
      organizationId,
      column: 'company_id',
      id: companyId,
    });
    const outcome = assigned > 0 ? 'in_use' : await structure.deleteCompany({ organizationId, companyId });
    if (outcome === 'not_found') throw companyNotFound(companyId);
    if (outcome === 'in_use') throw inUse('company', companyId, assigned);
  });
}

function inUse(label: string, id: string, assigned: number): AppError {
  const count = assigned > 0 ? `${assigned} employee(s)` : 'employees';
  return new AppError(
    'structure.in_use',
    `The ${label} ${id} is assigned to ${count}; assign them elsewhere before deleting it.`,
  );
}

function itemNotFound(dimension: Dimension, id: string): AppError {
  return new AppError(dimension.notFound, `There is no ${dimension.label} ${id}.`);
}

function nameTaken(dimension: Dimension, name: string): AppError {
  return new AppError(
    'structure.name_taken',
    `The name "${name}" is already taken by another ${dimension.label}.`,
  );
}

export async function listDimensionItems({
  dimension,
  organizationId,
  inTransaction,
}: { dimension: Dimension; organizationId: string } & StructureDependencies): Promise<{
  items: DimensionTable[];
}> {
  return inTransaction(async ({ structure }) => ({
    items: await structure.listDimensionItems({ dimension, organizationId }),
  }));
}

export async function getDimensionItemOrThrow({
  dimension,
  organizationId,
  id,
  inTransaction,
}: { dimension: Dimension; organizationId: string; id: string } & StructureDependencies): Promise<{
  item: DimensionTable;
}> {
  return inTransaction(async ({ structure }) => {
    const item = await structure.getDimensionItem({ dimension, organizationId, id });
    if (!item) throw itemNotFound(dimension, id);
    return { item };
  });
}

export async function createDimensionItem({
  dimension,
  organizationId,
  name,
  inTransaction,
  now,
}: { dimension: Dimension; organizationId: string; name: string } & StructureDependencies): Promise<{
  item: DimensionTable;
}> {
  const item: DimensionTable = {
    id: createId(dimension.idPrefix),
    organization_id: organizationId,
    name,
    name_key: toNameKey(name),
    created_at: now().toISOString(),
  };
  await inTransaction(async ({ structure }) => {
    if ((await structure.insertDimensionItem({ dimension, item })) === 'name_taken')
      throw nameTaken(dimension, name);
  });
  return { item };
}

export async function renameDimensionItem({
  dimension,
  organizationId,
  id,
  name,
  inTransaction,
}: {
  dimension: Dimension;
  organizationId: string;
  id: string;
  name: string;
} & StructureDependencies): Promise<{
  item: DimensionTable;
}> {
  return inTransaction(async ({ structure }) => {
    const outcome = await structure.renameDimensionItem({
      dimension,
      organizationId,
      id,
      name,
      nameKey: toNameKey(name),
    });
    if (outcome === 'not_found') throw itemNotFound(dimension, id);
    if (outcome === 'name_taken') throw nameTaken(dimension, name);
    return { item: outcome };
  });
}

export async function deleteDimensionItem({
  dimension,
  organizationId,
  id,
  inTransaction,
}: { dimension: Dimension; organizationId: string; id: string } & StructureDependencies): Promise<void> {
  await inTransaction(async ({ structure }) => {
    const assigned = await structure.countEmployeesAssigned({
      organizationId,
      column: dimension.employeeColumn,
      id,
    });
    const outcome =
      assigned > 0 ? 'in_use' : await structure.deleteDimensionItem({ dimension, organizationId, id });
    if (outcome === 'not_found') throw itemNotFound(dimension, id);
    if (outcome === 'in_use') throw inUse(dimension.label, id, assigned);
  });
}
