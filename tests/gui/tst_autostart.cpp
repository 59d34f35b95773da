// The "Start at login" entry on a real file system: a real (tiny) tmpfs for the full disk,
// as tst_faults does for the session files.
#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace seqera::tray;

namespace {
bool run(const QString &program, const QStringList &args)
{
    return QProcess::execute(program, args) == 0;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void entryIsPrivateAndRemovable()
    {
        ::umask(0); // the entry and its folder are private whatever the umask
        Autostart autostart(
            m_dir->filePath(QStringLiteral("config")), QStringLiteral("/usr/bin/seqera-tray"));
        const QString error = autostart.setEnabled(true);
        ::umask(022);
        QCOMPARE(error, QString());
        QCOMPARE(modeOf(autostart.path()), 0600);
        QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("config/autostart"))), 0700);
        QCOMPARE(autostart.setEnabled(false), QString());
        QVERIFY(!QFile::exists(autostart.path()));
    }

    // Buffered QSaveFile renamed an EMPTY file over the entry when the disk was full.
    void fullDiskKeepsTheOldEntry()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a 64 KiB tmpfs (CI runs as root)");
        const QString disk = m_dir->filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        QVERIFY2(run(QStringLiteral("mount"),
                     { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=64k"), QStringLiteral("tmpfs"), disk }),
            "mount -t tmpfs failed");
        const auto unmount = qScopeGuard([&] {
            run(QStringLiteral("umount"), { QStringLiteral("-l"), disk });
        });

        Autostart old(disk + QStringLiteral("/config"), QStringLiteral("/old/seqera-tray"));
        QCOMPARE(old.setEnabled(true), QString());
        const QByteArray before = contentOf(old.path());
        QVERIFY(before.contains("Exec=/old/seqera-tray"));

        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        while (filler.write("x", 1) == 1) { }
        filler.close();

        Autostart next(disk + QStringLiteral("/config"),
            QStringLiteral("/new/") + QString(3000, QLatin1Char('n'))
                + QStringLiteral("/seqera-tray"));
        const QString error = next.setEnabled(true);
        QVERIFY2(error.contains(next.path()), qPrintable(error));
        QCOMPARE(contentOf(old.path()), before);
        QCOMPARE(QDir(disk + QStringLiteral("/config/autostart"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("seqera-tray.desktop") });
    }

    void symlinkedEntryIsNotWrittenThrough()
    {
        const QString target = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile notes(target);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("my notes\n");
        notes.close();
        Autostart autostart(
            m_dir->filePath(QStringLiteral("config")), QStringLiteral("/usr/bin/seqera-tray"));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("config/autostart"))));
        QVERIFY(QFile::link(target, autostart.path()));
        const QString error = autostart.setEnabled(true);
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QCOMPARE(contentOf(target), QByteArray("my notes\n"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
