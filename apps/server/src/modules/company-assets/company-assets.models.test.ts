import { certificateLayoutSchema, type CertificateLayout } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import {
  checkUpload,
  previewInput,
  rasterSize,
  toRenderInput,
  withAssetReference,
  withoutAssetReference,
} from './company-assets.models.js';
import { jpeg, pdf, png, pngClaiming, svg } from './company-assets.test-utils.js';

const defaults = certificateLayoutSchema.parse({});
const company = {
  name: 'Rheinfracht Logistik GmbH',
  description: 'ein mittelständisches Logistikunternehmen',
  street: 'Hafenstraße 12',
  postal_code: '50667',
  city: 'Köln',
};

describe('checkUpload', () => {
  it.each([
    ['logo', png, 'png'],
    ['logo', jpeg, 'jpg'],
    ['logo', svg, 'svg'],
    ['background', png, 'png'],
    ['background', jpeg, 'jpg'],
    ['background', svg, 'svg'],
  ] as const)('accepts a %s of %s bytes as %s', (slot, bytes, format) => {
    expect(checkUpload(slot, bytes)).toBe(format);
  });

  it.each([
    ['logo', pdf, 'The file is a PDF; a logo must be PNG, JPEG, SVG.'],
    ['background', pdf, 'The file is a PDF; a background must be PNG, JPEG, SVG (PDF/A certificates'],
    [
      'logo',
      new Uint8Array([1, 2, 3]),
      'The file is not an image this server knows; a logo must be PNG, JPEG, SVG.',
    ],
    ['logo', new Uint8Array(), 'The file is empty; a logo must be PNG, JPEG, SVG.'],
  ] as const)('refuses a %s of the wrong format: %#', (slot, bytes, message) => {
    expect(() => checkUpload(slot, bytes)).toThrow(
      expect.objectContaining({
        code: 'company_asset.invalid_format',
        message: expect.stringContaining(message),
      }),
    );
  });

  it('refuses more bytes than the slot allows, and raster images of too many pixels', () => {
    expect(() => checkUpload('logo', new Uint8Array(1024 * 1024 + 1))).toThrow(
      expect.objectContaining({ code: 'company_asset.too_large' }),
    );
    expect(checkUpload('background', pngClaiming(4961, 7016))).toBe('png');
    expect(() => checkUpload('background', pngClaiming(6000, 6001))).toThrow(
      expect.objectContaining({ code: 'company_asset.too_large' }),
    );
    expect(() => checkUpload('logo', pngClaiming(0, 10))).toThrow(
      expect.objectContaining({ code: 'company_asset.unreadable' }),
    );
  });

  it('reads the size of PNG and JPEG headers', () => {
    expect(rasterSize(png, 'png')).toEqual({ width: 60, height: 20 });
    expect(rasterSize(jpeg, 'jpg')).toEqual({ width: 16, height: 8 });
    expect(rasterSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 'jpg')).toBeNull();
  });
});

describe('layout references', () => {
  it('points the logo at the stored asset, keeping position and width, or right and 40 mm', () => {
    expect(withAssetReference(defaults, 'logo').letterhead.logo).toEqual({
      src: 'logo',
      position: 'right',
      width: 40,
    });
    const placed: CertificateLayout = {
      ...defaults,
      letterhead: { ...defaults.letterhead, logo: { src: 'alt.svg', position: 'center', width: 70 } },
    };
    expect(withAssetReference(placed, 'logo').letterhead.logo).toEqual({
      src: 'logo',
      position: 'center',
      width: 70,
    });
    expect(withAssetReference(placed, 'background').letterhead).toMatchObject({
      background: { src: 'background' },
      logo: { src: 'alt.svg' },
    });
  });

  it('removes one slot’s reference and leaves the rest', () => {
    const both = withAssetReference(withAssetReference(defaults, 'logo'), 'background');
    expect(withoutAssetReference(both, 'logo').letterhead).toMatchObject({
      logo: null,
      background: { src: 'background' },
    });
  });
});

describe('toRenderInput', () => {
  const both = withAssetReference(withAssetReference(defaults, 'logo'), 'background');

  it('names stored assets with their extension, for the renderers', () => {
    const { layout, assets } = toRenderInput(
      both,
      [
        { slot: 'logo', format: 'svg', bytes: svg },
        { slot: 'background', format: 'jpg', bytes: jpeg },
      ],
      { missing: 'keep' },
    );
    expect(layout.letterhead.logo).toEqual({ src: 'logo.svg', position: 'right', width: 40 });
    expect(layout.letterhead.background).toEqual({ src: 'background.jpg' });
    expect(assets).toEqual({ 'logo.svg': svg, 'background.jpg': jpeg });
  });

  it('drops or keeps a reference to an image that is not stored', () => {
    const stored = [{ slot: 'logo' as const, format: 'png' as const, bytes: png }];
    expect(toRenderInput(both, stored, { missing: 'drop' }).layout.letterhead).toMatchObject({
      logo: { src: 'logo.png' },
      background: null,
    });
    expect(toRenderInput(both, stored, { missing: 'keep' }).layout.letterhead).toMatchObject({
      background: { src: 'background' },
    });
  });
});

describe('previewInput', () => {
  it('makes the company the employer of the sample certificate, in its city', () => {
    expect(previewInput(company)).toMatchObject({
      kind: 'final',
      place: 'Köln',
      employer: {
        name: 'Rheinfracht Logistik GmbH',
        description: 'ein mittelständisches Logistikunternehmen',
        address: { street: 'Hafenstraße 12', postalCode: '50667', city: 'Köln' },
      },
    });
  });

  it('leaves out a description the certificate cannot take, and works without an address', () => {
    const input = previewInput({
      ...company,
      description: 'x'.repeat(400),
      street: null,
      postal_code: null,
      city: null,
    });
    expect(input.employer).toMatchObject({ description: null });
    expect(input.place).toBe('Köln');
  });
});
