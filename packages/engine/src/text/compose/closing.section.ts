// Schlussabsatz: exit or occasion sentence, then regret, thanks and wishes whose presence and
// intensity follow the overall grade (domain guide §2.2 D–E) unless the input fixes them.
import type { CertificateInput, Grade } from '@zeugnisdesk/shared';
import { compareIsoDates, formatGermanDate } from '../../format/dates.js';
import type { Section } from '../../model/document.types.js';
import type {
  ApprenticeshipExitKey,
  FinalExitKey,
  RegretKind,
  WishesKind,
} from '../catalogue/catalogue.types.js';
import { SectionWriter, type ComposeContext } from './compose.context.js';
import { examGradeName, occupationName } from './compose.values.js';
import { overallGrade } from './grades.js';

interface ClosingBlocks {
  regret: boolean;
  thanks: boolean;
  wishes: boolean;
}

/** What a closing says by default for a grade: 1–2 all three, 3 no regret, 4 wishes only, 5 nothing. */
export function defaultClosingBlocks(grade: Grade): ClosingBlocks {
  return { regret: grade <= 2, thanks: grade <= 3, wishes: grade <= 4 };
}

function exitKey(input: CertificateInput): FinalExitKey | ApprenticeshipExitKey {
  const reason = input.employment.exitReason;
  if (input.kind === 'apprenticeship') {
    return reason === 'apprenticeship_completed' || reason === 'apprenticeship_taken_over'
      ? reason
      : 'apprenticeship_none';
  }
  return (reason ?? 'none') as FinalExitKey;
}

/** Which regret wording fits the exit, or null where regret would be untrue or out of place. */
function regretKind(key: FinalExitKey | ApprenticeshipExitKey): RegretKind | null {
  switch (key) {
    case 'employee_resignation':
    case 'mutual_agreement':
    case 'none':
      return 'departure';
    case 'employer_operational':
      return 'operational';
    case 'fixed_term':
      return 'fixedTerm';
    case 'retirement':
      return 'retirement';
    case 'apprenticeship_completed':
      return 'apprenticeship';
    default:
      return null;
  }
}

function wishesKind(key: FinalExitKey | ApprenticeshipExitKey): WishesKind {
  if (key === 'retirement') return 'retirement';
  if (key === 'apprenticeship_taken_over') return 'apprenticeshipTakenOver';
  if (key.startsWith('apprenticeship')) return 'apprenticeship';
  return 'career';
}

function writeExam(context: ComposeContext, writer: SectionWriter): void {
  const exam = context.input.examResult;
  if (!exam) return;
  const passed = exam.grade <= 4;
  if (!passed) {
    context.issues.push({
      code: 'exam.not_passed',
      severity: 'warning',
      message:
        'Die Abschlussprüfung ist mit „nicht bestanden“ angegeben. Die Angabe der Prüfungsnote ist freiwillig.',
      path: 'examResult.grade',
    });
  }
  writer.sentence({
    id: 'closing.exam',
    variants: passed ? context.library.structure.examPassed : context.library.structure.examFailed,
    values: { chamber: exam.chamber, examGrade: examGradeName(exam.grade) },
  });
}

function writeInterimClosing(
  context: ComposeContext,
  writer: SectionWriter,
  grade: Grade,
  blocks: ClosingBlocks,
) {
  const { input, library } = context;
  const closing = library.closing;
  const reason = input.employment.interimReason ?? 'other';
  const text = input.employment.interimReasonText;
  writer.sentence(
    text
      ? { id: 'closing.occasion', variants: closing.interimOccasionText, values: { interimReasonText: text } }
      : { id: 'closing.occasion', variants: closing.interimOccasion[reason] },
  );
  if (input.closing?.regret) {
    context.issues.push({
      code: 'closing.regret_in_interim',
      severity: 'info',
      message: 'Ein Zwischenzeugnis drückt kein Bedauern aus; der Baustein wurde weggelassen.',
      path: 'closing.regret',
    });
  }
  if (blocks.thanks) writer.sentence({ id: 'closing.thanks', variants: closing.interimThanks[grade], grade });
  if (blocks.wishes) {
    const variants =
      reason === 'parental_leave' ? closing.interimParentalLeave[grade] : closing.interimContinuation[grade];
    writer.sentence({ id: 'closing.wishes', variants, grade });
  }
}

function writeFinalClosing(
  context: ComposeContext,
  writer: SectionWriter,
  grade: Grade,
  blocks: ClosingBlocks,
) {
  const { input, library } = context;
  const closing = library.closing;
  const key = exitKey(input);
  const endDate = input.employment.endDate as string;
  const examStated =
    input.examResult && (key === 'apprenticeship_completed' || key === 'apprenticeship_taken_over');
  writer.sentence({
    id: 'closing.exit',
    variants: examStated ? closing.exitAfterExam[key] : closing.exit[key],
    values: { endDate: formatGermanDate(endDate), occupation: occupationName(context) },
    // Issued on or before the last day: "endet"; issued later: "endete".
    tense: compareIsoDates(input.issueDate, endDate) > 0 ? 'past' : 'present',
  });
  const values = { occupation: occupationName(context) };
  const regret = regretKind(key);
  if (blocks.regret && regret) {
    writer.sentence({ id: 'closing.regret', variants: closing.regret[regret][grade], values, grade });
  } else if (blocks.regret && input.closing?.regret) {
    context.issues.push({
      code: 'closing.regret_not_allowed',
      severity: 'warning',
      message: 'Bei diesem Beendigungsgrund passt kein Bedauern; der Baustein wurde weggelassen.',
      path: 'closing.regret',
    });
  }
  if (blocks.thanks)
    writer.sentence({ id: 'closing.thanks', variants: closing.thanks[grade], values, grade });
  if (blocks.wishes) {
    writer.sentence({
      id: 'closing.wishes',
      variants: closing.wishes[wishesKind(key)][grade],
      values,
      grade,
    });
  }
}

export function composeClosing(context: ComposeContext): Section {
  const { input } = context;
  const writer = new SectionWriter(context);
  const grade = overallGrade(input);
  const intensity: Grade = grade ?? 3;
  // A simple certificate has no grade to match: a neutral wish, or for an interim one the continuation.
  const simpleDefault = input.form === 'simple' && !input.closing;
  const simpleBlocks = { regret: false, thanks: false, wishes: input.kind === 'interim' };
  const blocks: ClosingBlocks =
    input.closing ?? (simpleDefault ? simpleBlocks : defaultClosingBlocks(intensity));

  if (input.kind === 'apprenticeship') writeExam(context, writer);
  if (input.kind === 'interim') writeInterimClosing(context, writer, intensity, blocks);
  else writeFinalClosing(context, writer, intensity, blocks);
  if (simpleDefault && input.kind !== 'interim')
    writer.sentence({ id: 'closing.wishes', variants: context.library.closing.simpleWishes });
  return { id: 'closing', blocks: writer.finish() };
}
