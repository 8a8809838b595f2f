import { describe, expect, it } from 'vitest'
import { makefileEntryPoints, ruleTargets } from '../../../../src/scanners/repo-map/entry-points/makefile.js'

describe('makefileEntryPoints', () => {
  it('lists real targets in order with their lines, not special, pattern or assignment lines', () => {
    const text = [
      'PYTHON ?= python3',
      'SRC := $(wildcard src/*.c)',
      'OUT = build/app',
      '.PHONY: all test lint',
      '.DEFAULT_GOAL := all',
      '',
      'all: build test',
      '',
      'build: $(OUT)',
      '\t@echo building: done',
      '',
      '$(OUT): $(SRC)',
      '\t$(CC) -o $@ $^',
      '',
      '%.o: %.c',
      '\t$(CC) -c $<',
      '',
      'test lint: build  # two at once',
      '\tpytest',
      '',
      'build/app.o: src/app.c',
      'test: export COVERAGE = 1',
      'define RECIPE',
      'inside-define: nope',
      'endef',
      'ifeq ($(CI),true)',
      'ci: test',
      'endif',
    ].join('\n')
    expect(makefileEntryPoints('Makefile', text).map((entry) => `${entry.line} ${entry.name} | ${entry.target}`)).toEqual([
      '7 all | make all',
      '9 build | make build',
      '18 test | make test',
      '18 lint | make lint',
      '27 ci | make ci',
    ])
  })

  it('keeps a dotted target declared phony, and runs nested Makefiles with -C', () => {
    const text = '.PHONY: docs.html\ndocs.html:\n\tbuild-docs\nrelease.tar.gz:\n\ttar\n'
    expect(makefileEntryPoints('tools/Makefile', text)).toEqual([
      { kind: 'make-target', path: 'tools/Makefile', line: 2, name: 'docs.html', target: 'make -C tools docs.html' },
    ])
  })

  it('skips lines that continue an earlier one', () => {
    const text = 'FILES = a.c \\\n  b.c\nx: \\\n  y\nreal:\n'
    expect(makefileEntryPoints('Makefile', text).map((entry) => entry.name)).toEqual(['x', 'real'])
  })
})

describe('ruleTargets', () => {
  it.each([
    ['build: deps', ['build']],
    ['a b:: c', ['a', 'b']],
    ['x:', ['x']],
  ])('%s is a rule', (line, targets) => {
    expect(ruleTargets(line)).toEqual(targets)
  })

  it.each(['A = b:c', 'A := b', 'A ::= b', 'A ?= x:y', 'A += x', 'A != date', 'test: VAR = 1', 'no colon here', ': nothing', '$(warning "golangci-lint is not installed, run: curl -sSfL …")'])(
    '%s is not a rule',
    (line) => {
      expect(ruleTargets(line)).toBeUndefined()
    },
  )
})
