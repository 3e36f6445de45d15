// The adversarial findings of issue 13, each replayed against the built netdesk-cli: no false success
// (a full disk, a closed standard output, a damaged registry), confidential files (0600 whatever the
// umask, 0700 folders, symbolic links refused with their targets untouched), bounded input (size
// limits before parsing, capped problems) and loose edges of the case format named exactly.
#include "core/registry/Database.h"
#include "core/registry/RegistryFile.h"
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace netdesk;
using namespace netdesk::test;

namespace {

const QByteArray goodCase = R"({
  "schema": "netdesk.case/1", "assessmentDate": "2026-11-02",
  "primarySite": "pancreas", "differentiation": "well", "ki67": 15, "sstrImaging": "positive",
  "diseaseStatus": "progressive", "ecog": 1, "priorTherapies": ["SSA"],
  "metastases": { "liver": true, "liverInvolvementPercent": 30 }
})";

QString write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

// Runs a shell script with $CLI set to netdesk-cli: for umasks and closed descriptors.
CliRun runShell(const QString& script)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), QStringLiteral(NETDESK_CLI_PATH));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        qFatal("sh did not run: %s", qPrintable(script));
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QString quoted(const QString& s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QByteArray vignetteCase(const char* name)
{
    QFile f(QStringLiteral(NETDESK_TEST_DATA "/vignettes/%1.json").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no vignette %s", name);
    return QJsonDocument(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("case")).toObject())
        .toJson();
}

} // namespace

class TestHardening final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // 3. No false success
    void planToFullDiskFails();
    void planWithStandardOutputClosedFails();
    void reportPdfToFullDiskFails();
    void damagedRegistryNamedAndUntouched_data();
    void damagedRegistryNamedAndUntouched();
    void missingRegistryIsNotCreated();
    void readOnlyFolderNamed();
    void ioFailuresAreNotCalledForeignFiles();

    // 4. Confidential files
    void pdfOwnerOnlyWhateverTheUmask_data();
    void pdfOwnerOnlyWhateverTheUmask();
    void pdfThroughSymbolicLinkRefused();
    void backupOwnerOnlyAndNeverThroughALink();
    void createdFoldersOwnerOnly();
    void registryAndJournalOwnerOnly();

    // 6. Bounded input and loose edges
    void devZeroRefusedBySize();
    void oversizeCaseRefusedBeforeParsing();
    void oversizeKnowledgeBaseRefused();
    void manyBadCodesCapped();
    void wrongKindOfJsonNamed_data();
    void wrongKindOfJsonNamed();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void numbersReportedAsGiven();
    void invalidUtf8Refused_data();
    void invalidUtf8Refused();

    // 5. Anonymous means anonymous
    void anonymousBoardSummaryMasksTypedIdentifiers();

private:
    QString registryWithPatients();
    QTemporaryDir m_dir;
    QString m_case;
};

void TestHardening::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = write(m_dir.filePath(QStringLiteral("case.json")), goodCase);
}

QString TestHardening::registryWithPatients()
{
    static int n = 0;
    const QString db = m_dir.filePath(QStringLiteral("reg-%1.sqlite").arg(++n));
    const CliRun r = runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--today"),
                             testToday(), QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("3")});
    if (r.exitCode != 0)
        qFatal("demo failed: %s", r.err.constData());
    return db;
}

void TestHardening::planToFullDiskFails()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(NETDESK_CLI_PATH), {QStringLiteral("plan"), QStringLiteral("--today"), testToday(), m_case});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("cannot write to standard output: disk full"), err.constData());
    // The text format too.
    const CliRun text = runShell(
        QStringLiteral("\"$CLI\" plan --today %1 --format text %2 > /dev/full").arg(testToday(), quoted(m_case)));
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains("disk full"), text.err.constData());
}

void TestHardening::planWithStandardOutputClosedFails()
{
    const CliRun closed = runShell(QStringLiteral("\"$CLI\" plan --today %1 %2 >&-").arg(testToday(), quoted(m_case)));
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.err.contains("cannot write to standard output: the output is closed"), closed.err.constData());
    // The same to a working file succeeds with the whole plan.
    const QString out = m_dir.filePath(QStringLiteral("plan.json"));
    const CliRun ok =
        runShell(QStringLiteral("\"$CLI\" plan --today %1 %2 > %3").arg(testToday(), quoted(m_case), quoted(out)));
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(contents(out)).isObject());
}

void TestHardening::reportPdfToFullDiskFails()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    const CliRun r = runCli({QStringLiteral("report"), m_case, QStringLiteral("--today"), testToday(),
                             QStringLiteral("--pdf"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("disk full"), r.err.constData());
    QVERIFY(!r.err.contains("page(s)"));
}

void TestHardening::damagedRegistryNamedAndUntouched_data()
{
    const QString good = registryWithPatients();
    const QByteArray bytes = contents(good);
    QVERIFY(bytes.size() >= 8192);
    const int pageSize = (static_cast<unsigned char>(bytes.at(16)) << 8) | static_cast<unsigned char>(bytes.at(17));
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<const char*, QByteArray>> files{
        {"zero bytes", QByteArray()},
        {"cut at a page", bytes.left(bytes.size() - pageSize)},
        {"cut inside a page", bytes.left(bytes.size() - 1000)},
        {"cut inside the header", bytes.left(60)},
        {"text file", QByteArray("family,given\nQuillfeather,Philomena\n").repeated(200)},
        {"other binary", QByteArray(8192, '\x7f')}};
    const QStringList expected{QStringLiteral("is an empty file (0 bytes)"),
                               QStringLiteral("is truncated"),
                               QStringLiteral("is truncated"),
                               QStringLiteral("is truncated"),
                               QStringLiteral("is not an SQLite file"),
                               QStringLiteral("is not an SQLite file")};
    for (qsizetype i = 0; i < files.size(); ++i) {
        for (const char* command : {"verify", "list", "due"})
            QTest::addRow("%s, %s", files.at(i).first, command)
                << files.at(i).second << QString::fromLatin1(command) << expected.at(i);
    }
}

void TestHardening::damagedRegistryNamedAndUntouched()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = write(dir.filePath(QStringLiteral("registry.sqlite")), file);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    const CliRun r = runCli({QStringLiteral("registry"), QStringLiteral("--db"), path, command});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("nothing was changed"), r.err.constData());
    QVERIFY(!r.err.contains("verify ok"));
    // Bytes and mode as they were; SQLite never touched it (no journal beside it).
    QCOMPARE(contents(path), file);
    QCOMPARE(modeOf(path), 0644);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("registry.sqlite")});
    // The board and the printouts refuse it the same way.
    const CliRun board = runCli({QStringLiteral("board"), QStringLiteral("--db"), path, QStringLiteral("list")});
    QCOMPARE(board.exitCode, 1);
    QVERIFY2(board.err.contains(expected.toUtf8()), board.err.constData());
    QCOMPARE(contents(path), file);
}

void TestHardening::missingRegistryIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/registry.sqlite"));
    for (const char* command : {"verify", "list", "due"}) {
        const CliRun r =
            runCli({QStringLiteral("registry"), QStringLiteral("--db"), path, QString::fromLatin1(command)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("there is no registry at"), r.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void TestHardening::readOnlyFolderNamed()
{
    // As root, permissions do not stop writes: the command runs as "nobody" then.
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("root without setpriv: cannot take the write permission away");
    QTemporaryDir dir(QStringLiteral("/tmp/netdesk-ro-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/registry.sqlite");
    QCOMPARE(runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("demo"),
                     QStringLiteral("--patients"), QStringLiteral("2")})
                 .exitCode,
             0);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    const QByteArray before = contents(db);
    QString prefix;
    if (root) {
        QVERIFY(::chown(QFile::encodeName(db).constData(), 65534, 65534) == 0);
        QVERIFY(::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ExeOther));
        prefix = QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups ");
    }
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const CliRun r = runShell(prefix + QStringLiteral("\"$CLI\" registry --db %1 list").arg(quoted(db)));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    if (r.err.contains("setpriv:") || (r.err.contains("Permission denied") && r.err.contains("sh:")))
        QSKIP(qPrintable(QStringLiteral("cannot run as another user here: ") + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is read-only for this user"), r.err.constData());
    QVERIFY2(!r.err.contains("not a NETDesk registry"), r.err.constData());
    QCOMPARE(contents(db), before);
}

void TestHardening::ioFailuresAreNotCalledForeignFiles()
{
    // SQLite's own words for a full disk become "disk full" (a full disk cannot be made in a test
    // without mounting one).
    const Problem full = diagnoseRegistryFailure(m_dir.filePath(QStringLiteral("x.sqlite")),
                                                 QStringLiteral("database or disk is full Unable to fetch row"),
                                                 QStringLiteral("is not a NETDesk registry"));
    QVERIFY(full.failure);
    QVERIFY2(full.message.startsWith(QLatin1String("disk full")), qPrintable(full.message));
}

void TestHardening::pdfOwnerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addRow("umask 000") << QStringLiteral("000");
    QTest::addRow("umask 022") << QStringLiteral("022");
}

void TestHardening::pdfOwnerOnlyWhateverTheUmask()
{
    QFETCH(QString, mask);
    const QString pdf = m_dir.filePath(QStringLiteral("plan-%1.pdf").arg(mask));
    const CliRun r = runShell(QStringLiteral("umask %1; exec \"$CLI\" report %2 --today %3 --pdf %4")
                                  .arg(mask, quoted(m_case), testToday(), quoted(pdf)));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(modeOf(pdf), 0600);
    QVERIFY(contents(pdf).startsWith("%PDF"));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Page 1 of")));
    // Overwriting an existing, readable PDF leaves an owner-only one.
    QVERIFY(QFile::setPermissions(pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QCOMPARE(runShell(QStringLiteral("umask %1; exec \"$CLI\" report %2 --today %3 --pdf %4")
                          .arg(mask, quoted(m_case), testToday(), quoted(pdf)))
                 .exitCode,
             0);
    QCOMPARE(modeOf(pdf), 0600);
}

void TestHardening::pdfThroughSymbolicLinkRefused()
{
    const QString target = write(m_dir.filePath(QStringLiteral("important.txt")), "not a PDF: keep me");
    QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const QString link = m_dir.filePath(QStringLiteral("link.pdf"));
    QVERIFY(QFile::link(target, link));
    const QString dangling = m_dir.filePath(QStringLiteral("dangling.pdf"));
    const QString nowhere = m_dir.filePath(QStringLiteral("created-through-link.pdf"));
    QVERIFY(QFile::link(nowhere, dangling));
    for (const QString& path : {link, dangling}) {
        const CliRun r = runCli(
            {QStringLiteral("report"), m_case, QStringLiteral("--today"), testToday(), QStringLiteral("--pdf"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is a symbolic link; refused"), r.err.constData());
        QVERIFY(QFileInfo(path).isSymLink());
    }
    QCOMPARE(contents(target), QByteArray("not a PDF: keep me"));
    QCOMPARE(modeOf(target), 0604);
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestHardening::backupOwnerOnlyAndNeverThroughALink()
{
    const QString db = registryWithPatients();
    const QString backup = m_dir.filePath(QStringLiteral("backup-000.sqlite"));
    const CliRun made =
        runShell(QStringLiteral("umask 000; exec \"$CLI\" registry --db %1 backup %2").arg(quoted(db), quoted(backup)));
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(modeOf(backup), 0600);
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));

    const QString target = write(m_dir.filePath(QStringLiteral("backup-target")), "keep");
    const QString link = m_dir.filePath(QStringLiteral("backup-link.sqlite"));
    QVERIFY(QFile::link(target, link));
    const QString nowhere = m_dir.filePath(QStringLiteral("backup-nowhere.sqlite"));
    const QString dangling = m_dir.filePath(QStringLiteral("backup-dangling.sqlite"));
    QVERIFY(QFile::link(nowhere, dangling));
    for (const QString& path : {link, dangling}) {
        const CliRun r =
            runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("backup"), path});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        QVERIFY(QFileInfo(path).isSymLink());
    }
    QCOMPARE(contents(target), QByteArray("keep"));
    QVERIFY(!QFileInfo::exists(nowhere));
    // A link planted where the temporary copy goes is not followed either.
    const QString planted = m_dir.filePath(QStringLiteral("backup-planted.sqlite"));
    const QString plantedTarget = m_dir.filePath(QStringLiteral("planted-target"));
    QVERIFY(QFile::link(plantedTarget, planted + QStringLiteral(".partial")));
    const CliRun r =
        runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("backup"), planted});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QFileInfo::exists(plantedTarget));
    QCOMPARE(modeOf(planted), 0600);
}

void TestHardening::createdFoldersOwnerOnly()
{
    const QString top = m_dir.filePath(QStringLiteral("new-folder"));
    const QString db = top + QStringLiteral("/inner/registry.sqlite");
    const CliRun r = runShell(
        QStringLiteral("umask 000; exec \"$CLI\" registry --db %1 add-patient --record R-1 --family Test --given Tess")
            .arg(quoted(db)));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(modeOf(top), 0700);
    QCOMPARE(modeOf(top + QStringLiteral("/inner")), 0700);
    QCOMPARE(modeOf(db), 0600);
}

void TestHardening::registryAndJournalOwnerOnly()
{
    // SQLite's journal files (WAL, shared memory) take the registry's mode, whatever the umask.
    const mode_t old = ::umask(0);
    const QString path = m_dir.filePath(QStringLiteral("journal/registry.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec(QStringLiteral("CREATE TABLE t (x)")).ok());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("journal"))), 0700);
    }
    ::umask(old);
    // An existing empty file may become a registry only where a registry may be made.
    const QString empty = write(m_dir.filePath(QStringLiteral("empty.sqlite")), {});
    QVERIFY(!Database::openExisting(empty).ok());
    QCOMPARE(contents(empty), QByteArray());
    QVERIFY(Database::open(empty).ok());
    QCOMPARE(modeOf(empty), 0600);
}

void TestHardening::devZeroRefusedBySize()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero here");
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("/dev/zero")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("larger than the limit of 1 MiB"), r.err.constData());
    QVERIFY(timer.elapsed() < 20000);
    // Standard input too.
    const CliRun stdinRun = runShell(QStringLiteral("exec \"$CLI\" plan --today %1 - < /dev/zero").arg(testToday()));
    QCOMPARE(stdinRun.exitCode, 2);
    QVERIFY(stdinRun.err.contains("larger than the limit"));
}

void TestHardening::oversizeCaseRefusedBeforeParsing()
{
    // 60 MB as in the finding: valid JSON padded with spaces.
    const QString big = m_dir.filePath(QStringLiteral("big.json"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray spaces(1024 * 1024, ' ');
        f.write("{\"schema\": \"netdesk.case/1\",");
        for (int i = 0; i < 60; ++i)
            f.write(spaces);
        f.write(goodCase.mid(1));
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli({QStringLiteral("plan"), big});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("larger than the limit of 1 MiB; refused before reading it"), r.err.constData());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    for (const QStringList& args :
         {QStringList{QStringLiteral("report"), big, QStringLiteral("--pdf"),
                      m_dir.filePath(QStringLiteral("big.pdf"))},
          QStringList{QStringLiteral("registry"), QStringLiteral("--db"), registryWithPatients(),
                      QStringLiteral("assess"), QStringLiteral("DEMO-000001"), big}}) {
        const CliRun other = runCli(args);
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("larger than the limit"), other.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("big.pdf"))));
}

void TestHardening::oversizeKnowledgeBaseRefused()
{
    const QString kb = m_dir.filePath(QStringLiteral("big-kb.json"));
    {
        QFile f(kb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(17 * 1024 * 1024)); // sparse: refused by its size, never read
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli({QStringLiteral("plan"), m_case, QStringLiteral("--knowledge"), kb});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("larger than the limit of 16 MiB"), r.err.constData());
    QVERIFY(timer.elapsed() < 5000);
    // Not UTF-8: refused, not repaired.
    QFile embedded(QStringLiteral(":/knowledge/netdesk-kb.json"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QByteArray bytes = embedded.readAll();
    bytes.insert(bytes.indexOf("\"id\"") + 1, "\xff");
    const QString latin = write(m_dir.filePath(QStringLiteral("latin1-kb.json")), bytes);
    const CliRun utf = runCli({QStringLiteral("plan"), m_case, QStringLiteral("--knowledge"), latin});
    QCOMPARE(utf.exitCode, 1);
    QVERIFY2(utf.err.contains("is not UTF-8: byte"), utf.err.constData());
}

void TestHardening::manyBadCodesCapped()
{
    QJsonObject c = QJsonDocument::fromJson(goodCase).object();
    QJsonArray codes;
    for (int i = 0; i < 10000; ++i)
        codes.append(QStringLiteral("BAD_CODE_%1").arg(i));
    c.insert(QStringLiteral("priorTherapies"), codes);
    const QString path = write(m_dir.filePath(QStringLiteral("codes.json")), QJsonDocument(c).toJson());
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli({QStringLiteral("plan"), path});
    QCOMPARE(r.exitCode, 2);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 51);
    QVERIFY2(lines.first().startsWith("priorTherapies[0]: \"BAD_CODE_0\" is not allowed"), lines.first().constData());
    QCOMPARE(lines.last(), QByteArray("case: … and 9950 more"));
    QVERIFY(r.err.size() < 200 * 1024);
    QVERIFY(timer.elapsed() < 20000);
}

void TestHardening::wrongKindOfJsonNamed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("null") << QByteArray("null") << QStringLiteral("case: expected an object {...}, got null");
    QTest::addRow("123") << QByteArray("123\n") << QStringLiteral("case: expected an object {...}, got a number (123)");
    QTest::addRow("1e400") << QByteArray("1e400")
                           << QStringLiteral("case: expected an object {...}, got a number (1e400)");
    QTest::addRow("[]") << QByteArray("[]") << QStringLiteral("case: expected an object {...}, got an array");
    QTest::addRow("string") << QByteArray("\"case\"") << QStringLiteral("case: expected an object {...}, got a string");
    QTest::addRow("true") << QByteArray("true")
                          << QStringLiteral("case: expected an object {...}, got a boolean (true)");
    QTest::addRow("empty") << QByteArray(" \n")
                           << QStringLiteral("case: expected an object {...}, got nothing (an empty input)");
    QTest::addRow("broken") << QByteArray("{\"schema\": ") << QStringLiteral("case: not valid JSON");
}

void TestHardening::wrongKindOfJsonNamed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const QString path = write(m_dir.filePath(QStringLiteral("kind.json")), input);
    const CliRun r = runCli({QStringLiteral("plan"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(expected.toUtf8()), r.err.constData());
}

void TestHardening::controlCharactersRefused_data()
{
    QTest::addColumn<QByteArray>("familyName");
    QTest::addColumn<QString>("expected");
    QTest::addRow("raw U+0001") << QByteArray("Quill\x01"
                                              "feather")
                                << QStringLiteral("U+0001");
    QTest::addRow("raw NUL") << QByteArray("Quill\0feather", 13) << QStringLiteral("U+0000");
    QTest::addRow("raw newline") << QByteArray("Quill\nfeather") << QStringLiteral("U+000a");
    QTest::addRow("escaped NUL") << QByteArray("Quill\\u0000feather") << QStringLiteral("U+0000");
    QTest::addRow("escaped ESC") << QByteArray("Quill\\u001b[31mfeather") << QStringLiteral("U+001b");
}

void TestHardening::controlCharactersRefused()
{
    QFETCH(QByteArray, familyName);
    QFETCH(QString, expected);
    QByteArray json = goodCase;
    json.replace("\"schema\"", QByteArray("\"patient\": {\"familyName\": \"" + familyName + "\"}, \"schema\""));
    const QString path = write(m_dir.filePath(QStringLiteral("control.json")), json);
    const CliRun r = runCli({QStringLiteral("plan"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray("patient.familyName: contains a control character (" + expected.toUtf8() + ")")),
             r.err.constData());
    QVERIFY(!r.err.contains('\0'));
    QVERIFY(!r.err.contains('\x1b'));
}

void TestHardening::numbersReportedAsGiven()
{
    QByteArray json = goodCase;
    json.replace("\"ki67\": 15", "\"ki67\": 100.00000000000001");
    json.replace("\"ecog\": 1", "\"ecog\": 1.0000000000000002");
    const QString path = write(m_dir.filePath(QStringLiteral("number.json")), json);
    const CliRun r = runCli({QStringLiteral("plan"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("ki67: 100.00000000000001 is out of range 0–100"), r.err.constData());
    QVERIFY2(r.err.contains("ecog: 1.0000000000000002 is not a whole number"), r.err.constData());
}

void TestHardening::invalidUtf8Refused_data()
{
    QTest::addColumn<QByteArray>("familyName");
    QTest::addRow("0xff") << QByteArray("M\xff"
                                        "ller");
    QTest::addRow("Latin-1 ü") << QByteArray("M\xfc"
                                             "ller");
    QTest::addRow("overlong /") << QByteArray("\xc0\xaf");
    QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::addRow("cut sequence") << QByteArray("M\xc3");
}

void TestHardening::invalidUtf8Refused()
{
    QFETCH(QByteArray, familyName);
    QByteArray json = goodCase;
    json.replace("\"schema\"", QByteArray("\"patient\": {\"familyName\": \"" + familyName + "\"}, \"schema\""));
    const QString path = write(m_dir.filePath(QStringLiteral("utf8.json")), json);
    const CliRun r = runCli({QStringLiteral("plan"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("case: is not UTF-8: byte "), r.err.constData());
    QVERIFY(r.err.contains("refused, not repaired"));
    QVERIFY(!r.err.contains("\xef\xbf\xbd")); // no U+FFFD anywhere
    // Correct UTF-8 passes.
    json = goodCase;
    json.replace("\"schema\"", "\"patient\": {\"familyName\": \"M\xc3\xbcller\"}, \"schema\"");
    QCOMPARE(runCli({QStringLiteral("plan"), write(path, json)}).exitCode, 0);
}

void TestHardening::anonymousBoardSummaryMasksTypedIdentifiers()
{
    const QString db = registryWithPatients();
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--today"), testToday()};
    const auto registry = [&](const QStringList& args) {
        return runCli(QStringList{QStringLiteral("registry")} + base + args);
    };
    const auto board = [&](const QStringList& args) {
        return runCli(QStringList{QStringLiteral("board")} + base + args);
    };
    // A 105-year-old with a distinctive name and record number.
    CliRun r = registry({QStringLiteral("add-patient"), QStringLiteral("--record"), QStringLiteral("ZQX-48213"),
                         QStringLiteral("--family"), QStringLiteral("Quillfeather"), QStringLiteral("--given"),
                         QStringLiteral("Philomena"), QStringLiteral("--birth"), QStringLiteral("1921-03-04"),
                         QStringLiteral("--sex"), QStringLiteral("female")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString casePath =
        write(m_dir.filePath(QStringLiteral("old.json")), vignetteCase("p01-si-net-g1-sstr-positive"));
    r = registry({QStringLiteral("assess"), QStringLiteral("ZQX-48213"), casePath});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Identifiers typed into the title and an attendee entry: warned at entry.
    r = board({QStringLiteral("create"), QStringLiteral("--date"), testToday(), QStringLiteral("--title"),
               QStringLiteral("Board for QUILLFEATHER and others"), QStringLiteral("--attendee"),
               QStringLiteral("A. Weber: presents Philomena, born 04.03.1921")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning: the meeting title contains a patient's family name"), r.err.constData());
    QVERIFY2(r.err.contains("warning: the attendee entry contains a patient's given name, date"), r.err.constData());
    r = board({QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("ZQX-48213"), QStringLiteral("DEMO-000001")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning: the meeting title contains a patient's family name"), r.err.constData());
    r = board({QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("ZQX-48213"), QStringLiteral("--status"),
               QStringLiteral("discussed"), QStringLiteral("--decision"),
               QStringLiteral("call Mrs Quillfeather (ZQX-48213), ref zqx48213 / 48213; born 4 March 1921, seen "
                              "2026-11-02; lanreotide")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning: the decision contains a patient's family name, record number, date"),
             r.err.constData());
    // A decision without identifiers is not warned about.
    r = board({QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("DEMO-000001"), QStringLiteral("--status"),
               QStringLiteral("discussed"), QStringLiteral("--decision"), QStringLiteral("restage in 3 months")});
    QVERIFY2(r.exitCode == 0 && !r.err.contains("warning"), r.err.constData());

    const QString anonymous = m_dir.filePath(QStringLiteral("anonymous.pdf"));
    const QString identified = m_dir.filePath(QStringLiteral("identified.pdf"));
    r = board({QStringLiteral("summary"), QStringLiteral("1"), QStringLiteral("--pdf"), anonymous,
               QStringLiteral("--anonymous"), QStringLiteral("--clinic"), QStringLiteral("Clinic of Dr Quillfeather")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(board({QStringLiteral("summary"), QStringLiteral("1"), QStringLiteral("--pdf"), identified}).exitCode, 0);
    QCOMPARE(modeOf(anonymous), 0600);
    const QString text = pdfText(anonymous);
    QVERIFY(!text.isEmpty());
    for (const QString& id :
         {QStringLiteral("Quillfeather"), QStringLiteral("QUILLFEATHER"), QStringLiteral("Philomena"),
          QStringLiteral("ZQX"), QStringLiteral("zqx"), QStringLiteral("48213"), QStringLiteral("1921"),
          QStringLiteral("04.03"), QStringLiteral("4 March"), QStringLiteral("2026-11-02")})
        QVERIFY2(!text.contains(id), qPrintable(id + QStringLiteral(" in: ") + text));
    QVERIFY(text.contains(QStringLiteral("Board for [name] and others")));
    QVERIFY(text.contains(QStringLiteral("call Mrs [name] ([record number])")));
    QVERIFY(text.contains(QStringLiteral("lanreotide")));
    QVERIFY(text.contains(QStringLiteral("restage in 3 months")));
    QVERIFY2(text.contains(QStringLiteral("· F · 90 or over")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("105")));
    // The identified summary keeps what was typed (it is the record).
    const QString full = pdfText(identified);
    QVERIFY(full.contains(QStringLiteral("call Mrs Quillfeather (ZQX-48213)")));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
