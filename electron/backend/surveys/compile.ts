import { CHANNEL_LABELS, RESPONSE_CHANNELS } from '../../../shared/domain/channels';
import type {
  Breakdown,
  CompiledSurvey,
  QuestionResult,
  ResultGroup,
  SurveyTrend,
} from '../../../shared/domain/surveyResults';
import {
  LANGUAGE_NAMES,
  previousQuarter,
  quarterLabel,
  SURVEY_LANGUAGES,
  type SurveyLanguage,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import { assertNever } from '../../../shared/assert';
import { isSuppressed, responseRate, suppressedGroups } from '../../../shared/stats';
import type { OpenWorkspace } from '../workspace/session';
import { lineage, readSurvey, readVersions, type SurveyRow } from './repository';
import { questionResult, shareChangeFrom, suppressedQuestion } from './results';
import { minCellOf } from './service';
import {
  mergeTallies,
  type GroupCounts,
  type MergedTallies,
  type TallySource,
} from './tallyReader';
import type { TallyDimension } from './tallyAccumulator';

const NOT_RECORDED = 'Not recorded';

interface CompileContext {
  open: OpenWorkspace;
  survey: SurveyRow;
  questions: SurveyQuestion[];
  k: number;
}

function sourceOf(open: OpenWorkspace, survey: SurveyRow): TallySource {
  const versions = new Map(
    readVersions(open.db, survey.id).map((entry) => [entry.version, entry.questions]),
  );
  return { surveyId: survey.id, versions };
}

function questionsOf(
  context: CompileContext,
  group: GroupCounts | undefined,
  merged: MergedTallies,
) {
  return context.questions.map((question) =>
    questionResult(
      question,
      group?.questions.get(question.code) ?? new Map(),
      context.k,
      merged.reworded.has(question.code),
    ),
  );
}

function segmentNames(open: OpenWorkspace): Map<string, string> {
  const rows = open.sqlite.prepare('select code, name from customer_segments').all() as {
    code: string;
    name: string;
  }[];
  return new Map(rows.map((row) => [row.code, row.name]));
}

function labelFor(by: Breakdown, value: string, segments: Map<string, string>): string {
  if (value === '') return NOT_RECORDED;
  switch (by) {
    case 'channel':
      return CHANNEL_LABELS[value as keyof typeof CHANNEL_LABELS] ?? value;
    case 'language':
      return LANGUAGE_NAMES[value as SurveyLanguage]?.english ?? value;
    case 'segment':
      return segments.get(value) ?? value;
    case 'period':
      return quarterLabel(value);
    default:
      return assertNever(by, 'breakdown');
  }
}

function orderValues(by: Breakdown, values: string[]): string[] {
  const fixed: readonly string[] | null =
    by === 'channel' ? RESPONSE_CHANNELS : by === 'language' ? SURVEY_LANGUAGES : null;
  const rank = (value: string) =>
    value === '' ? Number.MAX_SAFE_INTEGER : fixed ? fixed.indexOf(value) : 0;
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const DIMENSION_OF: Record<Breakdown, TallyDimension> = {
  channel: 'channel',
  segment: 'segment',
  language: 'language',
  period: 'quarter',
};

function buildGroups(
  context: CompileContext,
  by: Breakdown,
  merged: MergedTallies,
): ResultGroup[] {
  const segments =
    by === 'segment' ? segmentNames(context.open) : new Map<string, string>();
  const values = orderValues(by, [...merged.groups.keys()]);
  const sizes = values.map((value) => merged.groups.get(value)?.responses ?? 0);
  const hidden = suppressedGroups(sizes, context.k);
  return values.map((value, index) => {
    const group = merged.groups.get(value);
    const suppressed = hidden[index] === true;
    return {
      by,
      value,
      label: labelFor(by, value, segments),
      responses: suppressed ? null : (group?.responses ?? 0),
      suppressed,
      questions: suppressed ? [] : questionsOf(context, group, merged),
    };
  });
}

/** Adds each quarter's change from the quarter before it, where both are shown. */
function withChanges(groups: ResultGroup[]): ResultGroup[] {
  const byQuarter = new Map(groups.map((group) => [group.value, group]));
  return groups.map((group) => {
    const before = byQuarter.get(previousQuarter(group.value));
    if (!before || before.suppressed || group.suppressed) return group;
    return {
      ...group,
      questions: group.questions.map((question, index) =>
        withChange(question, before.questions[index], before.value),
      ),
    };
  });
}

function withChange(
  question: QuestionResult,
  previous: QuestionResult | undefined,
  quarter: string,
): QuestionResult {
  if (!previous || previous.suppressed || question.suppressed) return question;
  return { ...question, change: shareChangeFrom(previous, question, quarter) };
}

function warningsFor(
  context: CompileContext,
  merged: MergedTallies[],
  chain: SurveyRow[],
) {
  const warnings: string[] = [];
  const reworded = new Set(merged.flatMap((entry) => [...entry.reworded]));
  const incompatible = new Set(merged.flatMap((entry) => [...entry.incompatible]));
  for (const code of reworded) {
    warnings.push(
      `${code} was worded differently for some responses; its results combine the ` +
        `wordings and are not strictly comparable.`,
    );
  }
  for (const code of incompatible) {
    warnings.push(
      `${code} was asked on another scale for some responses; those answers are left out.`,
    );
  }
  if (chain.length > 0) {
    warnings.push(
      `Quarters before ${quarterLabel(context.survey.period)} come from the surveys ` +
        `this one was copied from (${chain.map((row) => row.id).join(', ')}).`,
    );
  }
  return warnings;
}

function periodGroups(context: CompileContext, chain: SurveyRow[]) {
  const sources = [context.survey, ...chain].map((row) => sourceOf(context.open, row));
  const merged = mergeTallies(context.open.sqlite, sources, 'quarter', context.questions);
  const groups = withChanges(buildGroups(context, 'period', merged));
  return { merged, groups: groups.sort((a, b) => a.value.localeCompare(b.value)) };
}

function contextFor(open: OpenWorkspace, id: number): CompileContext {
  const survey = readSurvey(open.db, id);
  const current = readVersions(open.db, id).find(
    (entry) => entry.version === survey.currentVersion,
  );
  return { open, survey, questions: current?.questions ?? [], k: minCellOf(survey) };
}

/**
 * Compiles a survey's results from its tallies: overall, optionally by one breakdown, with
 * small groups suppressed and each share's change from the previous quarter where known.
 */
export function compileSurvey(
  open: OpenWorkspace,
  id: number,
  by?: Breakdown,
): CompiledSurvey {
  const context = contextFor(open, id);
  const { survey, k } = context;
  const source = sourceOf(open, survey);
  const overallTallies = mergeTallies(open.sqlite, [source], 'all', context.questions);
  const overall = overallTallies.groups.get('');
  const responses = overall?.responses ?? 0;
  const chain = lineage(open.db, survey);
  const quarters = periodGroups(context, chain);
  const suppressed = responses > 0 && isSuppressed(responses, k);
  const previous = quarters.groups.find(
    (group) => group.value === previousQuarter(survey.period),
  );
  const questions = suppressed
    ? context.questions.map((question) =>
        suppressedQuestion(question, overallTallies.reworded.has(question.code)),
      )
    : questionsOf(context, overall, overallTallies).map((question, index) =>
        withChange(
          question,
          previous?.suppressed ? undefined : previous?.questions[index],
          previous?.value ?? '',
        ),
      );
  const breakdownTallies =
    by && by !== 'period'
      ? mergeTallies(open.sqlite, [source], DIMENSION_OF[by], context.questions)
      : null;
  const groups =
    by === 'period'
      ? quarters.groups
      : breakdownTallies
        ? buildGroups(context, by as Breakdown, breakdownTallies)
        : undefined;
  const comparedAcrossSurveys =
    by === 'period' || (previous !== undefined && chain.length > 0);
  const warnings = warningsFor(
    context,
    [
      overallTallies,
      ...(breakdownTallies ? [breakdownTallies] : []),
      ...(comparedAcrossSurveys ? [quarters.merged] : []),
    ],
    comparedAcrossSurveys ? chain : [],
  );
  if (suppressed)
    warnings.unshift(`Fewer than ${k} responses: every result is suppressed.`);
  return {
    survey: String(survey.id),
    title: survey.title,
    audience: survey.audience,
    period: survey.period,
    responses,
    offered: survey.offered,
    responseRate: responseRate(responses, survey.offered),
    minCellSize: k,
    suppressed,
    questions,
    ...(groups ? { groups } : {}),
    warnings,
  };
}

/** Results by quarter across this survey and those it was copied from, for trend charts. */
export function surveyTrend(open: OpenWorkspace, id: number): SurveyTrend {
  const context = contextFor(open, id);
  const chain = lineage(open.db, context.survey);
  const quarters = periodGroups(context, chain);
  return {
    survey: String(context.survey.id),
    points: quarters.groups.map((group) => ({
      quarter: group.value,
      responses: group.responses,
      suppressed: group.suppressed,
      questions: group.questions,
    })),
    warnings: warningsFor(context, [quarters.merged], chain),
  };
}
