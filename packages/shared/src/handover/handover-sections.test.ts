import { describe, expect, it } from 'vitest';
import { certificateInputObjectSchema } from '../certificate-input/certificate-input.schema.js';
import {
  handoverGrantsSchema,
  handoverPresets,
  handoverSectionOfPath,
  handoverSectionPaths,
  handoverSections,
} from './handover-sections.js';

describe('the handover sections', () => {
  it('cover every field of the certificate input exactly once', () => {
    const shape = certificateInputObjectSchema.shape;
    const employment = shape.employment.shape;
    const fields = [
      ...Object.keys(shape).filter((key) => key !== 'employment'),
      ...Object.keys(employment).map((key) => `employment.${key}`),
    ];
    for (const field of fields) {
      const covering = handoverSections.filter((section) =>
        handoverSectionPaths[section].some((path) => field === path || field.startsWith(`${path}.`)),
      );
      expect(covering, field).toHaveLength(1);
    }
  });

  it('find the section of a nested path, and none for an unknown one', () => {
    expect(handoverSectionOfPath('employment.jobTitle')).toBe('data.certificate');
    expect(handoverSectionOfPath('employee.firstName')).toBe('data.personal');
    expect(handoverSectionOfPath('positions.2.from')).toBe('career.positions');
    expect(handoverSectionOfPath('ratings.knowledge')).toBe('rating.ratings');
    expect(handoverSectionOfPath('employmentX')).toBeNull();
    expect(handoverSectionOfPath('nothing')).toBeNull();
  });

  it('offer presets that are valid grants: the supervisor rates, the employee checks the data', () => {
    for (const preset of Object.values(handoverPresets))
      expect(handoverGrantsSchema.parse(preset)).toEqual(preset);
    expect(handoverPresets.supervisorRates['rating.ratings']).toBe('write');
    expect(handoverPresets.supervisorRates['data.personal']).toBe('read');
    expect(handoverPresets.employeeChecksData['data.personal']).toBe('write');
    expect(handoverPresets.employeeChecksData['rating.ratings']).toBe('none');
    expect(() =>
      handoverGrantsSchema.parse({ ...handoverPresets.supervisorRates, result: 'admin' }),
    ).toThrow();
  });
});
