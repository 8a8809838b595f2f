import { clip } from './text-lines.js'
import { LINE_BREAK } from '../../line-breaks.js'

export type ImagePinning = 'digest' | 'tag' | 'major-tag' | 'floating-tag' | 'latest' | 'untagged' | 'unresolved'

export interface BaseImage {
  readonly line: number
  /** As written after FROM (and after ARG defaults were substituted). */
  readonly reference: string
  readonly pinning: ImagePinning
}

export interface DockerfileFacts {
  readonly path: string
  readonly images: readonly BaseImage[]
}

/** Tags that move by design: a rebuild gets a different image. */
const FLOATING_TAGS = new Set(['stable', 'edge', 'nightly', 'lts', 'main', 'master', 'dev', 'develop', 'rolling', 'current', 'slim', 'alpine'])
const ARG = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/i
const FROM = /^FROM\s+(.+)$/i
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

const ARCHITECTURES = /amd64|arm64(?:v8)?|armv[5-7]|x86_64|i386|ppc64le|s390x/g
/** A version in a tag: `3.11-slim`, `v1.2`, `12-bookworm`, `alpine3.19`, `jammy-20240111`. */
const VERSIONED = /(?:^|[-_.v])\d|\d\.\d/

function classify(reference: string): ImagePinning {
  if (reference.includes('$')) return 'unresolved'
  if (/@sha256:[0-9a-f]{64}$/i.test(reference)) return 'digest'
  const lastSlash = reference.lastIndexOf('/')
  const colon = reference.indexOf(':', lastSlash + 1)
  if (colon === -1) return 'untagged'
  const tag = reference.slice(colon + 1).toLowerCase()
  if (tag === 'latest') return 'latest'
  if (FLOATING_TAGS.has(tag)) return 'floating-tag'
  if (/^\d+$/.test(tag)) return 'major-tag'
  // `nonroot-amd64`, `bookworm-slim`: a variant with no version in it moves with every release.
  if (!VERSIONED.test(tag.replace(ARCHITECTURES, ''))) return 'floating-tag'
  return 'tag'
}

/**
 * The base images a Dockerfile builds FROM. `FROM scratch` and `FROM <earlier stage>` are not
 * images; `ARG` defaults declared before a FROM are substituted, as Docker does.
 */
export function dockerfileFacts(path: string, text: string): DockerfileFacts {
  const args = new Map<string, string>()
  const stages = new Set<string>()
  const images: BaseImage[] = []
  const lines = text.split(LINE_BREAK)
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim()
    const arg = ARG.exec(line)
    if (arg) {
      const value = arg[2] ?? arg[3] ?? arg[4]
      if (value !== undefined && value !== '') args.set(arg[1] as string, value)
      continue
    }
    const from = FROM.exec(line)
    if (!from) continue
    const words = (from[1] as string).split(/\s+/).filter((word) => !word.startsWith('--'))
    const written = words[0] ?? ''
    const alias = words.length >= 3 && words[1]?.toLowerCase() === 'as' ? words[2] : undefined
    const reference = written.replace(VARIABLE, (whole, braced: string | undefined, bare: string | undefined) => args.get(braced ?? bare ?? '') ?? whole)
    const isImage = reference.toLowerCase() !== 'scratch' && !stages.has(reference.toLowerCase())
    if (alias) stages.add(alias.toLowerCase())
    if (isImage) images.push({ line: index + 1, reference: clip(reference, 100), pinning: classify(reference) })
  }
  return { path, images }
}
