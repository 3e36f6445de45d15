// Reliability of the registry with real processes on a real file: a writer killed with SIGKILL at
// random moments never corrupts the registry or loses a write it reported as committed; two writers
// at once lose nothing and never show "database is locked" to the user.
#include "core/followup/Clock.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <random>

#include <csignal>

using namespace netdesk;
using namespace netdesk::test;

namespace {

struct Reported
{
    QStringList records;
    QList<qint64> assessments;
    QList<qint64> results;
};

Reported parse(const QByteArray& output)
{
    Reported r;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("P "))
            r.records << QString::fromUtf8(line.mid(2));
        else if (line.startsWith("A "))
            r.assessments << line.mid(2).toLongLong();
        else if (line.startsWith("R "))
            r.results << line.mid(2).toLongLong();
    }
    return r;
}

bool exists(Database& db, const QString& sql, const QVariant& value)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(value);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

QString writerPath()
{
    return QStringLiteral(NETDESK_WRITER_PATH);
}

} // namespace

class TestReliability final : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();
    void twoWritersAtOnce();
    void backupWhileWriting();
};

void TestReliability::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kill.sqlite"));
    std::mt19937 rng(4242);
    const int rounds = qEnvironmentVariableIntValue("NETDESK_KILL_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("NETDESK_KILL_ROUNDS")
                           : 200;
    // Calibrate the kill window to this machine: the writer's time to its first reported commit
    // (process and Qt start-up, knowledge base, opening) grows with load, and the window must still
    // cover start-up, opening and the middle of transactions in similar measure.
    qint64 firstCommitMs = 0;
    {
        QProcess probe;
        QElapsedTimer timer;
        timer.start();
        probe.start(writerPath(), {dir.filePath(QStringLiteral("calibrate.sqlite")), QStringLiteral("c"),
                                   QStringLiteral("0")});
        QVERIFY2(probe.waitForStarted(10000), qPrintable(probe.errorString()));
        while (probe.bytesAvailable() == 0 && timer.elapsed() < 20000)
            probe.waitForReadyRead(20);
        firstCommitMs = timer.elapsed();
        ::kill(static_cast<pid_t>(probe.processId()), SIGKILL);
        QVERIFY(probe.waitForFinished(10000));
        QVERIFY2(firstCommitMs < 20000, "the writer reported no commit within 20 s");
    }
    const int latest = static_cast<int>(firstCommitMs) + 120;
    Reported all;
    int killedMidRun = 0;
    int roundsWithWrites = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(writerPath(), {db, QStringLiteral("k%1").arg(round), QStringLiteral("0")});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // A random moment: during start-up, opening, or in the middle of a transaction.
        QThread::msleep(static_cast<unsigned long>(std::uniform_int_distribution<int>(5, latest)(rng)));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        // Killed, not finished: the writer loops until killed, so a normal exit would be a failure.
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        ++killedMidRun;
        const QByteArray err = writer.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        const Reported r = parse(writer.readAllStandardOutput());
        roundsWithWrites += r.records.isEmpty() ? 0 : 1;
        all.records << r.records;
        all.assessments << r.assessments;
        all.results << r.results;

        // After every kill the registry opens, is intact, and holds every reported write.
        auto opened = Database::open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.messages().join(u'\n')));
        FixedClock clock(QDate(2026, 11, 27));
        Registry registry(*opened.value(), clock, QStringLiteral("checker"), embeddedKb());
        const auto verified = registry.verify();
        QVERIFY2(verified.ok(), qPrintable(QStringLiteral("round %1: ").arg(round) + verified.messages().join(u'\n')));
        for (const QString& record : r.records)
            QVERIFY2(exists(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM patients WHERE record_number = ?"),
                            record),
                     qPrintable(record));
        for (qint64 id : r.assessments)
            QVERIFY(exists(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM assessments WHERE id = ?"), id));
        for (qint64 id : r.results)
            QVERIFY(exists(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM results WHERE id = ?"), id));
    }
    qInfo("%d rounds (kills 5-%d ms after start; first commit after %lld ms), %d killed, %d after committing "
          "writes, %lld patients, %lld assessments, %lld results reported committed and found",
          rounds, latest, static_cast<long long>(firstCommitMs), killedMidRun, roundsWithWrites, static_cast<long long>(all.records.size()),
          static_cast<long long>(all.assessments.size()), static_cast<long long>(all.results.size()));
    QVERIFY(roundsWithWrites > rounds / 2); // most kills hit a writer that was committing
    QVERIFY(!all.results.isEmpty());
}

void TestReliability::twoWritersAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("two.sqlite"));
    { // create the schema first, so that both writers start on an existing registry
        QVERIFY(Database::open(db).ok());
    }
    constexpr int perWriter = 60;
    QProcess a;
    QProcess b;
    a.start(writerPath(), {db, QStringLiteral("a"), QString::number(perWriter)});
    b.start(writerPath(), {db, QStringLiteral("b"), QString::number(perWriter)});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    const QByteArray errA = a.readAllStandardError();
    const QByteArray errB = b.readAllStandardError();
    QVERIFY2(errA.isEmpty() && errB.isEmpty(), QByteArray(errA + errB).constData());
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const Reported ra = parse(a.readAllStandardOutput());
    const Reported rb = parse(b.readAllStandardOutput());
    QCOMPARE(ra.results.size(), perWriter);
    QCOMPARE(rb.results.size(), perWriter);
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    FixedClock clock(QDate(2026, 11, 27));
    Registry registry(*opened.value(), clock, QStringLiteral("checker"), embeddedKb());
    const auto verified = registry.verify();
    QVERIFY2(verified.ok(), qPrintable(verified.messages().join(u'\n')));
    // No lost update: every write of both is there, and the audit chain has one entry per change.
    QCOMPARE(verified.value().rowCounts.value(QStringLiteral("patients")), 2 * perWriter);
    QCOMPARE(verified.value().rowCounts.value(QStringLiteral("assessments")), 2 * perWriter);
    QCOMPARE(verified.value().rowCounts.value(QStringLiteral("results")), 2 * perWriter);
    QCOMPARE(verified.value().auditEntries, 3 * 2 * perWriter);
}

void TestReliability::backupWhileWriting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("busy.sqlite"));
    QProcess writer;
    writer.start(writerPath(), {db, QStringLiteral("w"), QStringLiteral("0")});
    QVERIFY(writer.waitForStarted(10000));
    QVERIFY(writer.waitForReadyRead(20000)); // the writer has committed its first patient
    auto opened = Database::open(db);
    QVERIFY2(opened.ok(), qPrintable(opened.messages().join(u'\n')));
    FixedClock clock(QDate(2026, 11, 27));
    Registry registry(*opened.value(), clock, QStringLiteral("backup"), embeddedKb());
    qint64 previous = -1;
    for (int i = 0; i < 3; ++i) {
        const auto backup = registry.backup(dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i)));
        QVERIFY2(backup.ok(), qPrintable(backup.messages().join(u'\n')));
        const qint64 results = backup.value().rowCounts.value(QStringLiteral("results"));
        QVERIFY(results >= previous);
        previous = results;
        QThread::msleep(50); // let the writer commit more between backups
    }
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    QVERIFY(previous > 0);
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
