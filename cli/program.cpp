#include "program.h"

#include "command.h"
#include "commandtable.h"
#include "config/settings.h"
#include "os/terminal.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QTextStream>

namespace seqera::cli {

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::Main)
public:
    static QString usage()
    {
        QString text = tr("Usage: seqera <command> [options]\n\n"
                          "Sign in to Seqera Platform and use the Seqera AI assistant.\n\n"
                          "Commands:\n");
        for (const auto &command : commands())
            text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
        text += tr("\nOptions:\n"
                   "  -h, --help              Show this help, or a command's help after the "
                   "command.\n"
                   "  -v, --version           Show the version.\n"
                   "  -p, --profile <name>    Use the profile <name> (also $SEQERA_PROFILE).\n\n"
                   "Run \"seqera <command> --help\" for a command's options.\n"
                   "Exit codes: 0 success, 1 failure or not logged in, 2 usage error,\n"
                   "3 temporary problem (network, server, keyring; nothing was lost), 130 "
                   "interrupted.\n");
        return text;
    }
};

} // namespace

// Long on purpose: the dispatch as a user meets it, top to bottom (global options, the
// command, its options and their checks, the settings, the call); each step is a few lines.
int run(QStringList args, Io &io)
{
    QTextStream &out = io.out;
    QTextStream &err = io.err;
    QTextStream &in = io.in;
    const QString program = args.takeFirst();

    // Options before the command: --profile NAME, --help, --version.
    QString profile;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            out << Main::usage();
            return ExitCode::Ok;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out << "seqera " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitCode::Ok;
        }
        if (arg == QLatin1String("-p") || arg == QLatin1String("--profile")) {
            if (args.isEmpty())
                return printUsageError(err, Main::tr("%1 needs a profile name").arg(arg));
            profile = args.takeFirst();
            continue;
        }
        if (arg.startsWith(QLatin1String("--profile="))) {
            profile = arg.mid(10);
            continue;
        }
        return printUsageError(err, Main::tr("unknown option \"%1\"").arg(arg), Main::usage());
    }
    if (args.isEmpty()) {
        err << Main::usage();
        return ExitCode::Usage;
    }
    QString name = args.takeFirst();
    if (name == QLatin1String("help")) {
        if (args.isEmpty() || !findCommand(args.first())) {
            out << Main::usage();
            return ExitCode::Ok;
        }
        name = args.first();
        args = QStringList { QStringLiteral("--help") };
    }
    Command *command = findCommand(name);
    if (!command) {
        QStringList names;
        for (const auto &c : commands())
            names << c->name();
        const QString guess = closestMatch(name, names);
        const QString message = guess.isEmpty()
            ? Main::tr("unknown command \"%1\"").arg(name)
            : Main::tr("unknown command \"%1\". Did you mean \"seqera %2\"?").arg(name, guess);
        return printUsageError(err, message, Main::usage());
    }

    QCommandLineParser parser;
    command->setupParser(parser);
    args.prepend(program);
    // helpText() names the program by its path; users know it as "seqera <command>".
    const auto helpText = [&parser, &program, command] {
        QString text = parser.helpText();
        const int at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("seqera ") + command->name());
        return text;
    };
    if (!parser.parse(args))
        return printUsageError(err, parser.errorText(), helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText();
        const QString epilog = command->helpEpilog(Settings::fromEnvironment(io.environment));
        if (!epilog.isEmpty())
            out << Qt::endl << epilog << Qt::endl;
        return ExitCode::Ok;
    }
    if (!command->acceptsPositionalArguments() && !parser.positionalArguments().isEmpty()) {
        return printUsageError(err,
            Main::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
            helpText());
    }
    for (const auto &[first, second] : command->conflictingOptions()) {
        if (parser.isSet(first) && parser.isSet(second)) {
            return printUsageError(err,
                Main::tr("--%1 and --%2 cannot be used together").arg(first, second), helpText());
        }
    }

    Settings settings = Settings::fromEnvironment(io.environment);
    if (parser.isSet(QStringLiteral("profile")))
        profile = parser.value(QStringLiteral("profile"));
    if (!profile.isEmpty())
        settings.profile = profile;
    if (!isValidProfileName(settings.profile)) {
        return printUsageError(err,
            Main::tr("\"%1\" is not a valid profile name (letters, digits, '.', '_' "
                     "and '-', at most 64).")
                .arg(settings.profile));
    }

    Context context { settings, out, err, in, io.environment, io.terminal, !profile.isEmpty() };
    const int code = command->execute(context, parser);
    out.flush();
    err.flush();
    return code;
}

int run(QStringList arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The one reader of standard input (a second reader would miss what this one buffered):
    // tokens, answers to questions, a headless question.
    QTextStream in(stdin);
    Io io { in, out, err, QProcessEnvironment::systemEnvironment(),
        { os::isTerminal(os::Stream::Input), os::isTerminal(os::Stream::Output),
            os::isTerminal(os::Stream::Error) } };
    return run(std::move(arguments), io);
}

} // namespace seqera::cli
