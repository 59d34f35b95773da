#include "config/settings.h"
#include "storage/securefile.h"
#include "traycontroller.h"
#include "traylog.h"
#include "util/nondumpable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace seqera;

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(seqera::tray::Main)
};

void installTranslators(QCoreApplication &app)
{
    // uiLanguages() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
    auto *translator = new QTranslator(&app);
    if (translator->load(
            QLocale(), QStringLiteral("seqera"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

void fail(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, Main::tr("Seqera Tray"), message);
}

} // namespace

int main(int argc, char *argv[])
{
    seqera::makeProcessNonDumpable(); // before any token is read: no core file, no ptrace
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("seqera-tray"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seqera Tray"));
    QApplication::setApplicationVersion(QStringLiteral(SEQERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("seqera-tray"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seqera-tray.svg")));
    // The tray lives on without windows; only "Quit" ends it.
    QApplication::setQuitOnLastWindowClosed(false);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Stay signed in to Seqera Platform from the system tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption({ QStringLiteral("p"), QStringLiteral("profile") },
        Main::tr("Show this profile (also $SEQERA_PROFILE)."), Main::tr("name"));
    const QCommandLineOption waitOption(QStringLiteral("tray-wait"),
        Main::tr("Wait this many seconds for a system tray to appear (default 120)."),
        Main::tr("seconds"), QStringLiteral("120"));
    const QCommandLineOption loginOption(QStringLiteral("login"),
        Main::tr("Start signing in at once when not signed in (as \"Log in…\" in the menu)."));
    parser.addOption(profileOption);
    parser.addOption(waitOption);
    parser.addOption(loginOption);
    parser.process(app);

    Settings settings = Settings::fromEnvironment();
    if (parser.isSet(profileOption))
        settings.profile = parser.value(profileOption);
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
    if (!instanceLock.tryLock(200)) {
        std::fputs(qPrintable(Main::tr("seqera-tray is already running for this user; not "
                                       "starting a second one.")
                       + QLatin1Char('\n')),
            stderr);
        return 0;
    }

    std::unique_ptr<tray::TrayController> controller;
    const int waitSecs = qMax(0, parser.value(waitOption).toInt());
    QElapsedTimer waited;
    waited.start();
    QTimer trayCheck;
    trayCheck.setInterval(1000);
    // Early in a desktop session the panel may not be there yet.
    auto tryStart = [&] {
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            trayCheck.stop();
            controller = std::make_unique<tray::TrayController>(settings);
            controller->show();
            if (parser.isSet(loginOption))
                controller->logInUnlessSignedIn();
            return;
        }
        if (waited.elapsed() >= waitSecs * 1000LL) {
            trayCheck.stop();
            fail(Main::tr("No system tray was found after %n second(s). Seqera Tray needs a "
                          "panel with a notification area (system tray); enable one, or use the "
                          "\"seqera\" command instead.",
                nullptr, waitSecs));
            QCoreApplication::exit(1);
            return;
        }
        if (!trayCheck.isActive()) {
            qCInfo(lcTray) << "waiting for a system tray";
            trayCheck.start();
        }
    };
    QObject::connect(&trayCheck, &QTimer::timeout, &app, tryStart);
    QTimer::singleShot(0, &app, tryStart);
    const int code = app.exec();
    controller.reset();
    return code;
}
