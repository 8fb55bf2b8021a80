// The shapes of the organisation endpoints as the app uses them: companies with their certificate
// layout, the four structure dimensions, the account. The layout type is the shared contract's.
import type { CertificateLayout } from '@zeugnisdesk/shared';

export type { CertificateLayout };

export interface Company {
  id: string;
  name: string;
  description: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  registerInfo: string | null;
  /** null: the default layout. */
  layout: CertificateLayout | null;
  createdAt: string;
  updatedAt: string;
}

/** POST /companies; on PATCH every field is optional, and `null` clears an optional text. */
export interface CompanyBody {
  name: string;
  description?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  registerInfo?: string | null;
  layout?: CertificateLayout | null;
}

export type CompanyPatch = Partial<CompanyBody>;

/** The four dimensions of the organisation structure, each a list of names. */
export const dimensionKeys = ['locations', 'departments', 'orgUnits', 'employeeTypes'] as const;
export type DimensionKey = (typeof dimensionKeys)[number];

export interface DimensionItem {
  id: string;
  name: string;
  createdAt: string;
}

export type ContractStatus = 'active' | 'read_only' | 'ended';

export interface OrganizationAccount {
  id: string;
  name: string;
  contractStatus: ContractStatus;
  /** null: the plan has no user limit. */
  planMaxUsers: number | null;
  /** Invited and active users. */
  seatsUsed: number;
}

/** The files a company's letterhead can have, stored by the server next to the company. */
export type CompanyAssetKind = 'logo' | 'background';

export type PreviewFormat = 'svg' | 'pdf';
