// Tätigkeitsbeschreibung: career stations, activities, additional activities, authority, staff.
import { formatGermanDate } from '../../format/dates.js';
import type { Section } from '../../model/document.types.js';
import { SectionWriter, type ComposeContext } from './compose.context.js';
import {
  departmentClause,
  hasCareerStations,
  numberInWords,
  withoutFinalStop,
  writeUserList,
} from './compose.values.js';

function writePositions(context: ComposeContext, writer: SectionWriter): void {
  const { input, library } = context;
  const { positions } = input;
  if (!hasCareerStations(input)) return;
  const templates = library.structure.positions;
  positions.forEach((position, index) => {
    const values = {
      from: formatGermanDate(position.from),
      to: position.to ? formatGermanDate(position.to) : '',
      jobTitle: position.jobTitle,
      department: departmentClause(position.department),
    };
    const open = !position.to;
    const variants = open
      ? input.kind === 'interim'
        ? templates.current
        : templates.last
      : index === 0
        ? templates.first
        : templates.next;
    writer.sentence({ id: `activities.position.${index}`, variants, values });
  });
  writer.paragraphBreak();
}

function activityList(context: ComposeContext): readonly string[] {
  const { input, profile } = context;
  if (input.activities.length > 0) return input.activities;
  if (profile) {
    context.issues.push({
      code: 'activities.from_job_profile',
      severity: 'info',
      message: `Die Tätigkeiten wurden aus dem Berufsbild „${profile.titles[input.employee.gender]}“ übernommen. Bitte prüfen und anpassen.`,
      path: 'activities',
    });
    return profile.activities;
  }
  context.issues.push({
    code: 'activities.missing',
    severity: 'warning',
    message:
      'Es sind keine Tätigkeiten angegeben. Die Tätigkeitsbeschreibung ist Pflichtbestandteil jedes Zeugnisses.',
    path: 'activities',
  });
  return [];
}

export function composeActivities(context: ComposeContext): Section {
  const { input, library } = context;
  const writer = new SectionWriter(context);
  writePositions(context, writer);

  const activities = activityList(context).map(withoutFinalStop);
  if (activities.length > 0) {
    const audience = input.kind === 'apprenticeship' ? 'apprentice' : 'employee';
    writer.sentence({ id: 'activities.lead', variants: library.structure.activitiesLead[audience] });
    writer.list(activities);
  }
  writeUserList(
    writer,
    'activities.additional',
    library.structure.additionalActivities,
    input.additionalActivities,
  );

  const { powerOfAttorney, isManager, staffCount } = input.employment;
  if (powerOfAttorney) {
    writer.sentence({
      id: 'activities.powerOfAttorney',
      variants: library.structure.powerOfAttorney[powerOfAttorney],
    });
  }
  if (isManager) {
    if (staffCount) {
      const { one, many } = library.structure.staffResponsibility;
      const values = { staffCount: numberInWords(staffCount) };
      writer.sentence({ id: 'activities.staff', variants: staffCount === 1 ? one : many, values });
    } else {
      writer.sentence({ id: 'activities.staff', variants: library.structure.leadershipResponsibility });
    }
  }
  return { id: 'activities', blocks: writer.finish() };
}
