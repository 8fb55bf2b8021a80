// Request and response schemas of company letterhead images and the layout preview.
import { certificateLayoutSchema } from '@zeugnisdesk/shared';
import { z } from 'zod';
import { companyAssetSlots, previewFormats } from './company-assets.config.js';

export const companyIdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const companyAssetParamsSchema = z.strictObject({
  id: z.string().min(1).max(100),
  slot: z.enum(companyAssetSlots, { error: `must be one of ${companyAssetSlots.join(', ')}` }),
});

export const layoutPreviewQuerySchema = z.strictObject({
  format: z.enum(previewFormats, { error: `must be one of ${previewFormats.join(', ')}` }).default('svg'),
});

export const layoutPreviewBodySchema = z.strictObject({ layout: certificateLayoutSchema });
