// The registry on a real SQLite file: pragmas and permissions, migrations from every released schema,
// patients, immutable assessments, the follow-up schedule and its states, bad input that changes
// nothing, the hash-chained audit log, verified backups, and the netdesk-cli registry commands.
#include "core/followup/Clock.h"
#include "core/followup/Scheduler.h"
#include "core/registry/AuditLog.h"
#include "core/registry/Registry.h"
#include "tests/support/CliRunner.h"
#include "tests/support/PlanFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
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
    auto db = Database::open(copy);
    QVERIFY2(db.ok(), qPrintable(db.messages().join(u'\n')));
    QCOMPARE(db.value()->version(), Database::currentVersion());
    Registry registry(*db.value(), *m_clock, QStringLiteral("tester"), embeddedKb());
    const auto verified = registry.verify();
    QVERIFY2(verified.ok(), qPrintable(verified.messages().join(u'\n')));
    QCOMPARE(verified.value().rowCounts, before);
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
    const QJsonObject first = due.value(QStringLiteral("items")).toArray().at(0).toObject();
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

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
