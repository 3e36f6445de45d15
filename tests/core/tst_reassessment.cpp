// A re-assessment starts from the course: the last case, the disease status from imaging since the
// last assessment (progression -> progressive), the registry's identity, today's date, and the
// source of every pre-filled value.
#include "core/followup/Clock.h"
#include "core/registry/Reassessment.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

const QByteArray siCase = R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"small_intestine",
  "differentiation":"well","ki67":5,"sstrImaging":"positive","diseaseStatus":"newly_diagnosed","ecog":1,
  "metastases":{"liver":true,"bone":true}})";

} // namespace

class TestReassessment final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noAssessmentNoStart();
    void startsFromTheLastCaseWithSources();
    void progressionOnImagingMakesItProgressive_data();
    void progressionOnImagingMakesItProgressive();
    void imagingBeforeTheLastAssessmentDoesNotCount();
    void priorTherapiesFromTheLines();

private:
    QJsonObject lastCase() const
    {
        const auto c = m_registry->latestCase(QStringLiteral("R-1"));
        return c.ok() ? c.value() : QJsonObject();
    }
    void markImaging(const QString& date, const QString& outcome);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Registry> m_registry;
};

void TestReassessment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("registry.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
    m_registry = std::make_unique<Registry>(*m_db, *m_clock, QStringLiteral("tester"), embeddedKb());
    QVERIFY(m_registry
                ->addPatient({QStringLiteral("R-1"), QStringLiteral("Reyes"), QStringLiteral("Ana"),
                              QStringLiteral("1961-02-03"), QStringLiteral("female")})
                .ok());
}

void TestReassessment::cleanup()
{
    m_registry.reset();
    m_db.reset();
    m_dir.reset();
}

void TestReassessment::markImaging(const QString& date, const QString& outcome)
{
    const auto history = m_registry->history(QStringLiteral("R-1"));
    QVERIFY(history.ok());
    qint64 imaging = 0;
    for (const FollowUpRecord& f : history.value().items)
        if (f.kind == QLatin1String("imaging") && f.status == QLatin1String("scheduled"))
            imaging = f.id;
    QVERIFY(imaging > 0);
    DoneInput done;
    done.itemId = imaging;
    done.date = date;
    done.outcome = outcome;
    const auto r = m_registry->markDone(done);
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
}

void TestReassessment::noAssessmentNoStart()
{
    const auto history = m_registry->history(QStringLiteral("R-1"));
    QVERIFY(history.ok());
    const ReassessmentStart start = reassessmentStart(history.value(), lastCase(), m_clock->today());
    QVERIFY(start.caseObject.isEmpty());
    QVERIFY(start.sources.isEmpty());
}

void TestReassessment::startsFromTheLastCaseWithSources()
{
    QVERIFY(m_registry->assess(QStringLiteral("R-1"), siCase).ok());
    m_clock->setToday(QDate(2027, 1, 15));
    const auto history = m_registry->history(QStringLiteral("R-1"));
    QVERIFY(history.ok());
    const ReassessmentStart start = reassessmentStart(history.value(), lastCase(), m_clock->today());
    QCOMPARE(start.caseObject.value(QStringLiteral("assessmentDate")).toString(), QStringLiteral("2027-01-15"));
    QCOMPARE(start.caseObject.value(QStringLiteral("diseaseStatus")).toString(), QStringLiteral("newly_diagnosed"));
    QCOMPARE(start.caseObject.value(QStringLiteral("patient")).toObject().value(QStringLiteral("familyName")).toString(),
             QStringLiteral("Reyes"));
    for (const char* field : {"ecog", "ki67", "primarySite", "metastases.liver", "metastases.bone", "diseaseStatus"}) {
        QVERIFY2(start.sources.contains(QLatin1String(field)), field);
        QCOMPARE(start.sources.value(QLatin1String(field)).kind, PrefillSource::Kind::LastAssessment);
        QCOMPARE(start.sources.value(QLatin1String(field)).date, QDate(2026, 11, 2));
    }
    QVERIFY(!start.sources.contains(QStringLiteral("assessmentDate")));
    QVERIFY(!start.sources.contains(QStringLiteral("patient")));
}

void TestReassessment::progressionOnImagingMakesItProgressive_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("recist");
    QTest::addRow("RECIST PD") << "PD" << "progressive" << "PD";
    QTest::addRow("RECIST SD") << "SD" << "stable" << "SD";
    QTest::addRow("RECIST PR") << "PR" << "stable" << "PR";
    QTest::addRow("RECIST NE: the last status stands") << "NE" << "newly_diagnosed" << "";
    QTest::addRow("first vocabulary: progression") << "progression" << "progressive" << "PD";
    QTest::addRow("first vocabulary: stable") << "stable" << "stable" << "SD";
    QTest::addRow("first vocabulary: response") << "response" << "stable" << "CR/PR";
}

void TestReassessment::progressionOnImagingMakesItProgressive()
{
    QFETCH(QString, outcome);
    QFETCH(QString, status);
    QFETCH(QString, recist);
    QVERIFY(m_registry->assess(QStringLiteral("R-1"), siCase).ok());
    m_clock->setToday(QDate(2027, 5, 25));
    markImaging(QStringLiteral("2027-05-20"), outcome);
    const auto history = m_registry->history(QStringLiteral("R-1"));
    QVERIFY(history.ok());
    const ReassessmentStart start = reassessmentStart(history.value(), lastCase(), m_clock->today());
    QCOMPARE(start.caseObject.value(QStringLiteral("diseaseStatus")).toString(), status);
    const PrefillSource source = start.sources.value(QStringLiteral("diseaseStatus"));
    if (recist.isEmpty()) {
        QCOMPARE(source.kind, PrefillSource::Kind::LastAssessment);
    } else {
        QCOMPARE(source.kind, PrefillSource::Kind::Imaging);
        QCOMPARE(source.date, QDate(2027, 5, 20));
        QCOMPARE(source.detail, recist);
    }
    // Sites stay as they were.
    QVERIFY(start.caseObject.value(QStringLiteral("metastases")).toObject().value(QStringLiteral("bone")).toBool());
}

void TestReassessment::imagingBeforeTheLastAssessmentDoesNotCount()
{
    QVERIFY(m_registry->assess(QStringLiteral("R-1"), siCase).ok());
    m_clock->setToday(QDate(2027, 5, 25));
    markImaging(QStringLiteral("2027-05-20"), QStringLiteral("progression"));
    // A new assessment after that imaging answered it: the start is that assessment's case.
    QByteArray second = siCase;
    second.replace("\"2026-11-02\"", "\"2027-05-24\"");
    second.replace("newly_diagnosed", "progressive");
    second.replace("\"ecog\":1", "\"ecog\":2");
    const auto assessed = m_registry->assess(QStringLiteral("R-1"), second);
    QVERIFY2(assessed.ok(), qPrintable(assessed.messages().join(u'\n')));
    const auto history = m_registry->history(QStringLiteral("R-1"));
    QVERIFY(history.ok());
    const ReassessmentStart start = reassessmentStart(history.value(), lastCase(), m_clock->today());
    QCOMPARE(start.sources.value(QStringLiteral("diseaseStatus")).kind, PrefillSource::Kind::LastAssessment);
    QCOMPARE(start.sources.value(QStringLiteral("diseaseStatus")).date, QDate(2027, 5, 24));
    QCOMPARE(start.caseObject.value(QStringLiteral("ecog")).toInt(), 2);
}

void TestReassessment::priorTherapiesFromTheLines()
{
    QByteArray first = siCase;
    first.replace("\"sstrImaging\"", "\"priorTherapies\":[\"CYTOREDUCTIVE_SURGERY\"],\"sstrImaging\"");
    const auto assessed = m_registry->assess(QStringLiteral("R-1"), first);
    QVERIFY2(assessed.ok(), qPrintable(assessed.messages().join(u'\n')));
    QVERIFY(m_registry->startTherapy({QStringLiteral("R-1"), QStringLiteral("SSA"), QStringLiteral("2026-11-10"), {}}).ok());
    const auto history = m_registry->history(QStringLiteral("R-1"));
    QVERIFY(history.ok());
    const ReassessmentStart start = reassessmentStart(history.value(), lastCase(), m_clock->today());
    const QJsonArray prior = start.caseObject.value(QStringLiteral("priorTherapies")).toArray();
    QCOMPARE(prior.size(), 2);
    QCOMPARE(prior.at(0).toString(), QStringLiteral("CYTOREDUCTIVE_SURGERY"));
    QCOMPARE(prior.at(1).toString(), QStringLiteral("SSA"));
    QCOMPARE(start.sources.value(QStringLiteral("priorTherapies")).kind, PrefillSource::Kind::TherapyLines);
    QCOMPARE(start.sources.value(QStringLiteral("priorTherapies")).detail, QStringLiteral("SSA"));
}

QTEST_GUILESS_MAIN(TestReassessment)
#include "tst_reassessment.moc"
