// The repositories every certificate use case runs with, bound to one transaction: the certificates,
// the employee and company records they are built from, the letterhead images of their documents, the
// change history, and what a notification needs (users, e-mail templates, the outbox). The routes, the
// handovers and the tests build them here, in one place.
import type { Db } from '../../app/database/database.types.js';
import { createChangeTrackingRepository } from '../change-tracking/change-tracking.repository.js';
import { createCompanyAssetsRepository } from '../company-assets/company-assets.repository.js';
import type { OutboundMessage } from '../delivery/delivery.types.js';
import { enqueueMessage } from '../delivery/outbox.usecases.js';
import { createEmailTemplatesRepository } from '../email-templates/email-templates.repository.js';
import { createEmployeesRepository } from '../employees/employees.repository.js';
import { createOrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import { createUsersRepository } from '../users/users.repository.js';
import { createCertificatesRepository } from './certificates.repository.js';

export function createCertificateRepositories(db: Db, now: () => Date) {
  return {
    certificates: createCertificatesRepository({ db }),
    employees: createEmployeesRepository({ db }),
    structure: createOrganizationStructureRepository({ db }),
    assets: createCompanyAssetsRepository({ db }),
    changeTracking: createChangeTrackingRepository({ db }),
    users: createUsersRepository({ db }),
    emailTemplates: createEmailTemplatesRepository({ db }),
    outbox: {
      enqueue: (message: OutboundMessage) => enqueueMessage({ db, message, now: now() }),
    },
  };
}
