#pragma once

#include "shelllexer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seqera::ai {

// What one simple command does, judged by its name after quote removal and wrappers
// (env, timeout, nohup, xargs, ...) taken off.
enum class CommandKind {
    Safe, // prints or reads: ls, cat, head, echo, ... (docs/ai-protocol §8 "safe")
    Edit, // changes files named by its arguments: cp, mv, mkdir, touch, tee, ...
    Other, // any other program: runs whatever it is
    Unknown, // cannot tell what runs: a name built from an expansion, a string handed to a
             // shell (bash -c, env -S, eval, ...), a wrapper option we do not know
    Dangerous, // rm, chmod, sudo, kill, dd, ... (§8 "dangerous"), also `find -delete`
};

struct SimpleCommand
{
    QList<ShellWord> words; // the command's own words, wrappers and assignments removed
    QString name; // words[0] without its folder ("/bin/rm" -> "rm"); empty for none
    CommandKind kind = CommandKind::Other;
    bool assignments = false; // "X=1 cmd", "env X=1 cmd": the environment is changed
    QList<ShellWord> readPaths; // arguments a Safe command reads (checked against our files)
    QList<ShellWord> writePaths; // files an Edit command changes
    bool writePathsKnown = true; // false: an Edit command whose targets we cannot list
    QString reason; // untranslated detail for Unknown/Dangerous ("env -S runs a string")
};

// What the lexer found (redirections, `malformed`) and the judgement of every command.
struct CommandAnalysis : LexedShell
{
    QList<SimpleCommand> commands; // every simple command, also inside $(...), `...`, <(...)

    bool has(CommandKind kind) const;
    // Dangerous > Unknown > Other > Edit > Safe; Unknown when malformed or empty.
    CommandKind worst() const;
};

// The one command classifier of `seqera ai`: a small lexer for the shell language bash
// runs (quotes, escapes, $'...', substitutions, redirections, heredocs, operators,
// newlines, reserved words), so every simple command is judged by the word bash will
// actually run. Anything it cannot follow is Unknown, never Safe.
class CommandClassifier
{
public:
    static CommandAnalysis analyze(const QString &command);

    static const QStringList &safeCommands();
    static const QStringList &editCommands();
    static const QStringList &dangerousCommands();
};

} // namespace seqera::ai
