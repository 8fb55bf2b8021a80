// Request and response schemas of the tenant's privacy settings: change tracking (L4) and the one-time
// code on handover links (H3).
import { z } from 'zod';

export const handoverCodeChannels = ['email', 'sms'] as const;
export type HandoverCodeChannel = (typeof handoverCodeChannels)[number];

export const privacySettingsSchema = z
  .object({
    changeTracking: z.boolean(),
    handoverCode: z.object({
      /** Every handover needs a one-time code; otherwise HR decides per handover. */
      required: z.boolean(),
      /** The channels a code may be sent by. */
      channels: z.array(z.enum(handoverCodeChannels)),
    }),
  })
  .meta({ id: 'PrivacySettings' });

export type PrivacySettings = z.output<typeof privacySettingsSchema>;

export const updatePrivacySettingsBodySchema = z.strictObject({
  changeTracking: z.boolean('must be true or false').optional(),
  handoverCode: z
    .strictObject({
      required: z.boolean('must be true or false').optional(),
      channels: z
        .array(z.enum(handoverCodeChannels, 'must be email or sms'))
        .min(1, 'must allow at least one channel')
        .refine((channels) => new Set(channels).size === channels.length, 'must not repeat a channel')
        .optional(),
    })
    .optional(),
});

export type UpdatePrivacySettingsInput = z.output<typeof updatePrivacySettingsBodySchema>;
