// The plan as netdesk.plan/1 JSON: fields of the interchange, null grade, byte-identical output,
// and a citation for every evidence label the plan uses.
#include "core/interop/PlanJson.h"
#include "core/interop/ReviewWords.h"
#include "core/model/Vocabulary.h"
#include "core/interop/PlanText.h"
#include "tests/support/PlanFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

const char* necCase = R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"pancreas",
  "differentiation":"poor","necHistology":"small_cell","ki67":80,"diseaseStatus":"newly_diagnosed","ecog":1,
  "patient":{"birthDate":"1950-05-01","sex":"female"},"metastases":{"liver":true,"bone":true}})";

void collectEvidence(const QJsonValue& v, QSet<QString>& labels)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("evidence"))
                for (const QJsonValue& l : it.value().toArray())
                    labels.insert(l.toString());
            else if (it.key() != QLatin1String("references"))
                collectEvidence(it.value(), labels);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            collectEvidence(x, labels);
    }
}

} // namespace

class TestPlanJson final : public QObject
{
    Q_OBJECT

private slots:
    void interchangeFields();
    void byteIdentical();
    void everyLabelHasACitation();
    void textListsWarningsFirst();
    void reviewStatesInJson();
    void reviewStatesInText();
    void storedPlansReadHonestly();
};

void TestPlanJson::interchangeFields()
{
    const Planned p = planFor(parseObject(necCase));
    QVERIFY(p.ok);
    const QJsonObject o = planToJsonObject(p.plan);
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("netdesk.plan/1"));
    QCOMPARE(o.value(QStringLiteral("assessmentDate")).toString(), QStringLiteral("2026-11-02"));
    const QJsonObject kb = o.value(QStringLiteral("knowledgeBase")).toObject();
    QCOMPARE(kb.value(QStringLiteral("id")).toString(), embeddedKb()->id);
    QCOMPARE(kb.value(QStringLiteral("version")).toString(), embeddedKb()->version);
    QCOMPARE(kb.value(QStringLiteral("sha256")).toString(), embeddedKb()->sha256);
    const QJsonObject clinicalReview = kb.value(QStringLiteral("clinicalReview")).toObject();
    QCOMPARE(clinicalReview.value(QStringLiteral("status")).toString(), QStringLiteral("none"));
    QCOMPARE(clinicalReview.value(QStringLiteral("statement")).toString(),
             QStringLiteral("No clinician has reviewed this knowledge base."));
    const QJsonObject cls = o.value(QStringLiteral("classification")).toObject();
    QCOMPARE(cls.value(QStringLiteral("category")).toString(), QStringLiteral("NEC"));
    QVERIFY(cls.value(QStringLiteral("grade")).isNull());
    QVERIFY(!cls.value(QStringLiteral("basis")).toArray().isEmpty());
    for (const QJsonValue& r : o.value(QStringLiteral("recommendations")).toArray()) {
        const QJsonObject rec = r.toObject();
        for (const QString& key : {QStringLiteral("id"), QStringLiteral("therapy"), QStringLiteral("role"),
                                   QStringLiteral("strength"), QStringLiteral("priority"), QStringLiteral("review"),
                                   QStringLiteral("why"),
                                   QStringLiteral("evidence"), QStringLiteral("text"), QStringLiteral("patientText")})
            QVERIFY2(rec.contains(key), qPrintable(key));
    }
    // Dosing stands apart from the indication text, always as a published regimen to verify.
    bool regimenSeen = false;
    for (const QJsonValue& r : o.value(QStringLiteral("recommendations")).toArray()) {
        const QString regimen = r.toObject().value(QStringLiteral("regimen")).toString();
        if (regimen.isEmpty())
            continue;
        regimenSeen = true;
        QVERIFY2(regimen.startsWith(QStringLiteral("Published regimen: verify against local protocol.")),
                 qPrintable(regimen));
    }
    QVERIFY(regimenSeen);
    const QJsonObject prognosis = o.value(QStringLiteral("prognosis")).toObject();
    const QJsonArray factors = prognosis.value(QStringLiteral("adverseFactors")).toArray();
    QVERIFY(factors.contains(QStringLiteral("STAGE_IV")));
    QVERIFY(factors.contains(QStringLiteral("AGE_65_PLUS")));
    QVERIFY(factors.contains(QStringLiteral("KI67_GT_55")));
    const QJsonArray items = o.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() >= 2);
    for (const QJsonValue& v : items) {
        const QJsonObject i = v.toObject();
        QVERIFY(i.value(QStringLiteral("intervalMonths")).toInt() > 0);
        QVERIFY(i.contains(QStringLiteral("tests")) != i.contains(QStringLiteral("modalities")));
    }
}

void TestPlanJson::byteIdentical()
{
    const Planned a = planFor(parseObject(necCase));
    const Planned b = planFor(parseObject(necCase));
    QVERIFY(a.ok && b.ok);
    QCOMPARE(planToJson(a.plan), planToJson(b.plan));
    QVERIFY(planToJson(a.plan).size() > 1000);
}

void TestPlanJson::everyLabelHasACitation()
{
    const Planned p = planFor(parseObject(necCase));
    QVERIFY(p.ok);
    const QJsonObject o = planToJsonObject(p.plan);
    QSet<QString> labels;
    collectEvidence(o, labels);
    QVERIFY(labels.size() > 5);
    const QJsonObject refs = o.value(QStringLiteral("references")).toObject();
    // Each reference: its full citation and how far it was read (the knowledge base's status).
    for (const QString& label : labels) {
        const QJsonObject ref = refs.value(label).toObject();
        QVERIFY2(!ref.value(QStringLiteral("citation")).toString().isEmpty(), qPrintable(label));
        QVERIFY2(vocab::referenceStatuses().contains(ref.value(QStringLiteral("status")).toString()), qPrintable(label));
    }
    QCOMPARE(refs.value(QStringLiteral("Seed")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("seed"));
    // The reference list holds only what the plan uses: entries' labels and the grading's sources.
    for (auto it = refs.begin(); it != refs.end(); ++it)
        QVERIFY2(labels.contains(it.key()) || embeddedKb()->gradingEvidence.contains(it.key()), qPrintable(it.key()));
    QVERIFY(refs.contains(QStringLiteral("WHO 2019")));
}

void TestPlanJson::textListsWarningsFirst()
{
    const Planned p =
        planFor(parseObject(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"pancreas",
        "differentiation":"well","ki67":2,"sstrImaging":"positive","diseaseStatus":"progressive","ecog":0,"primaryResected":true,
        "priorSurgery":["pancreatoduodenectomy"],"ppiUse":true,"metastases":{"liver":true,"largestLiverLesionCm":3,"liverLesionCount":1}})"));
    QVERIFY(p.ok);
    const QString text = planToText(p.plan);
    const qsizetype critical = text.indexOf(QStringLiteral("CRITICAL LIVER_ABSCESS_RISK"));
    const qsizetype info = text.indexOf(QStringLiteral("INFO CGA_CONFOUNDER"));
    QVERIFY(critical > 0);
    QVERIFY(info > critical);
    QVERIFY(text.indexOf(QStringLiteral("RECOMMENDATIONS")) > info);
    for (const QString& line : text.split(u'\n'))
        QVERIFY2(line.size() <= 100 || !line.contains(u' '), qPrintable(line));
}


// Review states in the plan JSON: the new values only, dependsOn and priority as the knowledge base
// declares them, patient wording on every outcome a patient may see.
void TestPlanJson::reviewStatesInJson()
{
    const Planned p = planFor(parseObject(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02",
        "primarySite":"small_intestine","differentiation":"well","ki67":5,"sstrImaging":"positive",
        "diseaseStatus":"stable","ecog":0,"primaryResected":true,"resectableFraction":80,
        "metastases":{"liver":true}})"));
    QVERIFY(p.ok);
    const QByteArray json = planToJson(p.plan);
    QVERIFY(!json.contains("approved"));
    QVERIFY(json.contains("\"review\": \"source_checked\""));
    QVERIFY(json.contains("\"review\": \"pending\""));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    bool dependent = false;
    for (const QJsonValue& v : o.value(QStringLiteral("recommendations")).toArray()) {
        const QJsonObject r = v.toObject();
        QVERIFY(r.value(QStringLiteral("priority")).toInt() >= 1);
        if (r.value(QStringLiteral("therapy")).toString() == QLatin1String("PROPHYLACTIC_CHOLECYSTECTOMY")) {
            dependent = true;
            QCOMPARE(r.value(QStringLiteral("dependsOn")).toString(), QStringLiteral("CYTOREDUCTIVE_SURGERY"));
            QCOMPARE(r.value(QStringLiteral("priority")).toInt(), 23);
            QCOMPARE(r.value(QStringLiteral("review")).toString(), QStringLiteral("pending"));
        } else {
            QVERIFY(!r.contains(QStringLiteral("dependsOn")));
        }
    }
    QVERIFY(dependent);
    const QJsonArray outcomes =
        o.value(QStringLiteral("prognosis")).toObject().value(QStringLiteral("referenceOutcomes")).toArray();
    QVERIFY(!outcomes.isEmpty());
    for (const QJsonValue& v : outcomes) {
        const QJsonObject out = v.toObject();
        QVERIFY(out.value(QStringLiteral("patientVisible")).toBool());
        QVERIFY(out.value(QStringLiteral("patientText")).toString().contains(QStringLiteral("groups of patients")));
    }
}

// The text output says the knowledge base's review state and each statement's check in words.
void TestPlanJson::reviewStatesInText()
{
    const Planned p = planFor(parseObject(necCase));
    QVERIFY(p.ok);
    const QString text = planToText(p.plan);
    QVERIFY(text.contains(QStringLiteral("No clinician has reviewed this knowledge base.")));
    QVERIFY(text.contains(QStringLiteral("[checked against its source]")));
    QVERIFY(text.contains(QStringLiteral("[pending: not yet checked]")));
    QVERIFY(!text.contains(QStringLiteral("approved"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("source_checked")));
}

// A plan stored under the earlier wording is shown as it reads now: 'approved' as pending with a
// note of what it meant, no clinicalReview as none; the stored object itself is left alone.
void TestPlanJson::storedPlansReadHonestly()
{
    const QJsonObject stored = parseObject(R"({"schema":"netdesk.plan/1",
        "knowledgeBase":{"id":"netdesk-net-stage-iv","version":"2026.11.2","sha256":"00"},
        "recommendations":[{"therapy":"SSA","review":"approved","notes":[{"text":"x","review":"approved"}]},
                           {"therapy":"TUMOR_BOARD","review":"pending"}],
        "warnings":[{"code":"CGA_CONFOUNDER","review":"approved"}]})");
    int earlier = 0;
    const QJsonObject shown = review::readStoredPlan(stored, &earlier);
    QCOMPARE(earlier, 3);
    QVERIFY(!QJsonDocument(shown).toJson().contains("approved"));
    const QJsonArray recs = shown.value(QStringLiteral("recommendations")).toArray();
    QCOMPARE(recs.at(0).toObject().value(QStringLiteral("review")).toString(), QStringLiteral("pending"));
    QCOMPARE(recs.at(0).toObject().value(QStringLiteral("notes")).toArray().at(0).toObject().value(
                 QStringLiteral("review")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(shown.value(QStringLiteral("knowledgeBase")).toObject().value(QStringLiteral("clinicalReview")).toObject()
                 .value(QStringLiteral("status")).toString(),
             QStringLiteral("none"));
    QCOMPARE(review::clinicalReviewStatement(shown), QStringLiteral("No clinician has reviewed this knowledge base."));
    QVERIFY(review::earlierApprovedNote().contains(QStringLiteral("'approved'")));
    QVERIFY(review::earlierApprovedNote().contains(QStringLiteral("checked against a primary text")));
    QVERIFY(QJsonDocument(stored).toJson().contains("approved")); // the stored object is unchanged
    int none = -1;
    review::readStoredPlan(planToJsonObject(planFor(parseObject(necCase)).plan), &none);
    QCOMPARE(none, 0);
    QCOMPARE(review::words(QStringLiteral("source_checked")), QStringLiteral("checked against its source"));
    QCOMPARE(review::words(QStringLiteral("pending")), QStringLiteral("pending: not yet checked"));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
