// `seqera org` end to end: a real login against the provider on loopback, the organization
// list from the AI backend emulator (tests/ai/ai-backend-emulator.mjs; a fake, since the real
// backend cannot run here), the choice kept in the profile's session file through a renewal,
// shown by `seqera status`, and gone with logout.
#include "testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace testsupport;

class TestOrgFlow : public AiPlatformTest
{
    Q_OBJECT

private:
    int organizationRequests() const
    {
        int n = 0;
        for (const QJsonValue &r : m_ai->requests()) {
            if (r.toObject().value("path").toString() == QLatin1String("/v1/cli/organizations"))
                ++n;
        }
        return n;
    }
    // After a login and `org switch <first>`: `seqera org switch` on a pseudo-terminal, where
    // script(1) gives it one and feeds it our stdin, read up to its numbered prompt. Null when
    // the test failed or was skipped (no script(1)).
    static std::unique_ptr<QProcess> switchInTerminal(
        const Sandbox &s, const char *first, QByteArray &shown)
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty()) {
            QTest::qSkip(
                "util-linux script(1) is needed for a pseudo-terminal", __FILE__, __LINE__);
            return nullptr;
        }
        auto p = std::make_unique<QProcess>();
        [&] {
            QVERIFY(s.run({ "login" }).exitCode == 0);
            QVERIFY(s.run({ "org", "switch", first }).exitCode == 0);
            p->setProcessEnvironment(s.env);
            p->start(script,
                { "-qec", QStringLiteral("'%1' org switch").arg(seqeraBinary()), "/dev/null" });
            QVERIFY(p->waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(
                (shown += p->readAllStandardOutput()).contains("Organization [1-4"), 10000);
        }();
        return QTest::currentTestFailed() ? nullptr : std::move(p);
    }
    static QJsonObject storedOrganization(const Sandbox &s)
    {
        return s.readJson(s.profileDir() + QStringLiteral("/session.json"))
            .value(QStringLiteral("organization"))
            .toObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startServers()); }

    void init() { resetServers(); }

    void listSwitchShowStatusClear()
    {
        Sandbox s = sandbox();
        Run r = s.run({ "login" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(organizationRequests(), 1); // the login's organization step (several: none)

        r = s.run({ "org" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("No organization selected (profile \"default\")"), qPrintable(r.out));
        QCOMPARE(organizationRequests(), 1); // show works offline

        r = s.run({ "org", "list" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QRegularExpression("\\n  1001 +Seqera Labs +team\\n")));
        QVERIFY(r.out.contains(QRegularExpression("\\n  2002 +nf-core +community\\n")));
        // The hostile name is shown, defused.
        QVERIFY(!r.out.contains(QChar(0x1b)));
        QVERIFY(!r.out.contains(QChar('\r')));
        QVERIFY(r.out.contains("Evil^[[2J^MCorp"));
        QCOMPARE(organizationRequests(), 2);

        r = s.run({ "org", "switch", "1001" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Switched to organization Seqera Labs (id 1001)"));
        QCOMPARE(storedOrganization(s),
            (QJsonObject { { "id", "1001" }, { "name", "Seqera Labs" }, { "type", "team" } }));
        r = s.run({ "org", "show" });
        QCOMPARE(r.out.trimmed(), QStringLiteral("Organization: Seqera Labs (id 1001, team)"));

        r = s.run({ "status" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Logged in as: ")); // the documented lines stay as they are
        QVERIFY(r.out.contains("\nSession expires: "));
        QVERIFY2(r.out.contains("\nOrganization: Seqera Labs (id 1001)\n"), qPrintable(r.out));
        r = s.run({ "status", "-o", "json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("organization").toObject(),
            (QJsonObject { { "id", "1001" }, { "name", "Seqera Labs" }, { "type", "team" } }));

        // By name, ignoring case; the alias works; the list marks the choice.
        r = s.run({ "org", "select", "NF-CORE" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));
        r = s.run({ "org", "list" });
        QVERIFY(r.out.contains(QRegularExpression("\\n\\* 2002 +nf-core")));
        r = s.run({ "org", "list", "-o", "json" });
        const QJsonArray list
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value("organizations").toArray();
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(2).toObject().value("selected").toBool(), true);
        QCOMPARE(list.at(1).toObject().value("selected").toBool(), false);

        r = s.run({ "org", "switch", "no-such-org" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("No organization has the id or name \"no-such-org\""));
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));

        // Not a terminal and no argument: a clear error, nothing asked, nothing changed.
        r = s.run({ "org", "change" }, "1\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("seqera org switch ID|NAME"), qPrintable(r.err));
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));

        r = s.run({ "org", "reset" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Organization nf-core is no longer selected"));
        QVERIFY(storedOrganization(s).isEmpty());
        r = s.run({ "status" });
        QVERIFY(!r.out.contains("Organization:"));
        r = s.run({ "org", "clear" });
        QVERIFY(r.out.contains("nothing to do"));
    }

    // The organization step of `seqera login` (as the official client's): several
    // organizations and no terminal leave the choice open with a hint; --org chooses; the same
    // account logging in again keeps its choice without asking the backend.
    void loginLeavesSeveralOpenThenOrgChooses()
    {
        Sandbox s = sandbox();
        Run r = s.run({ "login" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Successfully authenticated as user@example.com"));
        QVERIFY2(r.err.contains("You belong to 4 organizations; none was chosen. Choose one with "
                                "\"seqera org switch ID|NAME\""),
            qPrintable(r.err));
        QVERIFY(storedOrganization(s).isEmpty());
        QCOMPARE(organizationRequests(), 1);

        r = s.run({ "login", "--org", "NF-CORE" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("\nOrganization: nf-core (id 2002, community)\n"), qPrintable(r.out));
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));

        r = s.run({ "login" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Organization: nf-core (id 2002, community), as before"),
            qPrintable(r.out));
        QCOMPARE(organizationRequests(), 2); // kept: nothing asked

        // An --org that is not one of yours: signed in all the same, told so, exit 2.
        r = s.run({ "login", "--org", "no-such-org" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("Successfully authenticated as user@example.com"), qPrintable(r.out));
        QVERIFY2(r.err.contains("No organization has the id or name \"no-such-org\""),
            qPrintable(r.err));
        QVERIFY(r.err.contains("You are signed in; choose an organization later"));
        QCOMPARE(s.run({ "status" }).exitCode, 0);
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));
    }

    void loginChoosesTheOnlyOrganization()
    {
        m_ai->post(QStringLiteral("/__test/organizations"),
            QJsonObject { { "organizations",
                QJsonArray { QJsonObject {
                    { "org_id", 77 }, { "org_name", "Solo Lab" }, { "org_type", "team" } } } } });
        Sandbox s = sandbox();
        const Run r = s.run({ "login" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.endsWith("Organization: Solo Lab (id 77, team)\n"), qPrintable(r.out));
        QCOMPARE(storedOrganization(s),
            (QJsonObject { { "id", "77" }, { "name", "Solo Lab" }, { "type", "team" } }));
    }

    void loginAsksInATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux script(1) is needed for a pseudo-terminal");
        const Sandbox s = sandbox();
        QProcess p;
        p.setProcessEnvironment(s.env);
        p.start(script, { "-qec", QStringLiteral("'%1' login").arg(seqeraBinary()), "/dev/null" });
        QVERIFY(p.waitForStarted());
        QByteArray shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown += p.readAllStandardOutput()).contains("Organization [1-4, Enter for none"),
            20000);
        QVERIFY2(shown.contains("You belong to 4 organizations. Which one should Seqera AI work in?"),
            shown.constData());
        QVERIFY(shown.contains("  3) nf-core (id 2002, community)"));
        QVERIFY(!shown.contains('\x1b'));
        p.write("3\n");
        QVERIFY(p.waitForFinished(15000));
        shown += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(shown.contains("Organization: nf-core (id 2002, community)"), shown.constData());
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));
    }

    void loginStandsWhenTheBackendFails()
    {
        m_ai->post(QStringLiteral("/__test/fail"),
            QJsonObject { { "match", "/organizations" }, { "status", 503 }, { "count", 10 } });
        Sandbox s = sandbox();
        const Run r = s.run({ "login" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Successfully authenticated as user@example.com"));
        QVERIFY2(r.err.contains("Note: could not list your Seqera AI organizations: "),
            qPrintable(r.err));
        QVERIFY(r.err.contains("choose an organization later with \"seqera org switch\""));
        QCOMPARE(s.run({ "status" }).exitCode, 0);
    }

    void selfHostedPlatformIsNotAsked()
    {
        // No SEQERA_AI_BACKEND_URL and a Platform that is not Seqera Cloud: the cloud's
        // assistant does not serve it, so the login has no organization step.
        Sandbox s = sandbox();
        s.env.remove(QStringLiteral("SEQERA_AI_BACKEND_URL"));
        const Run r = s.run({ "login" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains("rganization") && !r.err.contains("rganization"),
            qPrintable(r.out + r.err));
        QCOMPARE(organizationRequests(), 0);
        // --org there is refused before signing in: nothing is sent anywhere.
        const int logins = m_server->tokenRequests(QStringLiteral("authorization_code"));
        const Run org = s.run({ "login", "--org", "nf-core" });
        QCOMPARE(org.exitCode, 2);
        QVERIFY2(org.err.contains("SEQERA_AI_BACKEND_URL"), qPrintable(org.err));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("authorization_code")), logins);
        QCOMPARE(organizationRequests(), 0);
    }

    void numberedChoiceInATerminal()
    {
        const Sandbox s = sandbox();
        QByteArray shown;
        const std::unique_ptr<QProcess> p = switchInTerminal(s, "1", shown);
        if (!p)
            return;
        p->write("2\n");
        QVERIFY(p->waitForFinished(15000));
        const QString out = QString::fromUtf8(shown + p->readAllStandardOutput());
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains("Switched to organization Seqera Labs"), qPrintable(out));
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("1001"));
    }

    void numberedChoiceListing()
    {
        const Sandbox s = sandbox();
        QByteArray shown;
        const std::unique_ptr<QProcess> p = switchInTerminal(s, "2002", shown);
        if (!p)
            return;
        QVERIFY2(shown.contains("* 3) nf-core (id 2002, community)"), shown.constData());
        QVERIFY(shown.contains("  2) Seqera Labs (id 1001, team)"));
        QVERIFY(!shown.contains('\x1b'));
        p->write("9\n"); // out of range: nothing changes
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 2);
        QCOMPARE(storedOrganization(s).value("id").toString(), QStringLiteral("2002"));
    }

    void survivesRenewalGoneAfterLogout()
    {
        Sandbox s = sandbox();
        QVERIFY(s.run({ "login" }).exitCode == 0);
        QVERIFY(s.run({ "org", "switch", "Seqera Labs" }).exitCode == 0);

        s.expireStoredToken();
        const int refreshes = m_server->tokenRequests(QStringLiteral("refresh_token"));
        Run r = s.run({ "token" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), refreshes + 1);
        QCOMPARE(storedOrganization(s),
            (QJsonObject { { "id", "1001" }, { "name", "Seqera Labs" }, { "type", "team" } }));
        r = s.run({ "org" });
        QCOMPARE(r.out.trimmed(), QStringLiteral("Organization: Seqera Labs (id 1001, team)"));

        r = s.run({ "logout" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = s.run({ "org" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Not logged in (profile \"default\")"));
        r = s.run({ "org", "switch", "1001" });
        QCOMPARE(r.exitCode, 1);
        // The login's step and the switch by name: none after logout.
        QCOMPARE(organizationRequests(), 2);

        QVERIFY(s.run({ "login" }).exitCode == 0);
        r = s.run({ "org" });
        QVERIFY2(r.out.contains("No organization selected"), qPrintable(r.out));
    }

    void refusedTokenIsRenewedOnce()
    {
        Sandbox s = sandbox();
        QVERIFY(s.run({ "login" }).exitCode == 0);
        const int refreshes = m_server->tokenRequests(QStringLiteral("refresh_token"));
        const int before = organizationRequests();
        m_ai->post(QStringLiteral("/__test/unauthorized"), QJsonObject { { "count", 1 } });
        Run r = s.run({ "org", "list" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Seqera Labs"));
        QCOMPARE(organizationRequests(), before + 2);
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), refreshes + 1);

        // An environment token that is refused: say which variable holds it.
        m_ai->post(QStringLiteral("/__test/unauthorized"), QJsonObject { { "count", 5 } });
        Sandbox e = sandbox();
        e.env.insert(QStringLiteral("TOWER_ACCESS_TOKEN"), QStringLiteral("refused-token-1"));
        r = e.run({ "org", "list" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("TOWER_ACCESS_TOKEN"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOrgFlow)
#include "tst_orgflow.moc"
