// German and French appear under those locales, English stays the default: the compiled
// catalogues (":/i18n", from translations/*.ts) in-process, and the real programs under
// LANGUAGE=de / fr / en.
#include <QLocale>
#include <QProcess>
#include <QTest>
#include <QTranslator>

class TestTrayTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue_data();
    void catalogue();
    void plurals_data();
    void plurals();
    void englishHasNoCatalogue(); // apart from plural forms
    void programs_data();
    void programs();
};

void TestTrayTranslations::catalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de tray menu") << "de" << QByteArray("seqera::tray::TrayController")
                                  << QByteArray("Log out") << "Abmelden";
    QTest::newRow("fr tray menu") << "fr" << QByteArray("seqera::tray::TrayController")
                                  << QByteArray("Open Seqera Platform") << "Ouvrir Seqera Platform";
    QTest::newRow("de tray identity") << "de" << QByteArray("seqera::tray::TrayStateMachine")
                                      << QByteArray("Signed in as %1") << "Angemeldet als %1";
    QTest::newRow("fr tray notification") << "fr" << QByteArray("seqera::tray::TrayStateMachine")
                                          << QByteArray("Session expired") << "Session expirée";
    QTest::newRow("de cli command") << "de" << QByteArray("seqera::cli::LoginCommand")
                                    << QByteArray("Sign in to Seqera Platform with your browser.")
                                    << "Mit Ihrem Browser bei Seqera Platform anmelden.";
    QTest::newRow("fr cli logout")
        << "fr" << QByteArray("seqera::cli::LogoutCommand")
        << QByteArray("Logged out %1 (profile \"%2\").") << "%1 déconnecté (profil « %2 »).";
    QTest::newRow("de core error")
        << "de" << QByteArray("seqera::LoginFlow") << QByteArray("The sign-in was cancelled.")
        << "Die Anmeldung wurde abgebrochen.";
}

void TestTrayTranslations::catalogue()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("seqera"), QStringLiteral("_"),
        QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate(context.constData(), source.constData()), expected);
}

void TestTrayTranslations::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de one") << "de" << 1 << "Sitzung läuft um %1 ab (in 1 Minute)";
    QTest::newRow("de many") << "de" << 5 << "Sitzung läuft um %1 ab (in 5 Minuten)";
    QTest::newRow("fr one") << "fr" << 1 << "La session expire à %1 (dans 1 minute)";
    QTest::newRow("fr many") << "fr" << 5 << "La session expire à %1 (dans 5 minutes)";
}

void TestTrayTranslations::plurals()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("seqera"), QStringLiteral("_"),
        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QString text = QCoreApplication::translate(
        "seqera::tray::TrayStateMachine", "Session expires at %1 (in %n minute(s))", nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TestTrayTranslations::englishHasNoCatalogue()
{
    // English is the source language: its catalogue only holds plural forms, so every other
    // string is shown as written, and "(s)" becomes a real singular or plural.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QStringLiteral("en_US")), QStringLiteral("seqera"),
        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("seqera::tray::TrayController", "Log out"),
        QStringLiteral("Log out"));
    QCOMPARE(QCoreApplication::translate("seqera::tray::TrayStateMachine",
                 "Session expires at %1 (in %n minute(s))", nullptr, 1),
        QStringLiteral("Session expires at %1 (in 1 minute)"));
    QCOMPARE(QCoreApplication::translate("seqera::tray::TrayStateMachine",
                 "Session expires at %1 (in %n minute(s))", nullptr, 5),
        QStringLiteral("Session expires at %1 (in 5 minutes)"));
    QCoreApplication::removeTranslator(&translator);
}

void TestTrayTranslations::programs_data()
{
    QTest::addColumn<QString>("program"); // environment variable naming the binary
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("seqera de") << "SEQERA_CLI"
                               << "de"
                               << "Aufruf: seqera <Befehl>"
                               << "Usage: seqera";
    QTest::newRow("seqera fr") << "SEQERA_CLI"
                               << "fr"
                               << "Utilisation : seqera <commande>"
                               << "Usage: seqera";
    QTest::newRow("seqera en") << "SEQERA_CLI"
                               << "en"
                               << "Usage: seqera <command>"
                               << "Aufruf";
    QTest::newRow("seqera-tray de")
        << "SEQERA_TRAY"
        << "de"
        << "Über den Infobereich bei Seqera Platform angemeldet bleiben."
        << "Stay signed in";
    QTest::newRow("seqera-tray fr")
        << "SEQERA_TRAY"
        << "fr"
        << "Rester connecté à Seqera Platform depuis la zone de notification."
        << "Stay signed in";
    QTest::newRow("seqera-tray en") << "SEQERA_TRAY"
                                    << "en"
                                    << "Stay signed in to Seqera Platform from the system tray."
                                    << "Infobereich";
}

void TestTrayTranslations::programs()
{
    QFETCH(QString, program);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    const QString binary = qEnvironmentVariable(program.toLatin1().constData());
    if (binary.isEmpty())
        QSKIP("run through ctest, which names the programs");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary, { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(20000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(output.contains(expected), qPrintable(output));
    QVERIFY2(!output.contains(absent), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestTrayTranslations)
#include "tst_traytranslations.moc"
