import type { ScannerSections } from '../options/build-options.js'
import type { Scanner, ScannerId } from './scanner.js'
import { placeholderSettings } from './placeholders/placeholder-settings.js'
import { linkSettings } from './links/link-settings.js'
import { checklistSettings } from './checklist/checklist-settings.js'
import { repoMapSettings } from './repo-map/repo-map-settings.js'

/**
 * Each scanner's module, loaded only when its check runs: a placeholder scan alone then never
 * loads the Markdown parser, YAML and TOML readers the others need (20-30 ms of every start, the
 * bundle's parse and setup). Run order matters: the repo map reads the placeholder results for its
 * hotspots, so it runs last.
 */
const SCANNER_MODULES: Readonly<Record<ScannerId, () => Promise<Scanner>>> = {
  placeholders: async () => (await import('./placeholders/placeholder-scanner.js')).placeholderScanner,
  links: async () => (await import('./links/link-scanner.js')).linkScanner,
  checklist: async () => (await import('./checklist/checklist-scanner.js')).checklistScanner,
  'repo-map': async () => (await import('./repo-map/repo-map-scanner.js')).repoMapScanner,
}

export const AVAILABLE_SCANNERS: readonly ScannerId[] = ['placeholders', 'links', 'checklist', 'repo-map']

/** The scanners for `checks`, in run order. */
export async function loadScanners(checks: readonly ScannerId[]): Promise<Scanner[]> {
  return await Promise.all(AVAILABLE_SCANNERS.filter((id) => checks.includes(id)).map((id) => SCANNER_MODULES[id]()))
}

export const SCANNER_SECTIONS: ScannerSections = {
  placeholders: placeholderSettings,
  links: linkSettings,
  checklist: checklistSettings,
  'repo-map': repoMapSettings,
}
