// The project's own run of the clinical vignettes (tests/data/vignettes, a copy of the public set):
// each file is a row; netdesk-cli plans its case and the plan is held against "expect", with the
// same meaning as the shared check-vignettes tool.
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace netdesk::test;

namespace {

QSet<QString> codes(const QJsonArray& items, const QString& key)
{
    QSet<QString> out;
    for (const QJsonValue& v : items)
        out.insert(v.toObject().value(key).toString());
    return out;
}

QJsonObject byKey(const QJsonArray& items, const QString& key, const QString& value)
{
    for (const QJsonValue& v : items) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

QStringList checkPlan(const QJsonObject& exp, const QJsonObject& plan)
{
    QStringList problems;
    const QJsonObject cls = plan.value(QStringLiteral("classification")).toObject();
    for (const QString& key : {QStringLiteral("category"), QStringLiteral("grade")}) {
        if (exp.contains(key) && cls.value(key) != exp.value(key))
            problems
                << QStringLiteral("%1 %2, expected %3").arg(key, cls.value(key).toString(), exp.value(key).toString());
    }
    const QJsonArray recs = plan.value(QStringLiteral("recommendations")).toArray();
    const QSet<QString> rec = codes(recs, QStringLiteral("therapy"));
    for (const QString& c : strings(exp.value(QStringLiteral("recommend"))))
        if (!rec.contains(c))
            problems << c + QStringLiteral(" not recommended");
    for (const QJsonValue& group : exp.value(QStringLiteral("recommendAny")).toArray()) {
        const QStringList g = strings(group);
        if (!std::any_of(g.begin(), g.end(), [&](const QString& c) { return rec.contains(c); }))
            problems << QStringLiteral("none of %1 recommended").arg(g.join(u','));
    }
    for (const QString& c : strings(exp.value(QStringLiteral("notRecommend"))))
        if (rec.contains(c))
            problems << c + QStringLiteral(" recommended but should not be");
    const QJsonArray avoid = plan.value(QStringLiteral("avoid")).toArray();
    const QSet<QString> avoided = codes(avoid, QStringLiteral("therapy"));
    for (const QString& c : strings(exp.value(QStringLiteral("avoid"))))
        if (!avoided.contains(c))
            problems << c + QStringLiteral(" missing from avoid");
    for (const QString& key : {QStringLiteral("strength"), QStringLiteral("role")}) {
        const QJsonObject want = exp.value(key).toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            const QString got = byKey(recs, QStringLiteral("therapy"), it.key()).value(key).toString();
            if (got != it.value().toString())
                problems << QStringLiteral("%1 %2 %3, expected %4").arg(it.key(), key, got, it.value().toString());
        }
    }
    const QJsonObject avoidSeverity = exp.value(QStringLiteral("avoidSeverity")).toObject();
    for (auto it = avoidSeverity.begin(); it != avoidSeverity.end(); ++it) {
        const QString got =
            byKey(avoid, QStringLiteral("therapy"), it.key()).value(QStringLiteral("severity")).toString();
        if (got != it.value().toString())
            problems << QStringLiteral("avoid %1 severity %2").arg(it.key(), got);
    }
    const QJsonArray warnings = plan.value(QStringLiteral("warnings")).toArray();
    const QSet<QString> warned = codes(warnings, QStringLiteral("code"));
    const QJsonObject severity = exp.value(QStringLiteral("severity")).toObject();
    for (auto it = severity.begin(); it != severity.end(); ++it) {
        const QString got =
            byKey(warnings, QStringLiteral("code"), it.key()).value(QStringLiteral("severity")).toString();
        if (got != it.value().toString())
            problems << QStringLiteral("warning %1 severity %2").arg(it.key(), got);
    }
    for (const QString& c : strings(exp.value(QStringLiteral("warnings"))))
        if (!warned.contains(c))
            problems << QStringLiteral("warning %1 missing").arg(c);
    for (const QString& c : strings(exp.value(QStringLiteral("noWarnings"))))
        if (warned.contains(c))
            problems << QStringLiteral("warning %1 present").arg(c);
    const QStringList adverse =
        strings(plan.value(QStringLiteral("prognosis")).toObject().value(QStringLiteral("adverseFactors")));
    for (const QString& c : strings(exp.value(QStringLiteral("adverseFactors"))))
        if (!adverse.contains(c))
            problems << QStringLiteral("adverse factor %1 missing").arg(c);
    const QJsonObject fu = exp.value(QStringLiteral("followUp")).toObject();
    if (!fu.isEmpty()) {
        const QJsonArray items =
            plan.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("items")).toArray();
        const auto anyItem = [&](const QString& kind, int months) {
            for (const QJsonValue& v : items) {
                const QJsonObject i = v.toObject();
                if (i.value(QStringLiteral("kind")).toString() == kind &&
                    i.value(QStringLiteral("intervalMonths")).toInt() == months)
                    return true;
            }
            return false;
        };
        if (fu.contains(QStringLiteral("labsMonths")) &&
            !anyItem(QStringLiteral("labs"), fu.value(QStringLiteral("labsMonths")).toInt()))
            problems
                << QStringLiteral("no labs item every %1 months").arg(fu.value(QStringLiteral("labsMonths")).toInt());
        if (fu.contains(QStringLiteral("imagingMonths")) &&
            !anyItem(QStringLiteral("imaging"), fu.value(QStringLiteral("imagingMonths")).toInt()))
            problems << QStringLiteral("no imaging item every %1 months")
                            .arg(fu.value(QStringLiteral("imagingMonths")).toInt());
        QSet<QString> tests;
        for (const QJsonValue& v : items)
            for (const QString& t : strings(v.toObject().value(QStringLiteral("tests"))))
                tests.insert(t);
        for (const QString& t : strings(fu.value(QStringLiteral("tests"))))
            if (!tests.contains(t))
                problems << QStringLiteral("labs do not include %1").arg(t);
    }
    return problems;
}

} // namespace

class TestVignettes final : public QObject
{
    Q_OBJECT

private slots:
    void vignette_data();
    void vignette();
};

void TestVignettes::vignette_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(NETDESK_TEST_DATA "/vignettes"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 16, "the public vignettes are missing from tests/data/vignettes");
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestVignettes::vignette()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject v = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject exp = v.value(QStringLiteral("expect")).toObject();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString casePath = dir.filePath(QStringLiteral("case.json"));
    QFile caseFile(casePath);
    QVERIFY(caseFile.open(QIODevice::WriteOnly));
    caseFile.write(QJsonDocument(v.value(QStringLiteral("case")).toObject()).toJson());
    caseFile.close();

    QStringList args{QStringLiteral("plan"), casePath, QStringLiteral("--format"), QStringLiteral("json")};
    args << strings(v.value(QStringLiteral("args")));
    const CliRun run = runCli(args);
    const int wantExit = exp.value(QStringLiteral("exit")).toInt(0);
    QVERIFY2(run.exitCode == wantExit, qPrintable(QStringLiteral("exit %1, expected %2: %3")
                                                      .arg(run.exitCode)
                                                      .arg(wantExit)
                                                      .arg(QString::fromUtf8(run.err))));
    for (const QString& word : strings(exp.value(QStringLiteral("stderrMentions"))))
        QVERIFY2(QString::fromUtf8(run.err).contains(word, Qt::CaseInsensitive), qPrintable(word));
    if (wantExit != 0) {
        QVERIFY(run.out.isEmpty());
        return;
    }
    QJsonParseError error{};
    const QJsonDocument plan = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QStringList problems = checkPlan(exp, plan.object());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestVignettes)
#include "tst_vignettes.moc"
