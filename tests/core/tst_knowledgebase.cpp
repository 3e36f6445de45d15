// The knowledge-base loader: the embedded file loads and holds the interchange vocabulary; every
// kind of mistake in a knowledge-base file is an error that names its JSON path.
#include "core/guideline/KnowledgeBase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace netdesk;

namespace {

QJsonObject embeddedJson()
{
    QFile f(KnowledgeBase::embeddedPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the embedded knowledge base");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray toBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// Edits one element of a top-level array.
QJsonObject editArrayItem(QJsonObject root, const QString& key, int index,
                          const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray arr = root.value(key).toArray();
    QJsonObject item = arr.at(index).toObject();
    edit(item);
    arr.replace(index, item);
    root.insert(key, arr);
    return root;
}

} // namespace

class TestKnowledgeBase final : public QObject
{
    Q_OBJECT

private slots:
    void embeddedLoads();
    void holdsInterchangeVocabulary();
    void errorsNameTheJsonPath_data();
    void errorsNameTheJsonPath();
    void notJsonAndMissingFile();
    void shaFollowsTheBytes();
    void reviewStatesAreHonest();
};

void TestKnowledgeBase::embeddedLoads()
{
    const auto kb = KnowledgeBase::loadEmbedded();
    QVERIFY2(kb.ok(), qPrintable(kb.messages().join(u'\n')));
    QVERIFY(!kb.value()->id.isEmpty());
    QVERIFY(!kb.value()->version.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(kb.value()->sha256).hasMatch());
    QVERIFY(kb.value()->languages.contains(QStringLiteral("en")));
    QCOMPARE(kb.value()->defaultProtocol, QStringLiteral("standard"));
    QVERIFY(kb.value()->protocol(QStringLiteral("standard")));
    QVERIFY(kb.value()->protocol(QStringLiteral("esmo-2020")));
    const GradingRules& g = kb.value()->grading;
    QCOMPARE(g.ki67G1Below, 3.0);
    QCOMPARE(g.ki67G2UpTo, 20.0);
    QCOMPARE(g.mitosesG1Below, 2.0);
    QCOMPARE(g.mitosesG2UpTo, 20.0);
    QCOMPARE(g.lungAtypicalUpTo, 10.0);
    QCOMPARE(g.ki67Cutoffs, QList<double>({3, 10, 20, 55}));
}

void TestKnowledgeBase::holdsInterchangeVocabulary()
{
    const auto kb = KnowledgeBase::loadEmbedded();
    QVERIFY(kb.ok());
    const QStringList therapies{QStringLiteral("SSA"),
                                QStringLiteral("EVEROLIMUS"),
                                QStringLiteral("SUNITINIB"),
                                QStringLiteral("CABOZANTINIB"),
                                QStringLiteral("PRRT"),
                                QStringLiteral("CAPTEM"),
                                QStringLiteral("TEMOZOLOMIDE"),
                                QStringLiteral("STZ_5FU"),
                                QStringLiteral("FOLFOX"),
                                QStringLiteral("FOLFIRI"),
                                QStringLiteral("PLATINUM_ETOPOSIDE"),
                                QStringLiteral("INTERFERON_ALPHA"),
                                QStringLiteral("TELOTRISTAT"),
                                QStringLiteral("CYTOREDUCTIVE_SURGERY"),
                                QStringLiteral("RFA"),
                                QStringLiteral("TAE_TACE"),
                                QStringLiteral("SIRT"),
                                QStringLiteral("PROPHYLACTIC_CHOLECYSTECTOMY"),
                                QStringLiteral("TUMOR_BOARD"),
                                QStringLiteral("PALLIATIVE_CARE"),
                                QStringLiteral("BRAIN_MRI"),
                                QStringLiteral("SSTR_PET"),
                                QStringLiteral("CHD_SCREENING"),
                                QStringLiteral("PATHOLOGY_REVIEW"),
                                // Revision 2 (2026-12)
                                QStringLiteral("PLATINUM_ETOPOSIDE_ICI"),
                                QStringLiteral("BRAIN_RT"),
                                QStringLiteral("CORTICOSTEROIDS"),
                                QStringLiteral("GLUCOSE_SUPPORT"),
                                QStringLiteral("DIAZOXIDE"),
                                QStringLiteral("PPI_HIGH_DOSE"),
                                QStringLiteral("SSA_DOSE_ESCALATION"),
                                QStringLiteral("ACTIVE_SURVEILLANCE"),
                                QStringLiteral("PRIMARY_RESECTION_ASSESSMENT"),
                                QStringLiteral("FDG_PET")};
    QCOMPARE(QSet<QString>(kb.value()->therapyCodes.begin(), kb.value()->therapyCodes.end()),
             QSet<QString>(therapies.begin(), therapies.end()));
    QSet<QString> recommended;
    for (const KbRecommendation& r : kb.value()->recommendations)
        recommended.insert(r.therapy);
    for (const QString& t : therapies)
        QVERIFY2(recommended.contains(t), qPrintable(t + QStringLiteral(" is never recommended")));

    const QStringList warnings{QStringLiteral("GRADE_DISCORDANT"),
                               QStringLiteral("KI67_NEAR_CUTOFF"),
                               QStringLiteral("DIFFERENTIATION_KI67_CONFLICT"),
                               QStringLiteral("PATHOLOGY_REVIEW_REQUIRED"),
                               QStringLiteral("SSTR_IMAGING_NEEDED"),
                               QStringLiteral("SSTR_NEGATIVE"),
                               QStringLiteral("NO_ADJUVANT_SSA"),
                               QStringLiteral("LIVER_ABSCESS_RISK"),
                               QStringLiteral("CARCINOID_CRISIS_PROPHYLAXIS"),
                               QStringLiteral("PNET_RESECTION_APPROACH"),
                               QStringLiteral("INSULINOMA_SSA_CAUTION"),
                               QStringLiteral("POOR_PERFORMANCE_STATUS"),
                               QStringLiteral("CGA_CONFOUNDER"),
                               QStringLiteral("HISTOLOGY_DISCORDANT")};
    QSet<QString> warningCodes;
    for (const KbWarning& w : kb.value()->warnings)
        warningCodes.insert(w.code);
    QCOMPARE(warningCodes, QSet<QString>(warnings.begin(), warnings.end()));

    const QStringList factors{QStringLiteral("STAGE_IV"),           QStringLiteral("HIGH_GRADE"),
                              QStringLiteral("KI67_GT_20"),         QStringLiteral("KI67_GT_55"),
                              QStringLiteral("ECOG_2_PLUS"),        QStringLiteral("BRAIN_METASTASES"),
                              QStringLiteral("LIVER_BURDEN_GT_25"), QStringLiteral("PANCREATIC_PRIMARY"),
                              QStringLiteral("AGE_65_PLUS"),        QStringLiteral("PRIMARY_NOT_RESECTED")};
    QSet<QString> factorCodes;
    for (const KbFactor& f : kb.value()->factors)
        factorCodes.insert(f.code);
    QCOMPARE(factorCodes, QSet<QString>(factors.begin(), factors.end()));
}

void TestKnowledgeBase::errorsNameTheJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    const QJsonObject kb = embeddedJson();
    const auto edit = [&](const char* name, QJsonObject changed, const char* path, const char* words) {
        QTest::newRow(name) << toBytes(changed) << QString::fromUtf8(path) << QString::fromUtf8(words);
    };

    QJsonObject o = kb;
    o.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    edit("unknown top-level key", o, "colour", "unknown key");

    edit("label for a fact the case does not have",
         editArrayItem(kb, QStringLiteral("factLabels"), 0,
                       [](QJsonObject& f) { f.insert(QStringLiteral("name"), QStringLiteral("necrotic")); }),
         "factLabels[0].name", "not a fact of the case format");
    edit("label for a value the fact does not take",
         editArrayItem(kb, QStringLiteral("factLabels"), 26,
                       [](QJsonObject& f) {
                           QJsonObject values = f.value(QStringLiteral("values")).toObject();
                           values.insert(QStringLiteral("pancrease"),
                                         QJsonObject{{QStringLiteral("en"), QStringLiteral("x")},
                                                     {QStringLiteral("de"), QStringLiteral("x")}});
                           f.insert(QStringLiteral("values"), values);
                       }),
         "factLabels[26].values.pancrease", "not a value of primarySite");
    edit("unknown unit",
         editArrayItem(kb, QStringLiteral("factLabels"), 17,
                       [](QJsonObject& f) { f.insert(QStringLiteral("unit"), QStringLiteral("percent")); }),
         "factLabels[17].unit", "allowed: %, cm");
    edit("unknown key in a recommendation",
         editArrayItem(kb, QStringLiteral("recommendations"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("strenght"), 1); }),
         "recommendations[0].strenght", "unknown key");
    edit("unknown case fact",
         editArrayItem(kb, QStringLiteral("recommendations"), 3,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("ki68"), 1}});
                       }),
         "recommendations[3].when.ki68", "unknown case fact");
    edit("unknown fact inside anyOf",
         editArrayItem(kb, QStringLiteral("avoid"), 1,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("when"),
                                    QJsonObject{{QStringLiteral("anyOf"),
                                                 QJsonArray{QJsonObject{{QStringLiteral("ecog"),
                                                                         QJsonObject{{QStringLiteral("gt"), 2}}}},
                                                            QJsonObject{{QStringLiteral("ecgo"), 1}}}}});
                       }),
         "avoid[1].when.anyOf[1].ecgo", "unknown case fact");
    edit("value not allowed for a fact",
         editArrayItem(kb, QStringLiteral("recommendations"), 3,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("when"),
                                    QJsonObject{{QStringLiteral("primarySite"), QStringLiteral("pancrease")}});
                       }),
         "recommendations[3].when.primarySite", "pancrease");
    edit("unknown operator",
         editArrayItem(kb, QStringLiteral("warnings"), 0,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("when"),
                                    QJsonObject{{QStringLiteral("ki67"), QJsonObject{{QStringLiteral("below"), 3}}}});
                       }),
         "warnings[0].when.ki67.below", "unknown operator");
    edit("evidence label not in references",
         editArrayItem(
             kb, QStringLiteral("recommendations"), 2,
             [](QJsonObject& r) { r.insert(QStringLiteral("evidence"), QJsonArray{QStringLiteral("NETTER-3")}); }),
         "recommendations[2].evidence[0]", "NETTER-3");
    edit("strength not allowed",
         editArrayItem(kb, QStringLiteral("recommendations"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("strength"), QStringLiteral("mandatory")); }),
         "recommendations[0].strength", "mandatory");
    edit("review not allowed",
         editArrayItem(kb, QStringLiteral("avoid"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("review"), QStringLiteral("checked")); }),
         "avoid[0].review", "checked");
    edit("therapy not in the list",
         editArrayItem(kb, QStringLiteral("recommendations"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("therapy"), QStringLiteral("ASPIRIN")); }),
         "recommendations[0].therapy", "ASPIRIN");
    edit("missing text for a language",
         editArrayItem(kb, QStringLiteral("warnings"), 1,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("message"),
                                    QJsonObject{{QStringLiteral("professional"), QJsonObject{}},
                                                {QStringLiteral("patient"),
                                                 QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}}}});
                       }),
         "warnings[1].message.professional.en", "missing text");
    edit(
        "duplicate id",
        editArrayItem(
            kb, QStringLiteral("recommendations"), 1,
            [&](QJsonObject& r) {
                r.insert(
                    QStringLiteral("id"),
                    kb.value(QStringLiteral("recommendations")).toArray().at(0).toObject().value(QStringLiteral("id")));
            }),
        "recommendations[1].id", "twice");
    edit("missing when",
         editArrayItem(kb, QStringLiteral("avoid"), 2, [](QJsonObject& r) { r.remove(QStringLiteral("when")); }),
         "avoid[2].when", "missing");
    o = kb;
    QJsonObject therapies = o.value(QStringLiteral("therapies")).toObject();
    therapies.insert(QStringLiteral("ASPIRIN"), therapies.value(QStringLiteral("SSA")));
    o.insert(QStringLiteral("therapies"), therapies);
    edit("therapy code outside the plan format", o, "therapies.ASPIRIN", "not a therapy code of the plan format");
    edit("warning code outside the plan format",
         editArrayItem(kb, QStringLiteral("warnings"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("code"), QStringLiteral("MY_WARNING")); }),
         "warnings[0].code", "not a warning code");
    {
        QJsonObject changed = kb;
        QJsonObject prognosis = changed.value(QStringLiteral("prognosis")).toObject();
        QJsonArray factors = prognosis.value(QStringLiteral("factors")).toArray();
        QJsonObject factor = factors.at(1).toObject();
        factor.insert(QStringLiteral("code"), QStringLiteral("TALL"));
        factors.replace(1, factor);
        prognosis.insert(QStringLiteral("factors"), factors);
        changed.insert(QStringLiteral("prognosis"), prognosis);
        edit("factor code outside the plan format", changed, "prognosis.factors[1].code", "not an adverse factor code");
    }
    edit("placeholder naming no fact",
         editArrayItem(kb, QStringLiteral("warnings"), 2,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("message"),
                                    QJsonObject{{QStringLiteral("professional"),
                                                 QJsonObject{{QStringLiteral("en"), QStringLiteral("Ki-67 {ki68} %")}}},
                                                {QStringLiteral("patient"),
                                                 QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}}}});
                       }),
         "warnings[2].message.professional.en", "{ki68}");

    // Review states and the reference list (clinical.md, header; Revision 2)
    edit("approved is refused",
         editArrayItem(kb, QStringLiteral("avoid"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("review"), QStringLiteral("approved")); }),
         "avoid[0].review", "never ships");
    edit("source_checked needs a checked source",
         editArrayItem(kb, QStringLiteral("warnings"), 0,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("evidence"), QJsonArray{QStringLiteral("Seed")});
                           r.insert(QStringLiteral("review"), QStringLiteral("source_checked"));
                       }),
         "warnings[0].review", "status is 'checked'");
    edit("a secondary source does not make source_checked",
         editArrayItem(kb, QStringLiteral("warnings"), 0,
                       [](QJsonObject& r) {
                           r.insert(QStringLiteral("evidence"), QJsonArray{QStringLiteral("ESMO 2020 GEP")});
                           r.insert(QStringLiteral("review"), QStringLiteral("source_checked"));
                       }),
         "warnings[0].review", "status is 'checked'");
    {
        QJsonObject changed = kb;
        QJsonObject refs = changed.value(QStringLiteral("references")).toObject();
        QJsonObject seed = refs.value(QStringLiteral("Seed")).toObject();
        seed.insert(QStringLiteral("status"), QStringLiteral("read"));
        refs.insert(QStringLiteral("Seed"), seed);
        changed.insert(QStringLiteral("references"), refs);
        edit("reference status unknown", changed, "references.Seed.status", "read");
        refs.insert(QStringLiteral("Seed"), QStringLiteral("a citation without a status"));
        changed.insert(QStringLiteral("references"), refs);
        edit("reference without status", changed, "references.Seed", "must be an object");
    }
    o = kb;
    o.insert(QStringLiteral("clinicalReview"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("signed_off")},
                         {QStringLiteral("statement"), o.value(QStringLiteral("clinicalReview"))
                                                           .toObject()
                                                           .value(QStringLiteral("statement"))}});
    edit("a sign-off is never shipped", o, "clinicalReview.status", "signed_off");
    o = kb;
    o.remove(QStringLiteral("clinicalReview"));
    edit("clinical review state missing", o, "clinicalReview", "missing");
    edit("priority missing",
         editArrayItem(kb, QStringLiteral("recommendations"), 0,
                       [](QJsonObject& r) { r.remove(QStringLiteral("priority")); }),
         "recommendations[0].priority", "missing");
    edit("priority not whole",
         editArrayItem(kb, QStringLiteral("recommendations"), 0,
                       [](QJsonObject& r) { r.insert(QStringLiteral("priority"), 2.5); }),
         "recommendations[0].priority", "whole number");
    {
        const QJsonArray recs = kb.value(QStringLiteral("recommendations")).toArray();
        int gallbladder = -1;
        for (int i = 0; i < recs.size(); ++i) {
            if (recs.at(i).toObject().value(QStringLiteral("therapy")).toString() ==
                QLatin1String("PROPHYLACTIC_CHOLECYSTECTOMY"))
                gallbladder = i;
        }
        QVERIFY(gallbladder >= 0);
        const QByteArray path = QStringLiteral("recommendations[%1].dependsOn").arg(gallbladder).toUtf8();
        edit("dependsOn names no therapy",
             editArrayItem(kb, QStringLiteral("recommendations"), gallbladder,
                           [](QJsonObject& r) { r.insert(QStringLiteral("dependsOn"), QStringLiteral("SURGERY")); }),
             path.constData(), "not in the therapy list");
        edit("dependent entry ranked before its target",
             editArrayItem(kb, QStringLiteral("recommendations"), gallbladder,
                           [](QJsonObject& r) { r.insert(QStringLiteral("priority"), 5); }),
             path.constData(), "must be later");
    }
    {
        QJsonObject changed = kb;
        QJsonObject prognosis = changed.value(QStringLiteral("prognosis")).toObject();
        QJsonArray outcomes = prognosis.value(QStringLiteral("referenceOutcomes")).toArray();
        QJsonObject outcome = outcomes.at(0).toObject();
        outcome.remove(QStringLiteral("patientText"));
        outcomes.replace(0, outcome);
        prognosis.insert(QStringLiteral("referenceOutcomes"), outcomes);
        changed.insert(QStringLiteral("prognosis"), prognosis);
        edit("outcome without patient wording", changed, "prognosis.referenceOutcomes[0].patientText", "missing");
        outcome = outcomes.at(0).toObject();
        outcome.insert(QStringLiteral("patientText"), prognosis.value(QStringLiteral("referenceOutcomes"))
                                                          .toArray()
                                                          .at(1)
                                                          .toObject()
                                                          .value(QStringLiteral("patientText")));
        outcome.insert(QStringLiteral("patientVisible"), false);
        outcomes.replace(0, outcome);
        prognosis.insert(QStringLiteral("referenceOutcomes"), outcomes);
        changed.insert(QStringLiteral("prognosis"), prognosis);
        edit("hidden outcome with patient wording", changed, "prognosis.referenceOutcomes[0].patientText",
             "patientVisible is false");
    }
    o = kb;
    o.insert(QStringLiteral("defaultProtocol"), QStringLiteral("nccn"));
    edit("default protocol unknown", o, "defaultProtocol", "nccn");
    o = kb;
    QJsonObject grading = o.value(QStringLiteral("grading")).toObject();
    grading.remove(QStringLiteral("ki67G2UpTo"));
    o.insert(QStringLiteral("grading"), grading);
    edit("grading cut-off missing", o, "grading.ki67G2UpTo", "missing");
    o = kb;
    QJsonArray protocols = o.value(QStringLiteral("protocols")).toArray();
    QJsonObject standard = protocols.at(0).toObject();
    QJsonArray items = standard.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(0).toObject();
    QJsonObject fractional = item;
    item.insert(QStringLiteral("intervals"), QJsonArray{});
    items.replace(0, item);
    standard.insert(QStringLiteral("items"), items);
    protocols.replace(0, standard);
    o.insert(QStringLiteral("protocols"), protocols);
    edit("protocol item without intervals", o, "protocols[0].items[0].intervals", "at least one");
    QJsonArray intervals = fractional.value(QStringLiteral("intervals")).toArray();
    QJsonObject interval = intervals.at(0).toObject();
    interval.insert(QStringLiteral("months"), 1.5);
    intervals.replace(0, interval);
    fractional.insert(QStringLiteral("intervals"), intervals);
    items.replace(0, fractional);
    standard.insert(QStringLiteral("items"), items);
    protocols.replace(0, standard);
    o.insert(QStringLiteral("protocols"), protocols);
    edit("months not whole", o, "protocols[0].items[0].intervals[0].months", "whole number");
}

void TestKnowledgeBase::errorsNameTheJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, words);
    const auto kb = KnowledgeBase::load(json);
    QVERIFY(!kb.ok());
    bool found = false;
    for (const Problem& p : kb.problems())
        found = found || (p.where == path && p.toString().contains(words));
    QVERIFY2(found, qPrintable(QStringLiteral("expected '%1' naming '%2'; got:\n").arg(path, words) +
                               kb.messages().join(u'\n')));
}

void TestKnowledgeBase::notJsonAndMissingFile()
{
    const auto notJson = KnowledgeBase::load("{ \"format\": ");
    QVERIFY(!notJson.ok());
    QVERIFY(notJson.messages().join(u' ').contains(QStringLiteral("not valid JSON")));
    const auto missing = KnowledgeBase::loadFile(QStringLiteral("/nonexistent/kb.json"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.messages().join(u' ').contains(QStringLiteral("/nonexistent/kb.json")));
}

void TestKnowledgeBase::shaFollowsTheBytes()
{
    QJsonObject o = embeddedJson();
    o.insert(QStringLiteral("version"), QStringLiteral("9.9.9"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kb.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(toBytes(o));
    f.close();
    const auto changed = KnowledgeBase::loadFile(path);
    const auto embedded = KnowledgeBase::loadEmbedded();
    QVERIFY(changed.ok() && embedded.ok());
    QCOMPARE(changed.value()->version, QStringLiteral("9.9.9"));
    QVERIFY(changed.value()->sha256 != embedded.value()->sha256);
}

// The shipped file: no "approved" anywhere, its own clinical-review state is "none", every entry is
// source_checked or pending (no draft ships), and the counts use the new words only.
void TestKnowledgeBase::reviewStatesAreHonest()
{
    QFile f(KnowledgeBase::embeddedPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("\"approved\""));
    QVERIFY(!bytes.contains("freigegeben"));
    const auto kb = KnowledgeBase::load(bytes);
    QVERIFY(kb.ok());
    QCOMPARE(kb.value()->clinicalReviewStatus, QStringLiteral("none"));
    QCOMPARE(kb.value()->clinicalReviewStatement.get(QStringLiteral("en")),
             QStringLiteral("No clinician has reviewed this knowledge base."));
    QCOMPARE(kb.value()->clinicalReviewStatement.get(QStringLiteral("de")),
             QStringLiteral("Kein Kliniker hat diese Wissensbasis geprüft."));
    const QMap<QString, int> counts = kb.value()->reviewCounts();
    QCOMPARE(QSet<QString>(counts.keyBegin(), counts.keyEnd()),
             QSet<QString>({QStringLiteral("source_checked"), QStringLiteral("pending")}));
    QVERIFY(counts.value(QStringLiteral("source_checked")) > 50);
    QVERIFY(counts.value(QStringLiteral("pending")) > 30);
    // Each reference holds its status; the seed is the seed.
    QCOMPARE(kb.value()->referenceStatus.value(QStringLiteral("Seed")), QStringLiteral("seed"));
    QCOMPARE(kb.value()->referenceStatus.value(QStringLiteral("IMpower133")), QStringLiteral("checked"));
    QCOMPARE(kb.value()->referenceStatus.value(QStringLiteral("Hofland 2023")), QStringLiteral("secondary"));
    // Entries of a therapy share its declared priority, in the order of clinical.md §9.
    QHash<QString, int> priority;
    for (const KbRecommendation& r : kb.value()->recommendations) {
        QVERIFY2(r.priority >= 1, qPrintable(r.id));
        QVERIFY2(!priority.contains(r.therapy) || priority.value(r.therapy) == r.priority, qPrintable(r.id));
        priority.insert(r.therapy, r.priority);
    }
    QVERIFY(priority.value(QStringLiteral("SSA_DOSE_ESCALATION")) < priority.value(QStringLiteral("TELOTRISTAT")));
    QVERIFY(priority.value(QStringLiteral("TELOTRISTAT")) < priority.value(QStringLiteral("INTERFERON_ALPHA")));
    QVERIFY(priority.value(QStringLiteral("CYTOREDUCTIVE_SURGERY")) <
            priority.value(QStringLiteral("PROPHYLACTIC_CHOLECYSTECTOMY")));
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
