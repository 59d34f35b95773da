#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace seqera {
struct Settings;
}

namespace seqera::cli {

// What every command gets: the settings read from the environment and the two streams.
struct Context
{
    Settings &settings;
    QTextStream &out;
    QTextStream &err;
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

    // Adds the options every command shares (--profile, --help), then the command's own.
    void setupParser(QCommandLineParser &parser) const;
    virtual int execute(Context &context, const QCommandLineParser &parser) = 0;
    // Commands that take positional arguments (e.g. `ai QUERY`) say so; others refuse them.
    virtual bool acceptsPositionalArguments() const { return false; }

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
