// Request and response schemas of companies and the four dimensions.
import { certificateLayoutSchema } from '@zeugnisdesk/shared';
import { z } from 'zod';
import { optionalText, requiredText } from '../../app/api/api.schemas.js';

const companyFields = {
  name: requiredText(200),
  description: optionalText(500).optional(),
  street: optionalText(200).optional(),
  postalCode: optionalText(20).optional(),
  city: optionalText(100).optional(),
  registerInfo: optionalText(500).optional(),
  /** The certificate layout (C9); null: the default layout. */
  layout: certificateLayoutSchema.nullable().optional(),
};

export const createCompanyBodySchema = z.strictObject(companyFields);
export const updateCompanyBodySchema = z.strictObject(companyFields).partial();

export type CreateCompanyInput = z.output<typeof createCompanyBodySchema>;
export type UpdateCompanyInput = z.output<typeof updateCompanyBodySchema>;

export const companySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    registerInfo: z.string().nullable(),
    layout: certificateLayoutSchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Company' });

export const dimensionItemBodySchema = z.strictObject({ name: requiredText(200) });

export const dimensionItemSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string() })
  .meta({ id: 'StructureItem' });
