#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace seqera::ai {

// One word of a shell command after quote removal ("r''m" and "r\m" are both "rm"), with
// what quote removal cannot settle: whether the shell would still expand it.
struct ShellWord
{
    QString text; // quotes and backslashes removed; expansions kept as written ("${x}m")
    bool expansion = false; // $var, ${...}, $(...), `...`, $'...', <(...), {a,b}
    bool glob = false; // unquoted * ? [
};

// A word as the lexer hands it on: after quote removal, and as written (quotes and all), which
// the classifier needs to tell "X=1 cmd" from "'X=1' cmd" and reserved words from quoted ones.
struct RawWord
{
    ShellWord word;
    QString raw;
};

// What the lexer finds besides the commands.
struct LexedShell
{
    QList<ShellWord> redirectWrites; // > >> &> >| targets (not /dev/null, not fd duplication)
    QList<ShellWord> redirectReads; // < targets
    bool malformed = false; // unterminated quote or substitution, runaway nesting, a comment or
                            // `case` inside $(...), an expansion bash would evaluate as code
};

// Called with the words of each simple command, in the order bash would run them to the
// extent a reader can tell: a substitution's commands come before the command they are in.
using ShellCommandSink = std::function<void(const QList<RawWord> &)>;

// The shell lexer of the command classifier: reads `text` as bash reads it (quotes, escapes,
// $'...', the five kinds of expansion, redirections, here-documents, operators, newlines,
// comments) and hands every simple command to `sink`, also those inside $(...), `...` and
// <(...). Anything it cannot follow as bash would makes `out.malformed` true; the classifier
// then judges the whole command Unknown, never Safe. It does not judge anything itself.
void lexShell(const QString &text, LexedShell &out, const ShellCommandSink &sink);

} // namespace seqera::ai
