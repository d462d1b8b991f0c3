/**
 * Structured logging: pino, JSON lines on standard error (standard output stays free for CLI output
 * and the sandbox prompt). Pass `destination` to capture entries, e.g. in tests.
 */
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: LevelWithSilent | string;
  /** Where JSON lines go. Default: standard error, written synchronously so nothing is lost on exit. */
  destination?: DestinationStream;
  /** Fields added to every entry. */
  base?: Record<string, unknown>;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const destination = opts.destination ?? pino.destination({ fd: 2, sync: true });
  return pino(
    {
      level: opts.level ?? 'info',
      base: { app: 'newsdesk', ...opts.base },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Tokens must never reach a log line, whatever object a caller passes.
      redact: {
        paths: [
          'token',
          '*.token',
          'config.DISCORD_TOKEN',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

/** A logger that drops everything (for tools and tests that do not care). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
