// The registry on a real SQLite file: pragmas and permissions, migrations from every released schema,
// patients, immutable assessments, the follow-up schedule and its states, bad input that changes
// nothing, the hash-chained audit log, verified backups, and the netdesk-cli registry commands.
#include "core/followup/Clock.h"
#include "core/followup/Scheduler.h"
#include "core/registry/AuditLog.h"
#include "core/registry/CourseReview.h"
#include "core/registry/LabTests.h"
#include "core/registry/Registry.h"
#include "tests/support/CliRunner.h"
#include "tests/support/PlanFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

const QByteArray siCase = R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"small_intestine",
  "differentiation":"well","ki67":5,"sstrImaging":"positive","functionalSyndrome":"carcinoid_syndrome",
  "diseaseStatus":"stable","ecog":0,"ppiUse":true,"metastases":{"liver":true}})";

const QByteArray necCase = R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-20","primarySite":"pancreas",
  "differentiation":"poor","ki67":70,"diseaseStatus":"newly_diagnosed","ecog":1,"metastases":{"liver":true}})";

// Everything a change could touch: row counts and the audit head.
QString fingerprint(Database& db)
{
    QStringList parts;
    for (const QString& table : Registry::tables() + QStringList{QStringLiteral("audit_head")}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        q.next();
        parts << table + u'=' + q.value(0).toString();
    }
    QSqlQuery head(db.connection());
    head.exec(QStringLiteral("SELECT last_hash FROM audit_head"));
    head.next();
    QSqlQuery items(db.connection());
    items.exec(QStringLiteral("SELECT group_concat(id || status || due_date) FROM followup_items"));
    items.next();
    return parts.join(u' ') + u' ' + head.value(0).toString() + u' ' + items.value(0).toString();
}

QString pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + name);
    q.next();
    return q.value(0).toString();
}

bool execAll(Database& db, const QStringList& statements)
{
    for (const QString& s : statements) {
        QSqlQuery q(db.connection());
        if (!q.exec(s)) {
            qWarning() << s << q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

class TestRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openSetsPragmasAndOwnerOnlyFile();
    void upgradesEveryReleasedSchema_data();
    void upgradesEveryReleasedSchema();
    void migrationIsAllOrNothing();
    void refusesNewerSchema();
    void addPatientAndSearch();
    void badPatientInputChangesNothing_data();
    void badPatientInputChangesNothing();
    void assessStoresPlanAndSchedule();
    void assessmentsAreImmutable();
    void newAssessmentSupersedesAndCountsFromLastDone();
    void reminderStates_data();
    void reminderStates();
    void doneSchedulesNextFromDoneDate();
    void courseAfterResectionLengthensAndEnds();
    void badDoneInputChangesNothing_data();
    void badDoneInputChangesNothing();
    void invalidCaseChangesNothing();
    void deceasedPatientsGetNoReminders();
    void auditChainDetectsTampering_data();
    void auditChainDetectsTampering();
    void backupIsVerified();
    void commandLineWorkflow();
    void therapyLinesStartStopAndList();
    void badTherapyInputChangesNothing_data();
    void badTherapyInputChangesNothing();
    void unitsOutsideTheListAreRefused_data();
    void unitsOutsideTheListAreRefused();
    void upperLimitAndRecistAreStored();
    void imagingProgressionFlagsAndNewAssessmentClears();
    void markerRiseFlags();
    void stoppedLineFlags();
    void oldPlanFlags();
    void courseReviewLoaderIsStrict_data();
    void courseReviewLoaderIsStrict();
    void labTestsLoaderIsStrict_data();
    void labTestsLoaderIsStrict();
    void demoTellsATrueCourse();
    void commandLineCourse();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    PatientRecord addPatient(const QString& record, const QString& family = QStringLiteral("Smith"),
                             const QString& given = QStringLiteral("Jo"));
};

void TestRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(path(QStringLiteral("registry.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.messages().join(u'\n')));
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
}

void TestRegistry::cleanup()
{
    m_registry.reset();
    m_db.reset();
    m_dir.reset();
}

PatientRecord TestRegistry::addPatient(const QString& record, const QString& family, const QString& given)
{
    const auto p =
        m_registry->addPatient({record, family, given, QStringLiteral("1950-03-04"), QStringLiteral("female")});
    if (!p.ok())
        qFatal("addPatient failed: %s", qPrintable(p.messages().join(u'\n')));
    return p.value();
}

void TestRegistry::openSetsPragmasAndOwnerOnlyFile()
{
    QCOMPARE(pragma(*m_db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*m_db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(*m_db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QVERIFY(pragma(*m_db, QStringLiteral("busy_timeout")).toInt() >= 1000);
    QCOMPARE(m_db->version(), Database::currentVersion());
    const QFile::Permissions perms = QFile::permissions(path(QStringLiteral("registry.sqlite")));
    QCOMPARE(perms &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFile::Permissions());
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("netdesk/registry.sqlite")));
}

void TestRegistry::upgradesEveryReleasedSchema_data()
{
    QTest::addColumn<QString>("fixture");
    const QDir dir(QStringLiteral(NETDESK_TEST_DATA "/registry"));
    const QStringList files = dir.entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no schema fixtures in tests/data/registry");
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestRegistry::upgradesEveryReleasedSchema()
{
    QFETCH(QString, fixture);
    const QString copy = path(QStringLiteral("fixture.sqlite"));
    QVERIFY(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QMap<QString, qint64> before;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-fixture"));
        raw.setDatabaseName(copy);
        QVERIFY(raw.open());
        for (const QString& table : Registry::tables()) {
            QSqlQuery q(raw);
            // A table of a later schema version starts empty after the migration.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(table)));
            QVERIFY(q.next());
            if (q.value(0).toInt() == 0) {
                before.insert(table, 0);
                continue;
            }
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
            QVERIFY(q.next());
            before.insert(table, q.value(0).toLongLong());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-fixture"));
    QVERIFY(before.value(QStringLiteral("patients")) > 0);
    // Stored assessments and results, byte for byte, before the upgrade.
    const auto rows = [](QSqlDatabase& db, const QString& sql) {
        QStringList out;
        QSqlQuery q(db);
        if (!q.exec(sql))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << QString::fromLatin1(q.value(i).toByteArray().toHex());
            out << fields.join(u'|');
        }
        return out;
    };
    const QString assessmentsSql = QStringLiteral("SELECT * FROM assessments ORDER BY id");
    const QString resultsSql = QStringLiteral("SELECT id, patient_id, followup_item_id, kind, value, unit, outcome,"
                                              " result_date, created_at FROM results ORDER BY id");
    QStringList assessmentsBefore;
    QStringList resultsBefore;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-bytes"));
        raw.setDatabaseName(copy);
        QVERIFY(raw.open());
        assessmentsBefore = rows(raw, assessmentsSql);
        resultsBefore = rows(raw, resultsSql);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-bytes"));
    QVERIFY(!assessmentsBefore.isEmpty());
    auto db = Database::open(copy);
    QVERIFY2(db.ok(), qPrintable(db.messages().join(u'\n')));
    QCOMPARE(db.value()->version(), Database::currentVersion());
    Registry registry(*db.value(), *m_clock, QStringLiteral("tester"), embeddedKb());
    const auto verified = registry.verify();
    QVERIFY2(verified.ok(), qPrintable(verified.messages().join(u'\n')));
    QCOMPARE(verified.value().rowCounts, before);
    QCOMPARE(rows(db.value()->connection(), assessmentsSql), assessmentsBefore);
    QCOMPARE(rows(db.value()->connection(), resultsSql), resultsBefore);
    // Old imaging outcomes read as RECIST for display; the new columns are empty.
    QSqlQuery legacy(db.value()->connection());
    QVERIFY(legacy.exec(QStringLiteral("SELECT COUNT(*) FROM results WHERE uln IS NOT NULL OR response IS NOT NULL")));
    QVERIFY(legacy.next());
    QCOMPARE(legacy.value(0).toInt(), 0);
    QSqlQuery patient(db.value()->connection());
    QVERIFY(patient.exec(QStringLiteral("SELECT p.record_number FROM results r JOIN patients p ON p.id = r.patient_id"
                                        " WHERE r.outcome = 'progression' AND p.status = 'active' LIMIT 1")));
    if (patient.next()) {
        const auto history = registry.history(patient.value(0).toString());
        QVERIFY(history.ok());
        bool sawPd = false;
        for (const ResultRecord& r : history.value().results)
            sawPd = sawPd || (r.outcome == QLatin1String("progression") && r.recist() == QLatin1String("PD"));
        QVERIFY(sawPd);
    }
    // The upgraded registry takes the new data: a therapy line for a patient of the fixture.
    QSqlQuery active(db.value()->connection());
    QVERIFY(active.exec(QStringLiteral("SELECT record_number FROM patients WHERE status = 'active' LIMIT 1")) &&
            active.next());
    const auto line = registry.startTherapy({active.value(0).toString(), QStringLiteral("SSA"),
                                             QStringLiteral("2026-11-01"), QString()});
    QVERIFY2(line.ok(), qPrintable(line.messages().join(u'\n')));
    QVERIFY(registry.verify().ok());
}

void TestRegistry::migrationIsAllOrNothing()
{
    addPatient(QStringLiteral("R1"));
    const QString file = m_db->path();
    m_registry.reset();
    m_db.reset();
    QList<Migration> migrations = Database::schema();
    migrations << Migration{
        Database::currentVersion() + 1,
        {QStringLiteral("ALTER TABLE patients ADD COLUMN nickname TEXT"), QStringLiteral("THIS IS NOT SQL")}};
    const auto failed = Database::open(file, migrations);
    QVERIFY(!failed.ok());
    QVERIFY(failed.messages().join(u' ').contains(QStringLiteral("migration to schema version")));
    {
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->version(), Database::currentVersion());
        QSqlQuery q(db.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT nickname FROM patients"))); // the first statement was rolled back too
    }
    migrations.back().statements = {QStringLiteral("ALTER TABLE patients ADD COLUMN nickname TEXT"),
                                    QStringLiteral("UPDATE patients SET nickname = 'x'")};
    const auto upgraded = Database::open(file, migrations);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.messages().join(u'\n')));
    QCOMPARE(upgraded.value()->version(), Database::currentVersion() + 1);
    QSqlQuery rows(upgraded.value()->connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM patients WHERE nickname = 'x'")) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
}

void TestRegistry::refusesNewerSchema()
{
    QVERIFY(execAll(*m_db, {QStringLiteral("UPDATE schema_version SET version = 99")}));
    const QString file = m_db->path();
    m_registry.reset();
    m_db.reset();
    const auto db = Database::open(file);
    QVERIFY(!db.ok());
    QVERIFY(db.messages().join(u' ').contains(QStringLiteral("newer than this NETDesk knows")));
}

void TestRegistry::addPatientAndSearch()
{
    addPatient(QStringLiteral("MRN-1001"), QStringLiteral("Smith"), QStringLiteral("Joanna"));
    addPatient(QStringLiteral("MRN-1002"), QStringLiteral("Smithers"), QStringLiteral("Paul"));
    addPatient(QStringLiteral("X-7"), QStringLiteral("Jones"), QStringLiteral("Smilla"));
    const auto bySmi = m_registry->list(QStringLiteral("smi"));
    QVERIFY(bySmi.ok());
    QCOMPARE(bySmi.value().total, 3); // two family names and one given name start with smi
    const auto byTwo = m_registry->list(QStringLiteral("SMITH jo"));
    QCOMPARE(byTwo.value().total, 1);
    QCOMPARE(byTwo.value().rows.front().recordNumber, QStringLiteral("MRN-1001"));
    const auto byRecord = m_registry->list(QStringLiteral("mrn-100"));
    QCOMPARE(byRecord.value().total, 2);
    const auto limited = m_registry->list(QString(), 2);
    QCOMPARE(limited.value().total, 3);
    QCOMPARE(limited.value().rows.size(), 2);
    QCOMPARE(m_registry->list(QStringLiteral("zz")).value().total, 0);
}

void TestRegistry::badPatientInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("fields"); // record, family, given, birth, sex
    QTest::addColumn<QString>("where");
    QTest::newRow("no record") << QStringList{QString(), QStringLiteral("A"), QStringLiteral("B"), QString(), QString()}
                               << QStringLiteral("record");
    QTest::newRow("record with spaces") << QStringList{QStringLiteral("a b"), QStringLiteral("A"), QStringLiteral("B"),
                                                       QString(), QString()}
                                        << QStringLiteral("record");
    QTest::newRow("duplicate record") << QStringList{QStringLiteral("DUP"), QStringLiteral("A"), QStringLiteral("B"),
                                                     QString(), QString()}
                                      << QStringLiteral("record");
    QTest::newRow("no family name") << QStringList{QStringLiteral("R9"), QString(), QStringLiteral("B"), QString(),
                                                   QString()}
                                    << QStringLiteral("family");
    QTest::newRow("no given name") << QStringList{QStringLiteral("R9"), QStringLiteral("A"), QStringLiteral(" "),
                                                  QString(), QString()}
                                   << QStringLiteral("given");
    QTest::newRow("impossible birth date") << QStringList{QStringLiteral("R9"), QStringLiteral("A"),
                                                          QStringLiteral("B"), QStringLiteral("1950-02-30"), QString()}
                                           << QStringLiteral("birth");
    QTest::newRow("birth in the future") << QStringList{QStringLiteral("R9"), QStringLiteral("A"), QStringLiteral("B"),
                                                        QStringLiteral("2027-01-01"), QString()}
                                         << QStringLiteral("birth");
    QTest::newRow("control character in a name")
        << QStringList{QStringLiteral("R9"), QStringLiteral("A\nB"), QStringLiteral("B"), QString(), QString()}
        << QStringLiteral("family");
    QTest::newRow("name too long") << QStringList{QStringLiteral("R9"), QStringLiteral("A"), QString(101, u'x'),
                                                  QString(), QString()}
                                   << QStringLiteral("given");
    QTest::newRow("birth before 1900") << QStringList{QStringLiteral("R9"), QStringLiteral("A"), QStringLiteral("B"),
                                                      QStringLiteral("1899-12-31"), QString()}
                                       << QStringLiteral("birth");
    QTest::newRow("sex not allowed") << QStringList{QStringLiteral("R9"), QStringLiteral("A"), QStringLiteral("B"),
                                                    QString(), QStringLiteral("f")}
                                     << QStringLiteral("sex");
}

void TestRegistry::badPatientInputChangesNothing()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, where);
    addPatient(QStringLiteral("DUP"));
    const QString before = fingerprint(*m_db);
    const auto r = m_registry->addPatient({fields.at(0), fields.at(1), fields.at(2), fields.at(3), fields.at(4)});
    QVERIFY(!r.ok());
    QCOMPARE(r.problems().front().where, where);
    QVERIFY(!r.problems().front().failure);
    QCOMPARE(fingerprint(*m_db), before);
}

void TestRegistry::assessStoresPlanAndSchedule()
{
    const PatientRecord p = addPatient(QStringLiteral("A1"));
    const auto r = m_registry->assess(QStringLiteral("A1"), siCase);
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    const AssessOutcome& a = r.value();
    QCOMPARE(a.assessment.kbSha256, embeddedKb()->sha256);
    QCOMPARE(a.assessment.kbVersion, embeddedKb()->version);
    QCOMPARE(a.assessment.protocol, QStringLiteral("standard"));
    QCOMPARE(a.assessment.category, QStringLiteral("NET_G2"));
    QCOMPARE(a.plan.classification.category, QStringLiteral("NET_G2"));
    QCOMPARE(a.scheduled.size(), 3); // markers, NT-proBNP (carcinoid syndrome), imaging
    QMap<QString, FollowUpRecord> byKey;
    for (const FollowUpRecord& f : a.scheduled)
        byKey.insert(f.itemKey, f);
    QCOMPARE(byKey.value(QStringLiteral("markers")).dueDate, QDate(2027, 2, 2));
    QCOMPARE(byKey.value(QStringLiteral("markers")).tests,
             QStringList({QStringLiteral("CGA"), QStringLiteral("5HIAA")}));
    QCOMPARE(byKey.value(QStringLiteral("imaging")).dueDate, QDate(2027, 5, 2));
    QCOMPARE(byKey.value(QStringLiteral("ntprobnp")).dueDate, QDate(2027, 11, 2));
    const QString reason = byKey.value(QStringLiteral("markers")).reason;
    QCOMPARE(reason,
             QStringLiteral(
                 "CgA: on somatostatin analogue; 5-HIAA: carcinoid syndrome; every 3 months (standard protocol)"));
    const QString notes = byKey.value(QStringLiteral("markers")).notes;
    QVERIFY2(notes.contains(QStringLiteral("proton-pump inhibitors")), qPrintable(notes)); // ppiUse: CgA confounder
    QVERIFY2(notes.contains(QStringLiteral("bananas")), qPrintable(notes));                // 5-HIAA preparation
    // The stored assessment holds case and plan; the case carries the registry's identity.
    const auto history = m_registry->history(QStringLiteral("A1"));
    QVERIFY(history.ok());
    QCOMPARE(history.value().assessments.size(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT case_json, plan_json FROM assessments")) && q.next());
    const QJsonObject storedCase = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    QCOMPARE(storedCase.value(QStringLiteral("patient")).toObject().value(QStringLiteral("birthDate")).toString(),
             QStringLiteral("1950-03-04"));
    const QJsonObject plan = QJsonDocument::fromJson(qUncompress(q.value(1).toByteArray())).object();
    QCOMPARE(plan.value(QStringLiteral("knowledgeBase")).toObject().value(QStringLiteral("sha256")).toString(),
             embeddedKb()->sha256);
    QVERIFY(plan.value(QStringLiteral("prognosis"))
                .toObject()
                .value(QStringLiteral("adverseFactors"))
                .toArray()
                .contains(QStringLiteral("AGE_65_PLUS")));
    Q_UNUSED(p)
}

void TestRegistry::assessmentsAreImmutable()
{
    addPatient(QStringLiteral("I1"));
    QVERIFY(m_registry->assess(QStringLiteral("I1"), siCase).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET category = 'NEC'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM assessments")));
}

void TestRegistry::newAssessmentSupersedesAndCountsFromLastDone()
{
    addPatient(QStringLiteral("S1"));
    const auto first = m_registry->assess(QStringLiteral("S1"), siCase);
    QVERIFY(first.ok());
    const FollowUpRecord markers = first.value().scheduled.front();
    QCOMPARE(markers.itemKey, QStringLiteral("markers"));
    m_clock->setToday(QDate(2027, 2, 10));
    QVERIFY(m_registry->markDone({markers.id, QStringLiteral("2027-02-05"), QString(), QString(), QString(), QString()})
                .ok());
    // A new NEC assessment: every open item is cancelled, the new schedule counts from the last done date.
    const auto second =
        m_registry->assess(QStringLiteral("S1"), QByteArray(necCase).replace("2026-11-20", "2027-02-09"));
    QVERIFY2(second.ok(), qPrintable(second.messages().join(u'\n')));
    QCOMPARE(second.value().cancelled, 3); // next markers, NT-proBNP, imaging
    QMap<QString, FollowUpRecord> byKey;
    for (const FollowUpRecord& f : second.value().scheduled)
        byKey.insert(f.itemKey, f);
    QCOMPARE(byKey.value(QStringLiteral("markers")).dueDate, QDate(2027, 5, 5)); // 3 months after the last done date
    QCOMPARE(byKey.value(QStringLiteral("imaging")).dueDate, QDate(2027, 5, 9)); // NEC: 3-monthly from the assessment
    QVERIFY(!byKey.contains(QStringLiteral("ntprobnp")));
    const auto history = m_registry->history(QStringLiteral("S1"));
    QCOMPARE(history.value().assessments.size(), 2);
    int cancelled = 0;
    for (const FollowUpRecord& f : history.value().items)
        cancelled += f.status == QLatin1String("cancelled") &&
                     f.cancelReason.startsWith(QStringLiteral("superseded by assessment"));
    QCOMPARE(cancelled, 3);
}

void TestRegistry::reminderStates_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("dueInDays");
    QTest::addColumn<QString>("state");
    QTest::newRow("overdue yesterday") << QStringLiteral("scheduled") << -1 << QStringLiteral("overdue");
    QTest::newRow("due today") << QStringLiteral("scheduled") << 0 << QStringLiteral("due");
    QTest::newRow("due in 14 days") << QStringLiteral("scheduled") << 14 << QStringLiteral("due");
    QTest::newRow("upcoming in 15 days") << QStringLiteral("scheduled") << 15 << QStringLiteral("upcoming");
    QTest::newRow("done, even if late") << QStringLiteral("done") << -30 << QStringLiteral("done");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << 3 << QStringLiteral("cancelled");
}

void TestRegistry::reminderStates()
{
    QFETCH(QString, status);
    QFETCH(int, dueInDays);
    QFETCH(QString, state);
    const QDate today(2026, 11, 27);
    QCOMPARE(reminderStateName(reminderState(status, today.addDays(dueInDays), today)), state);
}

void TestRegistry::doneSchedulesNextFromDoneDate()
{
    addPatient(QStringLiteral("D1"));
    const auto a = m_registry->assess(QStringLiteral("D1"), siCase);
    QVERIFY(a.ok());
    FollowUpRecord imaging;
    for (const FollowUpRecord& f : a.value().scheduled)
        if (f.itemKey == QLatin1String("imaging"))
            imaging = f;
    // Due 2027-05-02; done late on 2027-05-20: the next is due 6 months after the done date.
    m_clock->setToday(QDate(2027, 5, 25));
    const auto overdue = m_registry->overdue();
    QVERIFY(overdue.ok());
    QVERIFY(std::any_of(overdue.value().rows.cbegin(), overdue.value().rows.cend(),
                        [&](const ReminderRow& r) { return r.item.id == imaging.id; }));
    const auto done = m_registry->markDone(
        {imaging.id, QStringLiteral("2027-05-20"), QString(), QString(), QString(), QStringLiteral("stable")});
    QVERIFY2(done.ok(), qPrintable(done.messages().join(u'\n')));
    QVERIFY(done.value().next);
    QCOMPARE(done.value().next->dueDate, QDate(2027, 11, 20));
    QCOMPARE(done.value().result->outcome, QStringLiteral("stable"));
    // Labs with a value: the result is stored against the item, with its unit.
    const FollowUpRecord markers = a.value().scheduled.front();
    const auto labs = m_registry->markDone({markers.id, QStringLiteral("2027-02-01"), QStringLiteral("123.5"),
                                            QStringLiteral("ng/mL"), QStringLiteral("CGA"), QString()});
    QVERIFY2(labs.ok(), qPrintable(labs.messages().join(u'\n')));
    QCOMPARE(*labs.value().result->value, 123.5);
    QCOMPARE(labs.value().next->dueDate, QDate(2027, 5, 1));
    // The second test of the visit: 5-HIAA added to the done item; not to a scheduled one.
    const auto second = m_registry->addResult(
        {markers.id, QString(), QStringLiteral("14.2"), QStringLiteral("mg/24 h"), QStringLiteral("5HIAA"), QString()});
    QVERIFY2(second.ok(), qPrintable(second.messages().join(u'\n')));
    QCOMPARE(second.value().kind, QStringLiteral("5HIAA"));
    QCOMPARE(second.value().resultDate, QDate(2027, 2, 1));
    const auto early = m_registry->addResult(
        {labs.value().next->id, QString(), QStringLiteral("1"), QStringLiteral("ng/mL"), QString(), QString()});
    QVERIFY(!early.ok());
    QCOMPARE(early.problems().front().where, QStringLiteral("item"));
    const auto noUnit = m_registry->addResult(
        {markers.id, QString(), QStringLiteral("1"), QString(), QStringLiteral("5HIAA"), QString()});
    QVERIFY(!noUnit.ok());
    QCOMPARE(noUnit.problems().front().where, QStringLiteral("unit"));
    const auto history = m_registry->history(QStringLiteral("D1"));
    QCOMPARE(history.value().results.size(), 3);
    // On 2027-05-25 the markers item due 2027-05-01 is overdue, and nothing is due in the next 14 days.
    const auto due = m_registry->due(14);
    QVERIFY(due.ok());
    QCOMPARE(due.value().total, 0);
    const auto late = m_registry->overdue();
    QVERIFY(std::any_of(late.value().rows.cbegin(), late.value().rows.cend(),
                        [&](const ReminderRow& r) { return r.item.id == labs.value().next->id; }));
    m_clock->setToday(QDate(2027, 4, 20));
    const auto soon = m_registry->due(14);
    QCOMPARE(soon.value().total, 1);
    QCOMPARE(soon.value().rows.front().item.id, labs.value().next->id);
}

void TestRegistry::courseAfterResectionLengthensAndEnds()
{
    addPatient(QStringLiteral("CR1"));
    const QByteArray resected =
        R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"small_intestine",
      "differentiation":"well","ki67":2,"sstrImaging":"positive","diseaseStatus":"stable","ecog":0,"primaryResected":true,
      "completeResection":true,"metastases":{"liver":true}})";
    const auto a = m_registry->assess(QStringLiteral("CR1"), resected);
    QVERIFY2(a.ok(), qPrintable(a.messages().join(u'\n')));
    FollowUpRecord markers = a.value().scheduled.front();
    QCOMPARE(markers.itemKey, QStringLiteral("markers"));
    QCOMPARE(markers.dueDate, QDate(2027, 2, 2)); // years 1-2: every 3 months
    m_clock->setToday(QDate(2037, 1, 1));
    // Done in year 3: the next is 6 months later.
    auto done =
        m_registry->markDone({markers.id, QStringLiteral("2029-03-01"), QString(), QString(), QString(), QString()});
    QVERIFY2(done.ok(), qPrintable(done.messages().join(u'\n')));
    QCOMPARE(done.value().next->dueDate, QDate(2029, 9, 1));
    QCOMPARE(done.value().next->intervalMonths, 6);
    // Done in year 7: yearly.
    done = m_registry->markDone(
        {done.value().next->id, QStringLiteral("2033-06-01"), QString(), QString(), QString(), QString()});
    QVERIFY(done.ok());
    QCOMPARE(done.value().next->dueDate, QDate(2034, 6, 1));
    QCOMPARE(done.value().next->intervalMonths, 12);
    // Done after year 10: the course is complete, no next item.
    done = m_registry->markDone(
        {done.value().next->id, QStringLiteral("2036-11-05"), QString(), QString(), QString(), QString()});
    QVERIFY(done.ok());
    QVERIFY(!done.value().next);
}

void TestRegistry::badDoneInputChangesNothing_data()
{
    QTest::addColumn<QString>("item");      // "labs", "imaging" or a number
    QTest::addColumn<QStringList>("input"); // date, result, unit, test, outcome
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown item") << QStringLiteral("9999")
                                  << QStringList{QString(), QString(), QString(), QString(), QString()}
                                  << QStringLiteral("item");
    QTest::newRow("impossible date") << QStringLiteral("labs")
                                     << QStringList{QStringLiteral("2026-02-30"), QString(), QString(), QString(),
                                                    QString()}
                                     << QStringLiteral("date");
    QTest::newRow("before the assessment")
        << QStringLiteral("labs")
        << QStringList{QStringLiteral("2026-10-01"), QString(), QString(), QString(), QString()}
        << QStringLiteral("date");
    QTest::newRow("future date") << QStringLiteral("labs")
                                 << QStringList{QStringLiteral("2026-12-01"), QString(), QString(), QString(),
                                                QString()}
                                 << QStringLiteral("date");
    QTest::newRow("result without unit") << QStringLiteral("labs")
                                         << QStringList{QString(), QStringLiteral("120"), QString(), QString(),
                                                        QString()}
                                         << QStringLiteral("unit");
    QTest::newRow("unit without result") << QStringLiteral("labs")
                                         << QStringList{QString(), QString(), QStringLiteral("ng/mL"), QString(),
                                                        QString()}
                                         << QStringLiteral("result");
    QTest::newRow("result not a number") << QStringLiteral("labs")
                                         << QStringList{QString(), QStringLiteral("high"), QStringLiteral("ng/mL"),
                                                        QString(), QString()}
                                         << QStringLiteral("result");
    QTest::newRow("test not of the item")
        << QStringLiteral("labs")
        << QStringList{QString(), QStringLiteral("1"), QStringLiteral("pg/mL"), QStringLiteral("NTPROBNP"), QString()}
        << QStringLiteral("test");
    QTest::newRow("value for imaging") << QStringLiteral("imaging")
                                       << QStringList{QString(), QStringLiteral("3"), QStringLiteral("cm"), QString(),
                                                      QString()}
                                       << QStringLiteral("result");
    QTest::newRow("outcome not allowed") << QStringLiteral("imaging")
                                         << QStringList{QString(), QString(), QString(), QString(),
                                                        QStringLiteral("better")}
                                         << QStringLiteral("outcome");
}

void TestRegistry::badDoneInputChangesNothing()
{
    QFETCH(QString, item);
    QFETCH(QStringList, input);
    QFETCH(QString, where);
    addPatient(QStringLiteral("B1"));
    const auto a = m_registry->assess(QStringLiteral("B1"), siCase);
    QVERIFY(a.ok());
    qint64 id = item.toLongLong();
    for (const FollowUpRecord& f : a.value().scheduled) {
        if ((item == QLatin1String("labs") && f.itemKey == QLatin1String("markers")) ||
            (item == QLatin1String("imaging") && f.kind == item))
            id = f.id;
    }
    const QString before = fingerprint(*m_db);
    const auto r = m_registry->markDone({id, input.at(0), input.at(1), input.at(2), input.at(3), input.at(4)});
    QVERIFY(!r.ok());
    QCOMPARE(r.problems().front().where, where);
    QVERIFY(!anyFailure(r.problems()));
    QCOMPARE(fingerprint(*m_db), before);
}

void TestRegistry::invalidCaseChangesNothing()
{
    addPatient(QStringLiteral("C1"));
    const QString before = fingerprint(*m_db);
    const auto bad = m_registry->assess(QStringLiteral("C1"), QByteArray(siCase).replace("\"ki67\":5", "\"ki67\":140"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.problems().front().where, QStringLiteral("ki67"));
    const auto unknown = m_registry->assess(QStringLiteral("NOPE"), siCase);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.problems().front().where, QStringLiteral("record"));
    const auto otherBirth = m_registry->assess(
        QStringLiteral("C1"),
        QByteArray(siCase).replace("\"schema\"", "\"patient\":{\"birthDate\":\"1960-01-01\"},\"schema\""));
    QVERIFY(!otherBirth.ok());
    QCOMPARE(otherBirth.problems().front().where, QStringLiteral("patient.birthDate"));
    const auto otherId = m_registry->assess(
        QStringLiteral("C1"),
        QByteArray(siCase).replace("\"schema\"", "\"patient\":{\"id\":\"SOMEONE-ELSE\"},\"schema\""));
    QVERIFY(!otherId.ok());
    QCOMPARE(otherId.problems().front().where, QStringLiteral("patient.id"));
    const auto otherSex = m_registry->assess(
        QStringLiteral("C1"), QByteArray(siCase).replace("\"schema\"", "\"patient\":{\"sex\":\"male\"},\"schema\""));
    QVERIFY(!otherSex.ok());
    QCOMPARE(otherSex.problems().front().where, QStringLiteral("patient.sex"));
    QCOMPARE(fingerprint(*m_db), before);
}

void TestRegistry::deceasedPatientsGetNoReminders()
{
    addPatient(QStringLiteral("X1"));
    const auto a = m_registry->assess(QStringLiteral("X1"), siCase);
    QVERIFY(a.ok());
    m_clock->setToday(QDate(2027, 6, 1));
    QVERIFY(m_registry->overdue().value().total >= 2);
    const QString before = fingerprint(*m_db);
    QVERIFY(!m_registry->setStatus(QStringLiteral("X1"), QStringLiteral("dead"), QStringLiteral("2027-05-01")).ok());
    QVERIFY(!m_registry->setStatus(QStringLiteral("X1"), QStringLiteral("deceased"), QString()).ok());
    QCOMPARE(fingerprint(*m_db), before);
    const auto changed =
        m_registry->setStatus(QStringLiteral("X1"), QStringLiteral("deceased"), QStringLiteral("2027-05-01"));
    QVERIFY2(changed.ok(), qPrintable(changed.messages().join(u'\n')));
    QCOMPARE(m_registry->overdue().value().total, 0);
    QCOMPARE(m_registry->due(400).value().total, 0);
    const auto history = m_registry->history(QStringLiteral("X1"));
    QVERIFY(history.ok() && !history.value().items.isEmpty());
    for (const FollowUpRecord& f : history.value().items)
        QCOMPARE(f.status, QStringLiteral("cancelled"));
    const auto again = m_registry->assess(QStringLiteral("X1"), siCase);
    QVERIFY(!again.ok());
    QCOMPARE(again.problems().front().where, QStringLiteral("record"));
}

void TestRegistry::auditChainDetectsTampering_data()
{
    QTest::addColumn<QStringList>("tamper");
    QTest::addColumn<QString>("mentions");
    const QString dropUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update");
    const QString dropDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete");
    QTest::newRow("edited actor") << QStringList{dropUpdate,
                                                 QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2"),
                                                 QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                                                                "audit_log BEGIN SELECT RAISE(ABORT, 'x'); END")}
                                  << QStringLiteral("audit entry 2: was changed");
    QTest::newRow("deleted middle entry")
        << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log WHERE id = 2"),
                       QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                      "RAISE(ABORT, 'x'); END")}
        << QStringLiteral("missing");
    QTest::newRow("deleted last entry")
        << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"),
                       QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                      "RAISE(ABORT, 'x'); END")}
        << QStringLiteral("audit head");
    QTest::newRow("triggers removed") << QStringList{dropUpdate} << QStringLiteral("append-only triggers");
}

void TestRegistry::auditChainDetectsTampering()
{
    QFETCH(QStringList, tamper);
    QFETCH(QString, mentions);
    addPatient(QStringLiteral("T1"));
    QVERIFY(m_registry->assess(QStringLiteral("T1"), siCase).ok());
    addPatient(QStringLiteral("T2"));
    const auto ok = m_registry->verify();
    QVERIFY2(ok.ok(), qPrintable(ok.messages().join(u'\n')));
    QCOMPARE(ok.value().auditEntries, 3);
    QSqlQuery direct(m_db->connection());
    QVERIFY(!direct.exec(
        QStringLiteral("UPDATE audit_log SET actor = 'x'"))); // append-only without tampering with the schema
    QVERIFY(execAll(*m_db, tamper));
    const auto broken = m_registry->verify();
    QVERIFY(!broken.ok());
    QVERIFY2(broken.messages().join(u'\n').contains(mentions), qPrintable(broken.messages().join(u'\n')));
}

void TestRegistry::backupIsVerified()
{
    addPatient(QStringLiteral("K1"));
    QVERIFY(m_registry->assess(QStringLiteral("K1"), siCase).ok());
    const QString file = path(QStringLiteral("backup.sqlite"));
    const auto b = m_registry->backup(file);
    QVERIFY2(b.ok(), qPrintable(b.messages().join(u'\n')));
    QCOMPARE(b.value().rowCounts.value(QStringLiteral("patients")), 1);
    QCOMPARE(b.value().rowCounts.value(QStringLiteral("assessments")), 1);
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFile::Permissions());
    // The copy restores: it opens as a registry and holds the patient.
    {
        auto copy = Database::open(file);
        QVERIFY(copy.ok());
        Registry restored(*copy.value(), *m_clock, QStringLiteral("tester"), embeddedKb());
        QCOMPARE(restored.list(QStringLiteral("K1")).value().total, 1);
    }
    const auto again = m_registry->backup(file);
    QVERIFY(!again.ok());
    QCOMPARE(again.problems().front().where, QStringLiteral("file"));
    // The backup itself is in the audit log.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRegistry::commandLineWorkflow()
{
    // The issue's demonstration, through netdesk-cli as a user runs it.
    const QString db = path(QStringLiteral("cli.sqlite"));
    const QStringList base{QStringLiteral("registry"), QStringLiteral("--db"),       db,
                           QStringLiteral("--today"),  QStringLiteral("2026-11-27"), QStringLiteral("--format"),
                           QStringLiteral("json")};
    CliRun r = runCli(base + QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("1000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(base + QStringList{QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("14")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject due = QJsonDocument::fromJson(r.out).object();
    QVERIFY(due.value(QStringLiteral("total")).toInt() > 20);
    // The first labs item due (the check of a result without its unit below needs a labs item).
    QJsonObject first;
    for (const QJsonValue& v : due.value(QStringLiteral("items")).toArray()) {
        if (first.isEmpty() && v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("labs"))
            first = v.toObject();
    }
    QVERIFY(!first.isEmpty());
    QVERIFY(
        !first.value(QStringLiteral("patient")).toObject().value(QStringLiteral("recordNumber")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("due"));
    const QString item = QString::number(first.value(QStringLiteral("id")).toInteger());
    const int interval = first.value(QStringLiteral("intervalMonths")).toInt();

    QStringList doneArgs =
        base + QStringList{QStringLiteral("done"), item, QStringLiteral("--date"), QStringLiteral("2026-11-25")};
    if (first.value(QStringLiteral("kind")).toString() == QLatin1String("imaging"))
        doneArgs << QStringLiteral("--outcome") << QStringLiteral("stable");
    else
        doneArgs << QStringLiteral("--result") << QStringLiteral("88") << QStringLiteral("--unit")
                 << QStringLiteral("ng/mL");
    r = runCli(doneArgs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject next = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("next")).toObject();
    QCOMPARE(next.value(QStringLiteral("dueDate")).toString(),
             QDate(2026, 11, 25).addMonths(interval).toString(Qt::ISODate));

    // A result without a unit: exit 2, the field named, nothing stored.
    const QByteArray verifiedBefore = runCli(base + QStringList{QStringLiteral("verify")}).out;
    r = runCli(base + QStringList{QStringLiteral("done"), QString::number(next.value(QStringLiteral("id")).toInteger()),
                                  QStringLiteral("--result"), QStringLiteral("5")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unit: missing"));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("verify")}).out, verifiedBefore);

    const QString backup = path(QStringLiteral("cli-backup.sqlite"));
    r = runCli(base + QStringList{QStringLiteral("backup"), backup});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(backup));
    r = runCli(base + QStringList{QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ok")).toBool());

    // A hand-edited audit row makes verify fail.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET after_json = '{\"status\":\"done\"}' WHERE id = 5")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    r = runCli(base + QStringList{QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("audit entry 5: was changed"), r.err.constData());

    // Unknown record: exit 2 naming the field.
    r = runCli(base + QStringList{QStringLiteral("history"), QStringLiteral("NOPE-1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("record:"));

    // cancel and set-status, twice each: the second is refused with exit 2.
    const QString nextId = QString::number(next.value(QStringLiteral("id")).toInteger());
    r = runCli(base + QStringList{QStringLiteral("cancel"), nextId, QStringLiteral("--reason"),
                                  QStringLiteral("done elsewhere")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    r = runCli(base +
               QStringList{QStringLiteral("cancel"), nextId, QStringLiteral("--reason"), QStringLiteral("again")});
    QCOMPARE(r.exitCode, 2);
    const auto active =
        runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("DEMO-0001")});
    QString record;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(active.out).object().value(QStringLiteral("patients")).toArray()) {
        if (record.isEmpty() && v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active"))
            record = v.toObject().value(QStringLiteral("recordNumber")).toString();
    }
    QVERIFY(!record.isEmpty());
    r = runCli(base + QStringList{QStringLiteral("set-status"), record, QStringLiteral("transferred"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-26")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(base + QStringList{QStringLiteral("set-status"), record, QStringLiteral("deceased"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-26")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("already transferred"));

    // A mistyped --db creates nothing; a file that is not a registry is refused untouched.
    const QString missing = path(QStringLiteral("no/such/registry.sqlite"));
    r = runCli({QStringLiteral("registry"), QStringLiteral("--db"), missing, QStringLiteral("due")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("db: there is no registry"));
    QVERIFY(!QFile::exists(missing));
    const QString notRegistry = path(QStringLiteral("notes.txt"));
    QFile notes(notRegistry);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("shopping list\n");
    notes.close();
    r = runCli({QStringLiteral("registry"), QStringLiteral("--db"), notRegistry, QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("is not a NETDesk registry"));
    QFile check(notRegistry);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("shopping list\n"));
}

namespace {

FollowUpRecord itemOf(const AssessOutcome& a, const QString& key)
{
    for (const FollowUpRecord& f : a.scheduled) {
        if (f.itemKey == key)
            return f;
    }
    return {};
}

// Sets the value at a path of object keys and array indexes ("rules.0.evidence").
QJsonValue setAt(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex && node.isArray()) {
        QJsonArray a = node.toArray();
        a[index] = setAt(a.at(index), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    o.insert(key, setAt(o.value(key), path, value));
    return o;
}

QByteArray embeddedFile(const QString& name)
{
    QFile f(name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

QStringList flagKinds(const QList<ReviewFlag>& flags)
{
    QStringList out;
    for (const ReviewFlag& f : flags)
        out << f.kind;
    return out;
}

} // namespace

void TestRegistry::therapyLinesStartStopAndList()
{
    addPatient(QStringLiteral("T1"));
    const auto ssa = m_registry->startTherapy(
        {QStringLiteral("T1"), QStringLiteral("SSA"), QStringLiteral("2026-06-01"), QStringLiteral("lanreotide")});
    QVERIFY2(ssa.ok(), qPrintable(ssa.messages().join(u'\n')));
    QVERIFY(ssa.value().running());
    QCOMPARE(ssa.value().startDate, QDate(2026, 6, 1));
    const auto stopped = m_registry->stopTherapy({QStringLiteral("T1"), 0, QStringLiteral("SSA"),
                                                  QStringLiteral("2026-10-15"), QStringLiteral("progression"),
                                                  QStringLiteral("SD"), QStringLiteral("restaged")});
    QVERIFY2(stopped.ok(), qPrintable(stopped.messages().join(u'\n')));
    QCOMPARE(stopped.value().stopDate, QDate(2026, 10, 15));
    QCOMPARE(stopped.value().stopReason, QStringLiteral("progression"));
    QCOMPARE(stopped.value().bestResponse, QStringLiteral("SD"));
    QCOMPARE(stopped.value().note, QStringLiteral("lanreotide; restaged"));
    // Once stopped, the same therapy may start again; a second PRRT line is stopped by its number.
    const auto prrt = m_registry->startTherapy(
        {QStringLiteral("T1"), QStringLiteral("PRRT"), QStringLiteral("2026-11-01"), QString()});
    QVERIFY(prrt.ok());
    QVERIFY(m_registry
                ->stopTherapy({QStringLiteral("T1"), prrt.value().id, QString(), QStringLiteral("2026-11-20"),
                               QStringLiteral("toxicity"), QString(), QString()})
                .ok());
    QVERIFY(m_registry->startTherapy({QStringLiteral("T1"), QStringLiteral("SSA"), QString(), QString()}).ok());
    const auto lines = m_registry->therapyLines(QStringLiteral("T1"));
    QVERIFY(lines.ok());
    QCOMPARE(lines.value().size(), 3);
    QCOMPARE(lines.value().at(0).therapy, QStringLiteral("SSA"));
    QCOMPARE(lines.value().at(1).therapy, QStringLiteral("PRRT"));
    QCOMPARE(lines.value().at(1).stopReason, QStringLiteral("toxicity"));
    QCOMPARE(lines.value().at(2).startDate, QDate(2026, 11, 27)); // today by default
    QVERIFY(lines.value().at(2).running());
    QCOMPARE(m_registry->priorTherapies(QStringLiteral("T1")).value(),
             QStringList({QStringLiteral("SSA"), QStringLiteral("PRRT")}));
    QCOMPARE(m_registry->history(QStringLiteral("T1")).value().therapyLines.size(), 3);
    // Audited, and kept: the database refuses a deletion.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log WHERE entity = 'therapy_line' GROUP BY action")));
    QMap<QString, int> actions;
    while (q.next())
        actions.insert(q.value(0).toString(), q.value(1).toInt());
    QCOMPARE(actions.value(QStringLiteral("therapy-start")), 3);
    QCOMPARE(actions.value(QStringLiteral("therapy-stop")), 2);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM therapy_lines")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE therapy_lines SET stop_date = '2026-01-01', stop_reason = 'other'"
                                   " WHERE therapy = 'PRRT'"))); // before its start: CHECK
    QVERIFY(m_registry->verify().ok());
}

void TestRegistry::badTherapyInputChangesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("input"); // start: record, therapy, date; stop: record, therapy, date, reason, response
    QTest::addColumn<QString>("expected");  // the first problem, whole or its start
    QTest::newRow("unknown code") << QStringLiteral("start")
                                  << QStringList{QStringLiteral("B1"), QStringLiteral("BANANA"), QStringLiteral("2026-11-01")}
                                  << QStringLiteral("therapy: 'BANANA' is not allowed; allowed: CABOZANTINIB, CAPTEM, "
                                                    "CORTICOSTEROIDS, CYTOREDUCTIVE_SURGERY, DIAZOXIDE, EVEROLIMUS");
    QTest::newRow("not a therapy") << QStringLiteral("start")
                                   << QStringList{QStringLiteral("B1"), QStringLiteral("TUMOR_BOARD"), QString()}
                                   << QStringLiteral("therapy: 'TUMOR_BOARD' is not allowed");
    QTest::newRow("already running") << QStringLiteral("start")
                                     << QStringList{QStringLiteral("B1"), QStringLiteral("SSA"), QString()}
                                     << QStringLiteral("therapy: SSA is already running since 2026-06-01");
    QTest::newRow("future start") << QStringLiteral("start")
                                  << QStringList{QStringLiteral("B1"), QStringLiteral("EVEROLIMUS"), QStringLiteral("2026-12-01")}
                                  << QStringLiteral("date: 2026-12-01 is in the future");
    QTest::newRow("unknown record") << QStringLiteral("start")
                                    << QStringList{QStringLiteral("NOPE"), QStringLiteral("SSA"), QString()}
                                    << QStringLiteral("record: \"NOPE\" is not a record number");
    QTest::newRow("stop before start")
        << QStringLiteral("stop")
        << QStringList{QStringLiteral("B1"), QStringLiteral("SSA"), QStringLiteral("2026-05-01"),
                       QStringLiteral("progression"), QString()}
        << QStringLiteral("date: 2026-05-01 is before the line's start 2026-06-01");
    QTest::newRow("reason outside the list")
        << QStringLiteral("stop")
        << QStringList{QStringLiteral("B1"), QStringLiteral("SSA"), QStringLiteral("2026-11-01"), QStringLiteral("bored"),
                       QString()}
        << QStringLiteral(
               "reason: 'bored' is not allowed; allowed: progression, toxicity, completed, patient_choice, death, other");
    QTest::newRow("no reason") << QStringLiteral("stop")
                               << QStringList{QStringLiteral("B1"), QStringLiteral("SSA"), QStringLiteral("2026-11-01"),
                                              QString(), QString()}
                               << QStringLiteral("reason: missing; allowed: progression");
    QTest::newRow("response outside RECIST")
        << QStringLiteral("stop")
        << QStringList{QStringLiteral("B1"), QStringLiteral("SSA"), QStringLiteral("2026-11-01"),
                       QStringLiteral("completed"), QStringLiteral("good")}
        << QStringLiteral("response: 'good' is not allowed; allowed: CR, PR, SD, PD, NE (RECIST 1.1)");
    QTest::newRow("no running line")
        << QStringLiteral("stop")
        << QStringList{QStringLiteral("B1"), QStringLiteral("EVEROLIMUS"), QStringLiteral("2026-11-01"),
                       QStringLiteral("completed"), QString()}
        << QStringLiteral("therapy: B1 has no running line of 'EVEROLIMUS'; running: SSA");
}

void TestRegistry::badTherapyInputChangesNothing()
{
    QFETCH(QString, action);
    QFETCH(QStringList, input);
    QFETCH(QString, expected);
    addPatient(QStringLiteral("B1"));
    QVERIFY(m_registry->startTherapy({QStringLiteral("B1"), QStringLiteral("SSA"), QStringLiteral("2026-06-01"), {}}).ok());
    const QString before = fingerprint(*m_db);
    const Problems problems =
        action == QLatin1String("start")
            ? m_registry->startTherapy({input.at(0), input.at(1), input.at(2), QString()}).problems()
            : m_registry
                  ->stopTherapy({input.at(0), 0, input.at(1), input.at(2), input.at(3), input.at(4), QString()})
                  .problems();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.front().toString().startsWith(expected), qPrintable(problems.front().toString()));
    QVERIFY(!anyFailure(problems));
    QCOMPARE(fingerprint(*m_db), before);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(therapy || start_date || ifnull(stop_date, '-')) FROM therapy_lines")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("SSA2026-06-01-"));
}

void TestRegistry::unitsOutsideTheListAreRefused_data()
{
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("banana for CgA") << QStringLiteral("CGA") << QStringLiteral("banana")
                                    << QStringLiteral("unit: 'banana' is not allowed for Chromogranin A; allowed: "
                                                      "ng/mL, µg/L, U/L, nmol/L");
    QTest::newRow("mg/L for 5-HIAA") << QStringLiteral("5HIAA") << QStringLiteral("mg/L")
                                     << QStringLiteral("unit: 'mg/L' is not allowed for 5-HIAA (24-hour urine); "
                                                       "allowed: mg/24 h, µmol/24 h");
    QTest::newRow("a 5-HIAA unit for CgA") << QStringLiteral("CGA") << QStringLiteral("mg/24 h")
                                           << QStringLiteral("unit: 'mg/24 h' is not allowed for Chromogranin A");
    QTest::newRow("case matters") << QStringLiteral("CGA") << QStringLiteral("NG/ML")
                                  << QStringLiteral("unit: 'NG/ML' is not allowed for Chromogranin A");
    QTest::newRow("no unit") << QStringLiteral("CGA") << QString()
                             << QStringLiteral("unit: missing; a result needs its unit; allowed for Chromogranin A: "
                                               "ng/mL, µg/L");
}

void TestRegistry::unitsOutsideTheListAreRefused()
{
    QFETCH(QString, test);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    addPatient(QStringLiteral("U1"));
    const auto a = m_registry->assess(QStringLiteral("U1"), siCase);
    QVERIFY(a.ok());
    const FollowUpRecord markers = itemOf(a.value(), QStringLiteral("markers"));
    const QString before = fingerprint(*m_db);
    const auto r = m_registry->markDone({markers.id, QString(), QStringLiteral("120"), unit, test, QString()});
    QVERIFY(!r.ok());
    QVERIFY2(r.problems().front().toString().startsWith(expected), qPrintable(r.problems().front().toString()));
    QVERIFY(!anyFailure(r.problems()));
    QCOMPARE(fingerprint(*m_db), before);
}

void TestRegistry::upperLimitAndRecistAreStored()
{
    addPatient(QStringLiteral("L1"));
    const auto a = m_registry->assess(QStringLiteral("L1"), siCase);
    QVERIFY(a.ok());
    const FollowUpRecord markers = itemOf(a.value(), QStringLiteral("markers"));
    const FollowUpRecord imaging = itemOf(a.value(), QStringLiteral("imaging"));
    const QString before = fingerprint(*m_db);
    for (const QString& uln : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("high")}) {
        const auto bad = m_registry->markDone(
            {markers.id, QString(), QStringLiteral("120"), QStringLiteral("ng/mL"), QString(), QString(), uln, {}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problems().front().where, QStringLiteral("uln"));
    }
    QCOMPARE(fingerprint(*m_db), before);
    // The ASCII spelling is stored as the unit itself; the upper limit is kept with the result.
    const auto done = m_registry->markDone({markers.id, QStringLiteral("2026-11-20"), QStringLiteral("294"),
                                            QStringLiteral("ug/L"), QStringLiteral("CGA"), QString(),
                                            QStringLiteral("98"), QString()});
    QVERIFY2(done.ok(), qPrintable(done.messages().join(u'\n')));
    QCOMPARE(done.value().result->unit, QStringLiteral("µg/L"));
    QVERIFY(m_registry
                ->addResult({markers.id, QString(), QStringLiteral("52"), QStringLiteral("umol/24h"),
                             QStringLiteral("5HIAA"), QString()})
                .ok());
    const auto pr = m_registry->markDone({imaging.id, QStringLiteral("2026-11-21"), QString(), QString(), QString(),
                                          QStringLiteral("PR"), QString(), QStringLiteral("liver lesions smaller")});
    QVERIFY2(pr.ok(), qPrintable(pr.messages().join(u'\n')));
    // The first vocabulary is still accepted and stored as it was; it reads as RECIST PD.
    QVERIFY(m_registry
                ->addResult({imaging.id, QStringLiteral("2026-11-22"), QString(), QString(), QString(),
                             QStringLiteral("progression")})
                .ok());
    const auto bad = m_registry->addResult(
        {imaging.id, QString(), QString(), QString(), QString(), QStringLiteral("better")});
    QVERIFY(!bad.ok());
    QVERIFY2(bad.problems().front().toString() ==
                 QStringLiteral("outcome: \"better\" is not allowed; allowed: CR, PR, SD, PD, NE (RECIST 1.1)"),
             qPrintable(bad.problems().front().toString()));
    const auto results = m_registry->history(QStringLiteral("L1")).value().results;
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).kind, QStringLiteral("CGA"));
    QCOMPARE(*results.at(0).uln, 98.0);
    QCOMPARE(*results.at(0).value / *results.at(0).uln, 3.0);
    QCOMPARE(results.at(1).unit, QStringLiteral("µmol/24 h"));
    QVERIFY(!results.at(1).uln);
    QCOMPARE(results.at(2).response, QStringLiteral("PR"));
    QCOMPARE(results.at(2).note, QStringLiteral("liver lesions smaller"));
    QCOMPARE(results.at(3).outcome, QStringLiteral("progression"));
    QCOMPARE(results.at(3).recist(), QStringLiteral("PD"));
}

void TestRegistry::imagingProgressionFlagsAndNewAssessmentClears()
{
    addPatient(QStringLiteral("F1"));
    addPatient(QStringLiteral("F2"), QStringLiteral("Other"));
    const auto a = m_registry->assess(QStringLiteral("F1"), siCase);
    QVERIFY(a.ok());
    QVERIFY(m_registry->assess(QStringLiteral("F2"), siCase).ok());
    m_clock->setToday(QDate(2027, 5, 10));
    QVERIFY(m_registry->reviewFlags(QStringLiteral("F1")).value().isEmpty());
    const FollowUpRecord imaging = itemOf(a.value(), QStringLiteral("imaging"));
    QVERIFY(m_registry
                ->markDone({imaging.id, QStringLiteral("2027-05-03"), QString(), QString(), QString(),
                            QStringLiteral("SD")})
                .ok());
    QVERIFY(m_registry->reviewFlags(QStringLiteral("F1")).value().isEmpty());
    QCOMPARE(m_registry->needsReview().value().total, 0);
    // PD after the assessment: flagged, with the date and the reason, in the list too.
    QVERIFY(m_registry
                ->addResult({imaging.id, QStringLiteral("2027-05-06"), QString(), QString(), QString(),
                             QStringLiteral("PD")})
                .ok());
    const auto flags = m_registry->reviewFlags(QStringLiteral("F1"));
    QVERIFY(flags.ok());
    QCOMPARE(flags.value().size(), 1);
    QCOMPARE(flags.value().front().kind, QStringLiteral("imagingProgression"));
    QCOMPARE(flags.value().front().date, QDate(2027, 5, 6));
    QVERIFY2(flags.value().front().text.contains(QStringLiteral("2027-05-06")) &&
                 flags.value().front().text.contains(QStringLiteral("2026-11-02")),
             qPrintable(flags.value().front().text));
    QCOMPARE(flags.value().front().review, QStringLiteral("pending"));
    QVERIFY(!flags.value().front().evidence.isEmpty());
    QVERIFY(m_registry->reviewFlags(QStringLiteral("F1"), QStringLiteral("de")).value().front().text.contains(
        QStringLiteral("Progression")));
    const auto list = m_registry->needsReview();
    QVERIFY(list.ok());
    QCOMPARE(list.value().total, 1);
    QCOMPARE(list.value().rows.front().patient.recordNumber, QStringLiteral("F1"));
    QCOMPARE(list.value().rows.front().assessmentDate, QDate(2026, 11, 2));
    QCOMPARE(flagKinds(list.value().rows.front().flags), QStringList{QStringLiteral("imagingProgression")});
    // A new assessment after the PD answers it.
    const auto again =
        m_registry->assess(QStringLiteral("F1"), QByteArray(siCase).replace("2026-11-02", "2027-05-09"));
    QVERIFY2(again.ok(), qPrintable(again.messages().join(u'\n')));
    QVERIFY(m_registry->reviewFlags(QStringLiteral("F1")).value().isEmpty());
    QCOMPARE(m_registry->needsReview().value().total, 0);
    // A deceased patient is never flagged.
    const FollowUpRecord other = itemOf(m_registry->assess(QStringLiteral("F2"), siCase).value(), QStringLiteral("imaging"));
    QVERIFY(m_registry->markDone({other.id, QStringLiteral("2027-05-04"), {}, {}, {}, QStringLiteral("PD")}).ok());
    QCOMPARE(m_registry->needsReview().value().total, 1);
    QVERIFY(m_registry->setStatus(QStringLiteral("F2"), QStringLiteral("deceased"), QStringLiteral("2027-05-08")).ok());
    QCOMPARE(m_registry->needsReview().value().total, 0);
    QVERIFY(m_registry->reviewFlags(QStringLiteral("F2")).value().isEmpty());
}

void TestRegistry::markerRiseFlags()
{
    addPatient(QStringLiteral("M1"));
    const auto a = m_registry->assess(QStringLiteral("M1"), siCase);
    QVERIFY(a.ok());
    m_clock->setToday(QDate(2027, 8, 1));
    const auto cga = [&](qint64 item, const QString& date, const QString& value) {
        const auto r = m_registry->markDone({item, date, value, QStringLiteral("ng/mL"), QStringLiteral("CGA"), {}});
        if (!r.ok())
            qFatal("markDone: %s", qPrintable(r.messages().join(u'\n')));
        return r.value().next->id;
    };
    qint64 next = cga(itemOf(a.value(), QStringLiteral("markers")).id, QStringLiteral("2027-02-01"), QStringLiteral("100"));
    next = cga(next, QStringLiteral("2027-05-01"), QStringLiteral("149"));
    QVERIFY(!flagKinds(m_registry->reviewFlags(QStringLiteral("M1")).value()).contains(QStringLiteral("markerRise")));
    QCOMPARE(m_registry->needsReview().value().total, 0);
    // 150 is 50 % above the lowest value since the assessment (100): the data's threshold.
    next = cga(next, QStringLiteral("2027-07-30"), QStringLiteral("150"));
    const auto flags = m_registry->reviewFlags(QStringLiteral("M1")).value();
    QCOMPARE(flagKinds(flags), QStringList{QStringLiteral("markerRise")});
    QVERIFY2(flags.front().text.startsWith(QStringLiteral("Chromogranin A rose to 150 ng/mL on 2027-07-30, 50 % above "
                                                          "the lowest value since the assessment (100 ng/mL)")),
             qPrintable(flags.front().text));
    QCOMPARE(flags.front().review, QStringLiteral("pending"));
    QCOMPARE(m_registry->needsReview().value().total, 1);
    const auto again =
        m_registry->assess(QStringLiteral("M1"), QByteArray(siCase).replace("2026-11-02", "2027-07-31"));
    QVERIFY(again.ok());
    QVERIFY(m_registry->reviewFlags(QStringLiteral("M1")).value().isEmpty());
    QCOMPARE(m_registry->needsReview().value().total, 0);
}

void TestRegistry::stoppedLineFlags()
{
    addPatient(QStringLiteral("S1"));
    QVERIFY(m_registry->startTherapy({QStringLiteral("S1"), QStringLiteral("SSA"), QStringLiteral("2026-06-01"), {}}).ok());
    QVERIFY(m_registry
                ->stopTherapy({QStringLiteral("S1"), 0, QStringLiteral("SSA"), QStringLiteral("2026-10-20"),
                               QStringLiteral("progression"), {}, {}})
                .ok());
    QVERIFY(m_registry->assess(QStringLiteral("S1"), siCase).ok());
    QVERIFY(m_registry->reviewFlags(QStringLiteral("S1")).value().isEmpty()); // stopped before the plan
    QVERIFY(m_registry
                ->startTherapy({QStringLiteral("S1"), QStringLiteral("EVEROLIMUS"), QStringLiteral("2026-11-05"), {}})
                .ok());
    QVERIFY(m_registry->reviewFlags(QStringLiteral("S1")).value().isEmpty());
    QVERIFY(m_registry
                ->stopTherapy({QStringLiteral("S1"), 0, QStringLiteral("EVEROLIMUS"), QStringLiteral("2026-11-20"),
                               QStringLiteral("toxicity"), {}, {}})
                .ok());
    const auto flags = m_registry->reviewFlags(QStringLiteral("S1")).value();
    QCOMPARE(flagKinds(flags), QStringList{QStringLiteral("therapyStopped")});
    QCOMPARE(flags.front().text,
             QStringLiteral("Everolimus was stopped on 2026-11-20 (toxicity) after the assessment of 2026-11-02."));
    QVERIFY(m_registry->reviewFlags(QStringLiteral("S1"), QStringLiteral("de")).value().front().text.contains(
        QStringLiteral("Toxizität")));
    QCOMPARE(m_registry->needsReview().value().total, 1);
}

void TestRegistry::oldPlanFlags()
{
    addPatient(QStringLiteral("O1"));
    addPatient(QStringLiteral("O2"), QStringLiteral("Other"));
    QVERIFY(m_registry->assess(QStringLiteral("O1"), siCase).ok());
    QVERIFY(m_registry->assess(QStringLiteral("O2"), siCase, QStringLiteral("esmo-2020")).ok());
    m_clock->setToday(QDate(2027, 11, 1)); // the embedded interval: 12 months
    QCOMPARE(m_registry->needsReview().value().total, 0);
    m_clock->setToday(QDate(2027, 11, 3));
    const auto flags = m_registry->reviewFlags(QStringLiteral("O1")).value();
    QCOMPARE(flagKinds(flags), QStringList{QStringLiteral("planAge")});
    QCOMPARE(flags.front().text,
             QStringLiteral("The plan of 2026-11-02 is 12 months old; the review interval is 12 months."));
    QCOMPARE(m_registry->needsReview().value().total, 2);
    // The interval is data, per follow-up protocol.
    const QJsonValue changed =
        setAt(setAt(QJsonDocument::fromJson(embeddedFile(QStringLiteral(":/knowledge/course-review.json"))).object(),
                    {QStringLiteral("rules"), QStringLiteral("3"), QStringLiteral("months")},
                    QJsonObject{{QStringLiteral("esmo-2020"), 6}}),
              {QStringLiteral("rules"), QStringLiteral("3"), QStringLiteral("defaultMonths")}, 24);
    const auto rules = CourseReview::load(QJsonDocument(changed.toObject()).toJson(), *embeddedKb());
    QVERIFY2(rules.ok(), qPrintable(rules.messages().join(u'\n')));
    m_registry->setCourseReview(rules.value());
    m_clock->setToday(QDate(2027, 5, 3));
    const auto list = m_registry->needsReview();
    QCOMPARE(list.value().total, 1);
    QCOMPARE(list.value().rows.front().patient.recordNumber, QStringLiteral("O2"));
    QVERIFY(m_registry->reviewFlags(QStringLiteral("O1")).value().isEmpty());
}

void TestRegistry::courseReviewLoaderIsStrict_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown evidence") << QStringLiteral("rules.0.evidence") << QByteArray(R"(["Nobody 2099"])")
                                      << QStringLiteral("rules[0].evidence: 'Nobody 2099' is not a reference of the "
                                                        "knowledge base");
    QTest::newRow("old review word") << QStringLiteral("rules.1.review") << QByteArray(R"("approved")")
                                     << QStringLiteral("rules[1].review: 'approved' is not allowed; allowed: "
                                                       "source_checked, pending, draft");
    QTest::newRow("unknown kind") << QStringLiteral("rules.0.kind") << QByteArray(R"("moonPhase")")
                                  << QStringLiteral("rules[0].kind: 'moonPhase' is not allowed");
    QTest::newRow("no rise") << QStringLiteral("rules.1.risePercent") << QByteArray("0")
                             << QStringLiteral("rules[1].risePercent: must be a number above 0");
    QTest::newRow("test without marker") << QStringLiteral("rules.1.tests") << QByteArray(R"(["GLUCOSE"])")
                                         << QStringLiteral("rules[1].tests: 'GLUCOSE' is not allowed");
    QTest::newRow("missing German") << QStringLiteral("rules.2.text") << QByteArray(R"({"en": "stopped"})")
                                    << QStringLiteral("rules[2].text.de: missing text for this language");
    QTest::newRow("unknown key") << QStringLiteral("rules.0.colour") << QByteArray(R"("red")")
                                 << QStringLiteral("rules[0].colour: unknown key");
    QTest::newRow("unknown protocol") << QStringLiteral("rules.3.months.nice") << QByteArray("6")
                                      << QStringLiteral("rules[3].months.nice: not a follow-up protocol");
    QTest::newRow("stop reason not storable")
        << QStringLiteral("stopReasons.bored") << QByteArray(R"({"en": "bored", "de": "gelangweilt"})")
        << QStringLiteral("stopReasons.bored: not allowed");
}

void TestRegistry::courseReviewLoaderIsStrict()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const QByteArray embedded = embeddedFile(QStringLiteral(":/knowledge/course-review.json"));
    QVERIFY(CourseReview::load(embedded, *embeddedKb()).ok());
    const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().at(0);
    const QJsonValue changed = setAt(QJsonDocument::fromJson(embedded).object(), path.split(u'.'), v);
    const auto r = CourseReview::load(QJsonDocument(changed.toObject()).toJson(), *embeddedKb());
    QVERIFY(!r.ok());
    const QString all = r.messages().join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TestRegistry::labTestsLoaderIsStrict_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a test the registry cannot store") << QStringLiteral("tests.0.code") << QByteArray(R"("GLUCOSE")")
                                                      << QStringLiteral("tests[0].code: 'GLUCOSE' cannot be stored");
    QTest::newRow("alias twice") << QStringLiteral("tests.0.units.0.aliases") << QByteArray(R"(["ug/L"])")
                                 << QStringLiteral("'ug/L' is listed twice for CGA");
    QTest::newRow("unit with spaces") << QStringLiteral("tests.2.units.0.unit") << QByteArray(R"(" pg/mL")")
                                      << QStringLiteral("tests[2].units[0].unit: must be a non-empty unit");
    QTest::newRow("missing help language") << QStringLiteral("tests.1.units.0.help") << QByteArray(R"({"en": "mg"})")
                                           << QStringLiteral("tests[1].units[0].help.de: missing text");
    QTest::newRow("not RECIST") << QStringLiteral("imaging.responses.0.code") << QByteArray(R"("GOOD")")
                                << QStringLiteral("imaging.responses[0].code: 'GOOD' is not a RECIST 1.1 category");
    QTest::newRow("unknown key") << QStringLiteral("tests.0.defaultUln") << QByteArray("100")
                                 << QStringLiteral("tests[0].defaultUln: unknown key");
}

void TestRegistry::labTestsLoaderIsStrict()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const QByteArray embedded = embeddedFile(QStringLiteral(":/registry/lab-tests.json"));
    QVERIFY(LabTests::load(embedded).ok());
    const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().at(0);
    const QJsonValue changed = setAt(QJsonDocument::fromJson(embedded).object(), path.split(u'.'), v);
    const auto r = LabTests::load(QJsonDocument(changed.toObject()).toJson());
    QVERIFY(!r.ok());
    const QString all = r.messages().join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TestRegistry::demoTellsATrueCourse()
{
    const auto demo = m_registry->demo(300, 7);
    QVERIFY2(demo.ok(), qPrintable(demo.messages().join(u'\n')));
    QVERIFY(demo.value().rowCounts.value(QStringLiteral("therapy_lines")) > 150);
    QSqlQuery q(m_db->connection());
    // No PRRT without positive SSTR imaging in every assessment of the patient.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM therapy_lines WHERE therapy = 'PRRT'")) && q.next());
    QVERIFY2(q.value(0).toInt() > 0, "the demo should show PRRT lines");
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM therapy_lines t WHERE t.therapy = 'PRRT' AND EXISTS (SELECT 1 "
                                  "FROM assessments a WHERE a.patient_id = t.patient_id AND "
                                  "json_extract(a.case_json, '$.sstrImaging') IS NOT 'positive')")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // RECIST results, and lines stopped for progression.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT response) FROM results WHERE kind = 'IMAGING'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM therapy_lines WHERE stop_reason = 'progression'")) && q.next());
    QVERIFY(q.value(0).toInt() > 20);
    // Some patients need review, not all; the list and the per-patient flags agree.
    const auto list = m_registry->needsReview(100000);
    QVERIFY(list.ok());
    const auto patients = m_registry->list(QString(), 100000);
    qint64 active = 0;
    QSet<QString> flagged;
    QSet<QString> kinds;
    for (const PatientRecord& p : patients.value().rows) {
        active += p.status == QLatin1String("active");
        const auto flags = m_registry->reviewFlags(p.recordNumber);
        QVERIFY(flags.ok());
        if (!flags.value().isEmpty())
            flagged.insert(p.recordNumber);
        for (const ReviewFlag& f : flags.value())
            kinds.insert(f.kind);
    }
    QSet<QString> listed;
    for (const ReviewRow& row : list.value().rows) {
        listed.insert(row.patient.recordNumber);
        QVERIFY(!row.flags.isEmpty());
    }
    QCOMPARE(list.value().total, static_cast<qint64>(flagged.size()));
    QCOMPARE(listed, flagged);
    QVERIFY2(flagged.size() > 10 && flagged.size() < active * 2 / 3,
             qPrintable(QStringLiteral("%1 of %2 flagged").arg(flagged.size()).arg(active)));
    for (const QString& kind : CourseReview::kinds())
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
}

void TestRegistry::commandLineCourse()
{
    const QString db = path(QStringLiteral("course.sqlite"));
    const QStringList base{QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--today"),
                           QStringLiteral("2027-05-10")};
    const QStringList json = base + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    const QString caseFile = path(QStringLiteral("case.json"));
    {
        QFile f(caseFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(siCase);
    }
    CliRun r = runCli(base + QStringList{QStringLiteral("add-patient"), QStringLiteral("--record"), QStringLiteral("C1"),
                                         QStringLiteral("--family"), QStringLiteral("Cole"), QStringLiteral("--given"),
                                         QStringLiteral("Ann")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(json + QStringList{QStringLiteral("assess"), QStringLiteral("C1"), caseFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    qint64 imaging = 0;
    qint64 markers = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("scheduled")).toArray()) {
        if (v.toObject().value(QStringLiteral("itemKey")).toString() == QLatin1String("imaging"))
            imaging = v.toObject().value(QStringLiteral("id")).toInteger();
        if (v.toObject().value(QStringLiteral("itemKey")).toString() == QLatin1String("markers"))
            markers = v.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(imaging > 0 && markers > 0);

    // Therapy lines.
    r = runCli(json + QStringList{QStringLiteral("therapy"), QStringLiteral("start"), QStringLiteral("--record"),
                                  QStringLiteral("C1"), QStringLiteral("--therapy"), QStringLiteral("SSA"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-05")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("therapy")).toString(), QStringLiteral("SSA"));
    const QByteArray verified = runCli(json + QStringList{QStringLiteral("verify")}).out;
    r = runCli(base + QStringList{QStringLiteral("therapy"), QStringLiteral("start"), QStringLiteral("--record"),
                                  QStringLiteral("C1"), QStringLiteral("--therapy"), QStringLiteral("BANANA")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("therapy: 'BANANA' is not allowed; allowed: CABOZANTINIB,"), r.err.constData());
    QVERIFY(r.err.contains(", SSA,") && !r.err.contains("TUMOR_BOARD"));
    r = runCli(base + QStringList{QStringLiteral("therapy"), QStringLiteral("stop"), QStringLiteral("--record"),
                                  QStringLiteral("C1"), QStringLiteral("--therapy"), QStringLiteral("SSA"),
                                  QStringLiteral("--reason"), QStringLiteral("bored")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("reason: 'bored' is not allowed; allowed: progression, toxicity"), r.err.constData());
    // A unit outside the list: exit 2, the allowed list named, nothing stored.
    r = runCli(base + QStringList{QStringLiteral("done"), QString::number(markers), QStringLiteral("--result"),
                                  QStringLiteral("120"), QStringLiteral("--unit"), QStringLiteral("banana")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unit: 'banana' is not allowed for Chromogranin A; allowed: ng/mL, µg/L"), r.err.constData());
    QCOMPARE(runCli(json + QStringList{QStringLiteral("verify")}).out, verified);
    r = runCli(base + QStringList{QStringLiteral("units")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("µmol/24 h"));

    // Imaging PD after the assessment: the patient is flagged in review --format json.
    r = runCli(json + QStringList{QStringLiteral("review")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total")).toInt(), 0);
    r = runCli(base + QStringList{QStringLiteral("done"), QString::number(imaging), QStringLiteral("--date"),
                                  QStringLiteral("2027-05-06"), QStringLiteral("--outcome"), QStringLiteral("PD"),
                                  QStringLiteral("--note"), QStringLiteral("new liver lesions")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(json + QStringList{QStringLiteral("review")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject review = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(review.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject flagged = review.value(QStringLiteral("patients")).toArray().at(0).toObject();
    QCOMPARE(flagged.value(QStringLiteral("recordNumber")).toString(), QStringLiteral("C1"));
    QCOMPARE(flagged.value(QStringLiteral("flags")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("imagingProgression"));
    r = runCli(base + QStringList{QStringLiteral("therapy"), QStringLiteral("stop"), QStringLiteral("--record"),
                                  QStringLiteral("C1"), QStringLiteral("--therapy"), QStringLiteral("SSA"),
                                  QStringLiteral("--date"), QStringLiteral("2027-05-07"), QStringLiteral("--reason"),
                                  QStringLiteral("progression"), QStringLiteral("--response"), QStringLiteral("SD")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(json + QStringList{QStringLiteral("review"), QStringLiteral("--record"), QStringLiteral("C1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("flags")).toArray().size(), 2);
    r = runCli(json + QStringList{QStringLiteral("therapy"), QStringLiteral("list"), QStringLiteral("--record"),
                                  QStringLiteral("C1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray lines = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("therapyLines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("stopReason")).toString(), QStringLiteral("progression"));

    // The board: a deceased patient is refused with exit 2; the question is kept.
    r = runCli(base + QStringList{QStringLiteral("add-patient"), QStringLiteral("--record"), QStringLiteral("D1"),
                                  QStringLiteral("--family"), QStringLiteral("Dorn"), QStringLiteral("--given"),
                                  QStringLiteral("Ben")});
    QVERIFY(r.exitCode == 0);
    QVERIFY(runCli(base + QStringList{QStringLiteral("assess"), QStringLiteral("D1"), caseFile}).exitCode == 0);
    QVERIFY(runCli(base + QStringList{QStringLiteral("set-status"), QStringLiteral("D1"), QStringLiteral("deceased"),
                                      QStringLiteral("--date"), QStringLiteral("2027-05-01")})
                .exitCode == 0);
    QStringList board = base;
    board[0] = QStringLiteral("board");
    r = runCli(board + QStringList{QStringLiteral("create"), QStringLiteral("--date"), QStringLiteral("2027-05-12")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(board + QStringList{QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("D1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("record: D1 is deceased (since 2027-05-01); only active patients"), r.err.constData());
    r = runCli(board + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("add"),
                                   QStringLiteral("1"), QStringLiteral("C1"), QStringLiteral("--question"),
                                   QStringLiteral("PRRT or everolimus?")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray cases = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).toObject().value(QStringLiteral("question")).toString(), QStringLiteral("PRRT or everolimus?"));
    // The board's decision opens a therapy line.
    r = runCli(board + QStringList{QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("C1"),
                                   QStringLiteral("--status"), QStringLiteral("discussed"), QStringLiteral("--decision"),
                                   QStringLiteral("Restart SSA"), QStringLiteral("--choose"), QStringLiteral("SSA"),
                                   QStringLiteral("--start"), QStringLiteral("SSA")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(json + QStringList{QStringLiteral("therapy"), QStringLiteral("list"), QStringLiteral("--record"),
                                  QStringLiteral("C1")});
    const QJsonArray afterBoard =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("therapyLines")).toArray();
    QCOMPARE(afterBoard.size(), 2);
    QCOMPARE(afterBoard.at(1).toObject().value(QStringLiteral("startDate")).toString(), QStringLiteral("2027-05-10"));
    QVERIFY(afterBoard.at(1).toObject().value(QStringLiteral("running")).toBool());

    // A new assessment answers the flags.
    QFile f(caseFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(siCase).replace("2026-11-02", "2027-05-09").replace("\"stable\"", "\"progressive\""));
    f.close();
    r = runCli(base + QStringList{QStringLiteral("assess"), QStringLiteral("C1"), caseFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(json + QStringList{QStringLiteral("review")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
