// netdesk-cli as a user meets it: help, version, exit statuses, standard input, every problem of a
// bad case on standard error, text output, --today, --protocol, --lang and --knowledge.
#include "tests/support/CliRunner.h"

#include "core/guideline/KnowledgeBase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace netdesk::test;

namespace {

const QByteArray goodCase = R"({
  "schema": "netdesk.case/1", "assessmentDate": "2026-11-02",
  "primarySite": "pancreas", "differentiation": "well", "ki67": 15, "sstrImaging": "positive",
  "diseaseStatus": "progressive", "ecog": 1, "priorTherapies": ["SSA"],
  "metastases": { "liver": true, "liverInvolvementPercent": 30 }
})";

QString write(QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void helpAndVersion();
    void planJsonIsByteIdentical();
    void standardInput();
    void everyProblemOnStandardError();
    void notJsonExitsTwo();
    void otherFailuresExitOne_data();
    void otherFailuresExitOne();
    void textFormat();
    void textFormatInGerman();
    void todayOption();
    void protocolOption();
    void knowledgeFile();

private:
    QTemporaryDir m_dir;
};

void TestCli::helpAndVersion()
{
    CliRun r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("plan CASE.json"));
    r = runCli({QStringLiteral("plan"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--protocol"));
    QVERIFY(r.out.contains("--knowledge"));
    r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("netdesk-cli " NETDESK_VERSION));
    const auto kb = netdesk::KnowledgeBase::loadEmbedded();
    QVERIFY(kb.ok());
    QVERIFY(r.out.contains(kb.value()->sha256.toLatin1()));
}

void TestCli::planJsonIsByteIdentical()
{
    const QString path = write(m_dir, QStringLiteral("good.json"), goodCase);
    const CliRun a = runCli({QStringLiteral("plan"), path});
    const CliRun b = runCli({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QVERIFY(a.err.isEmpty());
    QCOMPARE(a.out, b.out);
    const QJsonObject plan = QJsonDocument::fromJson(a.out).object();
    QCOMPARE(plan.value(QStringLiteral("schema")).toString(), QStringLiteral("netdesk.plan/1"));
    QCOMPARE(plan.value(QStringLiteral("classification")).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("NET_G2"));
    QCOMPARE(plan.value(QStringLiteral("knowledgeBase")).toObject().value(QStringLiteral("sha256")).toString(),
             netdesk::KnowledgeBase::loadEmbedded().value()->sha256);
}

void TestCli::standardInput()
{
    const QString path = write(m_dir, QStringLiteral("stdin.json"), goodCase);
    const CliRun fromFile = runCli({QStringLiteral("plan"), path});
    const CliRun fromStdin = runCli({QStringLiteral("plan"), QStringLiteral("-")}, goodCase);
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TestCli::everyProblemOnStandardError()
{
    const QByteArray bad = R"({"schema":"netdesk.case/1","primarySite":"pancrease","differentiation":"well","ki67":140,
        "diseaseStatus":"stable","ecog":7,"metastases":{"liver":true,"largestLiverLesionCm":0},"colour":"blue"})";
    const CliRun r = runCli(
        {QStringLiteral("plan"), QStringLiteral("-"), QStringLiteral("--today"), QStringLiteral("2026-11-27")}, bad);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    const QStringList expected{
        QStringLiteral("ki67: 140 is out of range 0–100"), QStringLiteral("ecog: 7 is out of range 0–4"),
        QStringLiteral("primarySite: \"pancrease\" is not allowed"),
        QStringLiteral("metastases.largestLiverLesionCm: 0 is out of range"), QStringLiteral("colour: unknown field")};
    for (const QString& e : expected)
        QVERIFY2(QString::fromUtf8(r.err).contains(e),
                 qPrintable(e + QStringLiteral(" missing from:\n") + QString::fromUtf8(r.err)));
}

void TestCli::notJsonExitsTwo()
{
    const CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("-")}, "{ not json");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("case: not valid JSON"));
}

void TestCli::otherFailuresExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString good = write(m_dir, QStringLiteral("ok.json"), goodCase);
    const QString badKb = write(m_dir, QStringLiteral("bad-kb.json"), R"({"format":"netdesk.knowledge/1","colour":1})");
    QTest::newRow("no command") << QStringList() << QStringLiteral("usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("plot")} << QStringLiteral("unknown command");
    QTest::newRow("no case file") << QStringList{QStringLiteral("plan")} << QStringLiteral("no case file");
    QTest::newRow("unreadable file") << QStringList{QStringLiteral("plan"), QStringLiteral("/nonexistent/case.json")}
                                     << QStringLiteral("cannot read");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("plan"), good, QStringLiteral("--colour")}
                                    << QStringLiteral("unknown option");
    QTest::newRow("unknown protocol") << QStringList{QStringLiteral("plan"), good, QStringLiteral("--protocol"),
                                                     QStringLiteral("nccn")}
                                      << QStringLiteral("esmo-2020");
    QTest::newRow("language not available")
        << QStringList{QStringLiteral("plan"), good, QStringLiteral("--lang"), QStringLiteral("fr")}
        << QStringLiteral("--lang fr");
    QTest::newRow("format not allowed") << QStringList{QStringLiteral("plan"), good, QStringLiteral("--format"),
                                                       QStringLiteral("xml")}
                                        << QStringLiteral("json, text");
    QTest::newRow("bad --today") << QStringList{QStringLiteral("plan"), good, QStringLiteral("--today"),
                                                QStringLiteral("2026-02-30")}
                                 << QStringLiteral("--today");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("plan"), good, QStringLiteral("--protocol")} << QStringLiteral("needs a value");
    QTest::newRow("invalid knowledge base")
        << QStringList{QStringLiteral("plan"), good, QStringLiteral("--knowledge"), badKb}
        << QStringLiteral("colour: unknown key");
    QTest::newRow("missing knowledge base") << QStringList{QStringLiteral("plan"), good, QStringLiteral("--knowledge"),
                                                           QStringLiteral("/nonexistent/kb.json")}
                                            << QStringLiteral("cannot read");
}

void TestCli::otherFailuresExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestCli::textFormat()
{
    const QString path = write(m_dir, QStringLiteral("text.json"), goodCase);
    const CliRun r = runCli({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("text"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString& section :
         {QStringLiteral("CLASSIFICATION"), QStringLiteral("WARNINGS"), QStringLiteral("RECOMMENDATIONS"),
          QStringLiteral("AVOID"), QStringLiteral("PROGNOSIS"), QStringLiteral("FOLLOW-UP"),
          QStringLiteral("REFERENCES")})
        QVERIFY2(text.contains(section), qPrintable(section));
    QVERIFY(text.indexOf(QStringLiteral("WARNINGS")) < text.indexOf(QStringLiteral("RECOMMENDATIONS")));
    QVERIFY(text.contains(QStringLiteral("why: ")));
    QVERIFY(text.contains(QStringLiteral("[pending: not yet checked]")));
    QVERIFY(text.contains(QStringLiteral("[checked against its source]")));
    QVERIFY(text.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(!text.contains(QStringLiteral("approved"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("not a prescription")));
    QVERIFY(text.contains(QStringLiteral("[RADIANT-3] Yao JC")));
}

void TestCli::textFormatInGerman()
{
    // --lang de: the knowledge-base texts and the headings and labels around them are German.
    const QString path = write(m_dir, QStringLiteral("text-de.json"), goodCase);
    const CliRun r = runCli({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("text"),
                             QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString& section : {QStringLiteral("KLASSIFIKATION"), QStringLiteral("WARNHINWEISE"),
                                   QStringLiteral("EMPFEHLUNGEN"), QStringLiteral("VERMEIDEN"),
                                   QStringLiteral("PROGNOSE"), QStringLiteral("NACHSORGE"), QStringLiteral("LITERATUR"),
                                   QStringLiteral("Begründung: "), QStringLiteral("[ausstehend: noch nicht geprüft]"),
                                   QStringLiteral("[an der Quelle geprüft]"),
                                   QStringLiteral("Kein Kliniker hat diese Wissensbasis geprüft.")})
        QVERIFY2(text.contains(section), qPrintable(section));
    QVERIFY(!text.contains(QStringLiteral("RECOMMENDATIONS")));
    QVERIFY(!text.contains(QStringLiteral("why: ")));
    QVERIFY(!text.contains(QStringLiteral("freigegeben")));
}

void TestCli::todayOption()
{
    QJsonObject noDate = QJsonDocument::fromJson(goodCase).object();
    noDate.remove(QStringLiteral("assessmentDate"));
    const QString path = write(m_dir, QStringLiteral("nodate.json"), QJsonDocument(noDate).toJson());
    CliRun r = runCli({QStringLiteral("plan"), path, QStringLiteral("--today"), QStringLiteral("2026-01-15")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("assessmentDate")).toString(),
             QStringLiteral("2026-01-15"));
    const QString dated = write(m_dir, QStringLiteral("dated.json"), goodCase);
    r = runCli({QStringLiteral("plan"), dated, QStringLiteral("--today"), QStringLiteral("2026-10-01")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("assessmentDate: 2026-11-02 is in the future"));
}

void TestCli::protocolOption()
{
    const QString path = write(m_dir, QStringLiteral("protocol.json"), goodCase);
    const CliRun standard = runCli({QStringLiteral("plan"), path});
    const CliRun esmo =
        runCli({QStringLiteral("plan"), path, QStringLiteral("--protocol"), QStringLiteral("esmo-2020")});
    QCOMPARE(esmo.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(standard.out).object().value(QStringLiteral("followUp")).toObject();
    const QJsonObject e = QJsonDocument::fromJson(esmo.out).object().value(QStringLiteral("followUp")).toObject();
    QCOMPARE(s.value(QStringLiteral("protocol")).toString(), QStringLiteral("standard"));
    QCOMPARE(e.value(QStringLiteral("protocol")).toString(), QStringLiteral("esmo-2020"));
    // Ki-67 15 %: ESMO's 3-monthly tier for imaging too, against 6-monthly imaging in the standard protocol.
    for (const QJsonValue& v : e.value(QStringLiteral("items")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("intervalMonths")).toInt(), 3);
}

void TestCli::knowledgeFile()
{
    QFile embedded(netdesk::KnowledgeBase::embeddedPath());
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QJsonObject kb = QJsonDocument::fromJson(embedded.readAll()).object();
    kb.insert(QStringLiteral("version"), QStringLiteral("2099.1"));
    const QString kbPath = write(m_dir, QStringLiteral("kb.json"), QJsonDocument(kb).toJson());
    const QString path = write(m_dir, QStringLiteral("kbcase.json"), goodCase);
    const CliRun r = runCli({QStringLiteral("plan"), path, QStringLiteral("--knowledge"), kbPath});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject used = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("knowledgeBase")).toObject();
    QCOMPARE(used.value(QStringLiteral("version")).toString(), QStringLiteral("2099.1"));
    QVERIFY(used.value(QStringLiteral("sha256")).toString() != netdesk::KnowledgeBase::loadEmbedded().value()->sha256);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
