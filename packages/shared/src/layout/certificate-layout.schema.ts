// The certificate layout (C9): letterhead, fonts, margins, spacing, alignment, signature block.
// Per company in the server; a JSON file for `zeugnisdesk render --layout`. Lengths in millimetres,
// font sizes in points. Images and the background page are referenced by name (`src`) and passed to
// the renderer as bytes, so the layout itself stays plain, storable data.
import { z } from 'zod';

export const layoutFontFamilies = ['Liberation Sans', 'Liberation Serif', 'Carlito'] as const;

const millimetres = (min: number, max: number) =>
  z.number().min(min, `must be at least ${min} mm`).max(max, `must be at most ${max} mm`);
const line = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const assetName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be a plain file name (letters, digits, . _ -)')
  .refine((name) => !name.includes('..'), 'must not contain ..');

export const certificateLayoutSchema = z.strictObject({
  margins: z
    .strictObject({
      top: millimetres(10, 80),
      right: millimetres(10, 60),
      bottom: millimetres(10, 60),
      left: millimetres(10, 60),
    })
    .default({ top: 25, right: 20, bottom: 25, left: 25 }),
  font: z
    .strictObject({
      family: z.enum(layoutFontFamilies, { error: `must be one of ${layoutFontFamilies.join(', ')}` }),
      size: z.number().min(9, 'must be at least 9 pt').max(14, 'must be at most 14 pt'),
      lineSpacing: z.number().min(1, 'must be at least 1').max(2.5, 'must be at most 2.5'),
    })
    .default({ family: 'Liberation Sans', size: 11, lineSpacing: 1.35 }),
  alignment: z.enum(['justify', 'left'], { error: 'must be justify or left' }).default('justify'),
  heading: z
    .strictObject({
      size: z.number().min(11).max(24),
      weight: z.enum(['bold', 'regular']),
      alignment: z.enum(['left', 'center']),
      uppercase: z.boolean(),
    })
    .default({ size: 16, weight: 'bold', alignment: 'left', uppercase: false }),
  letterhead: z
    .strictObject({
      logo: z
        .strictObject({
          src: assetName,
          position: z.enum(['left', 'center', 'right'], { error: 'must be left, center or right' }),
          width: millimetres(10, 120),
        })
        .nullable(),
      /** The small return-address line above the certificate ("Musterfirma GmbH · Hafenstraße 1 · 50667 Köln"). */
      senderLine: line.nullable(),
      /** The company block at the right: name, address, phone, web. */
      addressBlock: z.array(line).max(8, 'must have at most 8 lines'),
      /** A letterhead PDF whose first page lies under every page; then logo and blocks are usually empty. */
      background: z.strictObject({ src: assetName }).nullable(),
    })
    .default({ logo: null, senderLine: null, addressBlock: [], background: null }),
  /** Register data and bank details at the foot of every page. */
  footer: z.array(line).max(4, 'must have at most 4 lines').default([]),
  signature: z
    .strictObject({
      /** Room for the handwritten signature above the typed name. */
      space: millimetres(10, 40),
    })
    .default({ space: 18 }),
});

export type CertificateLayout = z.output<typeof certificateLayoutSchema>;
export type CertificateLayoutDraft = z.input<typeof certificateLayoutSchema>;

/** The default layout: a clean A4 letter in Liberation Sans with justified paragraphs. */
export const defaultCertificateLayout: CertificateLayout = certificateLayoutSchema.parse({});
