/** Why the forecast used Hawkes or Poisson, restated in Korean from the analysis' own reason. */

/** The Korean sentence for a model-choice reason of src/analyze/forecast (the English reason when none fits). */
export function koForecastReason(model: 'hawkes' | 'poisson', reason: string): string {
  let m = /^(\d+) departures, fewer than the (\d+) a Hawkes fit needs/.exec(reason);
  if (m) return `이탈 기록이 ${m[1]}건으로 호크스 과정 적합에 필요한 ${m[2]}건에 못 미쳐, 이탈이 일정한 비율로 일어난다고 보는 포아송 모형을 썼다.`;
  m = /near-critical \(alpha ([\d.]+)/.exec(reason);
  if (m) return `호크스 과정 적합 결과가 임계에 가까워(α=${m[1]}) 믿기 어려운 만큼 포아송 모형을 썼다.`;
  m = /does not beat Poisson on AIC \(ΔAIC (-?[\d.]+)\)/.exec(reason);
  if (m) return `호크스 과정이 AIC 기준으로 포아송 모형보다 낫지 않아(ΔAIC ${m[1]}) 포아송 모형을 썼다.`;
  m = /beats Poisson on AIC by (-?[\d.]+) \(alpha ([\d.]+)\)/.exec(reason);
  if (m) return `한 사람의 이탈이 다음 이탈을 부르는 연쇄 효과가 뚜렷해 호크스 과정을 택했다(AIC ${m[1]} 개선, α=${m[2]}).`;
  if (/failed to find a finite likelihood/.test(reason)) return '호크스 과정 적합이 수렴하지 않아 포아송 모형을 썼다.';
  if (/no departures in the history/.test(reason)) return '관측 기간에 이탈 기록이 없어 사전 가정만으로 추정했다.';
  if (/fall on the forecast date/.test(reason)) return '모든 이탈이 예측 기준일에 몰려 있어 비율을 추정할 이력이 없다.';
  return `모형은 ${model === 'hawkes' ? '호크스 과정' : '포아송 모형'}이며, 선택 근거는 다음과 같다: ${reason}.`;
}
