#include "core/guideline/Classification.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/model/Case.h"

#include <QTest>

#include <optional>

using netdesk::Case;
using netdesk::Classification;
using netdesk::GradingRules;

namespace {

QString str(const char* text)
{
    return QString::fromUtf8(text);
}

// WHO 2019/2022 (GEP) and WHO lung/thymus cut-offs, as clinical.md §1 states them.
GradingRules whoRules()
{
    GradingRules r;
    r.ki67G1Below = 3;
    r.ki67G2UpTo = 20;
    r.mitosesG1Below = 2;
    r.mitosesG2UpTo = 20;
    r.lungTypicalBelow = 2;
    r.lungAtypicalUpTo = 10;
    r.ki67Cutoffs = {3, 10, 20, 55};
    r.ki67NearWithin = 1;
    r.conflictKi67UpTo = 20;
    r.conflictMitosesUpTo = 20;
    r.conflictLungMitosesUpTo = 10;
    return r;
}

constexpr double absent = -1; // table value for "not given"

// necrosis: -1 not given, 0 false, 1 true.
Case makeCase(const QString& site, const QString& differentiation, double ki67, double mitoses, const QString& grade,
              const QString& lungHistology = QString(), int necrosis = -1)
{
    Case c;
    c.primarySite = site;
    c.differentiation = differentiation;
    if (ki67 != absent)
        c.ki67 = ki67;
    if (mitoses != absent)
        c.mitoses = mitoses;
    c.reportedGrade = grade;
    c.lungHistology = lungHistology;
    if (necrosis >= 0)
        c.necrosis = necrosis == 1;
    c.diseaseStatus = QStringLiteral("stable");
    c.metastases.liver = true;
    return c;
}

} // namespace

class TestClassification final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void nearCutoff_data();
    void nearCutoff();
    void reportedGradeDiscordanceSaysWhich();
    void basisNamesTheValues();
    void embeddedKnowledgeBaseHasWhoCutoffs();
};

void TestClassification::classify_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("differentiation");
    QTest::addColumn<double>("ki67");
    QTest::addColumn<double>("mitoses");
    QTest::addColumn<QString>("reportedGrade");
    QTest::addColumn<QString>("lungHistology");
    QTest::addColumn<int>("necrosis");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("grade"); // empty: null
    QTest::addColumn<bool>("gradeDiscordant");
    QTest::addColumn<bool>("differentiationConflict");
    QTest::addColumn<bool>("histologyDiscordant");

    const auto gep = [](const char* name, const char* diff, double ki67, double mitoses, const char* reported,
                        const char* category, const char* grade, bool gradeDiscordant = false, bool conflict = false) {
        QTest::addRow("%s", name) << str("pancreas") << str(diff) << ki67 << mitoses << str(reported) << QString() << -1
                                  << str(category) << str(grade) << gradeDiscordant << conflict << false;
    };
    const auto lungRow = [](const char* name, const char* site, const char* diff, double mitoses, const char* histology,
                            int necrosis, const char* category, bool histologyDiscordant, bool conflict = false,
                            double ki67 = absent) {
        QTest::addRow("%s", name) << str(site) << str(diff) << ki67 << mitoses << QString() << str(histology)
                                  << necrosis << str(category) << QString() << false << conflict << histologyDiscordant;
    };

    // Ki-67 grade boundaries (< 3 G1, 3–20 G2, > 20 G3).
    gep("ki67 0 -> G1", "well", 0, absent, "", "NET_G1", "G1");
    gep("ki67 2.9 -> G1", "well", 2.9, absent, "", "NET_G1", "G1");
    gep("ki67 3 -> G2", "well", 3, absent, "", "NET_G2", "G2");
    gep("ki67 20 -> G2", "well", 20, absent, "", "NET_G2", "G2");
    gep("ki67 20.1 -> G3", "well", 20.1, absent, "", "NET_G3", "G3");
    gep("ki67 100 -> G3", "well", 100, absent, "", "NET_G3", "G3");

    // Mitotic grade boundaries (< 2 G1, 2–20 G2, > 20 G3).
    gep("mitoses 0 -> G1", "well", absent, 0, "", "NET_G1", "G1");
    gep("mitoses 1.9 -> G1", "well", absent, 1.9, "", "NET_G1", "G1");
    gep("mitoses 2 -> G2", "well", absent, 2, "", "NET_G2", "G2");
    gep("mitoses 20 -> G2", "well", absent, 20, "", "NET_G2", "G2");
    gep("mitoses 20.5 -> G3", "well", absent, 20.5, "", "NET_G3", "G3");
    gep("mitoses 21 -> G3", "well", absent, 21, "", "NET_G3", "G3");

    // The higher of the Ki-67 and mitotic grade.
    gep("ki67 G1, mitoses G2 -> G2", "well", 2, 5, "", "NET_G2", "G2");
    gep("ki67 G2, mitoses G1 -> G2", "well", 15, 1, "", "NET_G2", "G2");
    gep("ki67 G3, mitoses G1 -> G3", "well", 25, 1, "", "NET_G3", "G3");
    gep("ki67 G2, mitoses G3 -> G3", "well", 15, 25, "", "NET_G3", "G3");
    gep("ki67 G1, mitoses G1 -> G1", "well", 1, 1, "", "NET_G1", "G1");

    // Reported grade: alone it is used; when it differs, the higher one is used and flagged.
    gep("reported G1, ki67 8 -> G2 discordant", "well", 8, absent, "G1", "NET_G2", "G2", true);
    gep("reported G3, ki67 2 -> G3 discordant", "well", 2, absent, "G3", "NET_G3", "G3", true);
    gep("reported G1, mitoses 25 -> G3 discordant", "well", absent, 25, "G1", "NET_G3", "G3", true);
    gep("reported G2, ki67 12 agrees", "well", 12, absent, "G2", "NET_G2", "G2");
    gep("reported G2, ki67 2 mitoses 3 agrees", "well", 2, 3, "G2", "NET_G2", "G2");
    gep("reported G1 alone", "well", absent, absent, "G1", "NET_G1", "G1");
    gep("reported G2 alone", "well", absent, absent, "G2", "NET_G2", "G2");
    gep("reported G3 alone, well", "well", absent, absent, "G3", "NET_G3", "G3");
    gep("reported G3 alone, unknown", "unknown", absent, absent, "G3", "NEN_G3_UNDETERMINED", "G3");
    gep("reported G3, ki67 2, unknown", "unknown", 2, absent, "G3", "NEN_G3_UNDETERMINED", "G3", true);

    // Poor differentiation: NEC, not graded; Ki-67 <= 20 (or, without Ki-67, mitoses <= 20) conflicts.
    gep("poor ki67 80 -> NEC", "poor", 80, absent, "", "NEC", "");
    gep("poor ki67 25 -> NEC, no conflict", "poor", 25, absent, "", "NEC", "");
    gep("poor ki67 20.1 -> NEC, no conflict", "poor", 20.1, absent, "", "NEC", "");
    gep("poor ki67 20 -> NEC, conflict", "poor", 20, absent, "", "NEC", "", false, true);
    gep("poor ki67 15 -> NEC, conflict", "poor", 15, absent, "", "NEC", "", false, true);
    gep("poor ki67 2 -> NEC, conflict", "poor", 2, absent, "", "NEC", "", false, true);
    gep("poor mitoses 10 -> NEC, conflict", "poor", absent, 10, "", "NEC", "", false, true);
    gep("poor mitoses 20 -> NEC, conflict", "poor", absent, 20, "", "NEC", "", false, true);
    gep("poor mitoses 25 -> NEC, no conflict", "poor", absent, 25, "", "NEC", "");
    gep("poor ki67 25 mitoses 5: Ki-67 decides, no conflict", "poor", 25, 5, "", "NEC", "");
    gep("poor alone -> NEC", "poor", absent, absent, "", "NEC", "");

    // Differentiation unknown: G3 undetermined, G1/G2 are NET.
    gep("unknown ki67 30 -> undetermined G3", "unknown", 30, absent, "", "NEN_G3_UNDETERMINED", "G3");
    gep("unknown mitoses 25 -> undetermined G3", "unknown", absent, 25, "", "NEN_G3_UNDETERMINED", "G3");
    gep("unknown ki67 20.1 -> undetermined G3", "unknown", 20.1, absent, "", "NEN_G3_UNDETERMINED", "G3");
    gep("unknown ki67 2 -> NET G1", "unknown", 2, absent, "", "NET_G1", "G1");
    gep("unknown ki67 10 -> NET G2", "unknown", 10, absent, "", "NET_G2", "G2");
    gep("unknown ki67 20 -> NET G2", "unknown", 20, absent, "", "NET_G2", "G2");
    gep("well ki67 30 -> NET G3", "well", 30, absent, "", "NET_G3", "G3");
    gep("well ki67 60 -> NET G3", "well", 60, absent, "", "NET_G3", "G3");

    // Other GEP and unknown primaries use the same scheme.
    for (const char* site :
         {"small_intestine", "appendix", "colon", "rectum", "stomach", "duodenum", "unknown_primary", "other"}) {
        QTest::addRow("%s ki67 5 -> NET G2", site)
            << str(site) << str("well") << 5.0 << absent << QString() << QString() << -1 << str("NET_G2") << str("G2")
            << false << false << false;
    }

    // Lung: typical < 2 mitoses and no necrosis; atypical 2–10 and/or necrosis; > 10 NEC.
    lungRow("lung mitoses 1, no necrosis -> typical", "lung", "well", 1, "", 0, "LUNG_TYPICAL_CARCINOID", false);
    lungRow("lung mitoses 1, necrosis not given -> typical", "lung", "well", 1, "", -1, "LUNG_TYPICAL_CARCINOID",
            false);
    lungRow("lung mitoses 0 -> typical", "lung", "well", 0, "", 0, "LUNG_TYPICAL_CARCINOID", false);
    lungRow("lung mitoses 1.9 -> typical", "lung", "well", 1.9, "", 0, "LUNG_TYPICAL_CARCINOID", false);
    lungRow("lung mitoses 2 -> atypical", "lung", "well", 2, "", 0, "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("lung mitoses 1 with necrosis -> atypical", "lung", "well", 1, "", 1, "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("lung mitoses 5 -> atypical", "lung", "well", 5, "", 0, "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("lung mitoses 10 -> atypical", "lung", "well", 10, "", 0, "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("lung mitoses 10.5 -> NEC", "lung", "unknown", 10.5, "", -1, "NEC", false);
    lungRow("lung mitoses 11 -> NEC", "lung", "unknown", 11, "", -1, "NEC", false);
    lungRow("lung mitoses 1, ki67 40 -> typical (Ki-67 does not grade lung)", "lung", "well", 1, "", 0,
            "LUNG_TYPICAL_CARCINOID", false, false, 40);
    lungRow("lung typical_carcinoid alone", "lung", "well", absent, "typical_carcinoid", -1, "LUNG_TYPICAL_CARCINOID",
            false);
    lungRow("lung atypical_carcinoid alone", "lung", "well", absent, "atypical_carcinoid", -1,
            "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("lung well atypical_carcinoid mitoses 5 agrees", "lung", "well", 5, "atypical_carcinoid", 0,
            "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("lung typical_carcinoid mitoses 1 agrees", "lung", "well", 1, "typical_carcinoid", 0,
            "LUNG_TYPICAL_CARCINOID", false);
    lungRow("lung sclc -> NEC", "lung", "unknown", absent, "sclc", -1, "NEC", false);
    lungRow("lung lcnec -> NEC", "lung", "unknown", absent, "lcnec", -1, "NEC", false);
    lungRow("lung poor sclc mitoses 50 agrees", "lung", "poor", 50, "sclc", 1, "NEC", false);

    // Disagreement: the highest-grade reading decides and HISTOLOGY_DISCORDANT is raised.
    lungRow("lung typical_carcinoid mitoses 11 -> NEC discordant", "lung", "well", 11, "typical_carcinoid", 0, "NEC",
            true);
    lungRow("lung well mitoses 11 -> NEC discordant (carcinoid entered)", "lung", "well", 11, "", 0, "NEC", true);
    lungRow("lung atypical_carcinoid mitoses 15 -> NEC discordant", "lung", "well", 15, "atypical_carcinoid", 0, "NEC",
            true);
    lungRow("lung typical_carcinoid mitoses 5 -> atypical discordant", "lung", "well", 5, "typical_carcinoid", 0,
            "LUNG_ATYPICAL_CARCINOID", true);
    lungRow("lung typical_carcinoid with necrosis -> atypical discordant", "lung", "well", absent, "typical_carcinoid",
            1, "LUNG_ATYPICAL_CARCINOID", true);
    lungRow("lung lcnec mitoses 5 -> NEC discordant", "lung", "unknown", 5, "lcnec", 0, "NEC", true);
    lungRow("lung well sclc -> NEC discordant", "lung", "well", absent, "sclc", -1, "NEC", true);

    // Poor differentiation in lung: NEC; mitoses <= 10 conflicts (Ki-67 is not used there).
    lungRow("lung poor mitoses 5 -> NEC, conflict", "lung", "poor", 5, "", 0, "NEC", true, true);
    lungRow("lung poor mitoses 10 -> NEC, conflict", "lung", "poor", 10, "", 0, "NEC", true, true);
    lungRow("lung poor mitoses 11 -> NEC, no conflict", "lung", "poor", 11, "", 0, "NEC", false, false);
    lungRow("lung poor alone -> NEC", "lung", "poor", absent, "", -1, "NEC", false, false);
    lungRow("lung poor ki67 15 without mitoses: no conflict", "lung", "poor", absent, "", -1, "NEC", false, false, 15);
    lungRow("lung poor typical_carcinoid -> NEC discordant", "lung", "poor", absent, "typical_carcinoid", -1, "NEC",
            true);

    // Thymus follows lung.
    lungRow("thymus mitoses 1 -> typical", "thymus", "well", 1, "", 0, "LUNG_TYPICAL_CARCINOID", false);
    lungRow("thymus mitoses 1 with necrosis -> atypical", "thymus", "well", 1, "", 1, "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("thymus mitoses 5 -> atypical", "thymus", "well", 5, "", 0, "LUNG_ATYPICAL_CARCINOID", false);
    lungRow("thymus mitoses 11 -> NEC", "thymus", "unknown", 11, "", -1, "NEC", false);
    lungRow("thymus typical_carcinoid mitoses 11 -> NEC discordant", "thymus", "well", 11, "typical_carcinoid", 0,
            "NEC", true);
    lungRow("thymus sclc -> NEC", "thymus", "unknown", absent, "sclc", -1, "NEC", false);
    lungRow("thymus poor mitoses 5 -> NEC, conflict", "thymus", "poor", 5, "", 0, "NEC", true, true);
}

void TestClassification::classify()
{
    QFETCH(QString, site);
    QFETCH(QString, differentiation);
    QFETCH(double, ki67);
    QFETCH(double, mitoses);
    QFETCH(QString, reportedGrade);
    QFETCH(QString, lungHistology);
    QFETCH(int, necrosis);
    QFETCH(QString, category);
    QFETCH(QString, grade);
    QFETCH(bool, gradeDiscordant);
    QFETCH(bool, differentiationConflict);
    QFETCH(bool, histologyDiscordant);

    const Case c = makeCase(site, differentiation, ki67, mitoses, reportedGrade, lungHistology, necrosis);
    const Classification result = netdesk::classify(c, whoRules());

    QVERIFY2(result.category == category,
             qPrintable(QStringLiteral("category %1, expected %2; basis: %3")
                            .arg(result.category, category, result.basis.join(QStringLiteral(" | ")))));
    if (grade.isEmpty())
        QVERIFY2(result.grade.isEmpty(), qPrintable(QStringLiteral("grade %1 where null expected").arg(result.grade)));
    else
        QCOMPARE(result.grade, grade);
    QCOMPARE(result.gradeDiscordant, gradeDiscordant);
    QCOMPARE(result.differentiationConflict, differentiationConflict);
    QCOMPARE(result.histologyDiscordant, histologyDiscordant);
    QVERIFY(!result.basis.isEmpty());
}

void TestClassification::nearCutoff_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("differentiation");
    QTest::addColumn<double>("ki67");
    QTest::addColumn<double>("mitoses");
    QTest::addColumn<bool>("near");
    QTest::addColumn<double>("cutoff"); // -1: none

    const auto row = [](const char* site, const char* diff, double ki67, double mitoses, bool near, double cutoff) {
        QTest::addRow("%s %s ki67 %g", site, diff, ki67) << str(site) << str(diff) << ki67 << mitoses << near << cutoff;
    };
    // Within 1 point of 3, 10, 20 or 55, inclusive.
    for (const auto& [ki67, cutoff] : {std::pair{2.0, 3.0},
                                       {3.0, 3.0},
                                       {4.0, 3.0},
                                       {9.0, 10.0},
                                       {10.0, 10.0},
                                       {11.0, 10.0},
                                       {19.0, 20.0},
                                       {20.0, 20.0},
                                       {21.0, 20.0},
                                       {54.0, 55.0},
                                       {55.0, 55.0},
                                       {56.0, 55.0},
                                       {9.5, 10.0},
                                       {2.5, 3.0}})
        row("pancreas", "well", ki67, absent, true, cutoff);
    for (double ki67 : {0.0, 1.9, 5.0, 8.9, 12.0, 15.0, 18.9, 21.1, 40.0, 53.9, 57.0, 100.0})
        row("pancreas", "well", ki67, absent, false, absent);
    // In every category: NEC, undetermined G3, lung.
    row("pancreas", "poor", 54, absent, true, 55);
    row("pancreas", "poor", 21, absent, true, 20);
    row("pancreas", "poor", 70, absent, false, absent);
    row("pancreas", "unknown", 56, absent, true, 55);
    row("lung", "well", 9, 1, true, 10);
    row("lung", "poor", 54, 30, true, 55);
    row("lung", "well", 12, 1, false, absent);
    row("thymus", "well", 2, 5, true, 3);
}

void TestClassification::nearCutoff()
{
    QFETCH(QString, site);
    QFETCH(QString, differentiation);
    QFETCH(double, ki67);
    QFETCH(double, mitoses);
    QFETCH(bool, near);
    QFETCH(double, cutoff);

    const Case c = makeCase(site, differentiation, ki67, mitoses, QString());
    const Classification result = netdesk::classify(c, whoRules());
    QCOMPARE(result.ki67NearCutoff, near);
    if (cutoff == absent) {
        QVERIFY(!result.nearestCutoff.has_value());
    } else {
        QVERIFY(result.nearestCutoff.has_value());
        QCOMPARE(*result.nearestCutoff, cutoff);
    }

    // Without Ki-67 there is nothing to be near.
    Case noKi67 = c;
    noKi67.ki67.reset();
    if (!noKi67.mitoses && differentiation != QLatin1String("poor"))
        noKi67.mitoses = 1;
    QVERIFY(!netdesk::classify(noKi67, whoRules()).ki67NearCutoff);
}

void TestClassification::reportedGradeDiscordanceSaysWhich()
{
    const Classification result = netdesk::classify(
        makeCase(QStringLiteral("small_intestine"), QStringLiteral("well"), 8, absent, QStringLiteral("G1")),
        whoRules());
    QCOMPARE(result.measuredGrade, QStringLiteral("G2"));
    QCOMPARE(result.grade, QStringLiteral("G2"));
    QVERIFY(result.gradeDiscordant);
    // The basis says which grade was reported, which was measured and which is used.
    bool says = false;
    for (const QString& line : result.basis)
        says = says || (line.contains(QStringLiteral("G1")) && line.contains(QStringLiteral("G2")));
    QVERIFY2(says, qPrintable(result.basis.join(QStringLiteral(" | "))));

    // Agreement is not flagged; measured grade is the higher of Ki-67 and mitoses.
    const Classification agree = netdesk::classify(
        makeCase(QStringLiteral("pancreas"), QStringLiteral("well"), 2, 5, QStringLiteral("G2")), whoRules());
    QCOMPARE(agree.measuredGrade, QStringLiteral("G2"));
    QVERIFY(!agree.gradeDiscordant);

    // With neither Ki-67 nor mitoses nothing was measured.
    const Classification reportedOnly = netdesk::classify(
        makeCase(QStringLiteral("pancreas"), QStringLiteral("well"), absent, absent, QStringLiteral("G2")), whoRules());
    QVERIFY(reportedOnly.measuredGrade.isEmpty());
    QCOMPARE(reportedOnly.grade, QStringLiteral("G2"));
}

void TestClassification::basisNamesTheValues()
{
    const auto joined = [](const Classification& c) { return c.basis.join(QStringLiteral(" | ")); };

    const Classification byKi67 = netdesk::classify(
        makeCase(QStringLiteral("pancreas"), QStringLiteral("well"), 12.5, absent, QString()), whoRules());
    QVERIFY(!byKi67.basis.isEmpty());
    bool ki67Named = false;
    for (const QString& line : byKi67.basis)
        ki67Named = ki67Named ||
                    (line.contains(QStringLiteral("12.5")) && line.contains(QStringLiteral("ki"), Qt::CaseInsensitive));
    QVERIFY2(ki67Named, qPrintable(joined(byKi67)));

    const Classification byMitoses = netdesk::classify(
        makeCase(QStringLiteral("pancreas"), QStringLiteral("well"), absent, 7, QString()), whoRules());
    QVERIFY2(joined(byMitoses).contains(QStringLiteral("7")) &&
                 joined(byMitoses).contains(QStringLiteral("mitoses"), Qt::CaseInsensitive),
             qPrintable(joined(byMitoses)));

    const Classification lung = netdesk::classify(
        makeCase(QStringLiteral("lung"), QStringLiteral("well"), absent, 5, QString(), QString(), 0), whoRules());
    QVERIFY(!lung.basis.isEmpty());
    QVERIFY2(joined(lung).contains(QStringLiteral("5")), qPrintable(joined(lung)));

    const Classification conflict = netdesk::classify(
        makeCase(QStringLiteral("pancreas"), QStringLiteral("poor"), 15, absent, QString()), whoRules());
    QVERIFY2(joined(conflict).contains(QStringLiteral("15")), qPrintable(joined(conflict)));
}

void TestClassification::embeddedKnowledgeBaseHasWhoCutoffs()
{
    const auto kb = netdesk::KnowledgeBase::loadEmbedded();
    QVERIFY2(kb.ok(), qPrintable(kb.messages().join(QLatin1Char('\n'))));
    const GradingRules& loaded = kb.value()->grading;
    const GradingRules who = whoRules();

    QCOMPARE(loaded.ki67G1Below, who.ki67G1Below);
    QCOMPARE(loaded.ki67G2UpTo, who.ki67G2UpTo);
    QCOMPARE(loaded.mitosesG1Below, who.mitosesG1Below);
    QCOMPARE(loaded.mitosesG2UpTo, who.mitosesG2UpTo);
    QCOMPARE(loaded.lungTypicalBelow, who.lungTypicalBelow);
    QCOMPARE(loaded.lungAtypicalUpTo, who.lungAtypicalUpTo);
    QCOMPARE(loaded.ki67Cutoffs, who.ki67Cutoffs);
    QCOMPARE(loaded.ki67NearWithin, who.ki67NearWithin);
    QCOMPARE(loaded.conflictKi67UpTo, who.conflictKi67UpTo);
    QCOMPARE(loaded.conflictMitosesUpTo, who.conflictMitosesUpTo);
    QCOMPARE(loaded.conflictLungMitosesUpTo, who.conflictLungMitosesUpTo);
    QVERIFY2(!kb.value()->gradingEvidence.isEmpty(), "the grading cut-offs carry no source");

    // The loaded rules classify the boundary cases like the hand-built ones.
    const Classification g2 =
        netdesk::classify(makeCase(QStringLiteral("pancreas"), QStringLiteral("well"), 20, absent, QString()), loaded);
    QCOMPARE(g2.category, QStringLiteral("NET_G2"));
    const Classification g3 = netdesk::classify(
        makeCase(QStringLiteral("pancreas"), QStringLiteral("well"), 20.1, absent, QString()), loaded);
    QCOMPARE(g3.category, QStringLiteral("NET_G3"));
    const Classification atypical = netdesk::classify(
        makeCase(QStringLiteral("lung"), QStringLiteral("well"), absent, 10, QString(), QString(), 0), loaded);
    QCOMPARE(atypical.category, QStringLiteral("LUNG_ATYPICAL_CARCINOID"));
}

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
