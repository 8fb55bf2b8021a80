import { certificateLayoutSchema, defaultCertificateLayout } from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import {
  applyAssetChange,
  assetContentType,
  assetErrorMessage,
  checkAssetFile,
  checkDimensionName,
  checkLayoutForm,
  companyServerErrors,
  companyToForm,
  formToDraft,
  inUseCount,
  isCompanyFormDirty,
  isLayoutFormDirty,
  layoutFieldOfPath,
  layoutLimits,
  layoutLineLimits,
  layoutServerErrors,
  layoutToForm,
  previewErrorMessage,
  readNumber,
  restoreDefaultFormatting,
  structureErrorMessage,
  textToLines,
  toCompanyPatch,
  toCreateCompanyBody,
  validateCompanyForm,
  type LayoutForm,
} from './organization.models';
import type { CertificateLayout, Company } from './organization.types';

const demoLayout: CertificateLayout = {
  margins: { top: 25, right: 20, bottom: 28, left: 25 },
  font: { family: 'Liberation Sans', size: 11, lineSpacing: 1.35 },
  alignment: 'justify',
  heading: { size: 16, weight: 'bold', alignment: 'left', uppercase: false },
  letterhead: {
    logo: { src: 'logo.png', position: 'left', width: 35 },
    senderLine: 'Musterfirma GmbH · Hohenzollernring 42 · 50672 Köln',
    addressBlock: ['Musterfirma GmbH', 'Hohenzollernring 42', '50672 Köln'],
    background: null,
  },
  footer: ['Amtsgericht Köln HRB 104711'],
  signature: { space: 18 },
};

const company: Company = {
  id: 'cmp_1',
  name: 'Musterfirma GmbH',
  description: null,
  street: 'Hohenzollernring 42',
  postalCode: '50672',
  city: 'Köln',
  registerInfo: null,
  layout: demoLayout,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const inUse = (count: string) =>
  new ApiError(409, 'structure.in_use', `The location loc_1 is assigned to ${count}; assign them elsewhere.`);

describe('structure errors', () => {
  it('reads the number of employees from the server’s in-use answer, and explains it by name', () => {
    expect(inUseCount(inUse('12 employee(s)'))).toBe(12);
    expect(inUseCount(inUse('employees'))).toBeNull();
    expect(inUseCount(new ApiError(409, 'structure.name_taken', 'assigned to 3 employee(s)'))).toBeNull();
    expect(structureErrorMessage(inUse('3 employee(s)'), { subject: 'item', name: 'Köln' })).toEqual({
      key: 'organization.messages.itemInUse',
      values: { name: 'Köln', count: 3 },
    });
    expect(structureErrorMessage(inUse('1 employee(s)'), { subject: 'company', name: 'Muster' })).toEqual({
      key: 'organization.messages.companyInUse',
      values: { name: 'Muster', count: 1 },
    });
    expect(structureErrorMessage(inUse('employees'), { subject: 'company', name: 'Muster' }).key).toBe(
      'organization.messages.companyInUseUnknown',
    );
  });

  it('names a duplicate name, a vanished entry, and falls back to the general messages', () => {
    expect(
      structureErrorMessage(new ApiError(409, 'structure.name_taken', 'x'), {
        subject: 'item',
        name: 'Köln',
      }),
    ).toEqual({ key: 'organization.messages.nameTaken', values: { name: 'Köln' } });
    expect(
      structureErrorMessage(new ApiError(404, 'location.not_found', 'x'), { subject: 'item', name: 'a' }).key,
    ).toBe('organization.messages.itemNotFound');
    expect(
      structureErrorMessage(new ApiError(403, 'organization.read_only', 'x'), { subject: 'item', name: 'a' })
        .key,
    ).toBe('errors.readOnly');
    expect(structureErrorMessage(new Error('boom'), { subject: 'item', name: 'a' }).key).toBe(
      'errors.unknown',
    );
  });

  it('checks a dimension name before sending it', () => {
    expect(checkDimensionName('  ')?.key).toBe('organization.messages.required');
    expect(checkDimensionName('x'.repeat(201))?.key).toBe('organization.messages.tooLong');
    expect(checkDimensionName(' Köln ')).toBeNull();
  });
});

describe('the company form', () => {
  it('requires a name and keeps to the server’s lengths', () => {
    const form = { ...companyToForm(null), name: ' ', postalCode: '1'.repeat(21) };
    const errors = validateCompanyForm(form);
    expect(errors.name?.key).toBe('organization.messages.required');
    expect(errors.postalCode).toEqual({ key: 'organization.messages.tooLong', values: { max: 20 } });
    expect(validateCompanyForm(companyToForm(company))).toEqual({});
  });

  it('sends only filled fields on create, trimmed', () => {
    expect(toCreateCompanyBody({ ...companyToForm(null), name: ' Neu GmbH ', city: ' Bonn ' })).toEqual({
      name: 'Neu GmbH',
      city: 'Bonn',
    });
  });

  it('sends only what changed on PATCH, an emptied field as null', () => {
    const form = { ...companyToForm(company), street: '', registerInfo: 'HRB 1', city: 'Köln' };
    expect(toCompanyPatch(company, form)).toEqual({ street: null, registerInfo: 'HRB 1' });
    expect(isCompanyFormDirty(company, companyToForm(company))).toBe(false);
    expect(isCompanyFormDirty(company, form)).toBe(true);
  });

  it('puts the server’s issues at their fields, and a foreign error as a whole', () => {
    const error = new ApiError(400, 'validation.failed', 'x', [
      { path: 'body.postalCode', message: 'Too big' },
      { path: 'name', message: 'must not be empty' },
    ]);
    expect(companyServerErrors(error)).toEqual({
      fields: {
        postalCode: { key: 'organization.messages.tooLong', values: { max: 20 } },
        name: { key: 'organization.messages.required' },
      },
      isGeneral: false,
    });
    expect(companyServerErrors(new ApiError(500, 'server.internal_error', 'x')).isGeneral).toBe(true);
  });
});

describe('the layout form', () => {
  it('reads the number limits from the shared schema', () => {
    expect(layoutLimits.marginTop).toEqual({ min: 10, max: 80 });
    expect(layoutLimits.marginLeft).toEqual({ min: 10, max: 60 });
    expect(layoutLimits.fontSize).toEqual({ min: 9, max: 14 });
    expect(layoutLimits.lineSpacing).toEqual({ min: 1, max: 2.5 });
    expect(layoutLimits.headingSize).toEqual({ min: 11, max: 24 });
    expect(layoutLimits.logoWidth).toEqual({ min: 10, max: 120 });
    expect(layoutLimits.signatureSpace).toEqual({ min: 10, max: 40 });
  });

  it('has the same line limits as the schema', () => {
    const lines = (count: number, length = 5) => Array.from({ length: count }, () => 'x'.repeat(length));
    const parse = (letterhead: Partial<CertificateLayout['letterhead']>, footer: string[] = []) =>
      certificateLayoutSchema.safeParse({
        ...defaultCertificateLayout,
        letterhead: { ...defaultCertificateLayout.letterhead, ...letterhead },
        footer,
      }).success;
    expect(parse({ addressBlock: lines(layoutLineLimits.addressBlock) })).toBe(true);
    expect(parse({ addressBlock: lines(layoutLineLimits.addressBlock + 1) })).toBe(false);
    expect(parse({}, lines(layoutLineLimits.footer))).toBe(true);
    expect(parse({}, lines(layoutLineLimits.footer + 1))).toBe(false);
    expect(parse({ senderLine: 'x'.repeat(layoutLineLimits.lineLength) })).toBe(true);
    expect(parse({ senderLine: 'x'.repeat(layoutLineLimits.lineLength + 1) })).toBe(false);
  });

  it('round-trips a layout through the form, and starts from the default without one', () => {
    expect(checkLayoutForm(layoutToForm(demoLayout))).toEqual({ layout: demoLayout, errors: null });
    expect(checkLayoutForm(layoutToForm(null)).layout).toEqual(defaultCertificateLayout);
  });

  it('reads typed numbers, the German decimal comma too', () => {
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('')).toBeNull();
    expect(readNumber('12mm')).toBeNull();
    expect(readNumber(Number.NaN)).toBeNull();
  });

  it('turns text fields into lines without empty ones, and an empty sender line into null', () => {
    expect(textToLines(' A \n\n B\r\n ')).toEqual(['A', 'B']);
    const draft = formToDraft({ ...layoutToForm(demoLayout), senderLine: '  ', logoSrc: null });
    expect(draft.letterhead.senderLine).toBeNull();
    expect(draft.letterhead.logo).toBeNull();
  });

  it('puts every problem at its field with a German message, before a preview or a save', () => {
    const form: LayoutForm = {
      ...layoutToForm(demoLayout),
      marginTop: 5,
      fontSize: '',
      addressBlock: Array.from({ length: 9 }, (_, index) => `Zeile ${index}`).join('\n'),
      footer: 'x'.repeat(201),
      logoWidth: 500,
    };
    const check = checkLayoutForm(form);
    expect(check.layout).toBeNull();
    expect(check.errors).toEqual({
      marginTop: { key: 'organization.messages.range', values: { min: 10, max: 80 } },
      fontSize: { key: 'organization.messages.number', values: { min: 9, max: 14 } },
      addressBlock: { key: 'organization.messages.tooManyLines', values: { max: 8 } },
      footer: { key: 'organization.messages.lineTooLong', values: { max: 200 } },
      logoWidth: { key: 'organization.messages.range', values: { min: 10, max: 120 } },
    });
  });

  it('maps the server’s issue paths to the form’s fields', () => {
    expect(layoutFieldOfPath('layout.margins.top')).toBe('marginTop');
    expect(layoutFieldOfPath('body.layout.font.lineSpacing')).toBe('lineSpacing');
    expect(layoutFieldOfPath('letterhead.addressBlock.3')).toBe('addressBlock');
    expect(layoutFieldOfPath('layout.letterhead.logo.width')).toBe('logoWidth');
    expect(layoutFieldOfPath('layout.letterhead.logo.src')).toBe('logoSrc');
    expect(layoutFieldOfPath('layout.signature.space')).toBe('signatureSpace');
    expect(layoutFieldOfPath('query.format')).toBeNull();
    const error = new ApiError(400, 'validation.failed', 'x', [
      { path: 'layout.margins.left', message: 'must be at least 10 mm' },
    ]);
    expect(layoutServerErrors(error, layoutToForm(demoLayout))).toEqual({
      fields: { marginLeft: { key: 'organization.messages.range', values: { min: 10, max: 60 } } },
      isGeneral: false,
    });
    expect(layoutServerErrors(new ApiError(500, 'x', 'y'), layoutToForm(demoLayout)).isGeneral).toBe(true);
  });

  it('knows unsaved changes, but not a change that means the same (1,5 vs 1.5, trailing blank lines)', () => {
    const saved = layoutToForm(demoLayout);
    expect(
      isLayoutFormDirty(saved, { ...saved, lineSpacing: '1,35', addressBlock: `${saved.addressBlock}\n\n` }),
    ).toBe(false);
    expect(isLayoutFormDirty(saved, { ...saved, marginTop: 30 })).toBe(true);
    expect(isLayoutFormDirty(saved, { ...saved, fontFamily: 'Carlito' })).toBe(true);
  });

  it('restores the default formatting but keeps the letterhead’s content', () => {
    const form: LayoutForm = {
      ...layoutToForm(demoLayout),
      marginTop: 40,
      fontFamily: 'Carlito',
      logoWidth: 90,
    };
    const restored = restoreDefaultFormatting(form);
    expect(restored.marginTop).toBe(defaultCertificateLayout.margins.top);
    expect(restored.fontFamily).toBe('Liberation Sans');
    expect(restored.logoWidth).toBe(40);
    expect(restored.logoSrc).toBe('logo.png');
    expect(restored.addressBlock).toBe(form.addressBlock);
    expect(restored.footer).toBe(form.footer);
  });

  it('takes a stored or removed file from the server’s answer and keeps the other unsaved changes', () => {
    const form: LayoutForm = { ...layoutToForm(null), marginTop: 33 };
    const withLogo = applyAssetChange(form, 'logo', {
      ...company,
      layout: {
        ...demoLayout,
        letterhead: { ...demoLayout.letterhead, logo: { src: 'logo.svg', position: 'center', width: 50 } },
      },
    });
    expect(withLogo).toMatchObject({
      marginTop: 33,
      logoSrc: 'logo.svg',
      logoPosition: 'center',
      logoWidth: 50,
    });
    expect(applyAssetChange(withLogo, 'logo', { ...company, layout: null }).logoSrc).toBeNull();
    const withBackground = applyAssetChange(form, 'background', {
      ...company,
      layout: {
        ...demoLayout,
        letterhead: { ...demoLayout.letterhead, background: { src: 'background.pdf' } },
      },
    });
    expect(withBackground).toMatchObject({ marginTop: 33, backgroundSrc: 'background.pdf' });
  });
});

describe('the preview errors', () => {
  it('names a missing letterhead file, and falls back to the general texts', () => {
    expect(previewErrorMessage(new ApiError(400, 'render.asset_missing', 'x')).key).toBe(
      'organization.messages.assetMissing',
    );
    expect(previewErrorMessage(new ApiError(400, 'render.asset_invalid', 'x')).key).toBe(
      'organization.messages.fileRejected',
    );
    expect(previewErrorMessage(new ApiError(503, 'server.shutting_down', 'x')).key).toBe('errors.server');
  });
});

describe('the letterhead files', () => {
  const file = (name: string, type: string, size: number) => ({ name, type, size });

  it('accepts a logo as PNG, JPEG or SVG up to 1 MB and a background image up to 5 MB', () => {
    expect(checkAssetFile('logo', file('logo.png', 'image/png', 1024))).toBeNull();
    expect(checkAssetFile('logo', file('logo.svg', 'image/svg+xml', 1024 * 1024))).toBeNull();
    expect(checkAssetFile('background', file('bogen.svg', 'image/svg+xml', 5 * 1024 * 1024))).toBeNull();
    expect(checkAssetFile('background', file('bogen.jpg', 'image/jpeg', 1024))).toBeNull();
  });

  it('refuses the wrong type, an empty file and a too large one, with the limit in the message', () => {
    expect(checkAssetFile('logo', file('logo.gif', 'image/gif', 10))).toEqual({
      key: 'organization.messages.fileType',
      values: { types: 'PNG, JPEG, SVG' },
    });
    // The server cannot put a PDF page into a PDF/A certificate: a PDF letterhead is refused at once.
    expect(checkAssetFile('background', file('bogen.pdf', 'application/pdf', 10))?.values).toEqual({
      types: 'PNG, JPEG, SVG',
    });
    expect(checkAssetFile('logo', file('logo.png', 'image/png', 0))?.key).toBe(
      'organization.messages.fileEmpty',
    );
    expect(checkAssetFile('logo', file('logo.png', 'image/png', 1024 * 1024 + 1))).toEqual({
      key: 'organization.messages.fileTooLarge',
      values: { max: 1 },
    });
    expect(checkAssetFile('background', file('b.png', 'image/png', 5 * 1024 * 1024 + 1))?.values).toEqual({
      max: 5,
    });
  });

  it('takes the type from the file name when the browser gives none, and refuses a disguised file', () => {
    expect(assetContentType(file('LOGO.JPG', '', 1))).toBe('image/jpeg');
    expect(assetContentType(file('bogen.svg', '', 1))).toBe('image/svg+xml');
    expect(assetContentType(file('bogen.pdf', '', 1))).toBe('');
    expect(checkAssetFile('logo', file('logo.exe', '', 10))?.key).toBe('organization.messages.fileType');
    // The browser's type wins over the name: an executable named .png is still refused.
    expect(checkAssetFile('logo', file('logo.png', 'application/x-msdownload', 10))?.key).toBe(
      'organization.messages.fileType',
    );
  });

  it('explains the server’s refusals of a file', () => {
    expect(assetErrorMessage('logo', new ApiError(413, 'request.body_too_large', 'x'))).toEqual({
      key: 'organization.messages.fileTooLarge',
      values: { max: 1 },
    });
    expect(
      assetErrorMessage('background', new ApiError(415, 'request.unsupported_media_type', 'x')).values,
    ).toEqual({
      types: 'PNG, JPEG, SVG',
    });
    expect(assetErrorMessage('logo', new ApiError(400, 'company_asset.invalid_format', 'x'))).toEqual({
      key: 'organization.messages.fileType',
      values: { types: 'PNG, JPEG, SVG' },
    });
    expect(assetErrorMessage('logo', new ApiError(400, 'company_asset.unreadable', 'x')).key).toBe(
      'organization.messages.fileRejected',
    );
    expect(assetErrorMessage('logo', new ApiError(0, 'network.failed', 'x')).key).toBe('errors.network');
  });
});
