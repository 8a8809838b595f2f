import { LineLocator } from './text-lines.js'

export interface LicenseMatch {
  readonly spdx: string
  readonly line: number
}

/** A phrase as a regex that lets line breaks and indentation fall anywhere between its words. */
function phrase(words: string): RegExp {
  return new RegExp(words.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+'), 'i')
}

interface LicenseShape {
  readonly spdx: string
  /** Every pattern must match; the first one's line is the evidence. */
  readonly patterns: readonly RegExp[]
  /** When any of these matches the text is a different licence of the same family. */
  readonly unless?: readonly RegExp[]
}

/**
 * Phrases that appear verbatim in the canonical texts. Checked in order: the more specific texts first
 * (AGPL before GPL, LGPL before GPL, BSD-3 before BSD-2), because they contain the general phrases.
 */
const SHAPES: readonly LicenseShape[] = [
  { spdx: 'AGPL-3.0', patterns: [phrase('GNU AFFERO GENERAL PUBLIC LICENSE'), phrase('Version 3')] },
  { spdx: 'LGPL-3.0', patterns: [phrase('GNU LESSER GENERAL PUBLIC LICENSE'), phrase('Version 3')] },
  { spdx: 'LGPL-2.1', patterns: [phrase('GNU LESSER GENERAL PUBLIC LICENSE'), phrase('Version 2.1')] },
  { spdx: 'GPL-3.0', patterns: [phrase('GNU GENERAL PUBLIC LICENSE'), phrase('Version 3')] },
  { spdx: 'GPL-2.0', patterns: [phrase('GNU GENERAL PUBLIC LICENSE'), phrase('Version 2')] },
  { spdx: 'Apache-2.0', patterns: [phrase('Apache License'), phrase('Version 2.0')] },
  { spdx: 'MPL-2.0', patterns: [/Mozilla\s+Public\s+License,?\s+(?:Version|v\.?)\s*2\.0/i] },
  { spdx: 'EPL-2.0', patterns: [phrase('Eclipse Public License - v 2.0')] },
  { spdx: 'BSL-1.0', patterns: [phrase('Boost Software License - Version 1.0')] },
  { spdx: 'Unlicense', patterns: [phrase('This is free and unencumbered software released into the public domain')] },
  { spdx: 'CC0-1.0', patterns: [phrase('CC0 1.0 Universal')] },
  { spdx: 'CC-BY-NC-SA-4.0', patterns: [phrase('Attribution-NonCommercial-ShareAlike 4.0 International')] },
  { spdx: 'CC-BY-NC-4.0', patterns: [phrase('Attribution-NonCommercial 4.0 International')] },
  { spdx: 'CC-BY-SA-4.0', patterns: [phrase('Attribution-ShareAlike 4.0 International')] },
  { spdx: 'CC-BY-4.0', patterns: [phrase('Attribution 4.0 International')] },
  { spdx: 'ISC', patterns: [/Permission\s+to\s+use,\s+copy,\s+modify,\s+and(?:\/or)?\s+distribute\s+this\s+software\s+for\s+any\s+purpose\s+with\s+or\s+without\s+fee/i] },
  { spdx: 'MIT', patterns: [phrase('Permission is hereby granted, free of charge, to any person obtaining a copy')] },
  { spdx: 'Zlib', patterns: [phrase("This software is provided 'as-is', without any express or implied warranty"), phrase('Altered source versions must be plainly marked')] },
  { spdx: 'BSD-3-Clause', patterns: [phrase('Redistribution and use in source and binary forms'), phrase('Neither the name')] },
  { spdx: 'BSD-2-Clause', patterns: [phrase('Redistribution and use in source and binary forms')], unless: [phrase('Neither the name')] },
]

const SPDX_TAG = /SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+(?:\s+(?:OR|AND|WITH)\s+[A-Za-z0-9.+-]+)*)/

/** The licence a file's text is, by canonical phrases or an explicit SPDX tag; undefined when unrecognised. */
export function identifyLicense(text: string): LicenseMatch | undefined {
  const head = text.slice(0, 64 * 1024)
  const tag = SPDX_TAG.exec(head)
  if (tag) return { spdx: (tag[1] as string).trim(), line: new LineLocator(head).lineAt(tag.index) }
  for (const shape of SHAPES) {
    const first = shape.patterns[0] as RegExp
    const match = first.exec(head)
    if (!match || !shape.patterns.every((pattern) => pattern.test(head))) continue
    if (shape.unless?.some((pattern) => pattern.test(head))) continue
    return { spdx: shape.spdx, line: new LineLocator(head).lineAt(match.index) }
  }
  return undefined
}
