import { run } from './action/run.js'

const outcome = await run()
// After core.setFailed, which sets 1 whatever went wrong.
process.exitCode = outcome.exitCode
// An abandoned upload's sockets would keep Node alive: everything the step has to say is said.
if (outcome.abandonedWork) process.exit(outcome.exitCode)
