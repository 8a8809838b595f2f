import { describe, expect, it } from 'vitest'
import { languageFromShebang, languageOf } from '../../src/inventory/languages.js'

describe('languageOf', () => {
  it.each([
    ['a/b/model.py', 'Python'], ['x.tsx', 'TypeScript'], ['lib.rs', 'Rust'], ['main.go', 'Go'], ['A.java', 'Java'],
    ['b.kt', 'Kotlin'], ['c.h', 'C'], ['d.hpp', 'C++'], ['e.cs', 'C#'], ['f.swift', 'Swift'], ['g.php', 'PHP'],
    ['h.rb', 'Ruby'], ['run.sh', 'Shell'], ['ci.yml', 'YAML'], ['Cargo.toml', 'TOML'], ['Dockerfile.prod', 'Dockerfile'],
    ['GNUmakefile', 'Makefile'], ['q.sql', 'SQL'], ['i.html', 'HTML'], ['pom.xml', 'XML'], ['s.css', 'CSS'],
    ['dockerfile.ts', 'TypeScript'], ['requirements-dev.in', 'Pip Requirements'], ['t.lua', 'Lua'], ['u.R', 'R'], ['README.md', 'Markdown'], ['requirements-dev.txt', 'Pip Requirements'],
  ])('%s is %s', (path, name) => {
    expect(languageOf(path)?.name).toBe(name)
  })

  it('does not guess for unknown or extensionless names', () => {
    expect(languageOf('bin/tool')).toBeUndefined()
    expect(languageOf('data.xyz')).toBeUndefined()
  })

  it('reads interpreters from shebang lines', () => {
    expect(languageFromShebang('#!/usr/bin/env bash')?.name).toBe('Shell')
    expect(languageFromShebang('#!/usr/bin/env python3')?.name).toBe('Python')
    expect(languageFromShebang('#!/usr/bin/env node')?.name).toBe('JavaScript')
    expect(languageFromShebang('print(1)')).toBeUndefined()
  })
})
