export * from './certificate-input/certificate-input.enums.js';
export * from './certificate-input/certificate-input.schema.js';
export * from './certificate-input/certificate-input.validation.js';
export * from './layout/certificate-layout.schema.js';
export * from './certificate-input/certificate-input.json-schema.js';
export * from './handover/handover-sections.js';
export * from './security-log/security-actions.js';
export * from './access/access-areas.js';
