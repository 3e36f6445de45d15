// The impact of a knowledge-base update on a registry: plan comparison (each kind of change), a
// modified knowledge base that drops one warning changes exactly the patients whose stored plan has
// it, nothing stored is touched, --format json has the summary first, and --reassess makes normal,
// audited assessments with the new version.
#include "core/followup/Clock.h"
#include "core/registry/KbImpact.h"
#include "core/registry/Registry.h"
#include "tests/support/CliRunner.h"
#include "tests/support/ImpactFixture.h"
#include "tests/support/PlanFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString fingerprint(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM assessments) || ':' || (SELECT COUNT(*) FROM followup_items) "
                          "|| ':' || (SELECT last_hash FROM audit_head)"));
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestKbImpact final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void comparesEachKindOfChange_data();
    void comparesEachKindOfChange();
    void sameKnowledgeBaseChangesNothing();
    void droppedWarningChangesExactlyItsPatients();
    void commandLineSummaryAndReassessment();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;
    QString m_modifiedKb;
    QSet<QString> m_withWarning; // record numbers whose stored plan has CGA_CONFOUNDER
};

void TestKbImpact::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("registry.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
    QVERIFY(m_registry->demo(120, 11).ok());
    // The oracle, independent of the comparison: the stored plans that carry the warning.
    m_withWarning = recordsWithStoredWarning(*m_db, QStringLiteral("CGA_CONFOUNDER"));
    QVERIFY2(!m_withWarning.isEmpty(), "the demo registry has patients with the CgA confounder warning");
    // The modified knowledge base: the same, without that warning, under another version label.
    m_modifiedKb = writeKbWithoutWarning(m_dir.filePath(QStringLiteral("modified-kb.json")),
                                         QStringLiteral("CGA_CONFOUNDER"), QStringLiteral("-test"));
    QVERIFY(!m_modifiedKb.isEmpty());
}

void TestKbImpact::comparesEachKindOfChange_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QString>("expected"); // what code change before after, ';'-joined
    QTest::addRow("recommendation added")
        << parse(R"({"recommendations":[]})") << parse(R"({"recommendations":[{"therapy":"SSA","strength":"option","role":"first_line"}]})")
        << "recommendation SSA added  option";
    QTest::addRow("recommendation removed")
        << parse(R"({"recommendations":[{"therapy":"PRRT","strength":"preferred","role":"later_line"}]})")
        << parse(R"({"recommendations":[]})") << "recommendation PRRT removed preferred ";
    QTest::addRow("strength")
        << parse(R"({"recommendations":[{"therapy":"SSA","strength":"option","role":"first_line","text":"a"}]})")
        << parse(R"({"recommendations":[{"therapy":"SSA","strength":"preferred","role":"first_line","text":"b"}]})")
        << "recommendation SSA strength option preferred";
    QTest::addRow("role")
        << parse(R"({"recommendations":[{"therapy":"SSA","strength":"option","role":"first_line"}]})")
        << parse(R"({"recommendations":[{"therapy":"SSA","strength":"option","role":"symptom_control"}]})")
        << "recommendation SSA role first_line symptom_control";
    QTest::addRow("avoid severity")
        << parse(R"({"avoid":[{"therapy":"PRRT","severity":"not_preferred"}]})")
        << parse(R"({"avoid":[{"therapy":"PRRT","severity":"contraindicated"}]})")
        << "avoid PRRT severity not_preferred contraindicated";
    QTest::addRow("warning removed")
        << parse(R"({"warnings":[{"code":"CGA_CONFOUNDER","severity":"info"}]})") << parse(R"({"warnings":[]})")
        << "warning CGA_CONFOUNDER removed info ";
    QTest::addRow("follow-up interval")
        << parse(R"({"followUp":{"items":[{"kind":"labs","tests":["CGA"],"intervalMonths":3}]}})")
        << parse(R"({"followUp":{"items":[{"kind":"labs","tests":["CGA"],"intervalMonths":6}]}})")
        << "followUp labs CGA intervalMonths 3 6";
    QTest::addRow("texts, order and evidence are no change")
        << parse(R"({"recommendations":[{"therapy":"A","strength":"option","role":"local","evidence":["x"]},{"therapy":"B","strength":"option","role":"local"}]})")
        << parse(R"({"recommendations":[{"therapy":"B","strength":"option","role":"local","why":["y"]},{"therapy":"A","strength":"option","role":"local","evidence":["z"]}]})")
        << "";
}

void TestKbImpact::comparesEachKindOfChange()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QString, expected);
    QStringList got;
    for (const PlanChange& c : comparePlans(before, after))
        got << QStringList{c.what, c.code, c.change, c.before, c.after}.join(u' ');
    QCOMPARE(got.join(u';'), expected);
}

void TestKbImpact::sameKnowledgeBaseChangesNothing()
{
    const auto report = kbImpact(*m_db, embeddedKb());
    QVERIFY2(report.ok(), qPrintable(report.messages().join(u'\n')));
    QVERIFY(report.value().patients > 0);
    QCOMPARE(report.value().changedPatients, 0);
    QVERIFY(report.value().unplannable.isEmpty());
}

void TestKbImpact::droppedWarningChangesExactlyItsPatients()
{
    const auto kb = KnowledgeBase::loadFile(m_modifiedKb);
    QVERIFY2(kb.ok(), qPrintable(kb.messages().join(u'\n')));
    const QString before = fingerprint(*m_db);
    qint64 lastProgress = -1;
    qint64 progressTotal = -1;
    const auto report = kbImpact(*m_db, kb.value(), [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastProgress);
        lastProgress = done;
        progressTotal = total;
    });
    QVERIFY2(report.ok(), qPrintable(report.messages().join(u'\n')));
    QCOMPARE(lastProgress, report.value().patients);
    QCOMPARE(progressTotal, report.value().patients);
    QSet<QString> changed;
    for (const PatientImpact& p : report.value().changed) {
        changed.insert(p.recordNumber);
        QCOMPARE(p.changes.size(), 1);
        QCOMPARE(p.changes.first().what, QStringLiteral("warning"));
        QCOMPARE(p.changes.first().code, QStringLiteral("CGA_CONFOUNDER"));
        QCOMPARE(p.changes.first().change, QStringLiteral("removed"));
    }
    QCOMPARE(changed, m_withWarning);
    QCOMPARE(report.value().changedPatients, m_withWarning.size());
    QCOMPARE(report.value().changesByKind.value(QStringLiteral("warning removed")), m_withWarning.size());
    QCOMPARE(fingerprint(*m_db), before); // nothing stored
}

void TestKbImpact::commandLineSummaryAndReassessment()
{
    const QString db = m_dir.filePath(QStringLiteral("registry.sqlite"));
    CliRun r = runCli({QStringLiteral("kb"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("impact"), QStringLiteral("--knowledge"), m_modifiedKb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    // The summary comes first in the bytes, before the patients.
    QVERIFY(r.out.indexOf("\"summary\"") >= 0 && r.out.indexOf("\"summary\"") < r.out.indexOf("\"patients\": ["));
    const QJsonObject summary = out.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("changedPatients")).toInteger(), m_withWarning.size());
    QVERIFY(summary.value(QStringLiteral("patients")).toInteger() >= m_withWarning.size());
    QCOMPARE(out.value(QStringLiteral("patients")).toArray().size(), m_withWarning.size());
    // Text: the summary line first.
    r = runCli({QStringLiteral("kb"), QStringLiteral("--db"), db, QStringLiteral("impact"), QStringLiteral("--knowledge"),
                m_modifiedKb});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("knowledge base "), r.out.left(200).constData());
    QVERIFY(r.out.contains(QStringLiteral("%1 of").arg(m_withWarning.size()).toUtf8()));
    // A bad knowledge base is refused naming the problem; nothing happens.
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": 1}");
    bad.close();
    r = runCli({QStringLiteral("kb"), QStringLiteral("--db"), db, QStringLiteral("impact"), QStringLiteral("--knowledge"),
                bad.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("is not a valid knowledge base"));
    // Re-assess one changed patient with the new version: a normal, audited assessment.
    const QString one = *m_withWarning.cbegin();
    const QString before = fingerprint(*m_db);
    r = runCli({QStringLiteral("kb"), QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2026-11-27"),
                QStringLiteral("impact"), QStringLiteral("--knowledge"), m_modifiedKb, QStringLiteral("--reassess"), one});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains(QStringLiteral("re-assessed with version").toUtf8()));
    QVERIFY(fingerprint(*m_db) != before);
    const auto history = m_registry->history(one);
    QVERIFY(history.ok());
    QVERIFY(history.value().assessments.last().kbVersion.endsWith(QStringLiteral("-test")));
    QCOMPARE(history.value().assessments.last().assessmentDate, QDate(2026, 11, 27));
    QVERIFY(m_registry->verify().ok());
    // That patient's plan now matches the new version: one fewer changed patient.
    const auto kb = KnowledgeBase::loadFile(m_modifiedKb);
    const auto after = kbImpact(*m_db, kb.value());
    QVERIFY(after.ok());
    QCOMPARE(after.value().changedPatients, m_withWarning.size() - 1);
}

QTEST_GUILESS_MAIN(TestKbImpact)
#include "tst_kbimpact.moc"
