/**
 * What the message of a "not implemented" statement says, in any language: whether the work is
 * still to come, left to someone else, or not meant to exist.
 */

/** "not yet supported", "does not support X yet", "currently not implemented": said of work still to come. */
export const NOT_YET = /\(yet\)|\bnot\s+yet\b|\byet\s+to\b|\b(?:supported|implemented|support\s+[\w\s`'"-]{1,60})\s+yet\b|\bdoes(?: not|n't) yet\b/i

/**
 * Said of work still to come ("not yet implemented", "TODO", "coming soon"): unfinished code even
 * in a base class. A bare "is not implemented" is what a base class's hook says too.
 */
export const STILL_TO_COME = new RegExp(`${NOT_YET.source}|\\bTODO\\b|\\bcoming soon\\b|\\bnot (?:done|written|finished) yet\\b`, 'i')

/** "must be implemented by subclasses", "override this", "implement in a subclass", "transport must implement send". */
export const SUBCLASS_DUTY = /\bsub-?class(?:es)?\b|\boverrid(?:e|den|ing)\b|\bderived class|\bchild class|\bmust (?:be )?implement|\bshould (?:be )?implement|\bneeds? to be implemented|\bto be implemented by|\bimplement(?:ed)? (?:it |this )?(?:in|by) (?:the |a |each |your )?(?:sub|child|derived|concrete)/i

/** Code that exists for the API docs only (`todo!("For doc generation only")`), or a shim pointing elsewhere (`Use X instead`). */
export const NOT_MEANT_TO_RUN = /\bfor doc(?:s|umentation)?\b|\bdoc(?:s|umentation)? (?:generation )?only\b|\binstead\b|\bdeprecated\b|\bno longer\b/i

/**
 * "Backward pass is not implemented for Sage attention", "not implemented for sparse tensors": a
 * case the code declines, named in the message. Without "yet" it is a limitation, not a gap.
 */
export const DECLINED_CASE = /\bnot (?:implemented|supported) (?:for|on|with|when|in)\b/i
