// The letterhead images a company can store (slots), what each accepts, and the sample certificate the
// layout preview renders. Formats are read from the bytes (`detectAssetFormat`), never from a header.
import type { AssetFormat } from '@zeugnisdesk/engine';
import type { CertificateInputDraft } from '@zeugnisdesk/shared';

export const companyAssetSlots = ['logo', 'background'] as const;
export type CompanyAssetSlot = (typeof companyAssetSlots)[number];

const megabyte = 1024 * 1024;

export interface SlotRules {
  /** German name for messages. */
  label: string;
  maxBytes: number;
  /**
   * What the PDF renderer can draw. A PDF background is not among them: Typst cannot embed PDF pages
   * in a PDF/A file (`render.background_unsupported`), so such an upload is refused at once.
   */
  formats: readonly AssetFormat[];
}

export const slotRules: Record<CompanyAssetSlot, SlotRules> = {
  logo: { label: 'logo', maxBytes: 1 * megabyte, formats: ['png', 'jpg', 'svg'] },
  background: { label: 'background', maxBytes: 5 * megabyte, formats: ['png', 'jpg', 'svg'] },
};

/** The largest upload of any slot: the body limit of the content-type parser. */
export const maxAssetBytes = Math.max(...Object.values(slotRules).map((rules) => rules.maxBytes));

/**
 * Raster images are decoded to full size by the typesetter: a small, highly compressed file can stand for
 * gigabytes of pixels. 36 megapixels hold an A4 page at 600 dpi (4961 × 7016).
 */
export const maxRasterPixels = 36_000_000;
export const maxRasterSide = 12_000;

export const assetContentTypes: Record<AssetFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

export const assetFormatNames: Record<AssetFormat, string> = {
  png: 'PNG',
  jpg: 'JPEG',
  svg: 'SVG',
  pdf: 'PDF',
};

/**
 * The request content types the upload accepts: any image type, PDF and octet-stream. Which one a client
 * sends does not matter (the bytes decide); a PDF is parsed so that it gets a clear
 * `company_asset.invalid_format`. Bodies an HTML form can send (form, multipart, text) are refused.
 */
export const uploadContentTypes = [/^image\//, 'application/pdf', 'application/octet-stream'] as const;

/**
 * Served assets and previews: an SVG opened directly must never run script or load anything; inline
 * styles stay allowed because SVGs use them for their own drawing.
 */
export const assetContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export const previewFormats = ['svg', 'pdf'] as const;
export type PreviewFormat = (typeof previewFormats)[number];

/**
 * The sample certificate of the layout preview: a realistic final certificate of two pages (a manager
 * with several activities), without employer; the company fills in name, description and address.
 */
export const previewSample: Omit<CertificateInputDraft, 'employer'> = {
  kind: 'final',
  form: 'qualified',
  language: 'de',
  issueDate: '2026-06-30',
  place: 'Köln',
  employee: {
    gender: 'female',
    title: null,
    firstName: 'Anna',
    lastName: 'Schmidt',
    birthDate: '1990-03-14',
    birthPlace: 'Bonn',
  },
  employment: {
    startDate: '2019-04-01',
    endDate: '2026-06-30',
    jobTitle: 'Leiterin Disposition',
    department: 'Nahverkehr',
    jobProfile: 'disponent',
    exitReason: 'employee_resignation',
    interimReason: null,
    isManager: true,
    staffCount: 14,
    powerOfAttorney: null,
  },
  positions: [
    {
      from: '2019-04-01',
      to: '2021-12-31',
      jobTitle: 'Sachbearbeiterin Disposition',
      department: 'Nahverkehr',
    },
    { from: '2022-01-01', to: '2026-06-30', jobTitle: 'Leiterin Disposition', department: 'Nahverkehr' },
  ],
  activities: [
    'Planung und Steuerung der täglichen Nahverkehrstouren für 40 Fahrzeuge',
    'Abstimmung von Lieferterminen mit Kunden und Subunternehmern',
    'Überwachung der Lenk- und Ruhezeiten',
    'Bearbeitung von Reklamationen und Schadensfällen',
    'Leitung des Dispositionsteams mit vierzehn Beschäftigten einschließlich Einsatz- und Urlaubsplanung',
    'Verhandlung von Rahmenverträgen mit Subunternehmern und Frachtführern',
    'Aufbau eines Kennzahlensystems für Termintreue, Auslastung und Kosten je Tour',
  ],
  additionalActivities: ['Ausbildungsbeauftragte für Kaufleute für Spedition und Logistikdienstleistung'],
  trainings: [{ title: 'Gefahrgutbeauftragte nach ADR', year: 2022 }],
  qualifications: ['sicherer Umgang mit dem Transportmanagementsystem'],
  achievements: [
    'Einführung einer digitalen Tourenplanung, die die Leerfahrten um ein Fünftel senkte',
    'Senkung der Reklamationsquote um ein Drittel innerhalb von zwei Jahren',
  ],
  ratings: {
    willingness: 1,
    ability: 1,
    knowledge: 2,
    training: 1,
    workStyle: 1,
    result: 1,
    leadership: 1,
    behaviourInternal: 1,
    behaviourExternal: 1,
  },
  overallGrade: null,
  examResult: null,
  closing: null,
  signatures: [{ name: 'Peter Meier', function: 'Geschäftsführer' }],
};
