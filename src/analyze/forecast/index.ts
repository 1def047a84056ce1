/** Departure forecasting: Hawkes and Poisson models, the forecast with its interval, the backtest and the per-organization adapter. */
export { mulberry32, type Rng } from './mulberry32.ts';
export { hawkesLogLikelihood, simulateHawkes, simulateHawkesCounts, expectHawkesCount, measureExcitation, type HawkesParams } from './hawkes.ts';
export { fitHawkes, type HawkesFit, type FitHawkesOptions } from './fit-hawkes.ts';
export { fitPoissonRate, poissonProcessLogLikelihood, poissonLogPmf, poissonQuantile, negBinomialLogPmf, negBinomialQuantile } from './poisson.ts';
export { selectModel, type ModelChoice, type ForecastModel } from './select-model.ts';
export { forecastDepartures, type DepartureForecast, type ForecastOptions, type HorizonForecast } from './forecast.ts';
export { backtest, type BacktestOptions, type BacktestReport, type BacktestRow } from './backtest.ts';
export { forecastOrg, selectOrgDepartures, type OrgForecast, type OrgDepartures, type ForecastOrgOptions } from './forecast-org.ts';
