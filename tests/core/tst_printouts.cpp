// The printouts end to end: netdesk-cli report writes real PDFs, read back with pdftotext.
// Three public vignettes, both audiences, both languages: the recommendations and the next visit
// dates are printed, the professional document names the knowledge-base version, the patient
// document holds no dose and no date the professional one lacks, and the German documents hold none
// of the English headings. Also: a registry patient (--db/--record), and refused input.
#include "core/interop/PlanJson.h"
#include "core/report/Report.h"
#include "tests/support/CliRunner.h"
#include "tests/support/PlanFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk::test;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Ligatures as PDF text, and line breaks inside names, do not count as differences.
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    text.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB03), QStringLiteral("ffi"));
    text.replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.simplified();
}

QString dateText(const QDate& d, const QString& lang)
{
    return QLocale(lang).toString(d, lang == QLatin1String("de") ? QStringLiteral("d. MMMM yyyy")
                                                                  : QStringLiteral("d MMMM yyyy"));
}

QRegularExpression dateExpression(const QString& lang)
{
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << QLocale(lang).monthName(m);
    return QRegularExpression(QStringLiteral("\\b\\d{1,2}%1 (%2) \\d{4}\\b")
                                  .arg(lang == QLatin1String("de") ? QStringLiteral("\\.") : QString(),
                                       months.join(u'|')));
}

// Headings and labels of the English documents; a German document must show none of them.
const QStringList englishHeadings{
    QStringLiteral("Your treatment plan"),      QStringLiteral("About your tumour"),
    QStringLiteral("What your team will discuss"), QStringLiteral("Your next appointments and tests"),
    QStringLiteral("How to prepare"),           QStringLiteral("Questions you may want to ask"),
    QStringLiteral("Words used in this printout"), QStringLiteral("Please note"),
    QStringLiteral("Treatment plan:"),          QStringLiteral("Assessment date"),
    QStringLiteral("Classification"),           QStringLiteral("Recommendations"),
    QStringLiteral("Warnings"),                 QStringLiteral("Prognosis"),
    QStringLiteral("Follow-up"),                QStringLiteral("References"),
    QStringLiteral("Why:"),                     QStringLiteral("Next date"),
    QStringLiteral("Review status"),            QStringLiteral("Knowledge base"),
    QStringLiteral("Page 1 of"),                QStringLiteral("Printed"),
    QStringLiteral("pending clinical review"),  QStringLiteral("not recorded"),
    // English words of the explanation lines (classification basis, why)
    QStringLiteral(" and differentiation "),    QStringLiteral(" is within "),
    QStringLiteral("point(s)"),                 QStringLiteral("applies to every case"),
    QStringLiteral(" include ")};

} // namespace

class TestPrintouts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vignettePrintouts_data();
    void vignettePrintouts();
    void registryPatientPrintout();
    void refusedInputWritesNothing();
    void boardSummaryIdentifiedAndAnonymous();
    void storedPlanUnderTheEarlierWording();
    void releasedRegistryPlanPrintedHonestly();

private:
    QTemporaryDir m_dir;
};

void TestPrintouts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (Debian: poppler-utils): the PDFs cannot be read back");
}

void TestPrintouts::vignettePrintouts_data()
{
    QTest::addColumn<QString>("vignette");
    QTest::addColumn<QString>("lang");
    for (const char* v : {"p01-si-net-g1-sstr-positive", "p02-pnet-g2-progressive-after-ssa",
                          "p12-carcinoid-syndrome-uncontrolled"}) {
        for (const char* lang : {"en", "de"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(v), QLatin1String(lang))))
                << QString::fromLatin1(v) << QString::fromLatin1(lang);
    }
}

void TestPrintouts::vignettePrintouts()
{
    QFETCH(QString, vignette);
    QFETCH(QString, lang);
    QFile file(QStringLiteral(NETDESK_TEST_DATA "/vignettes/%1.json").arg(vignette));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject caseObject =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("case")).toObject();
    const QString casePath = m_dir.filePath(vignette + QStringLiteral(".case.json"));
    QFile out(casePath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(caseObject).toJson());
    out.close();

    // The plan in this language, to know what must be printed.
    const CliRun planned = runCli({QStringLiteral("plan"), casePath, QStringLiteral("--lang"), lang});
    QCOMPARE(planned.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(planned.out).object();
    const QDate assessed = QDate::fromString(plan.value(QStringLiteral("assessmentDate")).toString(), Qt::ISODate);
    QVERIFY(assessed.isValid());

    QHash<QString, QString> texts;
    for (const QString& audience : {QStringLiteral("patient"), QStringLiteral("professional")}) {
        const QString pdf = m_dir.filePath(QStringLiteral("%1-%2-%3.pdf").arg(vignette, audience, lang));
        const CliRun run = runCli({QStringLiteral("report"), casePath, QStringLiteral("--audience"), audience,
                                   QStringLiteral("--lang"), lang, QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--today"), testToday(), QStringLiteral("--clinic"),
                                   QStringLiteral("NET Centre Nord"), QStringLiteral("--clinician"),
                                   QStringLiteral("Dr. A. Weber")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.size() > 500, qPrintable(pdf));
        texts.insert(audience, text);

        // Every recommendation, by name.
        for (const QJsonValue& r : plan.value(QStringLiteral("recommendations")).toArray()) {
            const QString name = r.toObject().value(QStringLiteral("therapyName")).toString().simplified();
            QVERIFY2(text.contains(name), qPrintable(QStringLiteral("%1: %2").arg(audience, name)));
        }
        // The next date of every follow-up item (first interval from the assessment date).
        for (const QJsonValue& v : plan.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            int months = item.value(QStringLiteral("intervalMonths")).toInt();
            const QJsonArray periods = item.value(QStringLiteral("periods")).toArray();
            if (!periods.isEmpty())
                months = periods.first().toObject().value(QStringLiteral("months")).toInt();
            const QString next = dateText(assessed.addMonths(months), lang);
            QVERIFY2(text.contains(next), qPrintable(QStringLiteral("%1: next date %2").arg(audience, next)));
        }
        // The clinic on the header, the page count.
        QVERIFY(text.contains(QStringLiteral("NET Centre Nord")));
        QVERIFY(text.contains(lang == QLatin1String("de") ? QStringLiteral("Seite 1 von") : QStringLiteral("Page 1 of")));
        if (lang == QLatin1String("de")) {
            // Citations stay in their original language ("WHO Classification of Tumours").
            // The document's own words: everything before its reference list ("Literatur").
            const qsizetype refsAt = text.lastIndexOf(QStringLiteral("Literatur"));
            QVERIFY(refsAt > 0);
            const QString own = text.left(refsAt);
            for (const QString& heading : englishHeadings)
                QVERIFY2(!own.contains(heading), qPrintable(QStringLiteral("%1 (de) shows '%2'").arg(audience, heading)));
        }
    }
    const QString& patient = texts.value(QStringLiteral("patient"));
    const QString& professional = texts.value(QStringLiteral("professional"));
    // Review states in words on both documents: the knowledge base's own (no clinician has reviewed
    // it) on every page, each statement's check on the professional one, never "approved".
    for (const QString& text : {patient, professional}) {
        const QString flat = text.simplified();
        QVERIFY(!flat.contains(QStringLiteral("approved"), Qt::CaseInsensitive));
        QVERIFY(!flat.contains(QStringLiteral("freigegeben"), Qt::CaseInsensitive));
        const QString statement = lang == QLatin1String("de") ? QStringLiteral("Kein Kliniker hat diese Wissensbasis geprüft.")
                                                              : QStringLiteral("No clinician has reviewed this knowledge base.");
        QVERIFY2(flat.count(statement) >= 2, qPrintable(flat.left(400))); // body and page footer
    }
    if (lang == QLatin1String("en")) {
        const QString flat = professional.simplified();
        QVERIFY(flat.contains(QStringLiteral("[checked against its source]")));
        QVERIFY(flat.contains(QStringLiteral("[pending: not yet checked]")));
        QVERIFY(!flat.contains(QStringLiteral("clinically reviewed")));
    }
    // The professional document: knowledge-base id and version, every published regimen (each
    // introduced by the knowledge base as to be verified against local protocol).
    const QJsonObject kb = plan.value(QStringLiteral("knowledgeBase")).toObject();
    QVERIFY(professional.contains(kb.value(QStringLiteral("version")).toString()));
    QVERIFY(professional.contains(kb.value(QStringLiteral("id")).toString()));
    for (const QJsonValue& r : plan.value(QStringLiteral("recommendations")).toArray()) {
        const QString regimen = r.toObject().value(QStringLiteral("regimen")).toString().simplified();
        if (regimen.isEmpty())
            continue;
        QVERIFY2(professional.contains(regimen.left(60)), qPrintable(regimen.left(60)));
        QVERIFY2(!patient.contains(regimen.left(60)), qPrintable(regimen.left(60)));
        if (lang == QLatin1String("en"))
            QVERIFY(regimen.startsWith(QStringLiteral("Published regimen: verify against local protocol.")));
    }
    // The patient document: no dose, no dose unit, no survival figure.
    static const QRegularExpression dose(QStringLiteral("\\d\\s*(mg|GBq|MBq|µg)\\b|\\bmg/m|\\bAUC\\b|\\bGBq\\b"));
    const auto doseHit = dose.match(patient);
    QVERIFY2(!doseHit.hasMatch(), qPrintable(doseHit.captured(0)));
    for (const QJsonValue& o : plan.value(QStringLiteral("prognosis")).toObject().value(QStringLiteral("referenceOutcomes")).toArray())
        QVERIFY(!patient.contains(o.toObject().value(QStringLiteral("value")).toString()));
    // Every date the patient reads is in the professional document too.
    const QRegularExpression dates = dateExpression(lang);
    int seen = 0;
    for (auto it = dates.globalMatch(patient); it.hasNext(); ++seen) {
        const QString d = it.next().captured(0);
        QVERIFY2(professional.contains(d), qPrintable(d));
    }
    QVERIFY(seen >= 2);
}

// A registry patient: identity on the document, the registry's scheduled dates, German from a plan
// stored in English (the same knowledge base plans it again).
void TestPrintouts::registryPatientPrintout()
{
    const QString db = m_dir.filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("add-patient"),
                     QStringLiteral("--record"), QStringLiteral("DEMO-0001"), QStringLiteral("--family"),
                     QStringLiteral("Sample"), QStringLiteral("--given"), QStringLiteral("Case"),
                     QStringLiteral("--birth"), QStringLiteral("1958-04-12"), QStringLiteral("--sex"),
                     QStringLiteral("female")})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--today"),
                     testToday(), QStringLiteral("assess"), QStringLiteral("DEMO-0001"),
                     QStringLiteral(NETDESK_TEST_DATA "/../../resources/samples/sample-case.json")})
                 .exitCode,
             0);
    const CliRun history = runCli({QStringLiteral("registry"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("history"), QStringLiteral("DEMO-0001")});
    QCOMPARE(history.exitCode, 0);
    QStringList dueDates;
    for (const QJsonValue& i : QJsonDocument::fromJson(history.out).object().value(QStringLiteral("items")).toArray()) {
        if (i.toObject().value(QStringLiteral("status")).toString() == QLatin1String("scheduled"))
            dueDates << i.toObject().value(QStringLiteral("dueDate")).toString();
    }
    QVERIFY(!dueDates.isEmpty());
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("de")}) {
        const QString pdf = m_dir.filePath(QStringLiteral("registry-%1.pdf").arg(lang));
        const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--record"),
                                   QStringLiteral("DEMO-0001"), QStringLiteral("--audience"), QStringLiteral("professional"),
                                   QStringLiteral("--lang"), lang, QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--today"), testToday()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Sample, Case")));
        QVERIFY(text.contains(QStringLiteral("DEMO-0001")));
        QVERIFY(text.contains(dateText(QDate(1958, 4, 12), lang)));
        for (const QString& due : std::as_const(dueDates))
            QVERIFY2(text.contains(dateText(QDate::fromString(due, Qt::ISODate), lang)), qPrintable(due));
    }
}

void TestPrintouts::refusedInputWritesNothing()
{
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                         QStringLiteral("--record"), QStringLiteral("X"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--db"));
    run = runCli({QStringLiteral("report"), QStringLiteral(NETDESK_TEST_DATA "/vignettes/p10-invalid-values.json"),
                  QStringLiteral("--pdf"), pdf});
    QCOMPARE(run.exitCode, 2);
    run = runCli({QStringLiteral("report"), QStringLiteral(NETDESK_TEST_DATA "/../../resources/samples/sample-case.json"),
                  QStringLiteral("--audience"), QStringLiteral("family"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("allowed: patient, professional"));
    run = runCli({QStringLiteral("report"), QStringLiteral(NETDESK_TEST_DATA "/../../resources/samples/sample-case.json"),
                  QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("allowed: en, de"));
    QVERIFY(!QFile::exists(pdf));
}

// netdesk-cli board end to end: a meeting prepared, decided and closed on the command line; its
// summary PDF in both versions. The anonymous one names no patient, record number or birth date.
void TestPrintouts::boardSummaryIdentifiedAndAnonymous()
{
    const QString db = m_dir.filePath(QStringLiteral("board.sqlite"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--today"), testToday()};
    QCOMPARE(runCli(QStringList{QStringLiteral("registry")} + base +
                    QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("3")})
                 .exitCode,
             0);
    const auto board = [&](const QStringList& args) {
        return runCli(QStringList{QStringLiteral("board")} + base + QStringList{QStringLiteral("--author"), QStringLiteral("Dr. Chair")} + args);
    };
    CliRun run = board({QStringLiteral("create"), QStringLiteral("--date"), testToday(), QStringLiteral("--title"),
                        QStringLiteral("NET board"), QStringLiteral("--attendee"), QStringLiteral("A. Okafor: medical oncology"),
                        QStringLiteral("--attendee"), QStringLiteral("B. Yilmaz: nuclear medicine")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("meeting 1 "));
    QCOMPARE(board({QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("DEMO-000001"), QStringLiteral("DEMO-000002"),
                    QStringLiteral("DEMO-000003")})
                 .exitCode,
             0);
    run = board({QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("DEMO-000002"), QStringLiteral("--status"),
                 QStringLiteral("discussed"), QStringLiteral("--decision"), QStringLiteral("Proceed as planned"),
                 QStringLiteral("--choose"), QStringLiteral("TUMOR_BOARD")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = board({QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("DEMO-000003"), QStringLiteral("--status"),
                 QStringLiteral("maybe")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("status: \"maybe\" is not allowed"));
    QCOMPARE(board({QStringLiteral("close"), QStringLiteral("1")}).exitCode, 0);
    run = board({QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("DEMO-000003"), QStringLiteral("--status"),
                 QStringLiteral("deferred")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("closed"));

    // Who the three patients are, from the registry.
    QStringList identifiers;
    for (const char* record : {"DEMO-000001", "DEMO-000002", "DEMO-000003"}) {
        const CliRun h = runCli(QStringList{QStringLiteral("registry")} + base +
                                QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("history"),
                                            QString::fromLatin1(record)});
        const QJsonObject p = QJsonDocument::fromJson(h.out).object().value(QStringLiteral("patient")).toObject();
        identifiers << p.value(QStringLiteral("recordNumber")).toString() << p.value(QStringLiteral("familyName")).toString()
                    << p.value(QStringLiteral("givenName")).toString() << p.value(QStringLiteral("birthDate")).toString();
    }
    QVERIFY2(!identifiers.contains(QString()), qPrintable(identifiers.join(u',')));
    const QString identified = m_dir.filePath(QStringLiteral("board.pdf"));
    const QString anonymous = m_dir.filePath(QStringLiteral("board-anonymous.pdf"));
    QCOMPARE(board({QStringLiteral("summary"), QStringLiteral("1"), QStringLiteral("--pdf"), identified}).exitCode, 0);
    QCOMPARE(board({QStringLiteral("summary"), QStringLiteral("1"), QStringLiteral("--pdf"), anonymous,
                    QStringLiteral("--anonymous")})
                 .exitCode,
             0);
    const QString withNames = pdfText(identified);
    const QString without = pdfText(anonymous);
    for (const QString& text : {withNames, without}) {
        QVERIFY(text.contains(QStringLiteral("A. Okafor (medical oncology)")));
        QVERIFY(text.contains(QStringLiteral("Proceed as planned")));
        QVERIFY(text.contains(QStringLiteral("Case 3 · ")));
        QVERIFY(text.contains(QStringLiteral("Dr. Chair")));
    }
    for (const QString& id : std::as_const(identifiers)) {
        QVERIFY2(withNames.contains(id), qPrintable(id));
        QVERIFY2(!without.contains(id), qPrintable(id));
    }
}

// A plan stored before knowledge base 2026.12.1 says 'approved' and has no clinicalReview: both
// documents say no clinician has reviewed the knowledge base, the professional one shows those
// statements as pending with a note of what the word meant, and neither calls anything approved.
// A current plan's patient document shows outcomes in the patient's own words.
void TestPrintouts::storedPlanUnderTheEarlierWording()
{
    using namespace netdesk;
    using namespace netdesk::test;
    const Planned planned = planFor(parseObject(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02",
        "primarySite":"small_intestine","differentiation":"well","ki67":5,"sstrImaging":"positive",
        "diseaseStatus":"stable","ecog":0,"primaryResected":true,"metastases":{"liver":true}})"));
    QVERIFY(planned.ok);
    const QJsonObject current = planToJsonObject(planned.plan);
    const QJsonObject stored = storedUnderEarlierWording(current);
    const auto guide = PatientGuide::loadEmbedded(*embeddedKb());
    QVERIFY(guide.ok());

    ReportInput in;
    in.plan = stored;
    in.printed = QDate(2026, 11, 27);
    in.schedule = appointmentsFromPlan(stored);
    in.audience = Audience::Professional;
    const auto professional = buildReport(in, *guide.value());
    QVERIFY(professional.ok());
    QVERIFY(professional.value().html.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(professional.value().footer.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(professional.value().html.contains(
        QStringLiteral("earlier wording &#x27;approved&#x27;, which meant only checked against a primary text")) ||
            professional.value().html.contains(
                QStringLiteral("earlier wording 'approved', which meant only checked against a primary text")));
    QVERIFY(professional.value().html.contains(QStringLiteral("[pending: not yet checked]")));
    QVERIFY(!professional.value().html.contains(QStringLiteral("clinically reviewed")));

    in.audience = Audience::Patient;
    const auto patient = buildReport(in, *guide.value());
    QVERIFY(patient.ok());
    QVERIFY(patient.value().html.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(patient.value().html.contains(QStringLiteral("Your team is still checking this point.")));

    in.plan = current;
    in.showOutcomes = true;
    const auto withOutcomes = buildReport(in, *guide.value());
    QVERIFY(withOutcomes.ok());
    const QJsonArray outcomes =
        current.value(QStringLiteral("prognosis")).toObject().value(QStringLiteral("referenceOutcomes")).toArray();
    QVERIFY(!outcomes.isEmpty());
    for (const QJsonValue& o : outcomes) {
        QVERIFY(withOutcomes.value().html.contains(o.toObject().value(QStringLiteral("patientText")).toString().toHtmlEscaped()));
        QVERIFY(!withOutcomes.value().html.contains(o.toObject().value(QStringLiteral("label")).toString().toHtmlEscaped()));
    }
}

// A registry as released with schema 1 holds plans stored under the earlier wording ('approved',
// no clinicalReview). Its printout says no clinician has reviewed the knowledge base and shows
// those statements as pending with the note, never as approved; the stored rows stay as they were.
void TestPrintouts::releasedRegistryPlanPrintedHonestly()
{
    const QString db = m_dir.filePath(QStringLiteral("released-v1.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(NETDESK_TEST_DATA "/registry/schema-v1.sqlite"), db));
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString pdf = m_dir.filePath(QStringLiteral("released-v1.pdf"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--record"),
                               QStringLiteral("DEMO-000001"), QStringLiteral("--audience"),
                               QStringLiteral("professional"), QStringLiteral("--pdf"), pdf, QStringLiteral("--today"),
                               testToday()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY2(text.contains(QStringLiteral("earlier wording 'approved', which meant only checked against a primary text")),
             qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("[pending: not yet checked]")));
    QVERIFY(!text.contains(QStringLiteral("[checked against its source]")));
    // 'approved' appears only inside that note.
    QCOMPARE(text.count(QStringLiteral("approved")), 1);
    QVERIFY(!text.contains(QStringLiteral("clinically reviewed")));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("released-v1"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(QStringLiteral("SELECT plan_json FROM assessments WHERE id = 1"), sql);
        QVERIFY(q.next());
        QVERIFY(qUncompress(q.value(0).toByteArray()).contains("\"review\": \"approved\""));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("released-v1"));
}

QTEST_MAIN(TestPrintouts)
#include "tst_printouts.moc"
