import { describe, expect, it } from 'vitest'
import { findConflictMarkers, isExpectedOutput } from '../../../src/scanners/checklist/facts/conflict-markers.js'
import { dockerfileFacts } from '../../../src/scanners/checklist/facts/dockerfile-images.js'
import { lfsMatcher, lfsPatterns } from '../../../src/scanners/checklist/facts/git-lfs.js'
import { identifyLicense } from '../../../src/scanners/checklist/facts/license-text.js'
import { pyprojectFacts } from '../../../src/scanners/checklist/facts/pyproject.js'
import { pythonSourceFacts } from '../../../src/scanners/checklist/facts/python-source.js'
import { parseRequirementsFile } from '../../../src/scanners/checklist/facts/requirement.js'
import { workflowFacts } from '../../../src/scanners/checklist/facts/workflow.js'

describe('parseRequirementsFile', () => {
  it('reads pins, ranges, extras, markers, VCS references and continuation lines', () => {
    const text = [
      '# comment', 'torch==2.3.1', 'numpy>=1.26,<2', 'pandas[parquet]==2.2.2 ; python_version >= "3.10"', 'scipy==1.*', 'rich',
      'git+https://github.com/a/lib.git@main#egg=lib', 'tokenizers @ https://files.example.com/tokenizers-0.19.1-py3-none-any.whl',
      'einops==0.8.0 \\', '    --hash=sha256:deadbeef', '-r dev.txt', '-e .', '',
    ].join('\n')
    const parsed = parseRequirementsFile('requirements.txt', text)
    expect(parsed.compiled).toBe(true)
    expect(parsed.requirements.map((item) => `${item.line} ${item.name} ${item.pinned ? 'pinned' : 'loose'}`)).toEqual([
      '2 torch pinned', '3 numpy loose', '4 pandas pinned', '5 scipy loose', '6 rich loose', '7 lib loose', '8 tokenizers pinned', '9 einops pinned',
    ])
  })
})

describe('pyprojectFacts', () => {
  it('reads PEP 621, optional and Poetry dependencies with lines, tools and requires-python', () => {
    const text = '[project]\nname = "w"\nrequires-python = ">=3.10"\ndependencies = [\n  "torch==2.3.1",\n  "numpy>=1.26",\n]\n[project.optional-dependencies]\ndev = ["pytest"]\n[tool.poetry.dependencies]\npython = "^3.10"\nrequests = "2.31.0"\nhttpx = "^0.27"\n[tool.ruff]\nline-length = 100\n'
    const facts = pyprojectFacts('pyproject.toml', text)
    expect(facts.requirements.map((item) => `${item.line} ${item.name} ${item.pinned}`)).toEqual(['5 torch true', '6 numpy false', '9 pytest false', '12 requests true', '13 httpx false'])
    expect(facts).toMatchObject({ tools: ['poetry'], requiresPython: { line: 3, value: '>=3.10' }, linters: ['ruff'] })
  })
})

describe('dockerfileFacts', () => {
  it('substitutes ARG defaults and classifies each base image', () => {
    const text = 'ARG CUDA=12.1.0\nFROM --platform=linux/amd64 nvidia/cuda:${CUDA}-runtime-ubuntu22.04 AS base\nFROM base\nFROM python:3\nFROM node:lts\nFROM registry.example.com:5000/team/img\nFROM img:${UNSET}\n'
    expect(dockerfileFacts('Dockerfile', text).images.map((image) => `${image.line} ${image.reference} ${image.pinning}`)).toEqual([
      '2 nvidia/cuda:12.1.0-runtime-ubuntu22.04 tag', '4 python:3 major-tag', '5 node:lts floating-tag', '6 registry.example.com:5000/team/img untagged', '7 img:${UNSET} unresolved',
    ])
  })
})

describe('pythonSourceFacts', () => {
  it('finds ML imports in every import form, including notebooks', () => {
    const text = 'import os, torch as t\nfrom sklearn.model_selection import train_test_split\n    import jax.numpy as jnp\nfrom . import model\n'
    expect(pythonSourceFacts('a.py', text).imports.map((item) => `${item.line} ${item.module} ${item.family}`)).toEqual(['1 torch torch', '2 sklearn classical', '3 jax jax'])
    const notebook = '{\n "cells": [{"source": [\n    "import tensorflow as tf\\n",\n    "tf.random.set_seed(1)\\n"\n ]}]\n}\n'
    const facts = pythonSourceFacts('n.ipynb', notebook)
    expect(facts.imports).toMatchObject([{ line: 3, module: 'tensorflow' }])
    expect(facts.signals).toMatchObject([{ line: 4, category: 'seed', seedKind: 'tensorflow' }])
  })

  it('skips comments, definitions and seeds of None', () => {
    const text = '# np.random.seed(0)\ndef set_seed(seed):\n    random.seed(seed)\nclf = Model(random_state=None)\nrng = np.random.default_rng()\n'
    expect(pythonSourceFacts('a.py', text).signals.map((signal) => `${signal.line} ${signal.label}`)).toEqual(['3 random.seed('])
  })
})

describe('workflowFacts', () => {
  it('keeps triggers, permissions, step lines and script lines', () => {
    const text = 'on:\n  push:\n  pull_request_target:\npermissions:\n  contents: read\n  issues: write\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: main\n      - run: |\n          ruff check .\n          pytest\n'
    const facts = workflowFacts('.github/workflows/ci.yml', text)
    expect(facts.triggers).toEqual([{ line: 2, text: 'push' }, { line: 3, text: 'pull_request_target' }])
    expect(facts.permissions).toEqual({ line: 5, kind: 'scoped', writes: ['issues'] })
    expect(facts.jobs[0]?.steps).toEqual([{ line: 10, uses: 'actions/checkout@v4', checkoutRef: 'main' }, { line: 13 }])
    expect(facts.commands).toEqual([{ line: 14, text: 'ruff check .' }, { line: 15, text: 'pytest' }])
  })
})

describe('git LFS patterns', () => {
  it('match names at any depth below the attributes file, and anchored paths from it', () => {
    const matches = lfsMatcher([...lfsPatterns('.gitattributes', '*.pt filter=lfs diff=lfs merge=lfs -text\n# c\n*.md text\n'), ...lfsPatterns('data/.gitattributes', '/raw/** filter=lfs\n')])
    expect(['model.pt', 'ckpt/a/model.pt', 'data/raw/x.csv', 'raw/x.csv', 'README.md'].map(matches)).toEqual([true, true, true, false, false])
  })
})

describe('findConflictMarkers and identifyLicense', () => {
  it('sees diff3-style conflicts', () => {
    expect(findConflictMarkers('<<<<<<< ours\na\n||||||| base\nb\n=======\nc\n>>>>>>> theirs\n', 'none')).toEqual([1])
  })

  const conflict = '<<<<<<< HEAD:file.txt\nHello world\n=======\nGoodbye\n>>>>>>> 77976da35a11:file.txt\n'

  it('leaves conflicts that documentation shows: Markdown fences and AsciiDoc listings, but not after a two-line title', () => {
    expect(findConflictMarkers(`Like this:\n\n\`\`\`\n${conflict}\`\`\`\n`, 'markdown')).toEqual([])
    expect(findConflictMarkers(`files with conflicts look like this:\n\n-------------------------------------------------\n${conflict}-------------------------------------------------\n`, 'asciidoc')).toEqual([])
    expect(findConflictMarkers(`Merging\n-------\n${conflict}`, 'asciidoc')).toEqual([3])
  })

  it('leaves the expected output a shell test writes in a heredoc, and still finds a conflict in the script', () => {
    const test = `cat >expect_conflict <<EOF\n${conflict}EOF\n\ncat >expected.C <<-\\EOF\n${conflict}\tEOF\n`
    expect(findConflictMarkers(test, 'heredoc')).toEqual([])
    expect(findConflictMarkers(`echo start\n${conflict}echo end\n`, 'heredoc')).toEqual([2])
  })

  it('knows test expectations by their paths', () => {
    expect(['t/t4013/diff.log_--root', 'tests/testdata/merge.txt', 'cases/conflict.out', 'expect', 'test/expected.txt', '__snapshots__/a.snap'].map(isExpectedOutput)).toEqual([true, true, true, true, true, true])
    expect(['src/merge.c', 'README.md', 'lib/expectations.py'].map(isExpectedOutput)).toEqual([false, false, false])
  })

  it('takes an SPDX tag over phrases', () => {
    expect(identifyLicense('Copyright 2024\nSPDX-License-Identifier: Apache-2.0 OR MIT\n')).toEqual({ spdx: 'Apache-2.0 OR MIT', line: 2 })
    expect(identifyLicense('Do what you want.\n')).toBeUndefined()
  })
})
