import type { CertificateKind } from '@zeugnisdesk/shared';

type Variants = readonly string[];
/** `one`: a sentence with the single item in {item}; `many`: a lead-in followed by the list. */
type ListLead = { one: Variants; many: Variants };

export interface StructureCatalogue {
  introduction: Readonly<Record<CertificateKind, Variants>>;
  introductionWithPositions: Readonly<Record<CertificateKind, Variants>>;
  company: Variants;
  trainingGoal: Variants;
  competentBody: Variants;
  positions: { first: Variants; next: Variants; last: Variants; current: Variants };
  activitiesLead: { employee: Variants; apprentice: Variants };
  additionalActivities: ListLead;
  powerOfAttorney: { prokura: Variants; handlungsvollmacht: Variants };
  staffResponsibility: { one: Variants; many: Variants };
  leadershipResponsibility: Variants;
  qualifications: ListLead;
  trainings: ListLead;
  achievements: ListLead;
  examPassed: Variants;
  examFailed: Variants;
}
