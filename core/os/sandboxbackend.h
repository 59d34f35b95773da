#pragma once

// What the kernel offers the assistant's sandbox (core/ai/tools/sandbox decides the profile,
// finds bubblewrap and probes it; this answers what only the system can).
namespace seqera::os::sandbox {

// Whether bubblewrap can work on this system at all (Linux namespaces). False: Sandbox::detect
// answers "none" and every command the approval mode would run unasked is asked about.
bool bubblewrapPossible();

// Whether the kernel has Landlock's scopes (ABI 6: no abstract Unix sockets, no signals to
// processes outside the scope).
bool landlockScopesAvailable();

// In the child, between fork and exec (async-signal-safe): no new privileges, then a Landlock
// scope. False when the kernel refused; the child must not run then.
bool enterLandlockScopes();

} // namespace seqera::os::sandbox
