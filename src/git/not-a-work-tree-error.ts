/** Another commit was asked for where git cannot be used: there are no objects to read it from. */
export class NotAWorkTreeError extends Error {
  constructor(
    readonly root: string,
    readonly reason: string,
  ) {
    super(`${root} is not a git work tree that can be read (${reason}), so no other commit of it can be audited`)
    this.name = 'NotAWorkTreeError'
  }
}
