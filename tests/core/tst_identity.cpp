// A case lands only on the patient it names: the identity check of the core (Identity.h), the
// registry's refusal of a case that contradicts the registered patient (nothing stored, the other
// patient's schedule untouched), the audited identity correction, and the same through netdesk-cli.
#include "core/followup/Clock.h"
#include "core/registry/AuditLog.h"
#include "core/registry/Identity.h"
#include "core/registry/Registry.h"
#include "tests/support/CliRunner.h"
#include "tests/support/PlanFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

// The insulinoma NET G3 case of the report: typed with record DEMO-000038 and the name "Test, Rev".
QByteArray wrongPatientCase(const QString& record)
{
    return QStringLiteral(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-20",
      "patient":{"id":"%1","familyName":"Test","givenName":"Rev"},
      "primarySite":"pancreas","differentiation":"well","ki67":30,"functionalSyndrome":"insulinoma",
      "diseaseStatus":"newly_diagnosed","ecog":1,"metastases":{"liver":true}})")
        .arg(record)
        .toUtf8();
}

const QByteArray plainCase = R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"small_intestine",
  "differentiation":"well","ki67":5,"sstrImaging":"positive","diseaseStatus":"stable","ecog":0,
  "metastases":{"liver":true}})";

QString snapshot(Database& db)
{
    QStringList parts;
    for (const QString& sql :
         {QStringLiteral("SELECT group_concat(id || ':' || record_number || ':' || family_name || ':' || given_name "
                         "|| ':' || ifnull(birth_date, '') || ':' || sex, ';') FROM patients"),
          QStringLiteral("SELECT COUNT(*) FROM assessments"),
          QStringLiteral("SELECT group_concat(id || status || due_date || ifnull(cancel_reason, ''), ';') FROM "
                         "followup_items"),
          QStringLiteral("SELECT COUNT(*) || last_hash FROM audit_log, audit_head")}) {
        QSqlQuery q(db.connection());
        q.exec(sql);
        q.next();
        parts << q.value(0).toString();
    }
    return parts.join(u'|');
}

} // namespace

class TestIdentity final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conflicts_data();
    void conflicts();
    void completesTheCaseFromTheRegistry();
    void wrongPatientIsRefusedAndNothingChanges();
    void matchingIdentityIsAssessed();
    void identityCorrectionIsAudited();
    void badIdentityCorrectionChangesNothing_data();
    void badIdentityCorrectionChangesNothing();
    void recordNumbersIgnoreLetterCase();
    void namesRefuseInvisibleCharacters_data();
    void namesRefuseInvisibleCharacters();
    void commandLine();
    void auditTimeAndActorComeFromTheSystem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;
    PatientRecord m_adler;
};

void TestIdentity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("registry.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.messages().join(u'\n')));
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
    const auto adler = m_registry->addPatient(
        {QStringLiteral("DEMO-000038"), QStringLiteral("Adler"), QStringLiteral("Adam"), QStringLiteral("1944-05-06"),
         QStringLiteral("male")});
    QVERIFY2(adler.ok(), qPrintable(adler.messages().join(u'\n')));
    m_adler = adler.value();
    const auto assessed = m_registry->assess(m_adler.recordNumber, plainCase);
    QVERIFY2(assessed.ok(), qPrintable(assessed.messages().join(u'\n')));
    QVERIFY(!assessed.value().scheduled.isEmpty());
}

void TestIdentity::cleanup()
{
    m_registry.reset();
    m_db.reset();
    m_dir.reset();
}

void TestIdentity::conflicts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("conflictOn"); // empty: no conflict

    QTest::addRow("same family name") << "familyName" << "Adler" << "";
    QTest::addRow("family name in other case and spacing") << "familyName" << "  aDLER " << "";
    QTest::addRow("other family name") << "familyName" << "Test" << "patient.familyName";
    QTest::addRow("other given name") << "givenName" << "Rev" << "patient.givenName";
    QTest::addRow("same given name") << "givenName" << "ADAM" << "";
    QTest::addRow("other birth date") << "birthDate" << "1944-05-07" << "patient.birthDate";
    QTest::addRow("same birth date") << "birthDate" << "1944-05-06" << "";
    QTest::addRow("other sex") << "sex" << "female" << "patient.sex";
    QTest::addRow("sex unknown says nothing") << "sex" << "unknown" << "";
    QTest::addRow("other record number") << "id" << "DEMO-000039" << "patient.id";
    QTest::addRow("record number in lower case") << "id" << "demo-000038" << "";
    QTest::addRow("empty says nothing") << "familyName" << "" << "";
}

void TestIdentity::conflicts()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, conflictOn);
    const Problems problems =
        identityConflicts(m_adler, identityClaimFromCase(QJsonObject{{field, value}}));
    if (conflictOn.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().where, conflictOn);
    QVERIFY(!problems.first().failure);
    // Both values are named, and whose record it is.
    QVERIFY2(problems.first().message.contains(value.trimmed()), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("DEMO-000038")), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("Adler, Adam")), qPrintable(problems.first().message));
}

void TestIdentity::completesTheCaseFromTheRegistry()
{
    const QJsonObject completed = identityCompleted(m_adler, QJsonObject{{QStringLiteral("sex"), QStringLiteral("unknown")}});
    QCOMPARE(completed.value(QStringLiteral("id")).toString(), QStringLiteral("DEMO-000038"));
    QCOMPARE(completed.value(QStringLiteral("familyName")).toString(), QStringLiteral("Adler"));
    QCOMPARE(completed.value(QStringLiteral("givenName")).toString(), QStringLiteral("Adam"));
    QCOMPARE(completed.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1944-05-06"));
    QCOMPARE(completed.value(QStringLiteral("sex")).toString(), QStringLiteral("male"));
}

void TestIdentity::wrongPatientIsRefusedAndNothingChanges()
{
    const QString before = snapshot(*m_db);
    const auto r = m_registry->assess(QStringLiteral("DEMO-000038"), wrongPatientCase(QStringLiteral("DEMO-000038")));
    QVERIFY(!r.ok());
    QVERIFY(!anyFailure(r.problems()));
    QStringList fields;
    for (const Problem& p : r.problems())
        fields << p.where;
    QCOMPARE(fields, (QStringList{QStringLiteral("patient.familyName"), QStringLiteral("patient.givenName")}));
    QVERIFY(r.messages().join(u'\n').contains(QStringLiteral("\"Test\" differs from the registry's \"Adler\"")));
    // Nothing stored, Adler's schedule not cancelled.
    QCOMPARE(snapshot(*m_db), before);
    const auto history = m_registry->history(QStringLiteral("DEMO-000038"));
    QVERIFY(history.ok());
    QCOMPARE(history.value().assessments.size(), 1);
    for (const FollowUpRecord& f : history.value().items)
        QCOMPARE(f.status, QStringLiteral("scheduled"));
}

void TestIdentity::matchingIdentityIsAssessed()
{
    QJsonObject c = QJsonDocument::fromJson(plainCase).object();
    c.insert(QStringLiteral("patient"), QJsonObject{{QStringLiteral("familyName"), QStringLiteral("ADLER")},
                                                    {QStringLiteral("givenName"), QStringLiteral("Adam")}});
    const auto r = m_registry->assess(QStringLiteral("DEMO-000038"), QJsonDocument(c).toJson());
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    // The stored case says whose it is: the registry's identity completes it.
    const QJsonObject stored = QJsonDocument::fromJson(r.value().assessment.caseJson).object();
    const QJsonObject patient = stored.value(QStringLiteral("patient")).toObject();
    QCOMPARE(patient.value(QStringLiteral("id")).toString(), QStringLiteral("DEMO-000038"));
    QCOMPARE(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1944-05-06"));
    QCOMPARE(patient.value(QStringLiteral("sex")).toString(), QStringLiteral("male"));
}

void TestIdentity::identityCorrectionIsAudited()
{
    IdentityChange change;
    change.familyName = QStringLiteral("Adler-Berg");
    change.birthDate = QStringLiteral("1944-06-05");
    change.reason = QStringLiteral("birth date transposed at registration");
    const auto r = m_registry->setIdentity(QStringLiteral("DEMO-000038"), change);
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    QCOMPARE(r.value().familyName, QStringLiteral("Adler-Berg"));
    QCOMPARE(r.value().givenName, QStringLiteral("Adam"));
    QCOMPARE(r.value().birthDate, QDate(1944, 6, 5));
    // Search finds the new name; the audit log holds before, after and the reason.
    const auto found = m_registry->list(QStringLiteral("adler-b"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().total, 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("set-identity"));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("1944-05-06")));
    QVERIFY(q.value(3).toString().contains(QStringLiteral("1944-06-05")));
    QVERIFY(q.value(3).toString().contains(QStringLiteral("transposed")));
    QVERIFY(m_registry->verify().ok());
    // The stored assessment is not rewritten, and the old identity no longer passes.
    const auto again = m_registry->assess(QStringLiteral("DEMO-000038"), wrongPatientCase(QStringLiteral("DEMO-000038")));
    QVERIFY(!again.ok());
}

void TestIdentity::badIdentityCorrectionChangesNothing_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("field");
    QTest::addRow("no reason") << "DEMO-000038" << "Berg" << "" << "" << "reason";
    QTest::addRow("reason on two lines") << "DEMO-000038" << "Berg" << "" << "a\nb" << "reason";
    QTest::addRow("empty family name") << "DEMO-000038" << " " << "" << "typo" << "family";
    QTest::addRow("birth date in the future") << "DEMO-000038" << "" << "2030-01-01" << "typo" << "birth";
    QTest::addRow("unknown record") << "NOPE-1" << "Berg" << "" << "typo" << "record";
    QTest::addRow("nothing changes") << "DEMO-000038" << "Adler" << "" << "typo" << "identity";
}

void TestIdentity::badIdentityCorrectionChangesNothing()
{
    QFETCH(QString, record);
    QFETCH(QString, family);
    QFETCH(QString, birth);
    QFETCH(QString, reason);
    QFETCH(QString, field);
    const QString before = snapshot(*m_db);
    IdentityChange change;
    if (!family.isEmpty())
        change.familyName = family;
    if (!birth.isEmpty())
        change.birthDate = birth;
    change.reason = reason;
    const auto r = m_registry->setIdentity(record, change);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems().first().where, field);
    QCOMPARE(snapshot(*m_db), before);
}

void TestIdentity::recordNumbersIgnoreLetterCase()
{
    const QString before = snapshot(*m_db);
    const auto twin = m_registry->addPatient({QStringLiteral("demo-000038"), QStringLiteral("Other"),
                                              QStringLiteral("Person"), {}, {}});
    QVERIFY(!twin.ok());
    QCOMPARE(twin.problems().first().where, QStringLiteral("record"));
    QVERIFY2(twin.messages().first().contains(QStringLiteral("already registered as DEMO-000038")),
             qPrintable(twin.messages().first()));
    QCOMPARE(snapshot(*m_db), before);
    // Typed in another case, the number still finds its patient.
    const auto found = m_registry->patient(QStringLiteral("Demo-000038"));
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->familyName, QStringLiteral("Adler"));
}

void TestIdentity::namesRefuseInvisibleCharacters_data()
{
    QTest::addColumn<QString>("family");
    QTest::addRow("right-to-left override") << QStringLiteral("Adl\u202Eer");
    QTest::addRow("left-to-right isolate") << QStringLiteral("\u2066Adler");
    QTest::addRow("zero-width space") << QStringLiteral("Ad\u200Bler");
    QTest::addRow("byte-order mark") << QStringLiteral("\uFEFFAdler");
    QTest::addRow("replacement character (bad UTF-8)") << QStringLiteral("Adl\uFFFDr");
    QTest::addRow("C1 control") << QStringLiteral("Adl\u0085er");
    QTest::addRow("line break") << QStringLiteral("Adl\ner");
}

void TestIdentity::namesRefuseInvisibleCharacters()
{
    QFETCH(QString, family);
    const QString before = snapshot(*m_db);
    const auto added = m_registry->addPatient({QStringLiteral("P-2"), family, QStringLiteral("Eve"), {}, {}});
    QVERIFY(!added.ok());
    QCOMPARE(added.problems().first().where, QStringLiteral("family"));
    QVERIFY(added.messages().first().contains(QStringLiteral("direction-changing or invisible")));
    QCOMPARE(snapshot(*m_db), before);
    IdentityChange change;
    change.familyName = family;
    change.reason = QStringLiteral("test");
    QVERIFY(!m_registry->setIdentity(QStringLiteral("DEMO-000038"), change).ok());
    QCOMPARE(snapshot(*m_db), before);
}

void TestIdentity::commandLine()
{
    const QString db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    const QStringList base{QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--today"),
                           QStringLiteral("2026-11-27")};
    CliRun r = runCli(base + QStringList{QStringLiteral("add-patient"), QStringLiteral("--record"),
                                         QStringLiteral("DEMO-000038"), QStringLiteral("--family"),
                                         QStringLiteral("Adler"), QStringLiteral("--given"), QStringLiteral("Adam"),
                                         QStringLiteral("--birth"), QStringLiteral("1944-05-06")});
    QCOMPARE(r.exitCode, 0);
    QTemporaryFile caseFile;
    QVERIFY(caseFile.open());
    caseFile.write(wrongPatientCase(QStringLiteral("DEMO-000038")));
    caseFile.flush();
    r = runCli(base + QStringList{QStringLiteral("assess"), QStringLiteral("DEMO-000038"), caseFile.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("patient.familyName: \"Test\" differs from the registry's \"Adler\""), r.err.constData());
    r = runCli(QStringList{QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("history"), QStringLiteral("DEMO-000038")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("assessments")).toArray().size(), 0);
    r = runCli(base + QStringList{QStringLiteral("set-identity"), QStringLiteral("DEMO-000038"),
                                  QStringLiteral("--given"), QStringLiteral("Adam Karl")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("reason: missing"), r.err.constData());
    r = runCli(base + QStringList{QStringLiteral("set-identity"), QStringLiteral("DEMO-000038"),
                                  QStringLiteral("--given"), QStringLiteral("Adam Karl"), QStringLiteral("--reason"),
                                  QStringLiteral("second given name")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Adler, Adam Karl"), r.out.constData());
}

// Issue 13, point 2: the audit time is the system clock's even with --today in 1999; the actor is the
// account, --author only a display name beside it, and a bad display name is refused.
void TestIdentity::auditTimeAndActorComeFromTheSystem()
{
    const QString db = m_dir->filePath(QStringLiteral("audit.sqlite"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    CliRun r = runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--today"),
                       QStringLiteral("1999-01-01"), QStringLiteral("--author"), QStringLiteral("Dr. A. Weber"),
                       QStringLiteral("add-patient"), QStringLiteral("--record"), QStringLiteral("T-1"),
                       QStringLiteral("--family"), QStringLiteral("Tal"), QStringLiteral("--given"), QStringLiteral("Tom")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString& bad : {QString(), QStringLiteral("Dr.\nWeber"), QStringLiteral("Dr.\u202EWeber")}) {
        r = runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--author"), bad,
                    QStringLiteral("add-patient"), QStringLiteral("--record"), QStringLiteral("T-2"),
                    QStringLiteral("--family"), QStringLiteral("Tal"), QStringLiteral("--given"), QStringLiteral("Tina")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("author: "), r.err.constData());
    }
    auto opened = Database::open(db);
    QVERIFY(opened.ok());
    QSqlQuery q(opened.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at, actor FROM audit_log")));
    int entries = 0;
    while (q.next()) {
        ++entries;
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(1), qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), AuditLog::systemUser() + QStringLiteral(" (as Dr. A. Weber)"));
    }
    QCOMPARE(entries, 1); // the refused ones wrote nothing
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
