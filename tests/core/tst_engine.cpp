// Each rule of the knowledge base, firing and not firing, as a table: a patch onto a base case
// and what the plan must (or must not) hold.
#include "tests/support/PlanFixture.h"

#include "core/interop/PlanJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace netdesk;
using namespace netdesk::test;

namespace {

// Small-intestinal NET G1/G2 (Ki-67 5 %), SSTR-positive, stable, liver metastases, primary resected.
const char* baseCase = R"({
  "schema": "netdesk.case/1", "assessmentDate": "2026-11-02",
  "primarySite": "small_intestine", "differentiation": "well", "ki67": 5,
  "sstrImaging": "positive", "diseaseStatus": "stable", "ecog": 0, "primaryResected": true,
  "metastases": { "liver": true }
})";

const PlanRecommendation* findRec(const Plan& p, const QString& therapy)
{
    for (const PlanRecommendation& r : p.recommendations) {
        if (r.therapy == therapy)
            return &r;
    }
    return nullptr;
}

QString summary(const Plan& p)
{
    QStringList recs;
    for (const PlanRecommendation& r : p.recommendations)
        recs << QStringLiteral("%1:%2:%3").arg(r.therapy, r.strength, r.role);
    QStringList avoid;
    for (const PlanAvoid& a : p.avoid)
        avoid << QStringLiteral("%1:%2").arg(a.therapy, a.severity);
    QStringList warnings;
    for (const PlanWarning& w : p.warnings)
        warnings << QStringLiteral("%1:%2").arg(w.code, w.severity);
    QStringList factors;
    for (const PlanFactor& f : p.adverseFactors)
        factors << f.code;
    QStringList follow;
    for (const PlanFollowUpItem& i : p.followUp)
        follow << QStringLiteral("%1[%2]/%3")
                      .arg(i.kind, (i.tests + i.modalities).join(u','), QString::number(i.intervalMonths));
    return QStringLiteral("category %1 grade %2\n  rec: %3\n  avoid: %4\n  warn: %5\n  factors: %6\n  follow-up: %7")
        .arg(p.classification.category, p.classification.grade, recs.join(u' '), avoid.join(u' '), warnings.join(u' '),
             factors.join(u' '), follow.join(u' '));
}

// Returns an empty string when `expectation` holds, else what is wrong.
QString check(const Plan& p, const QString& expectation)
{
    const QStringList parts = expectation.split(u':');
    const QChar kind = expectation.front();
    const QString code = parts.value(0).mid(1);
    if (kind == u'+') {
        const PlanRecommendation* r = findRec(p, code);
        if (!r)
            return code + QStringLiteral(" not recommended");
        if (parts.size() > 1 && r->strength != parts.at(1))
            return QStringLiteral("%1 strength %2, expected %3").arg(code, r->strength, parts.at(1));
        if (parts.size() > 2 && r->role != parts.at(2))
            return QStringLiteral("%1 role %2, expected %3").arg(code, r->role, parts.at(2));
        if (parts.size() > 3 && r->review != parts.at(3))
            return QStringLiteral("%1 review %2, expected %3").arg(code, r->review, parts.at(3));
        return QString();
    }
    if (kind == u'-')
        return findRec(p, code) ? code + QStringLiteral(" recommended but must not be") : QString();
    if (kind == u'~') {
        for (const PlanAvoid& a : p.avoid) {
            if (a.therapy == code)
                return parts.size() > 1 && a.severity != parts.at(1)
                           ? QStringLiteral("avoid %1 severity %2, expected %3").arg(code, a.severity, parts.at(1))
                           : QString();
        }
        return code + QStringLiteral(" not in avoid");
    }
    if (kind == u'!') {
        const bool negate = code.startsWith(u'-');
        const QString warning = negate ? code.mid(1) : code;
        for (const PlanWarning& w : p.warnings) {
            if (w.code != warning)
                continue;
            if (negate)
                return warning + QStringLiteral(" warned but must not be");
            return parts.size() > 1 && w.severity != parts.at(1)
                       ? QStringLiteral("warning %1 severity %2, expected %3").arg(warning, w.severity, parts.at(1))
                       : QString();
        }
        return negate ? QString() : warning + QStringLiteral(" not warned");
    }
    const QString key = parts.value(0);
    const QString value = parts.value(1);
    if (key == QLatin1String("F") || key == QLatin1String("F-")) {
        bool present = false;
        for (const PlanFactor& f : p.adverseFactors)
            present = present || f.code == value;
        if (present != (key == QLatin1String("F")))
            return QStringLiteral("factor %1 %2")
                .arg(value, present ? QStringLiteral("present") : QStringLiteral("missing"));
        return QString();
    }
    if (key == QLatin1String("O") || key == QLatin1String("O-")) {
        bool present = false;
        for (const PlanOutcome& o : p.referenceOutcomes)
            present = present || o.id == value;
        if (present != (key == QLatin1String("O")))
            return QStringLiteral("reference outcome %1 %2")
                .arg(value, present ? QStringLiteral("present") : QStringLiteral("missing"));
        return QString();
    }
    if (key == QLatin1String("because")) {
        const QString reason = expectation.mid(8).replace(u'_', u' ');
        for (const PlanFollowUpItem& i : p.followUp) {
            if (i.because.contains(reason))
                return QString();
        }
        return QStringLiteral("no follow-up reason \"%1\"").arg(reason);
    }
    if (key == QLatin1String("cat"))
        return p.classification.category == value ? QString()
                                                  : QStringLiteral("category %1").arg(p.classification.category);
    if (key == QLatin1String("labs") || key == QLatin1String("img")) {
        const QString itemKind = key == QLatin1String("labs") ? QStringLiteral("labs") : QStringLiteral("imaging");
        for (const PlanFollowUpItem& i : p.followUp) {
            if (i.kind == itemKind && !i.tests.contains(QStringLiteral("NTPROBNP")) &&
                QString::number(i.intervalMonths) == value)
                return QString();
        }
        return QStringLiteral("no %1 item every %2 months").arg(itemKind, value);
    }
    if (key == QLatin1String("test") || key == QLatin1String("test-")) {
        bool present = false;
        for (const PlanFollowUpItem& i : p.followUp)
            present = present || i.tests.contains(value);
        if (present != (key == QLatin1String("test")))
            return QStringLiteral("test %1 %2")
                .arg(value, present ? QStringLiteral("present") : QStringLiteral("missing"));
        return QString();
    }
    if (key == QLatin1String("ntprobnp")) {
        for (const PlanFollowUpItem& i : p.followUp) {
            if (i.tests.contains(QStringLiteral("NTPROBNP")))
                return QString::number(i.intervalMonths) == value
                           ? QString()
                           : QStringLiteral("NT-proBNP every %1").arg(i.intervalMonths);
        }
        return QStringLiteral("no NT-proBNP item");
    }
    return QStringLiteral("unknown expectation ") + expectation;
}

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyStatementHasSourceAndReview();
    void planIsDeterministic();
    void recommendationOrder();
    void orderRule_data();
    void orderRule();
    void dependentItemFollowsItsTarget();
    void noApprovedInAnyVignettePlan();
    void unknownProtocolAndLanguage();
    void whyNamesTheClauses();
};

void TestEngine::rules_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("expect");
    const auto row = [](const char* name, const char* patch, const char* expect) {
        QTest::newRow(name) << QString::fromUtf8(patch) << QString::fromUtf8(expect);
    };
    // Always and supportive
    row("tumour board always", "{}", "+TUMOR_BOARD:preferred:supportive");
    row("palliative consider", "{}", "+PALLIATIVE_CARE:consider:supportive");
    row("palliative preferred NEC", R"({"differentiation":"poor","ki67":80})", "+PALLIATIVE_CARE:preferred");
    row("palliative preferred ECOG 2", R"({"ecog":2})", "+PALLIATIVE_CARE:preferred F:ECOG_2_PLUS");
    row("palliative none after complete resection", R"({"completeResection":true})", "-PALLIATIVE_CARE");
    row("SSTR PET when not done", R"({"sstrImaging":"not_done"})",
        "+SSTR_PET:preferred:supportive !SSTR_IMAGING_NEEDED:info");
    row("no SSTR PET when done", "{}", "-SSTR_PET !-SSTR_IMAGING_NEEDED");
    row("no SSTR PET in NEC", R"({"differentiation":"poor","ki67":80,"sstrImaging":"not_done"})",
        "-SSTR_PET !-SSTR_IMAGING_NEEDED");
    row("no SSTR PET after complete resection", R"({"completeResection":true,"sstrImaging":"not_done"})", "-SSTR_PET");
    row("pathology review poor ki67 15", R"({"differentiation":"poor","ki67":15})",
        "cat:NEC +PATHOLOGY_REVIEW:preferred !DIFFERENTIATION_KI67_CONFLICT:caution +PLATINUM_ETOPOSIDE");
    row("no pathology review poor ki67 25", R"({"differentiation":"poor","ki67":25})",
        "-PATHOLOGY_REVIEW !-DIFFERENTIATION_KI67_CONFLICT");
    row("undetermined G3", R"({"differentiation":"unknown","ki67":35,"functionalSyndrome":"carcinoid_syndrome"})",
        "cat:NEN_G3_UNDETERMINED +PATHOLOGY_REVIEW:preferred !PATHOLOGY_REVIEW_REQUIRED:critical -SSA -PRRT -CAPTEM "
        "-PLATINUM_ETOPOSIDE -FOLFOX -EVEROLIMUS F:HIGH_GRADE img:3 ntprobnp:none");
    row("brain MRI G3 with symptoms", R"({"ki67":30,"neuroSymptoms":true})",
        "cat:NET_G3 +BRAIN_MRI:preferred:supportive");
    row("no brain MRI G1 with symptoms", R"({"ki67":1,"neuroSymptoms":true})", "-BRAIN_MRI");
    row("brain MRI lung SCLC", R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null})",
        "cat:NEC +BRAIN_MRI:preferred");
    row("brain MRI lung LCNEC consider",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"lcnec","ki67":null})",
        "+BRAIN_MRI:consider:supportive:pending");
    row("no brain MRI lung carcinoid", R"({"primarySite":"lung","mitoses":5,"ki67":null})",
        "cat:LUNG_ATYPICAL_CARCINOID -BRAIN_MRI");
    row("CHD screening carcinoid syndrome", R"({"functionalSyndrome":"carcinoid_syndrome"})",
        "+CHD_SCREENING:preferred:supportive ntprobnp:12");
    row("no CHD screening in NEC", R"({"functionalSyndrome":"carcinoid_syndrome","differentiation":"poor","ki67":70})",
        "-CHD_SCREENING -SSA");
    row("no CHD screening without syndrome", "{}", "-CHD_SCREENING");

    // Somatostatin analogues
    row("SSA preferred ki67 < 10", "{}", "+SSA:preferred:first_line");
    row("SSA option ki67 10-20", R"({"ki67":12})", "+SSA:option:first_line");
    row("SSA preferred G1 without ki67", R"({"ki67":null,"grade":"G1"})", "+SSA:preferred");
    row("SSA option G2 without ki67", R"({"ki67":null,"grade":"G2"})", "+SSA:option");
    row("SSA option when SSTR imaging not done", R"({"sstrImaging":"not_done"})", "+SSA:option");
    row("no SSA when SSTR negative", R"({"sstrImaging":"negative"})",
        "-SSA ~SSA:not_preferred !SSTR_NEGATIVE:caution ~PRRT:contraindicated");
    row("symptom SSA when SSTR negative", R"({"sstrImaging":"negative","functionalSyndrome":"carcinoid_syndrome"})",
        "+SSA:preferred:symptom_control");
    row("symptom SSA other syndrome", R"({"sstrImaging":"negative","functionalSyndrome":"other"})",
        "+SSA:option:symptom_control");
    row("insulinoma SSA capped at consider", R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma"})",
        "+SSA:consider:first_line !INSULINOMA_SSA_CAUTION:caution");
    row("no insulinoma caution without SSA",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","differentiation":"poor","ki67":70})",
        "-SSA !-INSULINOMA_SSA_CAUTION");
    row("NET G3 functioning: symptom SSA", R"({"ki67":30,"functionalSyndrome":"vipoma","primarySite":"pancreas"})",
        "+SSA:preferred:symptom_control");
    row("NET G3 non-functioning: avoid SSA", R"({"ki67":30})", "-SSA ~SSA:not_preferred");
    row("progressive on SSA with syndrome keeps symptom SSA",
        R"({"diseaseStatus":"progressive","priorTherapies":["SSA"],"functionalSyndrome":"carcinoid_syndrome"})",
        "+SSA:preferred:symptom_control");
    row("progressive on SSA without syndrome: no SSA", R"({"diseaseStatus":"progressive","priorTherapies":["SSA"]})",
        "-SSA");
    row("stable on SSA: continued", R"({"ki67":15,"priorTherapies":["SSA"]})", "+SSA:preferred:first_line");
    row("SSTR-negative on SSA with syndrome: symptom role only",
        R"({"sstrImaging":"negative","functionalSyndrome":"carcinoid_syndrome","priorTherapies":["SSA"]})",
        "+SSA:preferred:symptom_control");
    row("NET G3 functioning on SSA: symptom role only",
        R"({"ki67":30,"functionalSyndrome":"carcinoid_syndrome","priorTherapies":["SSA"]})",
        "+SSA:preferred:symptom_control");
    row("lung atypical Ki-67 12 on SSA: not continued",
        R"({"primarySite":"lung","mitoses":5,"ki67":12,"priorTherapies":["SSA"]})",
        "-SSA +EVEROLIMUS:preferred:later_line");
    row("nothing continued after complete resection", R"({"completeResection":true,"priorTherapies":["SSA"]})",
        "-SSA ~SSA:not_preferred !NO_ADJUVANT_SSA:info");
    row("SSA kept after complete resection with syndrome",
        R"({"completeResection":true,"functionalSyndrome":"carcinoid_syndrome"})",
        "+SSA:preferred:symptom_control !-NO_ADJUVANT_SSA");
    row("lung typical carcinoid SSA preferred", R"({"primarySite":"lung","mitoses":1,"ki67":null})",
        "cat:LUNG_TYPICAL_CARCINOID +SSA:preferred -EVEROLIMUS");
    row("lung atypical SSA option ki67 5", R"({"primarySite":"lung","mitoses":5})", "+SSA:option:first_line:pending");
    row("lung atypical no SSA ki67 15", R"({"primarySite":"lung","mitoses":5,"ki67":15})", "-SSA");
    row("thymus follows lung", R"({"primarySite":"thymus","mitoses":1,"ki67":null})",
        "cat:LUNG_TYPICAL_CARCINOID +SSA:preferred");

    // Targeted agents
    row("everolimus pNET progressive", R"({"primarySite":"pancreas","diseaseStatus":"progressive"})",
        "+EVEROLIMUS:option:first_line +SUNITINIB:option");
    row("no everolimus pNET stable", R"({"primarySite":"pancreas"})", "-EVEROLIMUS -SUNITINIB");
    row("everolimus SI non-functioning progressive", R"({"diseaseStatus":"progressive"})",
        "+EVEROLIMUS:option -SUNITINIB ~SUNITINIB:not_preferred");
    row("no everolimus SI functioning", R"({"diseaseStatus":"progressive","functionalSyndrome":"carcinoid_syndrome"})",
        "-EVEROLIMUS");
    row("everolimus lung atypical preferred",
        R"({"primarySite":"lung","mitoses":5,"ki67":null,"diseaseStatus":"progressive"})",
        "+EVEROLIMUS:preferred:first_line ~SUNITINIB:not_preferred");
    row("everolimus lung typical after SSA",
        R"({"primarySite":"lung","mitoses":1,"ki67":null,"diseaseStatus":"progressive","priorTherapies":["SSA"]})",
        "+EVEROLIMUS:option:later_line -SSA");
    row("everolimus lung typical SSTR negative",
        R"({"primarySite":"lung","mitoses":1,"ki67":null,"sstrImaging":"negative"})", "+EVEROLIMUS:option");
    row("everolimus continued when stable", R"({"primarySite":"pancreas","priorTherapies":["EVEROLIMUS"]})",
        "+EVEROLIMUS:preferred:first_line");
    row("everolimus not repeated when progressive",
        R"({"primarySite":"pancreas","diseaseStatus":"progressive","priorTherapies":["EVEROLIMUS"]})",
        "-EVEROLIMUS +SUNITINIB:option:later_line +CABOZANTINIB:option:later_line:pending");
    row("sunitinib not continued outside pancreas", R"({"priorTherapies":["SUNITINIB"]})", "-SUNITINIB");
    row("cabozantinib needs prior non-SSA therapy",
        R"({"primarySite":"pancreas","diseaseStatus":"progressive","priorTherapies":["SSA"]})", "-CABOZANTINIB");
    row("cabozantinib needs ECOG <= 2",
        R"({"primarySite":"pancreas","diseaseStatus":"progressive","ecog":3,"priorTherapies":["EVEROLIMUS"]})",
        "-CABOZANTINIB");
    row("cabozantinib in NET G3", R"({"ki67":30,"diseaseStatus":"progressive","priorTherapies":["CAPTEM"]})",
        "+CABOZANTINIB:option:later_line");

    // PRRT
    row("NETTER-2 G2 ki67 12", R"({"ki67":12,"diseaseStatus":"newly_diagnosed"})", "+PRRT:option:first_line");
    row("no NETTER-2 ki67 8", R"({"ki67":8,"diseaseStatus":"newly_diagnosed"})", "-PRRT");
    row("no NETTER-2 after prior SSA", R"({"ki67":12,"priorTherapies":["SSA"]})", "-PRRT");
    row("no NETTER-2 unknown primary",
        R"({"ki67":12,"primarySite":"unknown_primary","diseaseStatus":"newly_diagnosed"})", "-PRRT");
    row("NETTER-2 NET G3 preferred", R"({"ki67":30,"primarySite":"pancreas","diseaseStatus":"newly_diagnosed"})",
        "cat:NET_G3 +PRRT:preferred:first_line +CAPTEM:option +FOLFOX:option ~PLATINUM_ETOPOSIDE:not_preferred "
        "F:HIGH_GRADE F:KI67_GT_20 img:3");
    row("NET G3 ki67 60: no PRRT, platinum option",
        R"({"ki67":60,"primarySite":"pancreas","diseaseStatus":"newly_diagnosed"})",
        "-PRRT +PLATINUM_ETOPOSIDE:option:first_line F:KI67_GT_55");
    row("NET G3 by mitoses: no PRRT, platinum neither", R"({"ki67":null,"mitoses":25})",
        "cat:NET_G3 -PRRT -PLATINUM_ETOPOSIDE");
    row("NETTER-1 midgut after SSA", R"({"diseaseStatus":"progressive","priorTherapies":["SSA"]})",
        "+PRRT:preferred:later_line:source_checked");
    row("NETTER-1 pancreas after SSA pending",
        R"({"primarySite":"pancreas","diseaseStatus":"progressive","priorTherapies":["SSA"]})",
        "+PRRT:option:later_line:pending");
    row("no PRRT without SSTR imaging",
        R"({"diseaseStatus":"progressive","priorTherapies":["SSA"],"sstrImaging":"not_done"})", "-PRRT");
    row("PRRT not repeated", R"({"diseaseStatus":"progressive","priorTherapies":["SSA","PRRT"]})", "-PRRT");
    row("PRRT lung after prior therapy",
        R"({"primarySite":"lung","mitoses":5,"ki67":null,"diseaseStatus":"progressive","priorTherapies":["EVEROLIMUS"]})",
        "+PRRT:option:later_line +TEMOZOLOMIDE:option:later_line");

    // Chemotherapy
    row("CAPTEM pNET progressive", R"({"primarySite":"pancreas","diseaseStatus":"progressive"})",
        "+CAPTEM:option +STZ_5FU:option");
    row("CAPTEM pNET at diagnosis with high Ki-67",
        R"({"primarySite":"pancreas","ki67":15,"diseaseStatus":"newly_diagnosed"})", "+CAPTEM:option -STZ_5FU");
    row("no CAPTEM pNET at diagnosis low Ki-67",
        R"({"primarySite":"pancreas","diseaseStatus":"newly_diagnosed","metastases":{"liverInvolvementPercent":20}})",
        "-CAPTEM");
    row("CAPTEM pNET at diagnosis with bulk",
        R"({"primarySite":"pancreas","diseaseStatus":"newly_diagnosed","metastases":{"liverInvolvementPercent":60}})",
        "+CAPTEM:option");
    row("no CAPTEM after complete resection",
        R"({"primarySite":"pancreas","ki67":15,"diseaseStatus":"newly_diagnosed","completeResection":true})",
        "-CAPTEM -PRRT -SSA -EVEROLIMUS !NO_ADJUVANT_SSA");
    row("no CAPTEM outside pancreas after complete resection",
        R"({"primarySite":"colon","ki67":15,"diseaseStatus":"newly_diagnosed","completeResection":true})", "-CAPTEM");
    row("CAPTEM consider outside pancreas", R"({"primarySite":"colon","ki67":15,"diseaseStatus":"progressive"})",
        "+CAPTEM:consider");
    row("no CAPTEM outside pancreas low Ki-67", R"({"primarySite":"colon","diseaseStatus":"progressive"})", "-CAPTEM");
    row("no chemotherapy SI G1",
        R"({"ki67":1,"diseaseStatus":"progressive","metastases":{"liverInvolvementPercent":60}})",
        "-CAPTEM ~CAPTEM:not_preferred ~STZ_5FU:not_preferred F:LIVER_BURDEN_GT_25");
    row("temozolomide lung after everolimus",
        R"({"primarySite":"lung","mitoses":1,"ki67":null,"diseaseStatus":"progressive","priorTherapies":["EVEROLIMUS"]})",
        "+TEMOZOLOMIDE:option:later_line");
    row("FOLFOX lung after temozolomide",
        R"({"primarySite":"lung","mitoses":5,"ki67":null,"diseaseStatus":"progressive","priorTherapies":["EVEROLIMUS","TEMOZOLOMIDE"]})",
        "+FOLFOX:option:later_line -TEMOZOLOMIDE");
    row("NEC first line", R"({"differentiation":"poor","ki67":80,"diseaseStatus":"newly_diagnosed"})",
        "cat:NEC +PLATINUM_ETOPOSIDE:preferred:first_line -FOLFIRI F:HIGH_GRADE F:KI67_GT_55 img:3 "
        "~SSA:contraindicated "
        "~INTERFERON_ALPHA:contraindicated ~EVEROLIMUS:contraindicated ~SUNITINIB:contraindicated "
        "~CABOZANTINIB:contraindicated "
        "~PRRT:contraindicated ~CYTOREDUCTIVE_SURGERY:contraindicated ~RFA:contraindicated ~TAE_TACE:contraindicated "
        "~SIRT:contraindicated");
    row("NEC second line",
        R"({"differentiation":"poor","ki67":80,"diseaseStatus":"progressive","priorTherapies":["PLATINUM_ETOPOSIDE"]})",
        "-PLATINUM_ETOPOSIDE +FOLFIRI:preferred:later_line +FOLFOX:option:later_line +CAPTEM:option:later_line");
    row("NEC adjuvant after complete resection", R"({"differentiation":"poor","ki67":80,"completeResection":true})",
        "+PLATINUM_ETOPOSIDE:consider !-NO_ADJUVANT_SSA -SSTR_PET");
    row("ECOG 3 makes chemotherapy consider", R"({"differentiation":"poor","ki67":80,"ecog":3})",
        "+PLATINUM_ETOPOSIDE:consider !POOR_PERFORMANCE_STATUS:caution");
    row("ECOG 3 leaves non-chemotherapy alone", R"({"ecog":3})", "+SSA:preferred !POOR_PERFORMANCE_STATUS");

    // Syndrome
    row("telotristat and interferon uncontrolled on SSA",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"]})",
        "+SSA_DOSE_ESCALATION:preferred:symptom_control:pending +TELOTRISTAT:option:symptom_control "
        "+INTERFERON_ALPHA:consider:symptom_control +SSA:preferred");
    row("no interferon after complete resection, telotristat kept",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"],"completeResection":true})",
        "-INTERFERON_ALPHA +TELOTRISTAT:option:symptom_control +SSA:preferred:symptom_control");
    row("no syndrome escalation in undetermined G3",
        R"({"differentiation":"unknown","ki67":40,"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"]})",
        "-TELOTRISTAT -INTERFERON_ALPHA -SSA -SSA_DOSE_ESCALATION");
    row("no telotristat in NEC",
        R"({"differentiation":"poor","ki67":70,"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"]})",
        "-TELOTRISTAT -INTERFERON_ALPHA ~SSA:contraindicated");
    row("no telotristat without prior SSA",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true})", "-TELOTRISTAT -INTERFERON_ALPHA");

    // Local and surgical
    row("cytoreduction with cholecystectomy", R"({"resectableFraction":80,"ecog":1})",
        "+CYTOREDUCTIVE_SURGERY:consider:local:pending +PROPHYLACTIC_CHOLECYSTECTOMY:consider:local:pending");
    row("no cholecystectomy after one", R"({"resectableFraction":80,"priorSurgery":["cholecystectomy"]})",
        "+CYTOREDUCTIVE_SURGERY -PROPHYLACTIC_CHOLECYSTECTOMY");
    row("no cholecystectomy without long-term SSA", R"({"resectableFraction":80,"sstrImaging":"negative"})",
        "+CYTOREDUCTIVE_SURGERY -PROPHYLACTIC_CHOLECYSTECTOMY");
    row("no cytoreduction below 70", R"({"resectableFraction":69})", "-CYTOREDUCTIVE_SURGERY");
    row("no cytoreduction ECOG 3", R"({"resectableFraction":90,"ecog":3})", "-CYTOREDUCTIVE_SURGERY");
    row("no cytoreduction NET G3", R"({"resectableFraction":90,"ki67":30})", "-CYTOREDUCTIVE_SURGERY");
    row("pNET resection approach", R"({"primarySite":"pancreas","primaryResected":false,"resectableFraction":80})",
        "!PNET_RESECTION_APPROACH:caution F:PRIMARY_NOT_RESECTED");
    row("no resection caution when primary resected", R"({"primarySite":"pancreas","resectableFraction":80})",
        "!-PNET_RESECTION_APPROACH");
    row("RFA below 5 cm, 5 lesions", R"({"metastases":{"largestLiverLesionCm":4.9,"liverLesionCount":5}})",
        "+RFA:option:local:pending");
    row("no RFA at 5 cm", R"({"metastases":{"largestLiverLesionCm":5,"liverLesionCount":2}})", "-RFA");
    row("no RFA with 6 lesions", R"({"metastases":{"largestLiverLesionCm":2,"liverLesionCount":6}})", "-RFA");
    row("no RFA without lesion count", R"({"metastases":{"largestLiverLesionCm":2}})", "-RFA");
    row("no RFA without size", "{}", "-RFA");
    row("no RFA with bone metastases",
        R"({"metastases":{"largestLiverLesionCm":2,"liverLesionCount":2,"bone":true}})", "-RFA");
    row("RFA with distant nodes (liver-dominant)",
        R"({"metastases":{"largestLiverLesionCm":2,"liverLesionCount":2,"distantLymphNodes":true}})", "+RFA");
    row("TAE and SIRT liver-dominant progressive", R"({"diseaseStatus":"progressive"})",
        "+TAE_TACE:option:local +SIRT:consider:local");
    row("no TAE with bone metastases", R"({"diseaseStatus":"progressive","metastases":{"bone":true}})",
        "-TAE_TACE -SIRT");
    row("no TAE with peritoneal metastases", R"({"diseaseStatus":"progressive","metastases":{"peritoneum":true}})",
        "-TAE_TACE -SIRT");
    row("no TAE at 75 % liver involvement",
        R"({"diseaseStatus":"progressive","metastases":{"liverInvolvementPercent":75}})", "-TAE_TACE -SIRT");
    row("TAE below 75 % liver involvement",
        R"({"diseaseStatus":"progressive","metastases":{"liverInvolvementPercent":74}})",
        "+TAE_TACE:option:local:pending +SIRT:consider:local:pending");
    row("no TAE stable controlled", "{}", "-TAE_TACE");
    row("TAE for uncontrolled syndrome, crisis prophylaxis",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true})",
        "+TAE_TACE !CARCINOID_CRISIS_PROPHYLAXIS:caution");
    row("crisis prophylaxis for PRRT",
        R"({"functionalSyndrome":"carcinoid_syndrome","diseaseStatus":"progressive","priorTherapies":["SSA"],"metastases":{"bone":true}})",
        "+PRRT !CARCINOID_CRISIS_PROPHYLAXIS");
    row("liver abscess risk after bilioenteric anastomosis",
        R"({"priorSurgery":["bilioenteric_anastomosis"],"metastases":{"largestLiverLesionCm":2,"liverLesionCount":1}})",
        "+RFA !LIVER_ABSCESS_RISK:critical");
    row("no liver abscess warning without liver-directed therapy", R"({"priorSurgery":["pancreatoduodenectomy"]})",
        "!-LIVER_ABSCESS_RISK");

    // Classification warnings
    row("CgA confounder PPI", R"({"ppiUse":true})", "!CGA_CONFOUNDER:info");
    row("CgA confounder renal", R"({"renalImpairment":true})", "!CGA_CONFOUNDER:info");
    row("no CgA confounder", "{}", "!-CGA_CONFOUNDER");
    row("Ki-67 near 10", R"({"ki67":9})", "!KI67_NEAR_CUTOFF:info");
    row("Ki-67 not near", "{}", "!-KI67_NEAR_CUTOFF");
    row("grade discordant", R"({"grade":"G1","ki67":8})", "cat:NET_G2 !GRADE_DISCORDANT:caution");
    row("histology discordant", R"({"primarySite":"lung","lungHistology":"typical_carcinoid","mitoses":5,"ki67":null})",
        "cat:LUNG_ATYPICAL_CARCINOID !HISTOLOGY_DISCORDANT:caution");
    row("lung carcinoid > 10 mitoses is NEC",
        R"({"primarySite":"lung","lungHistology":"atypical_carcinoid","mitoses":12,"ki67":null})",
        "cat:NEC !HISTOLOGY_DISCORDANT +PLATINUM_ETOPOSIDE +BRAIN_MRI:consider");

    row("lung poor differentiation with necrosis only: no discordance",
        R"({"primarySite":"lung","differentiation":"poor","necrosis":true,"ki67":null})",
        "cat:NEC !-HISTOLOGY_DISCORDANT");

    // Prognosis
    row("stage IV always; primary resected", "{}",
        "F:STAGE_IV F-:PRIMARY_NOT_RESECTED F-:PANCREATIC_PRIMARY F-:AGE_65_PLUS");
    row("primary not resected", R"({"primaryResected":false})", "F:PRIMARY_NOT_RESECTED");
    row("age 65 on the day", R"({"patient":{"birthDate":"1961-11-02"}})", "F:AGE_65_PLUS");
    row("age 64", R"({"patient":{"birthDate":"1961-11-03"}})", "F-:AGE_65_PLUS");
    row("liver burden 25 is not > 25", R"({"metastases":{"liverInvolvementPercent":25}})", "F-:LIVER_BURDEN_GT_25");
    row("liver burden 26", R"({"metastases":{"liverInvolvementPercent":26}})", "F:LIVER_BURDEN_GT_25");
    row("ki67 20 is not > 20", R"({"ki67":20})", "F-:KI67_GT_20 cat:NET_G2");
    row("brain metastases", R"({"metastases":{"brain":true}})", "F:BRAIN_METASTASES");
    row("pancreatic primary", R"({"primarySite":"pancreas"})", "F:PANCREATIC_PRIMARY test-:5HIAA");

    // Continuation of maintenance therapy on stable disease
    row("sunitinib continued in pNET", R"({"primarySite":"pancreas","priorTherapies":["SUNITINIB"]})",
        "+SUNITINIB:preferred:first_line");
    row("cabozantinib continued", R"({"primarySite":"pancreas","priorTherapies":["EVEROLIMUS","CABOZANTINIB"]})",
        "+CABOZANTINIB:preferred:later_line +EVEROLIMUS:preferred:later_line");
    row("cabozantinib not repeated when progressive",
        R"({"primarySite":"pancreas","diseaseStatus":"progressive","priorTherapies":["EVEROLIMUS","CABOZANTINIB"]})",
        "-CABOZANTINIB");
    row("telotristat continued",
        R"({"functionalSyndrome":"carcinoid_syndrome","priorTherapies":["SSA","TELOTRISTAT"]})",
        "+TELOTRISTAT:preferred:symptom_control");
    row("interferon continued",
        R"({"functionalSyndrome":"carcinoid_syndrome","priorTherapies":["SSA","INTERFERON_ALPHA"]})",
        "+INTERFERON_ALPHA:preferred:later_line");
    row("interferon not continued in NEC",
        R"({"differentiation":"poor","ki67":70,"priorTherapies":["INTERFERON_ALPHA"]})",
        "-INTERFERON_ALPHA ~INTERFERON_ALPHA:contraindicated");
    row("lung typical SSA option without SSTR imaging",
        R"({"primarySite":"lung","mitoses":1,"ki67":null,"sstrImaging":"not_done"})",
        "+SSA:option:first_line:pending +SSTR_PET -PRRT");
    row("lung atypical SSA option without SSTR imaging",
        R"({"primarySite":"lung","mitoses":4,"ki67":null,"sstrImaging":"not_done"})",
        "+SSA:option:first_line:pending +SSTR_PET");
    row("grade discordant in NEC", R"({"differentiation":"poor","grade":"G2","ki67":60})",
        "cat:NEC !GRADE_DISCORDANT:caution");

    // Reference outcomes by category
    row("outcomes NEC", R"({"differentiation":"poor","ki67":70})",
        "O:nec-os-nordic-nec-2 O:nec-os-enets-2023 O-:net-g3-os O-:si-net-os-seer");
    row("outcomes NET G3", R"({"ki67":30})", "O:net-g3-os O-:nec-os-nordic-nec-2 O-:si-net-os-seer");
    row("outcomes SI NET", "{}", "O:si-net-os-seer O:si-net-os-netter-1 O-:pnet-os-radiant-3");
    row("outcomes progressive pNET", R"({"primarySite":"pancreas","diseaseStatus":"progressive"})",
        "O:pnet-os-radiant-3 O-:si-net-os-seer");
    row("no RADIANT-3 outcome for stable pNET", R"({"primarySite":"pancreas"})", "O-:pnet-os-radiant-3");
    row("outcomes pNET after complete resection of liver metastases",
        R"({"primarySite":"pancreas","completeResection":true})",
        "O:net-liver-recurrence-zhang O:net-liver-recurrence-spolverato O-:pnet-os-radiant-3");
    row("no recurrence figure after resection without liver metastases",
        R"({"primarySite":"pancreas","completeResection":true,"metastases":{"liver":false,"distantLymphNodes":true}})",
        "O-:net-liver-recurrence-zhang");
    row("no advanced-disease figure after complete NEC resection",
        R"({"differentiation":"poor","ki67":70,"completeResection":true})",
        "O-:nec-os-nordic-nec-2 O-:nec-os-enets-2023 O-:net-liver-recurrence-zhang");
    row("no SI survival figures after complete resection", R"({"completeResection":true})",
        "O-:si-net-os-seer O-:si-net-os-netter-1 O:net-liver-recurrence-zhang");
    row("no recurrence figure for resected lung carcinoid",
        R"({"primarySite":"lung","mitoses":1,"ki67":null,"completeResection":true})", "O-:net-liver-recurrence-zhang");

    // Revision 2 (clinical.md, 2026-12). Performance status (§6)
    row("ECOG 3: palliative care, warning", R"({"ecog":3})",
        "+PALLIATIVE_CARE:preferred:supportive:source_checked !POOR_PERFORMANCE_STATUS:caution");
    row("ECOG 3: NET G3 chemotherapy consider", R"({"ki67":30,"ecog":3})", "+CAPTEM:consider +FOLFOX:consider");
    row("ECOG 4 NEC: chemotherapy to avoid", R"({"differentiation":"poor","ki67":80,"ecog":4})",
        "-PLATINUM_ETOPOSIDE ~PLATINUM_ETOPOSIDE:not_preferred +PALLIATIVE_CARE:preferred !POOR_PERFORMANCE_STATUS");
    row("ECOG 4 pNET: chemotherapy to avoid, targeted kept",
        R"({"primarySite":"pancreas","diseaseStatus":"progressive","ecog":4})",
        "-CAPTEM -STZ_5FU ~CAPTEM:not_preferred ~STZ_5FU:not_preferred +EVEROLIMUS:option");
    row("ECOG 3 pNET: chemotherapy not avoided", R"({"primarySite":"pancreas","diseaseStatus":"progressive","ecog":3})",
        "+CAPTEM:consider +STZ_5FU:consider");
    row("ECOG 4 SCLC not due to disease: avoid",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"ecog":4})",
        "-PLATINUM_ETOPOSIDE -PLATINUM_ETOPOSIDE_ICI ~PLATINUM_ETOPOSIDE:not_preferred");
    row("ECOG 4 SCLC due to disease: platinum consider",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"ecog":4,"ecogDueToDisease":true})",
        "+PLATINUM_ETOPOSIDE:consider:first_line:pending -PLATINUM_ETOPOSIDE_ICI +PALLIATIVE_CARE:preferred");
    row("ECOG 4 LCNEC due to disease: still avoid",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"lcnec","ki67":null,"ecog":4,"ecogDueToDisease":true})",
        "-PLATINUM_ETOPOSIDE ~PLATINUM_ETOPOSIDE:not_preferred");
    row("ECOG 4 extrapulmonary small cell due to disease: still avoid",
        R"({"primarySite":"pancreas","differentiation":"poor","necHistology":"small_cell","ki67":80,"ecog":4,"ecogDueToDisease":true})",
        "-PLATINUM_ETOPOSIDE ~PLATINUM_ETOPOSIDE:not_preferred");

    // Small-cell lung carcinoma and immunotherapy (§4)
    row("SCLC ECOG 1: platinum/etoposide with ICI",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"ecog":1})",
        "+PLATINUM_ETOPOSIDE_ICI:preferred:first_line:source_checked -PLATINUM_ETOPOSIDE +BRAIN_MRI:preferred");
    row("thymic small-cell (necHistology) ECOG 0: with ICI",
        R"({"primarySite":"thymus","differentiation":"poor","necHistology":"small_cell","ki67":null})",
        "+PLATINUM_ETOPOSIDE_ICI:preferred -PLATINUM_ETOPOSIDE");
    row("SCLC ECOG 2: platinum/etoposide alone",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"ecog":2})",
        "+PLATINUM_ETOPOSIDE:preferred:first_line:pending -PLATINUM_ETOPOSIDE_ICI");
    row("LCNEC: no ICI", R"({"primarySite":"lung","differentiation":"poor","lungHistology":"lcnec","ki67":null})",
        "+PLATINUM_ETOPOSIDE:preferred:first_line:source_checked -PLATINUM_ETOPOSIDE_ICI");
    row("extrapulmonary small-cell NEC: no ICI",
        R"({"primarySite":"pancreas","differentiation":"poor","necHistology":"small_cell","ki67":80})",
        "+PLATINUM_ETOPOSIDE:preferred -PLATINUM_ETOPOSIDE_ICI");
    row("SCLC stable after ICI: maintenance continued",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"priorTherapies":["PLATINUM_ETOPOSIDE_ICI"]})",
        "+PLATINUM_ETOPOSIDE_ICI:preferred -PLATINUM_ETOPOSIDE");
    row("SCLC progressive after ICI: no second line encoded",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"diseaseStatus":"progressive","priorTherapies":["PLATINUM_ETOPOSIDE_ICI"]})",
        "-PLATINUM_ETOPOSIDE_ICI -PLATINUM_ETOPOSIDE -FOLFIRI -FOLFOX -CAPTEM");
    row("LCNEC progressive after platinum: no digestive second line",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"lcnec","ki67":null,"diseaseStatus":"progressive","priorTherapies":["PLATINUM_ETOPOSIDE"]})",
        "-FOLFIRI -FOLFOX -CAPTEM");
    row("LCNEC stable after ICI: no maintenance",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"lcnec","ki67":null,"priorTherapies":["PLATINUM_ETOPOSIDE_ICI"]})",
        "-PLATINUM_ETOPOSIDE_ICI");
    row("NEC second line after platinum with ICI (pancreas)",
        R"({"primarySite":"pancreas","differentiation":"poor","ki67":80,"diseaseStatus":"progressive","priorTherapies":["PLATINUM_ETOPOSIDE_ICI"]})",
        "+FOLFIRI:preferred:later_line -PLATINUM_ETOPOSIDE");
    row("SCLC after complete resection: adjuvant without ICI",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"completeResection":true})",
        "+PLATINUM_ETOPOSIDE:consider:first_line:pending -PLATINUM_ETOPOSIDE_ICI");

    // FDG-PET (§4)
    row("FDG-PET NET G3", R"({"ki67":30})", "+FDG_PET:option:supportive:pending");
    row("FDG-PET NEC", R"({"differentiation":"poor","ki67":80})", "+FDG_PET:option");
    row("FDG-PET undetermined G3", R"({"differentiation":"unknown","ki67":40})", "+FDG_PET:option");
    row("FDG-PET G2 Ki-67 12 consider", R"({"ki67":12})", "+FDG_PET:consider:supportive");
    row("no FDG-PET G2 Ki-67 8", R"({"ki67":8})", "-FDG_PET");
    row("no FDG-PET after complete resection", R"({"ki67":30,"completeResection":true})", "-FDG_PET");
    row("no FDG-PET lung atypical carcinoid", R"({"primarySite":"lung","mitoses":5,"ki67":12})", "-FDG_PET");

    // Brain metastases (§6)
    row("brain metastases: brain-directed therapy", R"({"metastases":{"brain":true}})",
        "+BRAIN_RT:preferred:local:source_checked -CORTICOSTEROIDS");
    row("symptomatic brain metastases: corticosteroids", R"({"metastases":{"brain":true},"neuroSymptoms":true})",
        "+CORTICOSTEROIDS:preferred:symptom_control:source_checked +BRAIN_RT:preferred");
    row("brain metastases ECOG 3: consider", R"({"metastases":{"brain":true},"ecog":3})",
        "+BRAIN_RT:consider:local:pending");
    row("symptoms without brain metastases: neither", R"({"neuroSymptoms":true})", "-CORTICOSTEROIDS -BRAIN_RT");
    row("brain metastases in NEC", R"({"differentiation":"poor","ki67":80,"metastases":{"brain":true}})",
        "+BRAIN_RT:preferred +PLATINUM_ETOPOSIDE");
    row("no brain therapy after complete resection",
        R"({"completeResection":true,"neuroSymptoms":true,"metastases":{"brain":true}})", "-BRAIN_RT -CORTICOSTEROIDS");
    row("brain therapy not repeated when stable", R"({"metastases":{"brain":true},"priorTherapies":["BRAIN_RT"]})",
        "-BRAIN_RT");
    row("brain therapy again when progressive",
        R"({"metastases":{"brain":true},"priorTherapies":["BRAIN_RT"],"diseaseStatus":"progressive"})", "+BRAIN_RT");

    // Hormonal syndromes (§2, §9)
    row("insulinoma SSTR-positive: glucose measures first, SSA consider",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma"})",
        "+GLUCOSE_SUPPORT:preferred:symptom_control:pending +DIAZOXIDE:preferred:symptom_control:pending "
        "+SSA:consider !INSULINOMA_SSA_CAUTION:caution");
    row("insulinoma SSTR-negative: SSA contraindicated",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","sstrImaging":"negative"})",
        "-SSA ~SSA:contraindicated +GLUCOSE_SUPPORT +DIAZOXIDE !-INSULINOMA_SSA_CAUTION");
    row("insulinoma SSTR imaging not done: no SSA",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","sstrImaging":"not_done"})",
        "-SSA +SSTR_PET +DIAZOXIDE");
    row("insulinoma SSTR-negative on SSA: not continued",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","sstrImaging":"negative","priorTherapies":["SSA"]})",
        "-SSA ~SSA:contraindicated");
    row("insulinoma in NEC: glucose measures, no SSA",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","differentiation":"poor","ki67":70})",
        "+GLUCOSE_SUPPORT +DIAZOXIDE -SSA");
    row("refractory hypoglycaemia: everolimus and PRRT",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","uncontrolledSyndrome":true})",
        "+EVEROLIMUS:option:symptom_control:pending +PRRT:consider:symptom_control:pending");
    row("refractory hypoglycaemia SSTR-negative: no PRRT",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","uncontrolledSyndrome":true,"sstrImaging":"negative"})",
        "+EVEROLIMUS -PRRT ~PRRT:contraindicated");
    row("refractory hypoglycaemia NET G3 Ki-67 60: no PRRT",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","uncontrolledSyndrome":true,"ki67":60})",
        "+EVEROLIMUS -PRRT");
    row("refractory hypoglycaemia after PRRT: not again",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","uncontrolledSyndrome":true,"priorTherapies":["PRRT"]})",
        "-PRRT");
    row("refractory hypoglycaemia in NEC: neither",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","uncontrolledSyndrome":true,"differentiation":"poor","ki67":70})",
        "-EVEROLIMUS -PRRT +GLUCOSE_SUPPORT");
    row("controlled insulinoma: no everolimus or PRRT for it",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma"})", "-EVEROLIMUS -PRRT");
    row("gastrinoma: PPI first, SSA option, CgA confounder",
        R"({"primarySite":"duodenum","functionalSyndrome":"gastrinoma","sstrImaging":"negative"})",
        "+PPI_HIGH_DOSE:preferred:symptom_control:pending +SSA:option:symptom_control !CGA_CONFOUNDER:info");
    row("gastrinoma in NEC: PPI, no SSA",
        R"({"primarySite":"duodenum","functionalSyndrome":"gastrinoma","differentiation":"poor","ki67":70})",
        "+PPI_HIGH_DOSE -SSA");
    row("no PPI without gastrinoma", "{}", "-PPI_HIGH_DOSE -GLUCOSE_SUPPORT -DIAZOXIDE");
    row("dose escalation not repeated",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA","SSA_DOSE_ESCALATION"]})",
        "-SSA_DOSE_ESCALATION +TELOTRISTAT:option");
    row("no dose escalation without prior SSA",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true})", "-SSA_DOSE_ESCALATION");

    // Active surveillance and surgical assessment (§2, §5)
    row("active surveillance: stable low burden", R"({"metastases":{"liverInvolvementPercent":20}})",
        "+ACTIVE_SURVEILLANCE:option:first_line:pending +SSA:preferred");
    row("active surveillance: nodes only", R"({"metastases":{"liver":false,"distantLymphNodes":true}})",
        "+ACTIVE_SURVEILLANCE");
    row("no surveillance without liver involvement", "{}", "-ACTIVE_SURVEILLANCE");
    row("no surveillance liver 30 %", R"({"metastases":{"liverInvolvementPercent":30}})", "-ACTIVE_SURVEILLANCE");
    row("no surveillance with syndrome",
        R"({"metastases":{"liverInvolvementPercent":20},"functionalSyndrome":"carcinoid_syndrome"})",
        "-ACTIVE_SURVEILLANCE");
    row("no surveillance progressive", R"({"metastases":{"liverInvolvementPercent":20},"diseaseStatus":"progressive"})",
        "-ACTIVE_SURVEILLANCE");
    row("no surveillance ECOG 2", R"({"metastases":{"liverInvolvementPercent":20},"ecog":2})", "-ACTIVE_SURVEILLANCE");
    row("no surveillance Ki-67 12", R"({"metastases":{"liverInvolvementPercent":20},"ki67":12})",
        "-ACTIVE_SURVEILLANCE");
    row("no surveillance bone metastases", R"({"metastases":{"liverInvolvementPercent":20,"bone":true}})",
        "-ACTIVE_SURVEILLANCE");
    row("no surveillance after prior SSA", R"({"metastases":{"liverInvolvementPercent":20},"priorTherapies":["SSA"]})",
        "-ACTIVE_SURVEILLANCE");
    row("no surveillance after complete resection",
        R"({"metastases":{"liverInvolvementPercent":20},"completeResection":true})", "-ACTIVE_SURVEILLANCE");
    row("primary resection assessment SI", R"({"primaryResected":false})",
        "+PRIMARY_RESECTION_ASSESSMENT:consider:local:pending F:PRIMARY_NOT_RESECTED");
    row("no assessment when primary resected", "{}", "-PRIMARY_RESECTION_ASSESSMENT");
    row("no assessment pancreas", R"({"primarySite":"pancreas","primaryResected":false})",
        "-PRIMARY_RESECTION_ASSESSMENT");
    row("no assessment when cytoreduction covers it", R"({"primaryResected":false,"resectableFraction":80})",
        "+CYTOREDUCTIVE_SURGERY -PRIMARY_RESECTION_ASSESSMENT");
    row("no assessment ECOG 3", R"({"primaryResected":false,"ecog":3})", "-PRIMARY_RESECTION_ASSESSMENT");
    row("no assessment NET G3", R"({"primaryResected":false,"ki67":30})", "-PRIMARY_RESECTION_ASSESSMENT");

    // High grade, prognosis corrections (§4, §7)
    row("pNET G3 progressive: everolimus and sunitinib consider",
        R"({"ki67":30,"primarySite":"pancreas","diseaseStatus":"progressive"})",
        "+EVEROLIMUS:consider:first_line:pending +SUNITINIB:consider:first_line:pending");
    row("SI NET G3 progressive: no sunitinib", R"({"ki67":30,"diseaseStatus":"progressive"})", "-SUNITINIB");
    row("primary not resected: not a NEC factor", R"({"differentiation":"poor","ki67":80,"primaryResected":false})",
        "F-:PRIMARY_NOT_RESECTED F:HIGH_GRADE");
    row("primary not resected: NET G3 factor", R"({"ki67":30,"primaryResected":false})", "F:PRIMARY_NOT_RESECTED");
    row("primary not resected: not undetermined G3",
        R"({"differentiation":"unknown","ki67":40,"primaryResected":false})", "F-:PRIMARY_NOT_RESECTED");

    // Follow-up, standard
    row("standard SI: CgA + 5-HIAA 3, imaging 6", "{}", "labs:3 img:6 test:CGA test:5HIAA test-:NTPROBNP");
    row("standard pancreas carcinoid: 5-HIAA, NT-proBNP yearly",
        R"({"primarySite":"pancreas","functionalSyndrome":"carcinoid_syndrome"})", "test:5HIAA ntprobnp:12");
    row("standard NEC: imaging 3, no NT-proBNP",
        R"({"differentiation":"poor","ki67":80,"functionalSyndrome":"carcinoid_syndrome"})",
        "labs:3 img:3 test-:NTPROBNP");
    row("standard after complete resection", R"({"completeResection":true})",
        "labs:3 img:6 because:CgA:_surveillance_after_complete_resection");
    row("reason: CgA on SSA", "{}",
        "because:CgA:_on_somatostatin_analogue because:5-HIAA:_small-intestinal_primary "
        "because:CT_or_MRI:_response_and_progression");
    row("reason: CgA without SSA", R"({"sstrImaging":"negative","primarySite":"pancreas"})",
        "because:CgA:_tumour_marker_of_stage_IV_disease");
    row("reason: high grade", R"({"differentiation":"poor","ki67":70})",
        "because:CgA:_tumour_marker_of_high-grade_stage_IV_disease because:CT_or_MRI:_high-grade_tumour");
}

void TestEngine::rules()
{
    QFETCH(QString, patch);
    QFETCH(QString, expect);
    const QJsonObject c = merged(parseObject(baseCase), parseObject(patch.toUtf8()));
    const Planned planned = planFor(c);
    QVERIFY2(planned.ok, qPrintable(planned.problems.join(u'\n')));
    QStringList failures;
    for (const QString& e : expect.split(u' ', Qt::SkipEmptyParts)) {
        if (e == QLatin1String("ntprobnp:none")) {
            if (!check(planned.plan, QStringLiteral("test-:NTPROBNP")).isEmpty())
                failures << QStringLiteral("NT-proBNP present");
            continue;
        }
        const QString problem = check(planned.plan, e);
        if (!problem.isEmpty())
            failures << problem;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; ")) + u'\n' + summary(planned.plan)));
}

void TestEngine::everyStatementHasSourceAndReview()
{
    // A spread of cases that together fire most entries: each statement must carry a source that
    // resolves to a full citation, and a review status.
    const QList<const char*> patches{
        "{}",
        R"({"differentiation":"poor","ki67":80,"ecog":3})",
        R"({"ki67":30,"primarySite":"pancreas"})",
        R"({"differentiation":"unknown","ki67":40})",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"],"resectableFraction":80,"ppiUse":true,"metastases":{"largestLiverLesionCm":2}})",
        R"({"primarySite":"lung","mitoses":5,"ki67":null,"diseaseStatus":"progressive","priorTherapies":["EVEROLIMUS"]})",
        R"({"primarySite":"pancreas","completeResection":true,"sstrImaging":"not_done"})",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"ecog":4,"ecogDueToDisease":true,"metastases":{"brain":true},"neuroSymptoms":true})",
        R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma","uncontrolledSyndrome":true,"ki67":12})",
        R"({"primarySite":"duodenum","functionalSyndrome":"gastrinoma","ecog":3,"metastases":{"liverInvolvementPercent":20}})",
        R"({"primaryResected":false,"metastases":{"liverInvolvementPercent":20,"liverLesionCount":2,"largestLiverLesionCm":2},"diseaseStatus":"progressive","priorTherapies":["SSA"]})"};
    int statements = 0;
    for (const char* patch : patches) {
        const Planned p = planFor(merged(parseObject(baseCase), parseObject(patch)));
        QVERIFY2(p.ok, patch);
        const auto checkEvidence = [&](const QStringList& evidence, const QString& review, const QString& what) {
            ++statements;
            QVERIFY2(!evidence.isEmpty(), qPrintable(what + QStringLiteral(" has no source")));
            for (const QString& label : evidence)
                QVERIFY2(!p.plan.references.value(label).isEmpty(),
                         qPrintable(what + QStringLiteral(": no citation for ") + label));
            QVERIFY2(QStringList({QStringLiteral("source_checked"), QStringLiteral("pending")}).contains(review),
                     qPrintable(what + QStringLiteral(" review ") + review));
            // source_checked only with a cited source whose status is "checked"
            if (review == QLatin1String("source_checked"))
                QVERIFY2(std::any_of(evidence.cbegin(), evidence.cend(),
                                     [](const QString& l) {
                                         return embeddedKb()->referenceStatus.value(l) == QLatin1String("checked");
                                     }),
                         qPrintable(what + QStringLiteral(" is source_checked without a checked source")));
        };
        for (const PlanRecommendation& r : p.plan.recommendations) {
            checkEvidence(r.evidence, r.review, r.therapy);
            QVERIFY(!r.text.isEmpty() && !r.patientText.isEmpty());
            for (const PlanNote& n : r.notes)
                checkEvidence(n.evidence, n.review, r.therapy + QStringLiteral(" note"));
        }
        for (const PlanAvoid& a : p.plan.avoid)
            checkEvidence(a.evidence, a.review, QStringLiteral("avoid ") + a.therapy);
        for (const PlanWarning& w : p.plan.warnings)
            checkEvidence(w.evidence, w.review, w.code);
        for (const PlanFactor& f : p.plan.adverseFactors)
            checkEvidence(f.evidence, f.review, f.code);
        for (const PlanOutcome& o : p.plan.referenceOutcomes)
            checkEvidence(o.evidence, o.review, o.id);
        for (const PlanFollowUpItem& i : p.plan.followUp)
            checkEvidence(i.evidence, i.review, i.id);
        // No pooled figure and no localised-pNET recurrence any more (clinical.md §7); every outcome
        // shown to patients has plain words of its own.
        for (const PlanOutcome& o : p.plan.referenceOutcomes) {
            QVERIFY2(o.value != QLatin1String("29 %") && !o.value.contains(QStringLiteral("13–15")), qPrintable(o.id));
            QVERIFY2(!o.patientVisible || !o.patientText.isEmpty(), qPrintable(o.id));
        }
        QCOMPARE(p.plan.clinicalReviewStatus, QStringLiteral("none"));
        QCOMPARE(p.plan.clinicalReviewStatement, QStringLiteral("No clinician has reviewed this knowledge base."));
    }
    QVERIFY(statements > 50);
}

void TestEngine::planIsDeterministic()
{
    const QJsonObject c = merged(parseObject(baseCase),
                                 parseObject(R"({"functionalSyndrome":"carcinoid_syndrome","resectableFraction":80})"));
    const Planned a = planFor(c);
    const Planned b = planFor(c);
    QVERIFY(a.ok && b.ok);
    QCOMPARE(a.plan.recommendations.size(), b.plan.recommendations.size());
    for (qsizetype i = 0; i < a.plan.recommendations.size(); ++i) {
        QCOMPARE(a.plan.recommendations.at(i).therapy, b.plan.recommendations.at(i).therapy);
        QCOMPARE(a.plan.recommendations.at(i).why, b.plan.recommendations.at(i).why);
    }
}

void TestEngine::recommendationOrder()
{
    const QStringList roles{QStringLiteral("first_line"), QStringLiteral("later_line"),
                            QStringLiteral("symptom_control"), QStringLiteral("local"), QStringLiteral("supportive")};
    const QStringList strengths{QStringLiteral("preferred"), QStringLiteral("option"), QStringLiteral("consider")};
    const QStringList reviews{QStringLiteral("source_checked"), QStringLiteral("pending"), QStringLiteral("draft")};
    const Planned p =
        planFor(merged(parseObject(baseCase),
                       parseObject(R"({"primarySite":"pancreas","diseaseStatus":"progressive","priorTherapies":["SSA"],
                                                    "functionalSyndrome":"carcinoid_syndrome","metastases":{"largestLiverLesionCm":2},
                                                    "priorSurgery":["pancreatoduodenectomy"],"ppiUse":true,"ki67":9})")));
    QVERIFY(p.ok);
    QVERIFY(p.plan.recommendations.size() >= 6);
    for (qsizetype i = 1; i < p.plan.recommendations.size(); ++i) {
        const PlanRecommendation& x = p.plan.recommendations.at(i - 1);
        const PlanRecommendation& y = p.plan.recommendations.at(i);
        const auto key = [&](const PlanRecommendation& r) {
            return std::make_tuple(roles.indexOf(r.role), strengths.indexOf(r.strength),
                                   reviews.indexOf(r.review), r.priority, r.id);
        };
        QVERIFY2(key(x) < key(y), qPrintable(x.id + QStringLiteral(" before ") + y.id));
    }
    const QStringList severities{QStringLiteral("critical"), QStringLiteral("caution"), QStringLiteral("info")};
    QVERIFY(p.plan.warnings.size() >= 3);
    for (qsizetype i = 1; i < p.plan.warnings.size(); ++i) {
        const PlanWarning& x = p.plan.warnings.at(i - 1);
        const PlanWarning& y = p.plan.warnings.at(i);
        QVERIFY(std::make_pair(severities.indexOf(x.severity), x.code) <
                std::make_pair(severities.indexOf(y.severity), y.code));
    }
    // A therapy code appears once: in recommendations or in avoid, never both.
    QSet<QString> seen;
    for (const PlanRecommendation& r : p.plan.recommendations) {
        QVERIFY2(!seen.contains(r.therapy), qPrintable(r.therapy));
        seen.insert(r.therapy);
    }
    for (const PlanAvoid& a : p.plan.avoid)
        QVERIFY2(!seen.contains(a.therapy), qPrintable(a.therapy));
}


// The order rule of clinical.md §9: "A before B" for each row's case.
void TestEngine::orderRule_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const auto row = [](const char* name, const char* patch, const char* a, const char* b) {
        QTest::newRow(name) << QString::fromUtf8(patch) << QString::fromUtf8(a) << QString::fromUtf8(b);
    };
    // Within one role and strength, checked before pending although the priority says otherwise
    // (PATHOLOGY_REVIEW 30, checked; TUMOR_BOARD 29, pending).
    row("checked before pending", R"({"differentiation":"poor","ki67":15})", "PATHOLOGY_REVIEW", "TUMOR_BOARD");
    // Same review and strength: the declared priority (palliative care 28, tumour board 29).
    row("priority within a review", R"({"differentiation":"poor","ki67":80,"ecog":1})", "PALLIATIVE_CARE",
        "TUMOR_BOARD");
    row("priority, not alphabet: board before FDG-PET", R"({"differentiation":"poor","ki67":80})", "TUMOR_BOARD",
        "FDG_PET");
    row("glucose measures before diazoxide", R"({"primarySite":"pancreas","functionalSyndrome":"insulinoma"})",
        "GLUCOSE_SUPPORT", "DIAZOXIDE");
    row("dose escalation before telotristat before interferon",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"]})",
        "SSA_DOSE_ESCALATION", "TELOTRISTAT");
    row("telotristat before interferon",
        R"({"functionalSyndrome":"carcinoid_syndrome","uncontrolledSyndrome":true,"priorTherapies":["SSA"]})",
        "TELOTRISTAT", "INTERFERON_ALPHA");
    row("surgery before its cholecystectomy", R"({"resectableFraction":80})", "CYTOREDUCTIVE_SURGERY",
        "PROPHYLACTIC_CHOLECYSTECTOMY");
    // ECOG >= 3: palliative care leads the whole list, even before first-line therapy.
    row("ECOG 3: palliative care first", R"({"ecog":3})", "PALLIATIVE_CARE", "SSA");
    row("ECOG 4 SCLC: palliative care first",
        R"({"primarySite":"lung","differentiation":"poor","lungHistology":"sclc","ki67":null,"ecog":4,"ecogDueToDisease":true})",
        "PALLIATIVE_CARE", "PLATINUM_ETOPOSIDE");
    row("ECOG 2: first line before palliative care", R"({"ecog":2})", "SSA", "PALLIATIVE_CARE");
}

void TestEngine::orderRule()
{
    QFETCH(QString, patch);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Planned p = planFor(merged(parseObject(baseCase), parseObject(patch.toUtf8())));
    QVERIFY2(p.ok, qPrintable(p.problems.join(u'\n')));
    qsizetype a = -1;
    qsizetype b = -1;
    for (qsizetype i = 0; i < p.plan.recommendations.size(); ++i) {
        if (p.plan.recommendations.at(i).therapy == first)
            a = i;
        if (p.plan.recommendations.at(i).therapy == second)
            b = i;
    }
    QVERIFY2(a >= 0 && b >= 0, qPrintable(summary(p.plan)));
    QVERIFY2(a < b, qPrintable(QStringLiteral("%1 at %2, %3 at %4\n").arg(first).arg(a).arg(second).arg(b) +
                               summary(p.plan)));
    if (first == QLatin1String("PALLIATIVE_CARE") && patch.contains(QStringLiteral("\"ecog\":")) &&
        !patch.contains(QStringLiteral("\"ecog\":2")) && !patch.contains(QStringLiteral("\"ecog\":1")))
        QCOMPARE(a, qsizetype(0));
}

// dependsOn, generically: a knowledge base that makes the dependent entry stronger, better checked
// and earlier than its target still gives a plan where it is capped and follows the target; without
// the target it is not listed.
void TestEngine::dependentItemFollowsItsTarget()
{
    QFile file(KnowledgeBase::embeddedPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray recs = root.value(QStringLiteral("recommendations")).toArray();
    for (qsizetype i = 0; i < recs.size(); ++i) {
        QJsonObject r = recs.at(i).toObject();
        if (r.value(QStringLiteral("therapy")).toString() == QLatin1String("PROPHYLACTIC_CHOLECYSTECTOMY")) {
            r.insert(QStringLiteral("strength"), QStringLiteral("preferred"));
            r.insert(QStringLiteral("review"), QStringLiteral("source_checked"));
            r.insert(QStringLiteral("evidence"), QJsonArray{QStringLiteral("Cholelithiasis 2020")});
            recs.replace(i, r);
        }
    }
    root.insert(QStringLiteral("recommendations"), recs);
    const auto kb = KnowledgeBase::load(QJsonDocument(root).toJson());
    QVERIFY2(kb.ok(), qPrintable(kb.messages().join(u'\n')));
    const auto plan = [&](const char* patch) {
        const auto c = CaseReader::fromObject(merged(parseObject(baseCase), parseObject(patch)),
                                              {fixedToday(), kb.value()->therapyCodes});
        return Engine(kb.value()).plan(c.value(), {});
    };
    const auto withSurgery = plan(R"({"resectableFraction":80})");
    QVERIFY(withSurgery.ok());
    const QList<PlanRecommendation>& recsOut = withSurgery.value().recommendations;
    const auto at = [&](const char* code) {
        for (qsizetype i = 0; i < recsOut.size(); ++i) {
            if (recsOut.at(i).therapy == QLatin1String(code))
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype surgery = at("CYTOREDUCTIVE_SURGERY");
    const qsizetype gallbladder = at("PROPHYLACTIC_CHOLECYSTECTOMY");
    QVERIFY(surgery >= 0 && gallbladder > surgery);
    QCOMPARE(recsOut.at(gallbladder).strength, recsOut.at(surgery).strength);
    QCOMPARE(recsOut.at(gallbladder).review, QStringLiteral("pending"));
    QCOMPARE(recsOut.at(gallbladder).dependsOn, QStringLiteral("CYTOREDUCTIVE_SURGERY"));
    QVERIFY(recsOut.at(gallbladder).priority > recsOut.at(surgery).priority);

    // The loader keeps the dependent item after its target: an earlier priority is refused.
    for (qsizetype i = 0; i < recs.size(); ++i) {
        QJsonObject r = recs.at(i).toObject();
        if (r.value(QStringLiteral("therapy")).toString() == QLatin1String("PROPHYLACTIC_CHOLECYSTECTOMY")) {
            r.insert(QStringLiteral("priority"), 1);
            recs.replace(i, r);
        }
    }
    root.insert(QStringLiteral("recommendations"), recs);
    const auto refused = KnowledgeBase::load(QJsonDocument(root).toJson());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.messages().join(u'\n').contains(QStringLiteral("dependsOn: priority 1 must be later")),
             qPrintable(refused.messages().join(u'\n')));
}

// No plan made from the shipped knowledge base says "approved" (clinical.md, header): every public
// vignette, as JSON.
void TestEngine::noApprovedInAnyVignettePlan()
{
    const QDir dir(QStringLiteral(NETDESK_TEST_DATA "/vignettes"));
    int planned = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject v = QJsonDocument::fromJson(file.readAll()).object();
        const Planned p = planFor(v.value(QStringLiteral("case")).toObject());
        if (!p.ok)
            continue; // the invalid-input vignette
        ++planned;
        const QByteArray json = planToJson(p.plan);
        QVERIFY2(!json.contains("approved"), qPrintable(name));
        QVERIFY2(json.contains("\"clinicalReview\""), qPrintable(name));
        QVERIFY2(json.contains("\"status\": \"none\""), qPrintable(name));
        QVERIFY2(json.contains("\"review\": \"source_checked\"") || json.contains("\"review\": \"pending\""),
                 qPrintable(name));
    }
    QVERIFY(planned >= 15);
}

void TestEngine::unknownProtocolAndLanguage()
{
    const auto c = CaseReader::fromObject(parseObject(baseCase), {fixedToday(), embeddedKb()->therapyCodes});
    QVERIFY(c.ok());
    const Engine engine(embeddedKb());
    const auto badProtocol = engine.plan(c.value(), {QStringLiteral("nccn"), QString()});
    QVERIFY(!badProtocol.ok());
    QVERIFY(badProtocol.messages().join(u' ').contains(QStringLiteral("esmo-2020")));
    const auto badLanguage = engine.plan(c.value(), {QString(), QStringLiteral("fr")});
    QVERIFY(!badLanguage.ok());
    QVERIFY(badLanguage.messages().join(u' ').contains(QStringLiteral("'fr'")));
}

void TestEngine::whyNamesTheClauses()
{
    const Planned p = planFor(parseObject(baseCase));
    QVERIFY(p.ok);
    const PlanRecommendation* ssa = findRec(p.plan, QStringLiteral("SSA"));
    QVERIFY(ssa);
    const QString why = ssa->why.join(u'|');
    QVERIFY2(why.contains(QStringLiteral("SSTR imaging = positive")), qPrintable(why)); // the KB's fact label
    QVERIFY2(why.contains(QStringLiteral("Ki-67 < 10 %")), qPrintable(why));
    QVERIFY(!p.plan.classification.basis.isEmpty());
    QVERIFY(p.plan.classification.basis.join(u' ').contains(QStringLiteral("ki67 5")));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
