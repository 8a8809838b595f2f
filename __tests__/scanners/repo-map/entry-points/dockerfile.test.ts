import { describe, expect, it } from 'vitest'
import { dockerInstructions, dockerfileEntryPoints } from '../../../../src/scanners/repo-map/entry-points/dockerfile.js'

const summary = (path: string, text: string): string[] =>
  dockerfileEntryPoints(path, text).map((entry) => `${entry.kind} ${entry.line} ${entry.name} | ${entry.target}`)

describe('dockerfileEntryPoints', () => {
  it('takes the last ENTRYPOINT and CMD of the final stage', () => {
    const text = [
      'FROM node:20 AS build',
      'ENTRYPOINT ["npm"]',
      'CMD ["run", "build"]',
      '',
      'FROM node:20-slim',
      'CMD ["node", "old.js"]',
      'ENTRYPOINT ["/usr/bin/tini", "--"]',
      'CMD ["node", "dist/server.js"]',
    ].join('\n')
    expect(summary('Dockerfile', text)).toEqual([
      'docker-entrypoint 7 /usr/bin/tini | ["/usr/bin/tini", "--"]',
      'docker-cmd 8 node | ["node", "dist/server.js"]',
    ])
  })

  it('joins continuation lines, skipping comments inside them, and reads the shell form', () => {
    const text = ['FROM python:3.12', 'CMD gunicorn \\', '  # workers', '  --workers 4 \\', '  app:wsgi'].join('\n')
    expect(summary('Dockerfile', text)).toEqual(['docker-cmd 2 gunicorn | gunicorn --workers 4 app:wsgi'])
  })

  it('inherits from an earlier stage, and ENTRYPOINT drops an inherited CMD', () => {
    const base = ['FROM alpine AS base', 'ENTRYPOINT ["app"]', 'CMD ["--help"]']
    expect(summary('Dockerfile', [...base, 'FROM base', 'RUN true'].join('\n'))).toEqual([
      'docker-entrypoint 2 app | ["app"]',
      'docker-cmd 3 --help | ["--help"]',
    ])
    expect(summary('Dockerfile', [...base, 'FROM base', 'ENTRYPOINT ["other"]'].join('\n'))).toEqual([
      'docker-entrypoint 5 other | ["other"]',
    ])
    expect(summary('Dockerfile', [...base, 'FROM alpine'].join('\n'))).toEqual([])
  })

  it('does not read instructions out of heredoc bodies', () => {
    const text = ['FROM alpine', 'RUN <<EOF', 'CMD not-an-instruction', 'EOF', 'CMD ["real"]'].join('\n')
    expect(summary('Dockerfile', text)).toEqual(['docker-cmd 5 real | ["real"]'])
  })

  it('treats an empty exec form as clearing the setting', () => {
    expect(summary('Dockerfile', 'FROM x\nCMD ["a"]\nCMD []\n')).toEqual([])
  })

  it('honours the escape parser directive', () => {
    const text = ['# escape=`', 'FROM mcr.microsoft.com/windows', 'ENTRYPOINT powershell.exe `', '  -File run.ps1'].join('\n')
    expect(summary('Dockerfile', text)).toEqual(['docker-entrypoint 3 powershell.exe | powershell.exe -File run.ps1'])
  })

  it('has no entry points when none is declared', () => {
    expect(summary('Dockerfile', 'FROM scratch\nCOPY app /app\n')).toEqual([])
  })
})

describe('dockerInstructions', () => {
  it('keeps keywords upper case with the line each starts on', () => {
    expect(dockerInstructions('from alpine\n\n# note\nrun echo \\\n  hi\n')).toEqual([
      { keyword: 'FROM', args: 'alpine', line: 1 },
      { keyword: 'RUN', args: 'echo hi', line: 4 },
    ])
  })
})
