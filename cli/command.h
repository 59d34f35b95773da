#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace seqera {
struct Settings;
}

namespace seqera::cli {

// The one way the CLI reports an error: "error: <message>" on standard error, so that every
// error reads the same and scripts can find it. Returns `exitCode` for `return error(...)`.
int printError(QTextStream &err, const QString &message, int exitCode);
// A usage error (exit code 2): the message, then `help` (a command's or the program's usage).
int printUsageError(QTextStream &err, const QString &message, const QString &help = {});
// The candidate a mistyped `word` most likely meant (case-insensitive edit distance, at most
// a third of the word), or an empty string: the "did you mean" of unknown commands/profiles.
QString closestMatch(const QString &word, const QStringList &candidates);
// For a profile that holds no session while others do: "did you mean", the existing profiles,
// and how to choose one (--profile NAME). Empty when `profile` exists or none does.
QString unknownProfileHint(const QString &profile, const QStringList &existing);

// Which of the standard streams are a terminal (questions, line editing, colour and
// markdown need one); in the in-process tests none is.
struct Terminals
{
    bool in = false;
    bool out = false;
    bool err = false;
};

// What every command gets: the settings read from the environment and the three streams
// (`in` is the only reader of standard input: typed answers, piped tokens and questions).
struct Context
{
    Settings &settings;
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    // The environment the settings came from (caller detection, NO_COLOR, TERM) and which
    // streams are a terminal: the process's in the binary, injected in the in-process tests.
    const QProcessEnvironment &environment;
    Terminals terminal;
    // Whether the profile was chosen with --profile/-p (rather than $SEQERA_PROFILE or the
    // stored default), for hints that name the option.
    bool profileFromOption = false;

    int error(const QString &message, int exitCode);
    int usageError(const QString &message) { return printUsageError(err, message); }
};

// One class per command (KeePassXC's keepassxc-cli shape): it declares its options, then
// execute() returns the process exit code (see ExitCode in core/util/error.h).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::Command)
public:
    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    // The one-line summary in `seqera --help` and the completions: the description's first
    // line, without the full stop or the colon that may lead into an example (as gh does).
    QString summary() const;

    // Adds the options every command shares (--profile, --help), then the command's own.
    void setupParser(QCommandLineParser &parser) const;
    virtual int execute(Context &context, const QCommandLineParser &parser) = 0;
    // Commands that take positional arguments (e.g. `ai QUERY`) say so; others refuse them.
    virtual bool acceptsPositionalArguments() const { return false; }
    // Shown after the options in `seqera <command> --help` (what is in force on this machine).
    virtual QString helpEpilog(const Settings &settings) const
    {
        Q_UNUSED(settings);
        return {};
    }
    // For the shell completions: the words offered as the first positional argument (the
    // subcommands of `profile`), and those of them that take a profile name next.
    virtual QStringList positionalCompletions() const { return {}; }
    virtual QStringList profileArgumentAfter() const { return {}; }

    // Pairs of options that cannot be used together: execute() is not called when both are
    // set, the user gets a usage error naming them.
    virtual QList<QPair<QString, QString>> conflictingOptions() const { return {}; }

protected:
    Command(QString name, QString description)
        : m_name(std::move(name))
        , m_description(std::move(description))
    { }
    virtual void addOptions(QCommandLineParser &parser) const = 0;

private:
    QString m_name;
    QString m_description;
};

} // namespace seqera::cli
