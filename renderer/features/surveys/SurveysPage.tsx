import { useRoute } from '../../app/router';
import { SurveyDetail } from './SurveyDetail';
import { SurveyList } from './SurveyList';

/** The surveys area: the list at `#/area/surveys`, one survey at `#/area/surveys/<id>`. */
export function SurveysPage() {
  const { rest } = useRoute();
  const [surveyId, tab] = rest;
  if (surveyId && /^\d+$/.test(surveyId)) {
    return <SurveyDetail key={surveyId} surveyId={surveyId} tab={tab ?? 'results'} />;
  }
  return <SurveyList />;
}
