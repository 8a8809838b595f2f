// Fallback memory probe where GNU time is missing: runs a Node script in this process and, on
// exit, writes this process's peak resident set (KB) to a file.
// `node rss-wrapper.mjs OUT_FILE SCRIPT [ARGS...]`
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [outFile, script, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], resolve(script), ...args]
process.on('exit', () => writeFileSync(outFile, `${process.resourceUsage().maxRSS}\n`))
await import(pathToFileURL(resolve(script)).href)
