/** Libraries and services that export logs, metrics, traces or errors, by the name a manifest declares. */
const OBSERVABILITY = /["'\s](?:@?opentelemetry[\w/-]*|prometheus[\w-]*|prom-client|@sentry\/[\w-]+|sentry[-_]sdk|sentry|datadog|dd-trace|newrelic|statsd|tracing|tracing-subscriber|structlog|loguru|winston|pino|go\.uber\.org\/zap|github\.com\/sirupsen\/logrus|github\.com\/prometheus\/client_golang|go\.opentelemetry\.io\/otel)["'\s=@<>~^]/

/** The first logging, metrics, tracing or error-reporting dependency a manifest declares, with its line. */
export function observabilityDependency(text: string): { readonly index: number; readonly name: string } | undefined {
  // A requirements file names its first dependency at the very start, with nothing before it.
  const match = OBSERVABILITY.exec(`\n${text}\n`)
  return match === null ? undefined : { index: match.index, name: match[0].slice(1, -1) }
}
