/**
 * `Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`, `Containerfile`; not the per-Dockerfile ignore
 * files (`Dockerfile.dockerignore`) BuildKit reads, nor documents about Dockerfiles (`dockerfile.md`).
 */
export const DOCKERFILE_NAME = /^(?!.*\.(?:dockerignore|md|markdown|rst|txt|adoc|html)$)(?:(?:docker|container)file(?:\.[^/]+)?|[^/]+\.(?:docker|container)file)$/i

/** The names GNU make looks for, in its order. */
export const MAKEFILE_NAMES: ReadonlySet<string> = new Set(['GNUmakefile', 'makefile', 'Makefile'])
