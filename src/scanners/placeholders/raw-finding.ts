import type { PlaceholderKind } from './placeholder-result.js'

/** A finding before it has a line, a column and a fingerprint: where it is, as an offset. */
export interface RawFinding {
  readonly kind: PlaceholderKind
  readonly at: number
  readonly tag: string
  readonly text: string
  readonly message: string
  readonly reference?: string
  readonly owner?: string
  readonly issue?: string
  /** A Python method's class and name: the class index may yet find it is an interface hook. */
  readonly definedIn?: { readonly className: string; readonly method: string }
}
