// Length conversions. The layout speaks millimetres and points; WordprocessingML speaks twips
// (1/20 pt), half-points, eighths of a point and EMUs; docx takes image sizes in pixels at 96 dpi.
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const mmToEmu = (mm: number): number => Math.round(mm * 36_000);
export const mmToPx = (mm: number): number => (mm / 25.4) * 96;
export const ptToMm = (pt: number): number => (pt * 25.4) / 72;

/** A4 in twips. */
export const a4 = { width: 11_906, height: 16_838 } as const;
