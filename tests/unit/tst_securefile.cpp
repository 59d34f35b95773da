// Tests of core/storage/securefile: private folders, atomic 0600 writes, reads and removal,
// on the real file system (a QTemporaryDir).
#include "storage/securefile.h"

#include "scratch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace seqera;
using namespace testsupport;

namespace {

// Caps the size of any file this process writes, like a full disk would; root included.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // get EFBIG instead of being killed
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};
} // namespace

class TestSecureFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ensurePrivateDirCreatesParentsAnd0700();
    void ensurePrivateDirTightensExistingFolder_data();
    void ensurePrivateDirTightensExistingFolder();
    void ensurePrivateDirFailsUnderAFile();
    void ensurePrivateDirRefusesAFolderOthersCanWrite_data();
    void ensurePrivateDirRefusesAFolderOthersCanWrite();
    void ensurePrivateDirRefusesAFolderOfAnotherUser();
    void ensurePrivateDirRefusesAParentOthersCanWrite();
    void ensurePrivateDirAcceptsAStickyParent();
    void foldersAre0700WhateverTheUmask_data();
    void foldersAre0700WhateverTheUmask();
    void writeRefusesASymlink_data();
    void writeRefusesASymlink();
    void writeKeepExistingKeepsTheMode();
    void readRefusesASymlinkAndForeignFolders();
    void removeDeletesTheLinkNotItsTarget();
    void removeTreeRefusesASymlinkedFolder();
    void removeTreeDoesNotFollowLinksInside();
    void writeAtomicallyCreates0600File();
    void writeAtomicallyReplacesAndTightensExistingFile();
    void writeAtomicallyLeavesNoTemporaryFiles();
    void failedWriteKeepsOldContent_data();
    void failedWriteKeepsOldContent();
    void failedWriteIntoReadOnlyFolder();
    void readMissingFileIsNoError();
    void readReturnsContent_data();
    void readReturnsContent();
    void readDirectoryIsAnError();
    void removeExistingAndMissing();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestSecureFile::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestSecureFile::ensurePrivateDirCreatesParentsAnd0700()
{
    const QString dir = m_tmp->filePath(QStringLiteral("a/b/seqera"));
    const Error e = securefile::ensurePrivateDir(dir);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(QFileInfo(dir).isDir());
    QCOMPARE(modeOf(dir), 0700);
    // Calling it again is fine.
    QVERIFY(!securefile::ensurePrivateDir(dir));
    QCOMPARE(modeOf(dir), 0700);
}

void TestSecureFile::ensurePrivateDirTightensExistingFolder_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0755") << 0755;
    QTest::newRow("0750") << 0750;
    QTest::newRow("0701 (others may traverse)") << 0701;
    QTest::newRow("0700 already") << 0700;
}

void TestSecureFile::ensurePrivateDirTightensExistingFolder()
{
    QFETCH(int, mode);
    const QString dir = m_tmp->filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkdir(dir));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)), 0);
    QCOMPARE(modeOf(dir), mode);
    QVERIFY(!securefile::ensurePrivateDir(dir));
    QCOMPARE(modeOf(dir), 0700);
}

void TestSecureFile::ensurePrivateDirFailsUnderAFile()
{
    const QString file = m_tmp->filePath(QStringLiteral("plain-file"));
    QVERIFY(writePlain(file, "x"));
    const QString dir = file + QStringLiteral("/sub/seqera");
    const Error e = securefile::ensurePrivateDir(dir);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(contentOf(file), QByteArray("x"));
}

void TestSecureFile::writeAtomicallyCreates0600File()
{
    const QString path = m_tmp->filePath(QStringLiteral("secret.json"));
    const QByteArray data = R"({"access_token":"at"})";
    const Error e = securefile::writeAtomically(path, data);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(contentOf(path), data);
    QCOMPARE(modeOf(path), 0600);
}

void TestSecureFile::writeAtomicallyReplacesAndTightensExistingFile()
{
    const QString path = m_tmp->filePath(QStringLiteral("secret.json"));
    QVERIFY(writePlain(path, "old content that is longer than the new one"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    QVERIFY(!securefile::writeAtomically(path, "new"));
    QCOMPARE(contentOf(path), QByteArray("new"));
    QCOMPARE(modeOf(path), 0600);
}

void TestSecureFile::writeAtomicallyLeavesNoTemporaryFiles()
{
    const QString path = m_tmp->filePath(QStringLiteral("secret.json"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!securefile::writeAtomically(path, QByteArray::number(i)));
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("secret.json") });
}

void TestSecureFile::failedWriteKeepsOldContent_data()
{
    QTest::addColumn<QString>("how");
    // Both work as root too, where permission bits do not stop a write.
    QTest::newRow("disk full (file size limit)") << QStringLiteral("fsize");
    // A payload smaller than QFile's buffer: Qt 6.4's QSaveFile lost the flush error in
    // commit() and renamed an empty file over the old one (found by tst_faults, full disk).
    QTest::newRow("disk full, small write") << QStringLiteral("fsize-small");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
}

void TestSecureFile::failedWriteKeepsOldContent()
{
    QFETCH(QString, how);
    const QString path = m_tmp->filePath(QStringLiteral("session.json"));
    const QByteArray old = "old and valid";
    Error e;
    if (how.startsWith(QLatin1String("fsize"))) {
        QVERIFY(writePlain(path, old));
        const QByteArray payload(how == QLatin1String("fsize") ? 256 * 1024 : 200, 'n');
        FileSizeLimit limit(how == QLatin1String("fsize") ? 4096 : 16);
        QVERIFY(limit.ok());
        e = securefile::writeAtomically(path, payload);
    } else {
        QVERIFY(QDir().mkdir(path));
        QVERIFY(writePlain(path + QStringLiteral("/inside"), old));
        e = securefile::writeAtomically(path, "new");
    }
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(path), qPrintable(e.message));

    if (how.startsWith(QLatin1String("fsize"))) {
        QCOMPARE(contentOf(path), old);
    } else {
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(contentOf(path + QStringLiteral("/inside")), old);
    }
    // No half-written temporary file left behind.
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("session.json") });
}

void TestSecureFile::failedWriteIntoReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP(
            "running as root: permission bits do not stop root; failedWriteKeepsOldContent covers "
            "write failures in ways that work for root");
    const QString dir = m_tmp->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(dir));
    const QString path = dir + QStringLiteral("/session.json");
    QVERIFY(writePlain(path, "old"));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0500), 0);
    const Error e = securefile::writeAtomically(path, "new");
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY(e.message.contains(path));
    QCOMPARE(contentOf(path), QByteArray("old"));
}

void TestSecureFile::readMissingFileIsNoError()
{
    Error e;
    const auto data = securefile::read(m_tmp->filePath(QStringLiteral("missing.json")), &e);
    QVERIFY(!data.has_value());
    QVERIFY(!e);
    // A null error pointer is allowed.
    QVERIFY(!securefile::read(m_tmp->filePath(QStringLiteral("missing.json")), nullptr));
}

void TestSecureFile::readReturnsContent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("json") << QByteArray(R"({"a":1})");
    QTest::newRow("empty file") << QByteArray("");
    QTest::newRow("binary with NUL") << QByteArray("a\0b\xff", 4);
    QTest::newRow("1 MiB") << QByteArray(1024 * 1024, 'z');
}

void TestSecureFile::readReturnsContent()
{
    QFETCH(QByteArray, content);
    const QString path = m_tmp->filePath(QStringLiteral("f"));
    QVERIFY(!securefile::writeAtomically(path, content));
    Error e;
    const auto data = securefile::read(path, &e);
    QVERIFY(!e);
    QVERIFY(data.has_value()); // an empty file exists: not the same as "no file"
    QCOMPARE(*data, content);
}

void TestSecureFile::readDirectoryIsAnError()
{
    const QString dir = m_tmp->filePath(QStringLiteral("d"));
    QVERIFY(QDir().mkdir(dir));
    Error e;
    const auto data = securefile::read(dir, &e);
    QVERIFY(!data.has_value());
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY(e.message.contains(dir));
}

void TestSecureFile::removeExistingAndMissing()
{
    const QString path = m_tmp->filePath(QStringLiteral("gone.json"));
    QVERIFY(!securefile::writeAtomically(path, "x"));
    QVERIFY(!securefile::remove(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!securefile::remove(path)); // already gone: not an error
}

void TestSecureFile::ensurePrivateDirRefusesAFolderOthersCanWrite_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0777 (world-writable)") << 0777;
    QTest::newRow("0722 (group and world)") << 0722;
    QTest::newRow("1777 (sticky does not make our own folder ours alone)") << 01777;
}

// Someone may already have put a session.json there: refuse, name the folder, say what to do.
void TestSecureFile::ensurePrivateDirRefusesAFolderOthersCanWrite()
{
    QFETCH(int, mode);
    const QString dir = m_tmp->filePath(QStringLiteral("seqera"));
    QVERIFY(QDir().mkdir(dir));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)), 0);
    const Error e = securefile::ensurePrivateDir(dir);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(dir) && e.message.contains(QLatin1String("chmod 700")),
        qPrintable(e.message));
    QCOMPARE(modeOf(dir), mode); // not silently "fixed": its content cannot be trusted
    // Nor is a file written into it or read from it.
    QVERIFY(securefile::writeAtomically(dir + QStringLiteral("/session.json"), "x"));
    QVERIFY(writePlain(dir + QStringLiteral("/planted.json"), "{}"));
    Error readError;
    QVERIFY(!securefile::read(dir + QStringLiteral("/planted.json"), &readError));
    QCOMPARE(readError.code, Error::Code::Storage);
}

// The attack: XDG_CONFIG_HOME in a shared sticky folder where another user pre-created
// seqera/ (0777) and later swapped session.json.
void TestSecureFile::ensurePrivateDirRefusesAFolderOfAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("needs root to make a folder owned by another user (CI runs as root)");
    const QString shared = m_tmp->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
    const QString dir = shared + QStringLiteral("/seqera");
    QVERIFY(QDir().mkdir(dir));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0700), 0);
    QCOMPARE(::chown(QFile::encodeName(dir).constData(), 65534, 65534), 0); // nobody
    const Error e = securefile::ensurePrivateDir(dir + QStringLiteral("/profiles"));
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(dir) && e.message.contains(QLatin1String("another user")),
        qPrintable(e.message));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/profiles")));
    QVERIFY(securefile::ensurePrivateDir(dir));
    // A planted session file is not read, even though root could.
    QVERIFY(writePlain(dir + QStringLiteral("/session.json"), "{}"));
    Error readError;
    QVERIFY(!securefile::read(dir + QStringLiteral("/session.json"), &readError));
    QVERIFY2(readError.message.contains(dir), qPrintable(readError.message));
}

void TestSecureFile::ensurePrivateDirRefusesAParentOthersCanWrite()
{
    const QString parent = m_tmp->filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkdir(parent));
    QCOMPARE(::chmod(QFile::encodeName(parent).constData(), 0777), 0);
    const Error e = securefile::ensurePrivateDir(parent + QStringLiteral("/seqera"));
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(parent), qPrintable(e.message));
    QVERIFY(!QFileInfo::exists(parent + QStringLiteral("/seqera")));
}

void TestSecureFile::ensurePrivateDirAcceptsAStickyParent()
{
    const QString parent = m_tmp->filePath(QStringLiteral("tmp-like"));
    QVERIFY(QDir().mkdir(parent));
    QCOMPARE(::chmod(QFile::encodeName(parent).constData(), 01777), 0);
    const Error e = securefile::ensurePrivateDir(parent + QStringLiteral("/seqera/profiles"));
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(modeOf(parent + QStringLiteral("/seqera")), 0700);
}

void TestSecureFile::foldersAre0700WhateverTheUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 0277 (even owner bits removed)") << 0277;
}

// `seqera ai` before any login created ~/.local/state and .../seqera 0777 under umask 000.
void TestSecureFile::foldersAre0700WhateverTheUmask()
{
    QFETCH(int, mask);
    const QString dir = m_tmp->filePath(QStringLiteral("home/.local/state/seqera/locks"));
    const mode_t old = ::umask(mode_t(mask));
    const Error e = securefile::ensurePrivateDir(dir);
    const Error w = securefile::writeAtomically(dir + QStringLiteral("/f"), "x");
    ::umask(old);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY2(!w, qPrintable(w.message));
    for (const char *sub : { "home", "home/.local", "home/.local/state", "home/.local/state/seqera",
             "home/.local/state/seqera/locks" })
        QCOMPARE(modeOf(m_tmp->filePath(QString::fromLatin1(sub))), 0700);
    QCOMPARE(modeOf(dir + QStringLiteral("/f")), 0600);
}

void TestSecureFile::writeRefusesASymlink_data()
{
    QTest::addColumn<bool>("keepExisting");
    QTest::newRow("our file (Private)") << false;
    QTest::newRow("a user's file (KeepExisting)") << true;
}

// credentials.json pre-created as a link to ~/notes.txt: the tokens went into notes.txt.
void TestSecureFile::writeRefusesASymlink()
{
    QFETCH(bool, keepExisting);
    const QString notes = m_tmp->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writePlain(notes, "my notes"));
    const QString link = m_tmp->filePath(QStringLiteral("credentials.json"));
    QVERIFY(QFile::link(notes, link));
    const Error e = securefile::writeAtomically(link, "{\"refresh_token\":\"rt\"}",
        keepExisting ? securefile::Permissions::KeepExisting : securefile::Permissions::Private);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(link) && e.message.contains(QLatin1String("symbolic link")),
        qPrintable(e.message));
    QCOMPARE(contentOf(notes), QByteArray("my notes"));
    QVERIFY(QFileInfo(link).isSymLink());
    // A dangling link is not followed either (it would create the target).
    const QString dangling = m_tmp->filePath(QStringLiteral("session.json"));
    QVERIFY(QFile::link(m_tmp->filePath(QStringLiteral("elsewhere")), dangling));
    QVERIFY(securefile::writeAtomically(dangling, "x"));
    QVERIFY(!QFileInfo::exists(m_tmp->filePath(QStringLiteral("elsewhere"))));
}

void TestSecureFile::writeKeepExistingKeepsTheMode()
{
    const QString path = m_tmp->filePath(QStringLiteral("main.nf"));
    QVERIFY(writePlain(path, "old"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0754), 0);
    QVERIFY(!securefile::writeAtomically(path, "new", securefile::Permissions::KeepExisting));
    QCOMPARE(contentOf(path), QByteArray("new"));
    QCOMPARE(modeOf(path), 0754);
    const QString fresh = m_tmp->filePath(QStringLiteral("new.nf"));
    const mode_t old = ::umask(027);
    const Error e = securefile::writeAtomically(fresh, "x", securefile::Permissions::KeepExisting);
    ::umask(old);
    QVERIFY(!e);
    QCOMPARE(modeOf(fresh), 0640);
}

void TestSecureFile::readRefusesASymlinkAndForeignFolders()
{
    const QString real = m_tmp->filePath(QStringLiteral("real.json"));
    QVERIFY(!securefile::writeAtomically(real, "{}"));
    const QString link = m_tmp->filePath(QStringLiteral("session.json"));
    QVERIFY(QFile::link(real, link));
    Error e;
    QVERIFY(!securefile::read(link, &e));
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(QLatin1String("symbolic link")), qPrintable(e.message));
}

void TestSecureFile::removeDeletesTheLinkNotItsTarget()
{
    const QString notes = m_tmp->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writePlain(notes, "keep"));
    const QString link = m_tmp->filePath(QStringLiteral("credentials.json"));
    QVERIFY(QFile::link(notes, link));
    QVERIFY(!securefile::remove(link));
    QVERIFY(!QFileInfo(link).isSymLink());
    QCOMPARE(contentOf(notes), QByteArray("keep"));
}

// `logout --all` with $XDG_STATE_HOME/seqera a link deleted the files in the link's target.
void TestSecureFile::removeTreeRefusesASymlinkedFolder()
{
    const QString precious = m_tmp->filePath(QStringLiteral("precious"));
    QVERIFY(QDir().mkdir(precious));
    QVERIFY(writePlain(precious + QStringLiteral("/thesis.tex"), "years of work"));
    const QString state = m_tmp->filePath(QStringLiteral("seqera"));
    QVERIFY(QFile::link(precious, state));
    const Error e = securefile::removeTree(state);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(state) && e.message.contains(QLatin1String("symbolic link")),
        qPrintable(e.message));
    QCOMPARE(contentOf(precious + QStringLiteral("/thesis.tex")), QByteArray("years of work"));
    QVERIFY(!securefile::removeTree(m_tmp->filePath(QStringLiteral("missing"))));
}

void TestSecureFile::removeTreeDoesNotFollowLinksInside()
{
    const QString precious = m_tmp->filePath(QStringLiteral("precious"));
    QVERIFY(QDir().mkdir(precious));
    QVERIFY(writePlain(precious + QStringLiteral("/data.csv"), "1,2"));
    const QString state = m_tmp->filePath(QStringLiteral("seqera"));
    QVERIFY(!securefile::ensurePrivateDir(state + QStringLiteral("/locks/deeper")));
    QVERIFY(!securefile::writeAtomically(state + QStringLiteral("/locks/default.lock"), "1"));
    QVERIFY(QFile::link(precious, state + QStringLiteral("/locks/deeper/link")));
    QVERIFY(QFile::link(precious + QStringLiteral("/data.csv"), state + QStringLiteral("/f")));
    const Error e = securefile::removeTree(state);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(!QFileInfo::exists(state));
    QCOMPARE(contentOf(precious + QStringLiteral("/data.csv")), QByteArray("1,2"));
}

QTEST_GUILESS_MAIN(TestSecureFile)
#include "tst_securefile.moc"
