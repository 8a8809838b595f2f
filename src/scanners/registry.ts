import type { ScannerSections } from '../options/build-options.js'
import type { Scanner, ScannerId } from './scanner.js'
import { placeholderScanner } from './placeholders/placeholder-scanner.js'
import { placeholderSettings } from './placeholders/placeholder-settings.js'
import { linkScanner } from './links/link-scanner.js'
import { linkSettings } from './links/link-settings.js'
import { checklistScanner } from './checklist/checklist-scanner.js'
import { checklistSettings } from './checklist/checklist-settings.js'
import { repoMapScanner } from './repo-map/repo-map-scanner.js'
import { repoMapSettings } from './repo-map/repo-map-settings.js'

/** Run order matters: the repo map reads the placeholder results for its hotspots, so it runs last. */
export const SCANNERS: readonly Scanner[] = [placeholderScanner, linkScanner, checklistScanner, repoMapScanner]

export const SCANNER_SECTIONS: ScannerSections = {
  placeholders: placeholderSettings,
  links: linkSettings,
  checklist: checklistSettings,
  'repo-map': repoMapSettings,
}

export const AVAILABLE_SCANNERS: readonly ScannerId[] = SCANNERS.map((scanner) => scanner.id)
