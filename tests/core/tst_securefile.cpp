// The confidential-file helper on real files: owner-only whatever the umask, never through a link
// (the link and its target stay as they were), whole or nothing, a full device named as such.
#include "core/io/SecureFile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace netdesk;

namespace {

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

// Sets the umask for the lifetime of the object.
struct Umask
{
    explicit Umask(mode_t mask)
        : old(::umask(mask))
    {
    }
    ~Umask() { ::umask(old); }
    mode_t old;
};

} // namespace

class TestSecureFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void ownerOnlyWhateverTheUmask_data();
    void ownerOnlyWhateverTheUmask();
    void replacesARegularFileWithAnOwnerOnlyOne();
    void symbolicLinkRefusedTargetUntouched();
    void danglingSymbolicLinkRefused();
    void refuseModeNeverOverwrites();
    void fullDeviceIsAFailureInWords();
    void foldersAreOwnerOnly();
    void createConfidentialFileNeverFollowsALink();
    void boundedReadRefusesMore();

private:
    QTemporaryDir m_dir;
};

void TestSecureFile::ownerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::addRow("umask 000") << 0;
    QTest::addRow("umask 022") << 022;
    QTest::addRow("umask 077") << 077;
}

void TestSecureFile::ownerOnlyWhateverTheUmask()
{
    QFETCH(int, mask);
    const Umask umask(static_cast<mode_t>(mask));
    const QString path = m_dir.filePath(QStringLiteral("new-%1.pdf").arg(mask));
    const Problems p = writeConfidentialFile(path, "%PDF-1.4 patient data");
    QVERIFY2(p.isEmpty(), qPrintable(p.value(0).toString()));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(contents(path), QByteArray("%PDF-1.4 patient data"));
    // No temporary file is left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("new-%1.pdf.*").arg(mask)}, QDir::Files | QDir::Hidden),
             QStringList());
}

void TestSecureFile::replacesARegularFileWithAnOwnerOnlyOne()
{
    const QString path = m_dir.filePath(QStringLiteral("old.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(writeConfidentialFile(path, "new").isEmpty());
    QCOMPARE(contents(path), QByteArray("new"));
    QCOMPARE(modeOf(path), 0600);
}

void TestSecureFile::symbolicLinkRefusedTargetUntouched()
{
    const QString target = m_dir.filePath(QStringLiteral("target.txt"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const int targetMode = modeOf(target);
    const QString link = m_dir.filePath(QStringLiteral("link.pdf"));
    QVERIFY(QFile::link(target, link));
    const Problems p = writeConfidentialFile(link, "patient data");
    QCOMPARE(p.size(), 1);
    QVERIFY(p.at(0).failure);
    QVERIFY2(p.at(0).message.contains(QLatin1String("symbolic link")), qPrintable(p.at(0).message));
    QCOMPARE(contents(target), QByteArray("precious"));
    QCOMPARE(modeOf(target), targetMode);
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!checkOutputPath(link).isEmpty());
}

void TestSecureFile::danglingSymbolicLinkRefused()
{
    const QString link = m_dir.filePath(QStringLiteral("dangling.pdf"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("not-there.txt")), link));
    for (const ExistingFile mode : {ExistingFile::Replace, ExistingFile::Refuse}) {
        const Problems p = writeConfidentialFile(link, "patient data", mode);
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.at(0).message.contains(QLatin1String("symbolic link")), qPrintable(p.at(0).message));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("not-there.txt"))));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestSecureFile::refuseModeNeverOverwrites()
{
    const QString path = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(writeConfidentialFile(path, "first", ExistingFile::Refuse).isEmpty());
    const Problems p = writeConfidentialFile(path, "second", ExistingFile::Refuse);
    QCOMPARE(p.size(), 1);
    QVERIFY(p.at(0).message.contains(QLatin1String("never overwritten")));
    QCOMPARE(contents(path), QByteArray("first"));
}

void TestSecureFile::fullDeviceIsAFailureInWords()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    const Problems p = writeConfidentialFile(QStringLiteral("/dev/full"), QByteArray(100000, 'x'));
    QCOMPARE(p.size(), 1);
    QVERIFY(p.at(0).failure);
    QVERIFY2(p.at(0).message.contains(QLatin1String("disk full")), qPrintable(p.at(0).message));
    // A folder that does not exist, and a folder as the path, are named.
    QVERIFY(writeConfidentialFile(m_dir.filePath(QStringLiteral("no/such/x.pdf")), "x")
                .value(0)
                .message.contains(QLatin1String("does not exist")));
    QVERIFY(writeConfidentialFile(m_dir.path(), "x").value(0).message.contains(QLatin1String("folder")));
}

void TestSecureFile::foldersAreOwnerOnly()
{
    const Umask umask(0);
    const QString top = m_dir.filePath(QStringLiteral("made"));
    const QString deep = top + QStringLiteral("/a/b");
    QVERIFY(makeConfidentialFolder(deep).isEmpty());
    for (const QString& folder : QStringList{top, top + QStringLiteral("/a"), deep})
        QCOMPARE(modeOf(folder), 0700);
    // An existing folder keeps its mode.
    QVERIFY(QFile::setPermissions(top, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                           QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(makeConfidentialFolder(deep).isEmpty());
    QCOMPARE(modeOf(top), 0705);
}

void TestSecureFile::createConfidentialFileNeverFollowsALink()
{
    const Umask umask(0);
    const QString path = m_dir.filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(createConfidentialFile(path).isEmpty());
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(!createConfidentialFile(path).isEmpty()); // exists
    const QString link = m_dir.filePath(QStringLiteral("partial-link"));
    const QString target = m_dir.filePath(QStringLiteral("partial-target"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(!createConfidentialFile(link).isEmpty());
    QVERIFY(!QFileInfo::exists(target));
}

void TestSecureFile::boundedReadRefusesMore()
{
    QByteArray data(5000, 'a');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto refused = readBounded(buffer, 4096, QStringLiteral("case"));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.problems().at(0).failure); // wrong input, not a system failure
    QVERIFY2(refused.problems().at(0).message.contains(QLatin1String("larger than the limit of 4 KiB")),
             qPrintable(refused.problems().at(0).message));
    buffer.seek(0);
    const auto read = readBounded(buffer, 5000, QStringLiteral("case"));
    QVERIFY(read.ok());
    QCOMPARE(read.value().size(), 5000);
    if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
        QElapsedTimer timer;
        timer.start();
        const auto zero = readFileBounded(QStringLiteral("/dev/zero"), maxCaseBytes, QStringLiteral("case"));
        QVERIFY(!zero.ok());
        QVERIFY(timer.elapsed() < 5000);
    }
    const auto missing = readFileBounded(m_dir.filePath(QStringLiteral("missing.json")), 10, QStringLiteral("case"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.problems().at(0).failure);
}

QTEST_GUILESS_MAIN(TestSecureFile)
#include "tst_securefile.moc"
