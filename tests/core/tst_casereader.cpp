#include "core/model/Case.h"
#include "core/model/CaseReader.h"
#include "core/model/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <initializer_list>
#include <utility>

using netdesk::Case;
using netdesk::CaseReader;
using netdesk::CaseReaderOptions;
using netdesk::Problem;

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}
QJsonValue s(const char* text)
{
    return QJsonValue(QString::fromUtf8(text));
}

// A patch: key path ("ki67", "metastases.liver", "patient.sex") → the value to set.
QJsonObject set(std::initializer_list<std::pair<const char*, QJsonValue>> entries)
{
    QJsonObject patch;
    for (const auto& [path, value] : entries)
        patch.insert(str(path), value);
    return patch;
}

QStringList remove(std::initializer_list<const char*> paths)
{
    QStringList out;
    for (const char* path : paths)
        out << str(path);
    return out;
}

void setPath(QJsonObject& obj, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        obj.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject child = obj.value(head).toObject();
    setPath(child, path.mid(dot + 1), value);
    obj.insert(head, child);
}

void removePath(QJsonObject& obj, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        obj.remove(path.toString());
        return;
    }
    const QString head = path.left(dot).toString();
    if (!obj.value(head).isObject())
        return;
    QJsonObject child = obj.value(head).toObject();
    removePath(child, path.mid(dot + 1));
    obj.insert(head, child);
}

// The case format's therapy codes (the data file; tst_knowledgebase checks it against the format).
QStringList therapyCodes()
{
    return netdesk::vocab::therapyCodes();
}

const QDate today(2026, 11, 27);

CaseReaderOptions options()
{
    return {today, therapyCodes()};
}

// A valid case that uses every field of the format, so that one modification makes exactly the
// field under test wrong.
QJsonObject baseCase()
{
    QJsonObject patient{{QStringLiteral("id"), QStringLiteral("P-0001")},
                        {QStringLiteral("familyName"), QStringLiteral("Muster")},
                        {QStringLiteral("givenName"), QStringLiteral("Erika")},
                        {QStringLiteral("birthDate"), QStringLiteral("1960-05-10")},
                        {QStringLiteral("sex"), QStringLiteral("female")}};
    QJsonObject metastases{{QStringLiteral("liver"), true},
                           {QStringLiteral("bone"), false},
                           {QStringLiteral("lung"), false},
                           {QStringLiteral("peritoneum"), false},
                           {QStringLiteral("distantLymphNodes"), true},
                           {QStringLiteral("brain"), false},
                           {QStringLiteral("liverLesionCount"), 3},
                           {QStringLiteral("largestLiverLesionCm"), 2.5},
                           {QStringLiteral("liverInvolvementPercent"), 10}};
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("netdesk.case/1")},
                       {QStringLiteral("assessmentDate"), QStringLiteral("2026-11-02")},
                       {QStringLiteral("patient"), patient},
                       {QStringLiteral("primarySite"), QStringLiteral("pancreas")},
                       {QStringLiteral("differentiation"), QStringLiteral("well")},
                       {QStringLiteral("ki67"), 12},
                       {QStringLiteral("functionalSyndrome"), QStringLiteral("none")},
                       {QStringLiteral("uncontrolledSyndrome"), false},
                       {QStringLiteral("sstrImaging"), QStringLiteral("positive")},
                       {QStringLiteral("diseaseStatus"), QStringLiteral("stable")},
                       {QStringLiteral("ecog"), 1},
                       {QStringLiteral("metastases"), metastases},
                       {QStringLiteral("resectableFraction"), 50},
                       {QStringLiteral("primaryResected"), true},
                       {QStringLiteral("completeResection"), false},
                       {QStringLiteral("priorSurgery"), QJsonArray{s("primary_resection")}},
                       {QStringLiteral("priorTherapies"), QJsonArray{s("SSA")}},
                       {QStringLiteral("neuroSymptoms"), false},
                       {QStringLiteral("ppiUse"), false},
                       {QStringLiteral("renalImpairment"), false}};
}

QJsonObject modified(const QJsonObject& patch, const QStringList& removals)
{
    QJsonObject obj = baseCase();
    for (const QString& path : removals)
        removePath(obj, path);
    for (auto it = patch.begin(); it != patch.end(); ++it)
        setPath(obj, it.key(), it.value());
    return obj;
}

QString listProblems(const netdesk::Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << QStringLiteral("  [%1] %2").arg(p.where, p.toString());
    return lines.join(QLatin1Char('\n'));
}

// A row: the modification, then the field that must be named (empty: the case must pass), a text
// the problem must contain (the offending value as given) and optionally what is allowed.
void row(const char* name, const QJsonObject& patch, const QStringList& removals, const char* where, const char* value,
         const char* allowed = "")
{
    QTest::addRow("%s", name) << patch << removals << str(where) << str(value) << str(allowed);
}

void ok(const char* name, const QJsonObject& patch, const QStringList& removals = {})
{
    row(name, patch, removals, "", "");
}

void bad(const char* name, const QJsonObject& patch, const char* where, const char* value, const char* allowed = "")
{
    row(name, patch, {}, where, value, allowed);
}

// The lung case the lung-only rows start from: mitoses, no Ki-67 (Ki-67 does not grade lung).
QJsonObject lung(std::initializer_list<std::pair<const char*, QJsonValue>> more = {})
{
    QJsonObject patch = set({{"primarySite", s("lung")}, {"mitoses", 1}});
    for (const auto& [path, value] : more)
        patch.insert(str(path), value);
    return patch;
}

} // namespace

class TestCaseReader final : public QObject
{
    Q_OBJECT

private slots:
    void duplicateKeysAreReported();
    void implausibleLesionCountIsRejected();
    void baseCaseIsValid();
    void validation_data();
    void validation();
    void reportsEveryProblemAtOnce();
    void notJsonNamesCase_data();
    void notJsonNamesCase();
    void readsValidJsonBytes();
    void appliesDefaults();
    void readsGivenValues();
    void futureLimitFollowsInjectedToday();
    void therapyCodesComeFromOptions();
    void vignetteCases_data();
    void vignetteCases();
    void ageYears_data();
    void ageYears();
};

void TestCaseReader::baseCaseIsValid()
{
    const auto result = CaseReader::fromObject(baseCase(), options());
    QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
}

void TestCaseReader::validation_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QStringList>("removals");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("allowed");

    ok("unchanged", {});

    // schema
    row("schema missing", {}, remove({"schema"}), "schema", "missing", "netdesk.case/1");
    bad("schema version 2", set({{"schema", s("netdesk.case/2")}}), "schema", "netdesk.case/2", "netdesk.case/1");
    bad("schema plan", set({{"schema", s("netdesk.plan/1")}}), "schema", "netdesk.plan/1", "netdesk.case/1");
    bad("schema number", set({{"schema", 1}}), "schema", "1", "netdesk.case/1");

    // unknown fields
    bad("unknown top-level field", set({{"foo", s("bar")}}), "foo", "bar");
    bad("unknown top-level typo Ki67", set({{"Ki67", 12}}), "Ki67", "12");
    bad("unknown top-level field stage", set({{"stage", s("IV")}}), "stage", "IV");
    bad("unknown metastases field", set({{"metastases.spleen", true}}), "metastases.spleen", "true");
    bad("unknown metastases typo", set({{"metastases.livr", true}}), "metastases.livr", "true");
    bad("unknown patient field", set({{"patient.age", 66}}), "patient.age", "66");
    bad("unknown patient typo", set({{"patient.birthdate", s("1960-05-10")}}), "patient.birthdate", "1960-05-10");

    // assessmentDate
    ok("assessmentDate missing (today)", {}, remove({"assessmentDate"}));
    ok("assessmentDate today", set({{"assessmentDate", s("2026-11-27")}}));
    ok("assessmentDate leap day", set({{"assessmentDate", s("2024-02-29")}}));
    bad("assessmentDate month 13", set({{"assessmentDate", s("2026-13-01")}}), "assessmentDate", "2026-13-01",
        "YYYY-MM-DD");
    bad("assessmentDate no padding", set({{"assessmentDate", s("2026-2-1")}}), "assessmentDate", "2026-2-1",
        "YYYY-MM-DD");
    bad("assessmentDate Feb 30", set({{"assessmentDate", s("2026-02-30")}}), "assessmentDate", "2026-02-30");
    bad("assessmentDate not leap year", set({{"assessmentDate", s("2025-02-29")}}), "assessmentDate", "2025-02-29");
    bad("assessmentDate German format", set({{"assessmentDate", s("02.11.2026")}}), "assessmentDate", "02.11.2026");
    bad("assessmentDate with time", set({{"assessmentDate", s("2026-11-02T10:00:00")}}), "assessmentDate",
        "2026-11-02T10:00:00");
    bad("assessmentDate number", set({{"assessmentDate", 20261102}}), "assessmentDate", "20261102");
    bad("assessmentDate tomorrow", set({{"assessmentDate", s("2026-11-28")}}), "assessmentDate", "2026-11-28");
    bad("assessmentDate next year", set({{"assessmentDate", s("2027-01-01")}}), "assessmentDate", "2027-01-01");

    // patient
    ok("patient missing", {}, remove({"patient"}));
    ok("patient empty", set({{"patient", QJsonObject()}}));
    ok("patient birthDate on assessmentDate", set({{"patient.birthDate", s("2026-11-02")}}));
    ok("patient birthDate today without assessmentDate", set({{"patient.birthDate", s("2026-11-27")}}),
       remove({"assessmentDate"}));
    bad("patient not an object", set({{"patient", s("P-0001")}}), "patient", "P-0001");
    bad("patient.id number", set({{"patient.id", 42}}), "patient.id", "42");
    bad("patient.familyName bool", set({{"patient.familyName", true}}), "patient.familyName", "true");
    bad("patient.givenName number", set({{"patient.givenName", 7}}), "patient.givenName", "7");
    bad("patient.birthDate bad format", set({{"patient.birthDate", s("1960-5-10")}}), "patient.birthDate", "1960-5-10",
        "YYYY-MM-DD");
    bad("patient.birthDate month 13", set({{"patient.birthDate", s("1960-13-10")}}), "patient.birthDate", "1960-13-10");
    bad("patient.birthDate number", set({{"patient.birthDate", 1960}}), "patient.birthDate", "1960");
    bad("patient.birthDate after assessmentDate", set({{"patient.birthDate", s("2026-11-03")}}), "patient.birthDate",
        "2026-11-03");
    row("patient.birthDate after today without assessmentDate", set({{"patient.birthDate", s("2026-11-28")}}),
        remove({"assessmentDate"}), "patient.birthDate", "2026-11-28");
    for (const char* sex : {"female", "male", "other", "unknown"})
        ok(qPrintable(QStringLiteral("patient.sex %1").arg(str(sex))), set({{"patient.sex", s(sex)}}));
    bad("patient.sex abbreviation", set({{"patient.sex", s("f")}}), "patient.sex", "f", "female");
    bad("patient.sex capitalised", set({{"patient.sex", s("Female")}}), "patient.sex", "Female", "female");
    bad("patient.sex number", set({{"patient.sex", 1}}), "patient.sex", "1");

    // primarySite
    for (const char* site : {"pancreas", "small_intestine", "appendix", "colon", "rectum", "stomach", "duodenum",
                             "unknown_primary", "other"})
        ok(qPrintable(QStringLiteral("primarySite %1").arg(str(site))), set({{"primarySite", s(site)}}));
    ok("primarySite lung with mitoses", lung());
    ok("primarySite thymus with mitoses", set({{"primarySite", s("thymus")}, {"mitoses", 1}}), remove({"ki67"}));
    row("primarySite missing", {}, remove({"primarySite"}), "primarySite", "missing", "pancreas");
    bad("primarySite typo", set({{"primarySite", s("pancrease")}}), "primarySite", "pancrease", "pancreas");
    bad("primarySite capitalised", set({{"primarySite", s("Pancreas")}}), "primarySite", "Pancreas");
    bad("primarySite ileum", set({{"primarySite", s("ileum")}}), "primarySite", "ileum", "small_intestine");
    bad("primarySite number", set({{"primarySite", 3}}), "primarySite", "3");

    // differentiation
    for (const char* d : {"well", "poor", "unknown"})
        ok(qPrintable(QStringLiteral("differentiation %1").arg(str(d))), set({{"differentiation", s(d)}}));
    row("differentiation missing", {}, remove({"differentiation"}), "differentiation", "missing", "well");
    bad("differentiation moderate", set({{"differentiation", s("moderate")}}), "differentiation", "moderate", "poor");
    bad("differentiation bool", set({{"differentiation", true}}), "differentiation", "true");

    // ki67
    ok("ki67 0", set({{"ki67", 0}}));
    ok("ki67 100", set({{"ki67", 100}}));
    ok("ki67 fractional", set({{"ki67", 2.5}}));
    bad("ki67 -0.1", set({{"ki67", -0.1}}), "ki67", "-0.1", "0–100");
    bad("ki67 100.1", set({{"ki67", 100.1}}), "ki67", "100.1", "0–100");
    bad("ki67 140", set({{"ki67", 140}}), "ki67", "140", "0–100");
    bad("ki67 string", set({{"ki67", s("12")}}), "ki67", "12");
    bad("ki67 percent string", set({{"ki67", s("12%")}}), "ki67", "12%");
    bad("ki67 bool", set({{"ki67", true}}), "ki67", "true");
    bad("ki67 null", set({{"ki67", QJsonValue::Null}}), "ki67", "null");

    // mitoses
    ok("mitoses 0", set({{"mitoses", 0}}));
    ok("mitoses only", set({{"mitoses", 4}}), remove({"ki67"}));
    ok("mitoses large", set({{"mitoses", 150}}));
    bad("mitoses -1", set({{"mitoses", -1}}), "mitoses", "-1");
    bad("mitoses -0.5", set({{"mitoses", -0.5}}), "mitoses", "-0.5");
    bad("mitoses string", set({{"mitoses", s("5")}}), "mitoses", "5");

    // grade
    for (const char* g : {"G1", "G2", "G3"})
        ok(qPrintable(QStringLiteral("grade %1").arg(str(g))), set({{"grade", s(g)}}));
    ok("grade only", set({{"grade", s("G2")}}), remove({"ki67"}));
    bad("grade G4", set({{"grade", s("G4")}}), "grade", "G4", "G1");
    bad("grade lowercase", set({{"grade", s("g2")}}), "grade", "g2", "G2");
    bad("grade number", set({{"grade", 2}}), "grade", "2");

    // lungHistology and necrosis (lung/thymus only)
    for (const char* h : {"typical_carcinoid", "atypical_carcinoid", "lcnec", "sclc"})
        ok(qPrintable(QStringLiteral("lungHistology %1").arg(str(h))), lung({{"lungHistology", s(h)}}));
    ok("lungHistology only", set({{"primarySite", s("lung")}, {"lungHistology", s("typical_carcinoid")}}),
       remove({"ki67"}));
    ok("lung poor differentiation only", set({{"primarySite", s("lung")}, {"differentiation", s("poor")}}),
       remove({"ki67"}));
    ok("lung with ki67 and mitoses", lung({{"ki67", 4}}));
    ok("lung necrosis true", lung({{"necrosis", true}}));
    ok("thymus necrosis false", set({{"primarySite", s("thymus")}, {"mitoses", 3}, {"necrosis", false}}));
    bad("lungHistology carcinoid", lung({{"lungHistology", s("carcinoid")}}), "lungHistology", "carcinoid",
        "typical_carcinoid");
    bad("lungHistology uppercase", lung({{"lungHistology", s("SCLC")}}), "lungHistology", "SCLC", "sclc");
    bad("necrosis string", lung({{"necrosis", s("yes")}}), "necrosis", "yes", "true");
    bad("necrosis number", lung({{"necrosis", 1}}), "necrosis", "1");

    // necHistology
    for (const char* h : {"small_cell", "large_cell"})
        ok(qPrintable(QStringLiteral("necHistology %1").arg(str(h))),
           set({{"differentiation", s("poor")}, {"necHistology", s(h)}}));
    bad("necHistology mixed", set({{"differentiation", s("poor")}, {"necHistology", s("mixed")}}), "necHistology",
        "mixed", "small_cell");

    // functionalSyndrome, uncontrolledSyndrome
    for (const char* f : {"none", "carcinoid_syndrome", "insulinoma", "gastrinoma", "glucagonoma", "vipoma", "other"})
        ok(qPrintable(QStringLiteral("functionalSyndrome %1").arg(str(f))), set({{"functionalSyndrome", s(f)}}));
    ok("uncontrolledSyndrome with syndrome",
       set({{"functionalSyndrome", s("carcinoid_syndrome")}, {"uncontrolledSyndrome", true}}));
    bad("functionalSyndrome carcinoid", set({{"functionalSyndrome", s("carcinoid")}}), "functionalSyndrome",
        "carcinoid", "carcinoid_syndrome");
    bad("functionalSyndrome trailing space", set({{"functionalSyndrome", s("none ")}}), "functionalSyndrome", "none ");
    bad("functionalSyndrome bool", set({{"functionalSyndrome", false}}), "functionalSyndrome", "false");
    bad("uncontrolledSyndrome string",
        set({{"functionalSyndrome", s("carcinoid_syndrome")}, {"uncontrolledSyndrome", s("yes")}}),
        "uncontrolledSyndrome", "yes");

    // sstrImaging
    for (const char* v : {"positive", "negative", "not_done"})
        ok(qPrintable(QStringLiteral("sstrImaging %1").arg(str(v))), set({{"sstrImaging", s(v)}}));
    bad("sstrImaging pos", set({{"sstrImaging", s("pos")}}), "sstrImaging", "pos", "positive");
    bad("sstrImaging bool", set({{"sstrImaging", true}}), "sstrImaging", "true");

    // diseaseStatus
    for (const char* v : {"newly_diagnosed", "stable", "progressive"})
        ok(qPrintable(QStringLiteral("diseaseStatus %1").arg(str(v))), set({{"diseaseStatus", s(v)}}));
    row("diseaseStatus missing", {}, remove({"diseaseStatus"}), "diseaseStatus", "missing", "progressive");
    bad("diseaseStatus progression", set({{"diseaseStatus", s("progression")}}), "diseaseStatus", "progression",
        "progressive");
    bad("diseaseStatus number", set({{"diseaseStatus", 2}}), "diseaseStatus", "2");

    // ecog
    ok("ecog 0", set({{"ecog", 0}}));
    ok("ecog 4", set({{"ecog", 4}}));
    ok("ecog 2.0", set({{"ecog", 2.0}}));
    row("ecog missing", {}, remove({"ecog"}), "ecog", "missing", "0–4");
    bad("ecog 5", set({{"ecog", 5}}), "ecog", "5", "0–4");
    bad("ecog 7", set({{"ecog", 7}}), "ecog", "7", "0–4");
    bad("ecog -1", set({{"ecog", -1}}), "ecog", "-1", "0–4");
    bad("ecog 2.5", set({{"ecog", 2.5}}), "ecog", "2.5", "whole number");
    bad("ecog string", set({{"ecog", s("1")}}), "ecog", "\"1\"", "0–4");
    bad("ecog null", set({{"ecog", QJsonValue::Null}}), "ecog", "null");

    // metastases: shape and sites
    ok("metastases bone only", set({{"metastases", QJsonObject{{QStringLiteral("bone"), true}}}}));
    ok("metastases liver without details", set({{"metastases", QJsonObject{{QStringLiteral("liver"), true}}}}));
    ok("metastases liver false, nodes true",
       set({{"metastases",
             QJsonObject{{QStringLiteral("liver"), false}, {QStringLiteral("distantLymphNodes"), true}}}}));
    for (const char* site : {"liver", "bone", "lung", "peritoneum", "distantLymphNodes", "brain"})
        ok(qPrintable(QStringLiteral("metastases only %1").arg(str(site))),
           set({{"metastases", QJsonObject{{str(site), true}}}}));
    row("metastases missing", {}, remove({"metastases"}), "metastases", "missing", "liver");
    bad("metastases string", set({{"metastases", s("liver")}}), "metastases", "liver");
    bad("metastases bool", set({{"metastases", true}}), "metastases", "true");
    bad("metastases empty", set({{"metastases", QJsonObject()}}), "metastases", "liver");
    bad("metastases all false",
        set({{"metastases", QJsonObject{{QStringLiteral("liver"), false},
                                        {QStringLiteral("bone"), false},
                                        {QStringLiteral("lung"), false},
                                        {QStringLiteral("peritoneum"), false},
                                        {QStringLiteral("distantLymphNodes"), false},
                                        {QStringLiteral("brain"), false}}}}),
        "metastases", "liver");
    for (const char* site : {"liver", "bone", "lung", "peritoneum", "distantLymphNodes", "brain"}) {
        const QString path = QStringLiteral("metastases.") + str(site);
        QTest::addRow("metastases.%s string", site)
            << set({{qPrintable(path), s("yes")}}) << QStringList() << path << str("yes") << str("true");
    }
    bad("metastases.liver number", set({{"metastases.liver", 1}}), "metastases.liver", "1");

    // metastases: liver details
    ok("liverLesionCount 1", set({{"metastases.liverLesionCount", 1}}));
    ok("liverLesionCount 250", set({{"metastases.liverLesionCount", 250}}));
    ok("largestLiverLesionCm 40", set({{"metastases.largestLiverLesionCm", 40}}));
    ok("largestLiverLesionCm 0.1", set({{"metastases.largestLiverLesionCm", 0.1}}));
    ok("liverInvolvementPercent 0", set({{"metastases.liverInvolvementPercent", 0}}));
    ok("liverInvolvementPercent 100", set({{"metastases.liverInvolvementPercent", 100}}));
    bad("liverLesionCount 0", set({{"metastases.liverLesionCount", 0}}), "metastases.liverLesionCount", "0");
    bad("liverLesionCount -2", set({{"metastases.liverLesionCount", -2}}), "metastases.liverLesionCount", "-2");
    bad("liverLesionCount 1.5", set({{"metastases.liverLesionCount", 1.5}}), "metastases.liverLesionCount", "1.5",
        "whole number");
    bad("liverLesionCount string", set({{"metastases.liverLesionCount", s("3")}}), "metastases.liverLesionCount", "3");
    bad("largestLiverLesionCm 0", set({{"metastases.largestLiverLesionCm", 0}}), "metastases.largestLiverLesionCm", "0",
        "40");
    bad("largestLiverLesionCm 40.1", set({{"metastases.largestLiverLesionCm", 40.1}}),
        "metastases.largestLiverLesionCm", "40.1", "40");
    bad("largestLiverLesionCm -1", set({{"metastases.largestLiverLesionCm", -1}}), "metastases.largestLiverLesionCm",
        "-1");
    bad("largestLiverLesionCm string", set({{"metastases.largestLiverLesionCm", s("2.5 cm")}}),
        "metastases.largestLiverLesionCm", "2.5 cm");
    bad("liverInvolvementPercent -0.1", set({{"metastases.liverInvolvementPercent", -0.1}}),
        "metastases.liverInvolvementPercent", "-0.1", "0–100");
    bad("liverInvolvementPercent 100.1", set({{"metastases.liverInvolvementPercent", 100.1}}),
        "metastases.liverInvolvementPercent", "100.1", "0–100");
    bad("liverInvolvementPercent string", set({{"metastases.liverInvolvementPercent", s("10%")}}),
        "metastases.liverInvolvementPercent", "10%");
    bad("liverLesionCount with liver false", set({{"metastases.liver", false}, {"metastases.bone", true}}),
        "metastases.liverLesionCount", "3", "metastases.liver");
    bad("largestLiverLesionCm with liver false", set({{"metastases.liver", false}, {"metastases.bone", true}}),
        "metastases.largestLiverLesionCm", "2.5", "metastases.liver");
    bad("liverInvolvementPercent with liver false", set({{"metastases.liver", false}, {"metastases.bone", true}}),
        "metastases.liverInvolvementPercent", "10", "metastases.liver");
    row("liver details with liver absent", set({{"metastases.bone", true}}), remove({"metastases.liver"}),
        "metastases.liverLesionCount", "3", "metastases.liver");

    // resectableFraction
    ok("resectableFraction 0", set({{"resectableFraction", 0}}));
    ok("resectableFraction 100", set({{"resectableFraction", 100}}));
    ok("resectableFraction 70.5", set({{"resectableFraction", 70.5}}));
    bad("resectableFraction -1", set({{"resectableFraction", -1}}), "resectableFraction", "-1", "0–100");
    bad("resectableFraction -0.1", set({{"resectableFraction", -0.1}}), "resectableFraction", "-0.1", "0–100");
    bad("resectableFraction 100.1", set({{"resectableFraction", 100.1}}), "resectableFraction", "100.1", "0–100");
    bad("resectableFraction string", set({{"resectableFraction", s("80")}}), "resectableFraction", "80");

    // booleans
    bad("primaryResected string", set({{"primaryResected", s("yes")}}), "primaryResected", "yes", "true");
    bad("completeResection number", set({{"completeResection", 1}}), "completeResection", "1", "true");
    bad("neuroSymptoms string", set({{"neuroSymptoms", s("no")}}), "neuroSymptoms", "no", "true");
    bad("ppiUse number", set({{"ppiUse", 0}}), "ppiUse", "0", "true");
    bad("renalImpairment null", set({{"renalImpairment", QJsonValue::Null}}), "renalImpairment", "null", "true");

    // priorSurgery
    ok("priorSurgery empty", set({{"priorSurgery", QJsonArray()}}));
    ok("priorSurgery every value",
       set({{"priorSurgery", QJsonArray{s("pancreatoduodenectomy"), s("bilioenteric_anastomosis"), s("cholecystectomy"),
                                        s("primary_resection"), s("liver_resection")}}}));
    bad("priorSurgery not a list", set({{"priorSurgery", s("cholecystectomy")}}), "priorSurgery", "cholecystectomy");
    bad("priorSurgery[1] unknown", set({{"priorSurgery", QJsonArray{s("primary_resection"), s("whipple")}}}),
        "priorSurgery[1]", "whipple", "pancreatoduodenectomy");
    bad("priorSurgery[0] number", set({{"priorSurgery", QJsonArray{3}}}), "priorSurgery[0]", "3");
    bad("priorSurgery[2] capitalised",
        set({{"priorSurgery", QJsonArray{s("primary_resection"), s("cholecystectomy"), s("Liver_resection")}}}),
        "priorSurgery[2]", "Liver_resection");

    // priorTherapies
    ok("priorTherapies empty", set({{"priorTherapies", QJsonArray()}}));
    {
        QJsonArray all;
        for (const QString& code : therapyCodes())
            all.append(code);
        ok("priorTherapies every code", set({{"priorTherapies", all}}));
    }
    bad("priorTherapies not a list", set({{"priorTherapies", s("SSA")}}), "priorTherapies", "SSA");
    bad("priorTherapies[1] unknown", set({{"priorTherapies", QJsonArray{s("SSA"), s("OCTREOTIDE")}}}),
        "priorTherapies[1]", "OCTREOTIDE", "EVEROLIMUS");
    bad("priorTherapies[0] lowercase", set({{"priorTherapies", QJsonArray{s("ssa")}}}), "priorTherapies[0]", "ssa");
    bad("priorTherapies[2] number", set({{"priorTherapies", QJsonArray{s("SSA"), s("PRRT"), 5}}}), "priorTherapies[2]",
        "5");

    // cross-field: completeResection
    ok("completeResection with primaryResected, stable", set({{"completeResection", true}}));
    ok("completeResection newly diagnosed",
       set({{"completeResection", true}, {"diseaseStatus", s("newly_diagnosed")}}));
    bad("completeResection with primaryResected false",
        set({{"completeResection", true}, {"primaryResected", false}, {"priorSurgery", QJsonArray()}}),
        "completeResection", "primaryResected");
    row("completeResection with primaryResected missing", set({{"completeResection", true}}),
        remove({"primaryResected", "priorSurgery"}), "completeResection", "primaryResected");
    bad("completeResection with progressive", set({{"completeResection", true}, {"diseaseStatus", s("progressive")}}),
        "completeResection", "progressive");

    // cross-field: uncontrolledSyndrome
    bad("uncontrolledSyndrome with none", set({{"uncontrolledSyndrome", true}}), "uncontrolledSyndrome",
        "functionalSyndrome");
    row("uncontrolledSyndrome without functionalSyndrome", set({{"uncontrolledSyndrome", true}}),
        remove({"functionalSyndrome"}), "uncontrolledSyndrome", "functionalSyndrome");

    // cross-field: lung/thymus fields elsewhere, lung/thymus needs
    bad("lungHistology for pancreas", set({{"lungHistology", s("typical_carcinoid")}}), "lungHistology",
        "typical_carcinoid", "lung");
    bad("lungHistology for unknown primary",
        set({{"primarySite", s("unknown_primary")}, {"lungHistology", s("atypical_carcinoid")}}), "lungHistology",
        "atypical_carcinoid", "lung");
    bad("necrosis for pancreas", set({{"necrosis", true}}), "necrosis", "true", "lung");
    bad("necrosis false for small intestine", set({{"primarySite", s("small_intestine")}, {"necrosis", false}}),
        "necrosis", "false", "lung");
    bad("lung without mitoses, histology or poor", set({{"primarySite", s("lung")}}), "mitoses", "lung");
    bad("thymus without mitoses, histology or poor", set({{"primarySite", s("thymus")}}), "mitoses", "thymus");
    bad("lung with necrosis only", set({{"primarySite", s("lung")}, {"necrosis", true}}), "mitoses", "lung");
    row("lung with grade only", set({{"primarySite", s("lung")}, {"grade", s("G1")}}), remove({"ki67"}), "mitoses",
        "lung");
    bad("grade for lung", lung({{"grade", s("G1")}}), "grade", "G1", "mitoses");
    bad("grade for thymus", set({{"primarySite", s("thymus")}, {"mitoses", 5}, {"grade", s("G2")}}), "grade", "G2",
        "mitoses");

    // cross-field: necHistology
    bad("necHistology with well", set({{"necHistology", s("small_cell")}}), "necHistology", "small_cell", "poor");
    bad("necHistology with unknown", set({{"differentiation", s("unknown")}, {"necHistology", s("large_cell")}}),
        "necHistology", "large_cell", "poor");

    // ecogDueToDisease (Revision 2): a boolean, only with ECOG 2 or more
    ok("ecogDueToDisease with ecog 2", set({{"ecogDueToDisease", true}, {"ecog", 2}}));
    ok("ecogDueToDisease with ecog 4", set({{"ecogDueToDisease", true}, {"ecog", 4}}));
    ok("ecogDueToDisease false with ecog 0", set({{"ecogDueToDisease", false}, {"ecog", 0}}));
    bad("ecogDueToDisease with ecog 1", set({{"ecogDueToDisease", true}}), "ecogDueToDisease", "given 1", "ecog 2");
    bad("ecogDueToDisease with ecog 0", set({{"ecogDueToDisease", true}, {"ecog", 0}}), "ecogDueToDisease", "given 0",
        "ecog 2");
    row("ecogDueToDisease without ecog", set({{"ecogDueToDisease", true}}), remove({"ecog"}), "ecogDueToDisease",
        "true", "ecog 2");
    bad("ecogDueToDisease string", set({{"ecogDueToDisease", s("yes")}, {"ecog", 3}}), "ecogDueToDisease", "yes",
        "true");

    // cross-field: priorSurgery primary_resection
    bad("primary_resection with primaryResected false", set({{"primaryResected", false}}), "priorSurgery",
        "primary_resection", "primaryResected");
    row("primary_resection with primaryResected missing", {}, remove({"primaryResected"}), "priorSurgery",
        "primary_resection", "primaryResected");

    // nothing to classify
    row("no ki67, mitoses, grade, lungHistology or poor", {}, remove({"ki67"}), "ki67", "mitoses");
    row("nothing to classify, differentiation unknown", set({{"differentiation", s("unknown")}}), remove({"ki67"}),
        "ki67", "poor");
}

void TestCaseReader::validation()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QStringList, removals);
    QFETCH(QString, where);
    QFETCH(QString, value);
    QFETCH(QString, allowed);

    const QJsonObject obj = modified(patch, removals);
    const auto result = CaseReader::fromObject(obj, options());
    const QString input = QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));

    if (where.isEmpty()) {
        QVERIFY2(
            result.ok(),
            qPrintable(QStringLiteral("rejected a valid case %1:\n%2").arg(input, listProblems(result.problems()))));
        return;
    }

    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted an invalid case %1").arg(input)));
    QVERIFY(!result.problems().isEmpty());
    for (const Problem& p : result.problems())
        QVERIFY2(!p.where.isEmpty(), qPrintable(QStringLiteral("problem without a field: %1").arg(p.toString())));

    bool named = false;
    bool matched = false;
    for (const Problem& p : result.problems()) {
        if (p.where != where)
            continue;
        named = true;
        const QString text = p.toString();
        if (text.contains(value) && (allowed.isEmpty() || text.contains(allowed)))
            matched = true;
    }
    QVERIFY2(
        named,
        qPrintable(QStringLiteral("no problem names %1; problems:\n%2").arg(where, listProblems(result.problems()))));
    QVERIFY2(matched, qPrintable(QStringLiteral("no problem at %1 mentions \"%2\"%3; problems:\n%4")
                                     .arg(where, value,
                                          allowed.isEmpty() ? QString() : QStringLiteral(" and \"%1\"").arg(allowed),
                                          listProblems(result.problems()))));
}

void TestCaseReader::reportsEveryProblemAtOnce()
{
    const QJsonObject obj =
        modified(set({{"ki67", 140}, {"ecog", 7}, {"primarySite", s("pancrease")}, {"foo", 1}}), {});
    const auto result = CaseReader::fromObject(obj, options());
    QVERIFY(!result.ok());
    QVERIFY2(result.problems().size() >= 4, qPrintable(listProblems(result.problems())));

    const QList<std::pair<QString, QString>> expected{{QStringLiteral("ki67"), QStringLiteral("140")},
                                                      {QStringLiteral("ecog"), QStringLiteral("7")},
                                                      {QStringLiteral("primarySite"), QStringLiteral("pancrease")},
                                                      {QStringLiteral("foo"), QStringLiteral("foo")}};
    for (const auto& [where, value] : expected) {
        bool found = false;
        for (const Problem& p : result.problems())
            found = found || (p.where == where && p.toString().contains(value));
        QVERIFY2(found, qPrintable(QStringLiteral("%1 (%2) not reported; problems:\n%3")
                                       .arg(where, value, listProblems(result.problems()))));
    }

    // Each problem on its own line names its field first, the way the command line prints them.
    const QStringList lines = result.messages();
    QCOMPARE(lines.size(), result.problems().size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY(lines.at(i).startsWith(result.problems().at(i).where));
}

void TestCaseReader::notJsonNamesCase_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("garbage") << QByteArray("this is not json");
    QTest::newRow("truncated") << QByteArray("{\"schema\": \"netdesk.case/1\", \"ki67\": ");
    QTest::newRow("trailing comma") << QByteArray("{\"schema\": \"netdesk.case/1\",}");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
}

void TestCaseReader::notJsonNamesCase()
{
    QFETCH(QByteArray, input);
    const auto result = CaseReader::read(input, options());
    QVERIFY(!result.ok());
    QCOMPARE(result.problems().size(), 1);
    QCOMPARE(result.problems().first().where, QStringLiteral("case"));
    QVERIFY(!result.problems().first().message.isEmpty());
}

void TestCaseReader::readsValidJsonBytes()
{
    const QByteArray json = QJsonDocument(baseCase()).toJson();
    const auto result = CaseReader::read(json, options());
    QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
    QCOMPARE(result->primarySite, QStringLiteral("pancreas"));

    // read() validates like fromObject(): a wrong value is still named.
    QJsonObject bad = baseCase();
    bad.insert(QStringLiteral("ki67"), 140);
    const auto rejected = CaseReader::read(QJsonDocument(bad).toJson(), options());
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.problems().first().where, QStringLiteral("ki67"));
}

void TestCaseReader::appliesDefaults()
{
    const QJsonObject minimal{{QStringLiteral("schema"), QStringLiteral("netdesk.case/1")},
                              {QStringLiteral("primarySite"), QStringLiteral("small_intestine")},
                              {QStringLiteral("differentiation"), QStringLiteral("well")},
                              {QStringLiteral("mitoses"), 1},
                              {QStringLiteral("diseaseStatus"), QStringLiteral("newly_diagnosed")},
                              {QStringLiteral("ecog"), 0},
                              {QStringLiteral("metastases"), QJsonObject{{QStringLiteral("liver"), true}}}};
    const auto result = CaseReader::fromObject(minimal, options());
    QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
    const Case& c = result.value();

    QCOMPARE(c.functionalSyndrome, QStringLiteral("none"));
    QCOMPARE(c.sstrImaging, QStringLiteral("not_done"));
    QCOMPARE(c.assessmentDate, today);
    QVERIFY(!c.assessmentDateGiven);
    QVERIFY(!c.uncontrolledSyndrome);
    QVERIFY(!c.primaryResected);
    QVERIFY(!c.completeResection);
    QVERIFY(!c.neuroSymptoms);
    QVERIFY(!c.ecogDueToDisease);
    QVERIFY(!c.ppiUse);
    QVERIFY(!c.renalImpairment);
    QVERIFY(c.priorSurgery.isEmpty());
    QVERIFY(c.priorTherapies.isEmpty());

    // Optional values left out stay empty: nothing is guessed.
    QVERIFY(!c.ki67.has_value());
    QVERIFY(c.reportedGrade.isEmpty());
    QVERIFY(c.lungHistology.isEmpty());
    QVERIFY(!c.necrosis.has_value());
    QVERIFY(c.necHistology.isEmpty());
    QVERIFY(!c.resectableFraction.has_value());
    QVERIFY(!c.patient.birthDate.has_value());
    QVERIFY(c.patient.sex.isEmpty());
    QVERIFY(!c.metastases.liverLesionCount.has_value());
    QVERIFY(!c.metastases.largestLiverLesionCm.has_value());
    QVERIFY(!c.metastases.liverInvolvementPercent.has_value());
    QVERIFY(!c.metastases.bone);
    QVERIFY(!c.ageYears().has_value());
}

void TestCaseReader::readsGivenValues()
{
    const auto result =
        CaseReader::fromObject(modified(set({{"mitoses", 3.5},
                                             {"grade", s("G2")},
                                             {"functionalSyndrome", s("carcinoid_syndrome")},
                                             {"uncontrolledSyndrome", true},
                                             {"ppiUse", true},
                                             {"priorTherapies", QJsonArray{s("SSA"), s("EVEROLIMUS")}}}),
                                        {}),
                               options());
    QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
    const Case& c = result.value();

    QCOMPARE(c.assessmentDate, QDate(2026, 11, 2));
    QVERIFY(c.assessmentDateGiven);
    QCOMPARE(c.patient.id, QStringLiteral("P-0001"));
    QCOMPARE(c.patient.familyName, QStringLiteral("Muster"));
    QCOMPARE(c.patient.givenName, QStringLiteral("Erika"));
    QCOMPARE(c.patient.birthDate, std::optional<QDate>(QDate(1960, 5, 10)));
    QCOMPARE(c.patient.sex, QStringLiteral("female"));
    QCOMPARE(c.primarySite, QStringLiteral("pancreas"));
    QCOMPARE(c.differentiation, QStringLiteral("well"));
    QCOMPARE(c.ki67, std::optional<double>(12));
    QCOMPARE(c.mitoses, std::optional<double>(3.5));
    QCOMPARE(c.reportedGrade, QStringLiteral("G2"));
    QCOMPARE(c.functionalSyndrome, QStringLiteral("carcinoid_syndrome"));
    QVERIFY(c.uncontrolledSyndrome);
    QCOMPARE(c.sstrImaging, QStringLiteral("positive"));
    QCOMPARE(c.diseaseStatus, QStringLiteral("stable"));
    QCOMPARE(c.ecog, 1);
    QVERIFY(c.metastases.liver);
    QVERIFY(c.metastases.distantLymphNodes);
    QVERIFY(!c.metastases.bone);
    QCOMPARE(c.metastases.liverLesionCount, std::optional<int>(3));
    QCOMPARE(c.metastases.largestLiverLesionCm, std::optional<double>(2.5));
    QCOMPARE(c.metastases.liverInvolvementPercent, std::optional<double>(10));
    QCOMPARE(c.resectableFraction, std::optional<double>(50));
    QVERIFY(c.primaryResected);
    QVERIFY(!c.completeResection);
    QCOMPARE(c.priorSurgery, QStringList{QStringLiteral("primary_resection")});
    QCOMPARE(c.priorTherapies, (QStringList{QStringLiteral("SSA"), QStringLiteral("EVEROLIMUS")}));
    QVERIFY(c.ppiUse);
    QCOMPARE(c.ageYears(), std::optional<int>(66));
}

void TestCaseReader::futureLimitFollowsInjectedToday()
{
    // The "future" check uses the injected date, not the machine's clock.
    QJsonObject obj = baseCase();
    obj.insert(QStringLiteral("assessmentDate"), QStringLiteral("2026-11-02"));
    QVERIFY(!CaseReader::fromObject(obj, {QDate(2026, 11, 1), therapyCodes()}).ok());
    QVERIFY(CaseReader::fromObject(obj, {QDate(2026, 11, 2), therapyCodes()}).ok());

    // A case without a date takes the injected date.
    obj.remove(QStringLiteral("assessmentDate"));
    const auto result = CaseReader::fromObject(obj, {QDate(2030, 1, 15), therapyCodes()});
    QVERIFY(result.ok());
    QCOMPARE(result->assessmentDate, QDate(2030, 1, 15));
}

void TestCaseReader::therapyCodesComeFromOptions()
{
    QJsonObject obj = baseCase();
    obj.insert(QStringLiteral("priorTherapies"), QJsonArray{s("SSA"), s("NEW_DRUG")});
    QVERIFY(!CaseReader::fromObject(obj, options()).ok());
    QStringList codes = therapyCodes();
    codes << QStringLiteral("NEW_DRUG");
    const auto result = CaseReader::fromObject(obj, {today, codes});
    QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
    QVERIFY(result->priorTherapies.contains(QStringLiteral("NEW_DRUG")));
}

// The public vignettes' cases (the format's worked examples) are read as they stand; the invalid
// one is rejected naming the fields its expectation lists.
void TestCaseReader::vignetteCases_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(NETDESK_TEST_DATA "/vignettes"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no vignettes in %1").arg(dir.path())));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestCaseReader::vignetteCases()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject vignette = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(vignette.value(QStringLiteral("case")).isObject());
    const QJsonObject caseObject = vignette.value(QStringLiteral("case")).toObject();
    const QJsonObject expect = vignette.value(QStringLiteral("expect")).toObject();

    // Through the byte reader, as the command line reads a file.
    const auto result = CaseReader::read(QJsonDocument(caseObject).toJson(), options());
    if (expect.value(QStringLiteral("exit")).toInt() == 2) {
        QVERIFY(!result.ok());
        const QJsonArray mentions = expect.value(QStringLiteral("stderrMentions")).toArray();
        for (const QJsonValue& field : mentions) {
            bool found = false;
            for (const Problem& p : result.problems())
                found = found || p.where == field.toString();
            QVERIFY2(found, qPrintable(QStringLiteral("%1 not named; problems:\n%2")
                                           .arg(field.toString(), listProblems(result.problems()))));
        }
    } else {
        QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
    }
}

void TestCaseReader::ageYears_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("assessment");
    QTest::addColumn<int>("years");

    QTest::newRow("birthday on the assessment day") << QDate(1960, 11, 27) << QDate(2026, 11, 27) << 66;
    QTest::newRow("day before the birthday") << QDate(1960, 11, 27) << QDate(2026, 11, 26) << 65;
    QTest::newRow("day after the birthday") << QDate(1960, 11, 27) << QDate(2026, 11, 28) << 66;
    QTest::newRow("birthday month, earlier day") << QDate(1961, 11, 30) << QDate(2026, 11, 27) << 64;
    QTest::newRow("65th birthday today") << QDate(1961, 11, 27) << QDate(2026, 11, 27) << 65;
    QTest::newRow("one day short of 65") << QDate(1961, 11, 28) << QDate(2026, 11, 27) << 64;
    QTest::newRow("later month") << QDate(1961, 12, 1) << QDate(2026, 11, 27) << 64;
    QTest::newRow("earlier month") << QDate(1961, 1, 31) << QDate(2026, 11, 27) << 65;
    QTest::newRow("born on the assessment day") << QDate(2026, 11, 27) << QDate(2026, 11, 27) << 0;
    QTest::newRow("leap-day birth, leap-year birthday") << QDate(1960, 2, 29) << QDate(2024, 2, 29) << 64;
    QTest::newRow("leap-day birth, 1 March") << QDate(1960, 2, 29) << QDate(2026, 3, 1) << 66;
}

void TestCaseReader::ageYears()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, assessment);
    QFETCH(int, years);

    Case c;
    c.patient.birthDate = birth;
    c.assessmentDate = assessment;
    QCOMPARE(c.ageYears(), std::optional<int>(years));

    // The same through the reader, with the date in the case.
    QJsonObject obj = baseCase();
    obj.insert(QStringLiteral("assessmentDate"), assessment.toString(Qt::ISODate));
    QJsonObject patient = obj.value(QStringLiteral("patient")).toObject();
    patient.insert(QStringLiteral("birthDate"), birth.toString(Qt::ISODate));
    obj.insert(QStringLiteral("patient"), patient);
    const auto result = CaseReader::fromObject(obj, {QDate(2030, 1, 1), therapyCodes()});
    QVERIFY2(result.ok(), qPrintable(listProblems(result.problems())));
    QCOMPARE(result->ageYears(), std::optional<int>(years));
}

void TestCaseReader::duplicateKeysAreReported()
{
    const QByteArray json =
        R"({"schema":"netdesk.case/1","primarySite":"pancreas","differentiation":"well","ki67":5,"ki67":14,
        "diseaseStatus":"stable","ecog":1,"metastases":{"liver":true,"bone":false,"bone":true}})";
    const auto r = netdesk::CaseReader::read(json, {QDate(2026, 11, 27), {}});
    QVERIFY(!r.ok());
    QStringList where;
    for (const netdesk::Problem& p : r.problems())
        where << p.where;
    QVERIFY2(where.contains(QStringLiteral("ki67")), qPrintable(r.messages().join(u'\n')));
    QVERIFY2(where.contains(QStringLiteral("metastases.bone")), qPrintable(r.messages().join(u'\n')));
    // Repeated keys in different objects are fine.
    const QByteArray fine = R"({"schema":"netdesk.case/1","primarySite":"lung","differentiation":"well","mitoses":3,
        "diseaseStatus":"stable","ecog":1,"patient":{"id":"x"},"metastases":{"liver":true,"lung":true}})";
    QVERIFY(netdesk::CaseReader::read(fine, {QDate(2026, 11, 27), {}}).ok());
}

void TestCaseReader::implausibleLesionCountIsRejected()
{
    const QByteArray json = R"({"schema":"netdesk.case/1","primarySite":"pancreas","differentiation":"well","ki67":5,
        "diseaseStatus":"stable","ecog":1,"metastases":{"liver":true,"liverLesionCount":5e9}})";
    const auto r = netdesk::CaseReader::read(json, {QDate(2026, 11, 27), {}});
    QVERIFY(!r.ok());
    QCOMPARE(r.problems().front().where, QStringLiteral("metastases.liverLesionCount"));
}

QTEST_GUILESS_MAIN(TestCaseReader)
#include "tst_casereader.moc"
