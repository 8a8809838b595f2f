import { evidence, type Check, type Verdict } from '../check.js'
import type { ImagePinning } from '../facts/dockerfile-images.js'
import { worst } from './statuses.js'

const STATUS: Readonly<Record<ImagePinning, Verdict['status']>> = {
  digest: 'pass', tag: 'pass', 'major-tag': 'warn', 'floating-tag': 'fail', latest: 'fail', untagged: 'fail', unresolved: 'warn',
}
const DESCRIPTION: Readonly<Record<ImagePinning, string>> = {
  digest: 'pinned by digest',
  tag: 'pinned by tag (a digest is stronger)',
  'major-tag': 'major-version tag: moves with every release',
  'floating-tag': 'floating tag: moves with every release',
  latest: '`latest`: a different image on every rebuild',
  untagged: 'no tag: means `latest`',
  unresolved: 'tag comes from a build argument without a default',
}
const RANK: Readonly<Record<Verdict['status'], number>> = { fail: 0, warn: 1, unknown: 2, pass: 3 }

export const containerPinningCheck: Check = {
  id: 'container-pinning',
  title: 'Container base images pinned',
  pack: 'reproducibility',
  weight: 2,
  mlTestScore: ['Infra 1'],
  remediation: 'Pin each base image to a version tag, best with its digest: `FROM python:3.11.9-slim@sha256:<digest>` (Dependabot or Renovate keep digests current).',
  applies: ({ facts }) => facts.dockerfiles.some((dockerfile) => dockerfile.images.length > 0),
  notApplicable: 'No Dockerfile or Containerfile with a base image.',
  evaluate({ facts }) {
    const images = facts.dockerfiles.flatMap((dockerfile) => dockerfile.images.map((image) => ({ path: dockerfile.path, ...image, status: STATUS[image.pinning] })))
    const status = worst(images.map((image) => image.status))
    const byDigest = images.filter((image) => image.pinning === 'digest').length
    const loose = images.filter((image) => image.status !== 'pass')
    const items = [...images].sort((a, b) => RANK[a.status] - RANK[b.status]).map((image) => evidence(image.path, image.line, `FROM ${image.reference}: ${DESCRIPTION[image.pinning]}`))
    if (status === 'pass') {
      return { status, summary: `${images.length} base ${images.length === 1 ? 'image' : 'images'} pinned, ${byDigest} by digest.`, evidence: items, details: { images: images.length, byDigest } }
    }
    return {
      status,
      summary: `${loose.length} of ${images.length} base images not pinned: ${loose.slice(0, 4).map((image) => image.reference).join(', ')}.`,
      evidence: items,
      details: { images: images.length, byDigest },
    }
  },
}
