import { pino } from 'pino';

/** Structured JSON logs on stdout. LOG_LEVEL sets the level; tests run silent unless they set it. */
export const logger = pino({
  name: 'aimak-graph',
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'variables.file'], censor: '[redacted]' },
});

export type Logger = typeof logger;
