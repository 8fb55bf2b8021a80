// The repositories every certificate use case runs with, bound to one transaction: the certificates,
// the employee and company records they are built from, the letterhead images of their documents and
// the change history. The routes, the handovers and the tests build them here, in one place.
import type { Db } from '../../app/database/database.types.js';
import { createChangeTrackingRepository } from '../change-tracking/change-tracking.repository.js';
import { createCompanyAssetsRepository } from '../company-assets/company-assets.repository.js';
import { createEmployeesRepository } from '../employees/employees.repository.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { createCertificatesRepository } from './certificates.repository.js';

export function createCertificateRepositories(db: Db) {
  return {
    certificates: createCertificatesRepository({ db }),
    employees: createEmployeesRepository({ db }),
    structure: createOrganizationStructureRepository({ db }),
    assets: createCompanyAssetsRepository({ db }),
    changeTracking: createChangeTrackingRepository({ db }),
  };
}
