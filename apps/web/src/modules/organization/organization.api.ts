// The organisation endpoints: companies (with the layout preview and the letterhead files), the four
// structure dimensions, and the account. The API client adds the CSRF token to every change.
import { api } from '../../app/api/api';
import type {
  CertificateLayout,
  Company,
  CompanyAssetKind,
  CompanyBody,
  CompanyPatch,
  DimensionItem,
  DimensionKey,
  OrganizationAccount,
  PreviewFormat,
} from './organization.types';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const companyPath = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

export async function listCompanies(signal?: AbortSignal): Promise<Company[]> {
  const { items } = await api.get<{ items: Company[] }>('/api/v1/companies', withSignal(signal));
  return items;
}

export function getCompany(companyId: string, signal?: AbortSignal): Promise<Company> {
  return api.get<Company>(companyPath(companyId), withSignal(signal));
}

export function createCompany(body: CompanyBody): Promise<Company> {
  return api.post<Company>('/api/v1/companies', body);
}

export function updateCompany(companyId: string, body: CompanyPatch): Promise<Company> {
  return api.request<Company>('PATCH', companyPath(companyId), { body });
}

export function deleteCompany(companyId: string): Promise<void> {
  return api.request<void>('DELETE', companyPath(companyId));
}

/** The page rendered on an unsaved layout: an SVG image of the first page, or the whole PDF. */
export function renderLayoutPreview(
  companyId: string,
  layout: CertificateLayout,
  format: PreviewFormat,
  signal?: AbortSignal,
): Promise<Blob> {
  return api.post<Blob>(
    `${companyPath(companyId)}/layout-preview`,
    { layout },
    { query: { format }, responseType: 'blob', ...withSignal(signal) },
  );
}

/** Stores the logo (PNG, JPEG, SVG) or the background letterhead (PDF); answers the updated company. */
export function uploadCompanyAsset(companyId: string, kind: CompanyAssetKind, file: Blob): Promise<Company> {
  return api.request<Company>('PUT', `${companyPath(companyId)}/assets/${kind}`, {
    body: file,
    contentType: file.type,
  });
}

export function fetchCompanyAsset(
  companyId: string,
  kind: CompanyAssetKind,
  signal?: AbortSignal,
): Promise<Blob> {
  return api.get<Blob>(`${companyPath(companyId)}/assets/${kind}`, {
    responseType: 'blob',
    ...withSignal(signal),
  });
}

/** Removes the file; the server answers the updated company (or nothing, then the caller reloads it). */
export function deleteCompanyAsset(companyId: string, kind: CompanyAssetKind): Promise<Company | undefined> {
  return api.request<Company | undefined>('DELETE', `${companyPath(companyId)}/assets/${kind}`);
}

export const dimensionPaths: Record<DimensionKey, string> = {
  locations: '/api/v1/locations',
  departments: '/api/v1/departments',
  orgUnits: '/api/v1/org-units',
  employeeTypes: '/api/v1/employee-types',
};

export async function listDimensionItems(
  dimension: DimensionKey,
  signal?: AbortSignal,
): Promise<DimensionItem[]> {
  const { items } = await api.get<{ items: DimensionItem[] }>(dimensionPaths[dimension], withSignal(signal));
  return items;
}

export function createDimensionItem(dimension: DimensionKey, name: string): Promise<DimensionItem> {
  return api.post<DimensionItem>(dimensionPaths[dimension], { name });
}

export function renameDimensionItem(
  dimension: DimensionKey,
  id: string,
  name: string,
): Promise<DimensionItem> {
  return api.request<DimensionItem>('PATCH', `${dimensionPaths[dimension]}/${encodeURIComponent(id)}`, {
    body: { name },
  });
}

export function deleteDimensionItem(dimension: DimensionKey, id: string): Promise<void> {
  return api.request<void>('DELETE', `${dimensionPaths[dimension]}/${encodeURIComponent(id)}`);
}

export function fetchOrganizationAccount(signal?: AbortSignal): Promise<OrganizationAccount> {
  return api.get<OrganizationAccount>('/api/v1/organization', withSignal(signal));
}
