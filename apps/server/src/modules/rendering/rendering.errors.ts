// Expected failures of the document renderers, each with a stable code (ARCHITECTURE §4 rule 3). The
// message is for logs; `details` carries the typesetter's diagnostics without stack traces.
export const renderErrorCodes = [
  'render.asset_missing',
  'render.asset_invalid',
  'render.background_unsupported',
  'render.fonts_missing',
  'render.failed',
] as const;
export type RenderErrorCode = (typeof renderErrorCodes)[number];

export class RenderError extends Error {
  readonly code: RenderErrorCode;
  readonly details: string[];

  constructor(code: RenderErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = 'RenderError';
    this.code = code;
    this.details = details;
  }
}
