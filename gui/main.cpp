#include "config/settings.h"
#include "os/hardening.h"
#include "os/locale.h"
#include "storage/securefile.h"
#include "translations.h"
#include "traycontroller.h"
#include "traylog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace seqera;

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(seqera::tray::Main)
};

void fail(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, Main::tr("Seqera Platform"), message);
}

struct Options
{
    QCommandLineOption profile { { QStringLiteral("p"), QStringLiteral("profile") },
        Main::tr("Show this profile (also $SEQERA_PROFILE)."), Main::tr("name") };
    QCommandLineOption trayWait { QStringLiteral("tray-wait"),
        Main::tr("Seconds to wait for a system tray before saying that there is none; Seqera "
                 "Tray keeps renewing and notifying without one (default 15)."),
        Main::tr("seconds"), QStringLiteral("15") };
    QCommandLineOption login { QStringLiteral("login"),
        Main::tr("Start signing in at once when not signed in (as \"Log in…\" in the menu). "
                 "When Seqera Tray is already running, it is asked to do so.") };
};

void setUp(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        Main::tr("Stay signed in to Seqera Platform from the system tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.profile, options.trayWait, options.login });
}

// --help, --version and mistakes need no display: they are answered before QApplication
// exists (it would abort without a display), with a QCoreApplication that prints and exits.
void answerOnTerminalIfAsked(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // QApplication takes its own options (-platform, -display...) out before we parse: so here.
    static const QStringList qtOptionsWithValue = { QStringLiteral("-platform"),
        QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"), QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-qwindowicon"), QStringLiteral("-qwindowtitle"), QStringLiteral("-display"),
        QStringLiteral("-geometry"), QStringLiteral("-style"), QStringLiteral("-stylesheet"),
        QStringLiteral("-session") };
    static const QStringList qtFlags = { QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
        QStringLiteral("-nograb"), QStringLiteral("-dograb"), QStringLiteral("-sync") };
    QStringList ours;
    for (int i = 0; i < arguments.size(); ++i) {
        if (i > 0 && qtOptionsWithValue.contains(arguments.at(i)))
            ++i;
        else if (i == 0 || !qtFlags.contains(arguments.at(i)))
            ours << arguments.at(i);
    }
    QCommandLineParser probe;
    Options probeOptions;
    setUp(probe, probeOptions);
    if (probe.parse(ours) && !probe.isSet(QStringLiteral("help"))
        && !probe.isSet(QStringLiteral("help-all")) && !probe.isSet(QStringLiteral("version")))
        return;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seqera-tray"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQERA_VERSION));
    installTranslators(app);
    QCommandLineParser parser;
    Options options; // again, now that the translations are there
    setUp(parser, options);
    parser.process(app); // prints and exits
}

QString instanceSocketPath(const Settings &settings)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = settings.stateDir;
    return dir + QStringLiteral("/seqera-tray.socket");
}

// A second launch hands its request ("login" or "show") to the running tray.
bool forwardToRunningInstance(const QString &socketPath, const QByteArray &request)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(2000))
        return false;
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(2000) || !socket.waitForReadyRead(5000))
        return false;
    return socket.readLine().trimmed() == "ok";
}

} // namespace

// Long on purpose: the tray's start-up in its order (options that need no display, one
// instance, translations, the session objects, the icon), each step a few lines.
int main(int argc, char *argv[])
{
    seqera::os::makeProcessNonDumpable(); // before any token is read: no core file, no ptrace
    seqera::os::ensureUtf8Locale(); // before Qt reads the locale: no warning in a C locale
    answerOnTerminalIfAsked(argc, argv);

    QApplication app(argc, argv);
    // The StatusNotifierItem's Title (and Id) is the application name in Qt 6.4: the name a
    // person reads in the panel's list of hidden items.
    QApplication::setApplicationName(QStringLiteral("Seqera Platform"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seqera Platform"));
    QApplication::setApplicationVersion(QStringLiteral(SEQERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("seqera-tray"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seqera-tray.svg")));
    // The tray lives on without windows; only "Quit" ends it.
    QApplication::setQuitOnLastWindowClosed(false);
    installTranslators(app);

    QCommandLineParser parser;
    const Options options;
    setUp(parser, options);
    parser.process(app);

    Settings settings = Settings::fromEnvironment();
    if (parser.isSet(options.profile))
        settings.profile = parser.value(options.profile);
    if (!isValidProfileName(settings.profile)) {
        fail(Main::tr("\"%1\" is not a valid profile name (letters, digits, '.', '_' and '-', at "
                      "most 64).")
                 .arg(settings.profile));
        return 2;
    }

    // One tray per user: the lock lives next to the user's other session state.
    if (const Error e = securefile::ensurePrivateDir(settings.stateDir)) {
        fail(e.message);
        return 1;
    }
    QLockFile instanceLock(settings.stateDir + QStringLiteral("/tray.lock"));
    instanceLock.setStaleLockTime(0);
    const QString socketPath = instanceSocketPath(settings);
    const bool wantsLogin = parser.isSet(options.login);
    if (!instanceLock.tryLock(200)) {
        if (forwardToRunningInstance(socketPath, wantsLogin ? "login" : "show")) {
            std::fputs(qPrintable((wantsLogin ? Main::tr("Seqera Tray is already running; it "
                                                         "was asked to start signing in.")
                                              : Main::tr("Seqera Tray is already running."))
                           + QLatin1Char('\n')),
                stderr);
            return 0;
        }
        std::fputs(qPrintable(Main::tr("seqera-tray is already running for this user; not "
                                       "starting a second one.")
                       + QLatin1Char('\n')),
            stderr);
        return 0;
    }

    tray::TrayController controller(settings);

    // We hold the lock: a socket left behind by a crashed tray is ours to replace.
    QLocalServer instanceServer;
    instanceServer.setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(socketPath);
    if (!instanceServer.listen(socketPath))
        qCWarning(lcTray).noquote()
            << "a second launch cannot reach this one:" << instanceServer.errorString();
    QObject::connect(&instanceServer, &QLocalServer::newConnection, &controller, [&] {
        while (QLocalSocket *client = instanceServer.nextPendingConnection()) {
            QObject::connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(client, &QLocalSocket::readyRead, &controller, [client, &controller] {
                if (!client->canReadLine())
                    return;
                const QByteArray request = client->readLine(64).trimmed();
                qCInfo(lcTray).noquote()
                    << "request from a second launch:" << QString::fromLatin1(request);
                if (request == "login")
                    controller.logInUnlessSignedIn();
                else
                    controller.showMenu();
                client->write("ok\n");
                client->disconnectFromServer();
            });
        }
    });

    controller.show(qMax(0, parser.value(options.trayWait).toInt()));
    if (wantsLogin)
        controller.logInUnlessSignedIn();
    return app.exec();
}
