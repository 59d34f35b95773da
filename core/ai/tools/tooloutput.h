#pragma once

#include <QString>

// What the model reads of a command's output (execute_bash_local, the lint tools), before it
// is capped. Not the sanitizer of what a person sees (util/terminaltext: there every control
// character stays visible); here the model gets the text a terminal would have shown.
namespace seqera::ai::tooloutput {

// Terminal escape sequences (CSI such as colours, OSC such as titles and links, the other
// ESC sequences, and their 8-bit forms) removed; a carriage return not followed by a line
// feed becomes a line feed, so each state of a progress line is a line of its own.
QString withoutTerminalControls(const QString &text);

// True when the text is the log of a Nextflow run (its banner or its "Launching" line).
bool looksLikeNextflowRun(const QString &text);

// Nextflow's console output condensed as the official client does: banner, blank and
// separator lines, executor lines, the per-process counters and the footer dropped;
// `[PIPELINE] main.nf [name] | revision=R`, `[WORKDIR] dir`, `[PROCESS ab/123456] NAME`,
// `[WARN] text` (each once), `[ERROR] text` followed by its indented lines, and after a
// completed run `[SUCCESS|FAILED] completed=N failed=F cached=C`. Other lines are kept.
QString condensedNextflow(const QString &text);

} // namespace seqera::ai::tooloutput
