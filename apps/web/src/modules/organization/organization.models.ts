// The pure rules of the organisation pages: the company form (to and from the API, checked before
// sending, only what changed on PATCH), the layout form (numbers as typed, lines as text; limits read
// from the shared layout schema; checked with that schema before a preview or save), the letterhead
// files (type and size), and which German text explains a refused change, at its field where possible.
import { certificateLayoutSchema, defaultCertificateLayout, layoutFontFamilies } from '@zeugnisdesk/shared';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../../app/api/api-client.models';
import type {
  CertificateLayout,
  Company,
  CompanyAssetKind,
  CompanyBody,
  CompanyPatch,
  ContractStatus,
} from './organization.types';

// Messages ------------------------------------------------------------------------------------------

/** A text the pages show, as a locale key with its values (`t(message.key, message.values)`). */
export interface Message {
  key: OrganizationMessageKey;
  values?: Record<string, string | number>;
}

export type OrganizationMessageKey =
  | ErrorMessageKey
  | 'organization.messages.required'
  | 'organization.messages.tooLong'
  | 'organization.messages.number'
  | 'organization.messages.range'
  | 'organization.messages.tooManyLines'
  | 'organization.messages.lineTooLong'
  | 'organization.messages.invalid'
  | 'organization.messages.nameTaken'
  | 'organization.messages.companyInUse'
  | 'organization.messages.companyInUseUnknown'
  | 'organization.messages.itemInUse'
  | 'organization.messages.itemInUseUnknown'
  | 'organization.messages.companyNotFound'
  | 'organization.messages.itemNotFound'
  | 'organization.messages.fileType'
  | 'organization.messages.fileTooLarge'
  | 'organization.messages.fileEmpty'
  | 'organization.messages.fileRejected'
  | 'organization.messages.assetMissing'
  | 'organization.messages.formProblems';

const message = (key: OrganizationMessageKey, values?: Message['values']): Message =>
  values ? { key, values } : { key };

/**
 * How many employees the server said still use a company or item. The count is only in its (English)
 * message („… is assigned to 3 employee(s) …“); null when it is not there.
 */
export function inUseCount(error: unknown): number | null {
  if (!isApiError(error) || error.code !== 'structure.in_use') return null;
  const match = /assigned to (\d+) employee/.exec(error.message);
  return match ? Number(match[1]) : null;
}

const notFoundCodes = new Set([
  'location.not_found',
  'department.not_found',
  'org_unit.not_found',
  'employee_type.not_found',
]);

/**
 * What to tell the user about a refused change of a company (`subject: 'company'`) or a structure
 * item; `name` is the name the user knows it by.
 */
export function structureErrorMessage(
  error: unknown,
  { subject, name }: { subject: 'company' | 'item'; name: string },
): Message {
  if (isApiError(error)) {
    if (error.code === 'structure.in_use') {
      const count = inUseCount(error);
      const base = subject === 'company' ? 'companyInUse' : 'itemInUse';
      return count === null
        ? message(`organization.messages.${base}Unknown`, { name })
        : message(`organization.messages.${base}`, { name, count });
    }
    if (error.code === 'structure.name_taken') return message('organization.messages.nameTaken', { name });
    if (error.code === 'company.not_found') return message('organization.messages.companyNotFound');
    if (notFoundCodes.has(error.code)) return message('organization.messages.itemNotFound');
  }
  return message(errorMessageKey(error));
}

/** A server issue path without the `body.` (and, for the layout, `layout.`) in front. */
export function issueField(path: string): string {
  return path.replace(/^body\./, '');
}

// Companies -----------------------------------------------------------------------------------------

export interface CompanyForm {
  name: string;
  description: string;
  street: string;
  postalCode: string;
  city: string;
  registerInfo: string;
}

export type CompanyFormField = keyof CompanyForm;
export type CompanyFormErrors = Partial<Record<CompanyFormField, Message>>;

/** The server's limits (characters) per field. */
export const companyFieldLimits: Record<CompanyFormField, number> = {
  name: 200,
  description: 500,
  street: 200,
  postalCode: 20,
  city: 100,
  registerInfo: 500,
};

export const companyFormFields = Object.keys(companyFieldLimits) as CompanyFormField[];

export function companyToForm(company: Company | null): CompanyForm {
  return {
    name: company?.name ?? '',
    description: company?.description ?? '',
    street: company?.street ?? '',
    postalCode: company?.postalCode ?? '',
    city: company?.city ?? '',
    registerInfo: company?.registerInfo ?? '',
  };
}

export function validateCompanyForm(form: CompanyForm): CompanyFormErrors {
  const errors: CompanyFormErrors = {};
  for (const field of companyFormFields) {
    const value = form[field].trim();
    if (field === 'name' && value === '') errors.name = message('organization.messages.required');
    else if (value.length > companyFieldLimits[field])
      errors[field] = message('organization.messages.tooLong', { max: companyFieldLimits[field] });
  }
  return errors;
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function toCreateCompanyBody(form: CompanyForm): CompanyBody {
  const body: CompanyBody = { name: form.name.trim() };
  for (const field of companyFormFields) {
    if (field === 'name') continue;
    const value = optional(form[field]);
    if (value !== null) body[field] = value;
  }
  return body;
}

/** Only what changed; an emptied optional field is sent as null. */
export function toCompanyPatch(company: Company, form: CompanyForm): CompanyPatch {
  const patch: CompanyPatch = {};
  if (form.name.trim() !== company.name) patch.name = form.name.trim();
  for (const field of companyFormFields) {
    if (field === 'name') continue;
    const value = optional(form[field]);
    if (value !== company[field]) patch[field] = value;
  }
  return patch;
}

export function isCompanyFormDirty(company: Company, form: CompanyForm): boolean {
  return Object.keys(toCompanyPatch(company, form)).length > 0;
}

export interface ServerFieldErrors<F extends string> {
  fields: Partial<Record<F, Message>>;
  /** The error names no field of the form: show it as a whole. */
  isGeneral: boolean;
}

/** Puts the server's validation issues at the company form's fields (its messages are English). */
export function companyServerErrors(error: unknown): ServerFieldErrors<CompanyFormField> {
  const fields: Partial<Record<CompanyFormField, Message>> = {};
  if (isApiError(error)) {
    for (const issue of error.issues) {
      const field = issueField(issue.path).split('.')[0] ?? '';
      if ((companyFormFields as string[]).includes(field) && !fields[field as CompanyFormField]) {
        fields[field as CompanyFormField] =
          field === 'name' && isEmptyIssue(issue.message)
            ? message('organization.messages.required')
            : message('organization.messages.tooLong', {
                max: companyFieldLimits[field as CompanyFormField],
              });
      }
    }
  }
  return { fields, isGeneral: Object.keys(fields).length === 0 };
}

/** An issue about an empty value (the server says „must not be empty“, „Required“ …). */
function isEmptyIssue(text: string): boolean {
  return /empty|required|at least 1/i.test(text);
}

// Layout --------------------------------------------------------------------------------------------

const shape = certificateLayoutSchema.shape;
const marginsShape = shape.margins.unwrap().shape;
const fontShape = shape.font.unwrap().shape;
const headingShape = shape.heading.unwrap().shape;
const letterheadShape = shape.letterhead.unwrap().shape;
const logoShape = letterheadShape.logo.unwrap().shape;
const signatureShape = shape.signature.unwrap().shape;

export interface Range {
  min: number;
  max: number;
}

function rangeOf(schema: { minValue: number | null; maxValue: number | null }): Range {
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The layout's number fields. Millimetres, except font and heading size (pt) and line spacing (factor). */
export const layoutNumberFields = [
  'marginTop',
  'marginRight',
  'marginBottom',
  'marginLeft',
  'fontSize',
  'lineSpacing',
  'headingSize',
  'logoWidth',
  'signatureSpace',
] as const;
export type LayoutNumberField = (typeof layoutNumberFields)[number];

/** Each number field's range, read from the shared schema, so the form never allows what it refuses. */
export const layoutLimits: Record<LayoutNumberField, Range> = {
  marginTop: rangeOf(marginsShape.top),
  marginRight: rangeOf(marginsShape.right),
  marginBottom: rangeOf(marginsShape.bottom),
  marginLeft: rangeOf(marginsShape.left),
  fontSize: rangeOf(fontShape.size),
  lineSpacing: rangeOf(fontShape.lineSpacing),
  headingSize: rangeOf(headingShape.size),
  logoWidth: rangeOf(logoShape.width),
  signatureSpace: rangeOf(signatureShape.space),
};

/** The schema's limits of the text lines (checked against the schema in the unit test). */
export const layoutLineLimits = { addressBlock: 8, footer: 4, lineLength: 200 } as const;

export const fontFamilies = layoutFontFamilies;
export type FontFamily = (typeof layoutFontFamilies)[number];
export const textAlignments = [
  'justify',
  'left',
] as const satisfies readonly CertificateLayout['alignment'][];
export const headingWeights = [
  'bold',
  'regular',
] as const satisfies readonly CertificateLayout['heading']['weight'][];
export const headingAlignments = [
  'left',
  'center',
] as const satisfies readonly CertificateLayout['heading']['alignment'][];
export type LogoPosition = NonNullable<CertificateLayout['letterhead']['logo']>['position'];
export const logoPositions = ['left', 'center', 'right'] as const satisfies readonly LogoPosition[];

/** Where a newly uploaded logo sits when the server's answer does not say. */
export const defaultLogoPlacement = { position: 'right', width: 40 } as const satisfies {
  position: LogoPosition;
  width: number;
};

/** A number as the field holds it: a number, or the text being typed ('' when empty). */
export type NumberValue = number | string;

/** The layout as the form edits it: flat, numbers as typed, line lists as text (one line per row). */
export interface LayoutForm {
  marginTop: NumberValue;
  marginRight: NumberValue;
  marginBottom: NumberValue;
  marginLeft: NumberValue;
  fontFamily: FontFamily;
  fontSize: NumberValue;
  lineSpacing: NumberValue;
  alignment: CertificateLayout['alignment'];
  headingSize: NumberValue;
  headingWeight: CertificateLayout['heading']['weight'];
  headingAlignment: CertificateLayout['heading']['alignment'];
  headingUppercase: boolean;
  /** The stored logo's name, or null without a logo. */
  logoSrc: string | null;
  logoPosition: LogoPosition;
  logoWidth: NumberValue;
  senderLine: string;
  addressBlock: string;
  /** The stored background letterhead's name, or null. */
  backgroundSrc: string | null;
  footer: string;
  signatureSpace: NumberValue;
}

export type LayoutField = keyof LayoutForm;
export type LayoutErrors = Partial<Record<LayoutField, Message>>;

export function layoutToForm(layout: CertificateLayout | null): LayoutForm {
  const source = layout ?? defaultCertificateLayout;
  const logo = source.letterhead.logo;
  return {
    marginTop: source.margins.top,
    marginRight: source.margins.right,
    marginBottom: source.margins.bottom,
    marginLeft: source.margins.left,
    fontFamily: source.font.family,
    fontSize: source.font.size,
    lineSpacing: source.font.lineSpacing,
    alignment: source.alignment,
    headingSize: source.heading.size,
    headingWeight: source.heading.weight,
    headingAlignment: source.heading.alignment,
    headingUppercase: source.heading.uppercase,
    logoSrc: logo?.src ?? null,
    logoPosition: logo?.position ?? defaultLogoPlacement.position,
    logoWidth: logo?.width ?? defaultLogoPlacement.width,
    senderLine: source.letterhead.senderLine ?? '',
    addressBlock: source.letterhead.addressBlock.join('\n'),
    backgroundSrc: source.letterhead.background?.src ?? null,
    footer: source.footer.join('\n'),
    signatureSpace: source.signature.space,
  };
}

/** The lines of a text field: trimmed, empty ones left out. */
export function textToLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A typed number („12,5“ in German too), or null when it is none. */
export function readNumber(value: NumberValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim().replace(',', '.');
  // Number() alone would read '' as 0 and '0x10' as 16.
  if (!/^[-\d.]+$/.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** The layout the form describes, unchecked (numbers that are none stay NaN, so the schema refuses them). */
export function formToDraft(form: LayoutForm): CertificateLayout {
  const number = (value: NumberValue) => readNumber(value) ?? Number.NaN;
  return {
    margins: {
      top: number(form.marginTop),
      right: number(form.marginRight),
      bottom: number(form.marginBottom),
      left: number(form.marginLeft),
    },
    font: { family: form.fontFamily, size: number(form.fontSize), lineSpacing: number(form.lineSpacing) },
    alignment: form.alignment,
    heading: {
      size: number(form.headingSize),
      weight: form.headingWeight,
      alignment: form.headingAlignment,
      uppercase: form.headingUppercase,
    },
    letterhead: {
      logo:
        form.logoSrc === null
          ? null
          : { src: form.logoSrc, position: form.logoPosition, width: number(form.logoWidth) },
      senderLine: form.senderLine.trim() === '' ? null : form.senderLine.trim(),
      addressBlock: textToLines(form.addressBlock),
      background: form.backgroundSrc === null ? null : { src: form.backgroundSrc },
    },
    footer: textToLines(form.footer),
    signature: { space: number(form.signatureSpace) },
  };
}

/** Which form field a layout path names (`margins.top`, `layout.letterhead.addressBlock.3`, `body.layout.font`). */
export function layoutFieldOfPath(path: string): LayoutField | null {
  const parts = issueField(path)
    .replace(/^layout\.?/, '')
    .split('.');
  const [first, second] = parts;
  switch (first) {
    case 'margins':
      return second === 'top'
        ? 'marginTop'
        : second === 'right'
          ? 'marginRight'
          : second === 'bottom'
            ? 'marginBottom'
            : second === 'left'
              ? 'marginLeft'
              : null;
    case 'font':
      return second === 'size' ? 'fontSize' : second === 'lineSpacing' ? 'lineSpacing' : 'fontFamily';
    case 'alignment':
      return 'alignment';
    case 'heading':
      return second === 'weight'
        ? 'headingWeight'
        : second === 'alignment'
          ? 'headingAlignment'
          : second === 'uppercase'
            ? 'headingUppercase'
            : 'headingSize';
    case 'letterhead':
      switch (second) {
        case 'logo':
          return parts[2] === 'position' ? 'logoPosition' : parts[2] === 'width' ? 'logoWidth' : 'logoSrc';
        case 'senderLine':
          return 'senderLine';
        case 'addressBlock':
          return 'addressBlock';
        case 'background':
          return 'backgroundSrc';
        default:
          return null;
      }
    case 'footer':
      return 'footer';
    case 'signature':
      return 'signatureSpace';
    default:
      return null;
  }
}

const lineFields: Partial<Record<LayoutField, number>> = {
  addressBlock: layoutLineLimits.addressBlock,
  footer: layoutLineLimits.footer,
};

/** The German message for a problem with a layout field (the schema's own messages are English). */
export function layoutFieldMessage(field: LayoutField, form?: LayoutForm): Message {
  if ((layoutNumberFields as readonly string[]).includes(field)) {
    const { min, max } = layoutLimits[field as LayoutNumberField];
    if (form && readNumber(form[field] as NumberValue) === null)
      return message('organization.messages.number', { min, max });
    return message('organization.messages.range', { min, max });
  }
  const maxLines = lineFields[field];
  if (maxLines !== undefined && form) {
    const lines = textToLines(form[field] as string);
    if (lines.length > maxLines) return message('organization.messages.tooManyLines', { max: maxLines });
    return message('organization.messages.lineTooLong', { max: layoutLineLimits.lineLength });
  }
  if (field === 'senderLine')
    return message('organization.messages.tooLong', { max: layoutLineLimits.lineLength });
  return message('organization.messages.invalid');
}

export type LayoutCheck =
  { layout: CertificateLayout; errors: null } | { layout: null; errors: LayoutErrors };

/** Checks the form with the shared schema: the layout to preview or save, or the problems per field. */
export function checkLayoutForm(form: LayoutForm): LayoutCheck {
  const result = certificateLayoutSchema.safeParse(formToDraft(form));
  if (result.success) return { layout: result.data, errors: null };
  const errors: LayoutErrors = {};
  for (const issue of result.error.issues) {
    const field = layoutFieldOfPath(issue.path.join('.'));
    if (field && !errors[field]) errors[field] = layoutFieldMessage(field, form);
  }
  if (Object.keys(errors).length === 0) errors.fontFamily = message('organization.messages.invalid');
  return { layout: null, errors };
}

/** What to say when the preview could not be made: a missing letterhead file, or the general text. */
export function previewErrorMessage(error: unknown): Message {
  if (isApiError(error) && error.code === 'render.asset_missing')
    return message('organization.messages.assetMissing');
  if (
    isApiError(error) &&
    (error.code === 'render.asset_invalid' || error.code === 'render.background_unsupported')
  )
    return message('organization.messages.fileRejected');
  return message(errorMessageKey(error));
}

/** The server's validation issues about a layout (a preview or a save), at their fields. */
export function layoutServerErrors(error: unknown, form: LayoutForm): ServerFieldErrors<LayoutField> {
  const fields: LayoutErrors = {};
  if (isApiError(error)) {
    for (const issue of error.issues) {
      const field = layoutFieldOfPath(issue.path);
      if (field && !fields[field]) fields[field] = layoutFieldMessage(field, form);
    }
  }
  return { fields, isGeneral: Object.keys(fields).length === 0 };
}

/** A stable text of what the form describes, so that two forms can be compared (unsaved changes). */
export function layoutFormKey(form: LayoutForm): string {
  return JSON.stringify(formToDraft(form));
}

export function isLayoutFormDirty(saved: LayoutForm, form: LayoutForm): boolean {
  return layoutFormKey(saved) !== layoutFormKey(form);
}

/**
 * „Standard wiederherstellen“: margins, font, alignment, heading, signature space and the logo's place
 * go back to the defaults; the letterhead's content (logo, lines, background, footer) stays.
 */
export function restoreDefaultFormatting(form: LayoutForm): LayoutForm {
  const defaults = layoutToForm(null);
  return {
    ...defaults,
    logoSrc: form.logoSrc,
    senderLine: form.senderLine,
    addressBlock: form.addressBlock,
    backgroundSrc: form.backgroundSrc,
    footer: form.footer,
  };
}

/**
 * The form after a letterhead file was stored or removed: that file's part from the server's answer
 * (its name and, for the logo, where the server placed it), everything else as the user left it.
 */
export function applyAssetChange(
  form: LayoutForm,
  kind: CompanyAssetKind,
  company: Company | null,
): LayoutForm {
  const letterhead = company?.layout?.letterhead;
  if (kind === 'logo') {
    const logo = letterhead?.logo ?? null;
    return logo
      ? { ...form, logoSrc: logo.src, logoPosition: logo.position, logoWidth: logo.width }
      : { ...form, logoSrc: null };
  }
  return { ...form, backgroundSrc: letterhead?.background?.src ?? null };
}

// Letterhead files ----------------------------------------------------------------------------------

export interface AssetRules {
  types: readonly string[];
  maxBytes: number;
  /** For the file picker. */
  accept: string;
  /** The formats in words, for messages. */
  label: string;
}

export const assetRules: Record<CompanyAssetKind, AssetRules> = {
  logo: {
    types: ['image/png', 'image/jpeg', 'image/svg+xml'],
    maxBytes: 1024 * 1024,
    accept: 'image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg',
    label: 'PNG, JPEG, SVG',
  },
  // Not PDF: a PDF/A certificate cannot contain PDF pages, so the server takes the letterhead as an image.
  background: {
    types: ['image/png', 'image/jpeg', 'image/svg+xml'],
    maxBytes: 5 * 1024 * 1024,
    accept: 'image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg',
    label: 'PNG, JPEG, SVG',
  },
};

const typeByExtension: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** The content type to send: the browser's, or the one the file name implies when the browser has none. */
export function assetContentType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return typeByExtension[extension] ?? '';
}

/** Checks a chosen file before it is sent; null when it may go. */
export function checkAssetFile(
  kind: CompanyAssetKind,
  file: { name: string; type: string; size: number },
): Message | null {
  const rules = assetRules[kind];
  if (!rules.types.includes(assetContentType(file)))
    return message('organization.messages.fileType', { types: rules.label });
  if (file.size === 0) return message('organization.messages.fileEmpty');
  if (file.size > rules.maxBytes)
    return message('organization.messages.fileTooLarge', { max: formatMegabytes(rules.maxBytes) });
  return null;
}

/**
 * What the server's refusal of a file means to the user: too large (413), not one of the formats (the
 * server reads the format from the bytes, whatever the name says), or not drawable (a broken file).
 */
export function assetErrorMessage(kind: CompanyAssetKind, error: unknown): Message {
  if (isApiError(error)) {
    if (error.code === 'company_asset.invalid_format')
      return message('organization.messages.fileType', { types: assetRules[kind].label });
    if (error.status === 413)
      return message('organization.messages.fileTooLarge', {
        max: formatMegabytes(assetRules[kind].maxBytes),
      });
    if (error.status === 415)
      return message('organization.messages.fileType', { types: assetRules[kind].label });
    if (error.status === 400) return message('organization.messages.fileRejected');
  }
  return message(errorMessageKey(error));
}

function formatMegabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

// Structure -----------------------------------------------------------------------------------------

export const dimensionNameMaxLength = 200;

/** A name for a location, department …: required, at most 200 characters; null when it may go. */
export function checkDimensionName(name: string): Message | null {
  const value = name.trim();
  if (value === '') return message('organization.messages.required');
  if (value.length > dimensionNameMaxLength)
    return message('organization.messages.tooLong', { max: dimensionNameMaxLength });
  return null;
}

// Account -------------------------------------------------------------------------------------------

/** The badge colour of a contract status. */
export const contractStatusColor: Record<ContractStatus, string> = {
  active: 'green',
  read_only: 'orange',
  ended: 'red',
};
