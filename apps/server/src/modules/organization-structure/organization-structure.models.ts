// What leaves the server about companies and dimension items, and the name key that makes names
// unique case-insensitively (Unicode-aware, the same on both databases because the application makes it).
import type { CertificateLayout } from '@zeugnisdesk/shared';
import type { CompaniesTable, DimensionTable } from '../../app/database/database.types.js';

export function toNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('de-DE');
}

export function formatCompanyForApi(row: CompaniesTable) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    registerInfo: row.register_info,
    layout: row.layout_json === null ? null : (JSON.parse(row.layout_json) as CertificateLayout),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function formatDimensionItemForApi(row: DimensionTable) {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}
