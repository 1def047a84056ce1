/** The serve stage: the HTTP API (and the dashboard behind it) over a store. */
export { createApiServer, createRequestHandler, buildRouter, type ServerOptions } from './create-api-server.ts';
export { createApiContext, type ApiContext, type ApiOptions } from './api-context.ts';
export { AnalysisCache } from './analysis-cache.ts';
export { openApiDocument } from './openapi.ts';
export { Router, type Route } from './router.ts';
