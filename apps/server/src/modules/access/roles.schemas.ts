// Request and response schemas of the roles (U6).
import { z } from 'zod';
import { requiredText } from '../../app/api/api.schemas.js';
import { accessAreas, accessLevels } from './access.models.js';

const permissions = z.partialRecord(z.enum(accessAreas), z.enum(accessLevels));

export const createRoleBodySchema = z.strictObject({
  name: requiredText(100),
  permissions: permissions.default({}),
});
export const updateRoleBodySchema = z.strictObject({ name: requiredText(100), permissions }).partial();

export const roleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    isAdministrator: z.boolean(),
    permissions: z.record(z.enum(accessAreas), z.enum(accessLevels)),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Role' });

export const roleListSchema = z.object({ items: z.array(roleSchema) });
