#include "core/guideline/Classification.h"

#include "core/model/Vocabulary.h"

#include <cmath>

namespace netdesk {

namespace {

QString num(double d)
{
    return QString::number(d, 'g', 10);
}

int gradeRank(const QString& grade)
{
    return grade.isEmpty() ? 0 : grade.back().digitValue();
}

QString higherGrade(const QString& a, const QString& b)
{
    return gradeRank(a) >= gradeRank(b) ? a : b;
}

QString gradeOf(double value, double g1Below, double g2UpTo)
{
    if (value < g1Below)
        return QStringLiteral("G1");
    if (value <= g2UpTo)
        return QStringLiteral("G2");
    return QStringLiteral("G3");
}

QString rangeText(const QString& grade, double g1Below, double g2UpTo)
{
    if (grade == QLatin1String("G1"))
        return QStringLiteral("< %1").arg(num(g1Below));
    if (grade == QLatin1String("G2"))
        return QStringLiteral("%1–%2").arg(num(g1Below), num(g2UpTo));
    return QStringLiteral("> %1").arg(num(g2UpTo));
}

// Lung and thymus readings, ordered by grade.
enum class LungReading { None = 0, Typical = 1, Atypical = 2, Nec = 3 };

QString readingName(LungReading r)
{
    switch (r) {
    case LungReading::Typical:
        return QStringLiteral("typical carcinoid");
    case LungReading::Atypical:
        return QStringLiteral("atypical carcinoid");
    case LungReading::Nec:
        return QStringLiteral("neuroendocrine carcinoma");
    case LungReading::None:
        break;
    }
    return QString();
}

void classifyLung(const Case& c, const GradingRules& r, Classification& out)
{
    LungReading histology = LungReading::None;
    if (c.lungHistology == QLatin1String("typical_carcinoid"))
        histology = LungReading::Typical;
    else if (c.lungHistology == QLatin1String("atypical_carcinoid"))
        histology = LungReading::Atypical;
    else if (!c.lungHistology.isEmpty())
        histology = LungReading::Nec;

    LungReading mitotic = LungReading::None;
    const bool necrosis = c.necrosis.value_or(false);
    if (c.mitoses) {
        if (*c.mitoses > r.lungAtypicalUpTo)
            mitotic = LungReading::Nec;
        else if (*c.mitoses >= r.lungTypicalBelow || necrosis)
            mitotic = LungReading::Atypical;
        else
            mitotic = LungReading::Typical;
    } else if (necrosis && c.differentiation != QLatin1String("poor")) {
        // Necrosis alone fits an atypical carcinoid and a carcinoma alike: with poor
        // differentiation it is no conflicting reading.
        mitotic = LungReading::Atypical;
    }

    // Differentiation reads as a family: poor is carcinoma, well is carcinoid (typical or atypical).
    const bool poor = c.differentiation == QLatin1String("poor");
    const bool well = c.differentiation == QLatin1String("well");

    out.basis << QStringLiteral("primarySite %1: lung/thymus scheme (mitoses, necrosis, histology; Ki-67 not used "
                                "for grading)")
                     .arg(c.primarySite);
    if (histology != LungReading::None)
        out.basis << QStringLiteral("lungHistology %1 → %2").arg(c.lungHistology, readingName(histology));
    if (mitotic != LungReading::None) {
        QString why;
        if (c.mitoses && *c.mitoses > r.lungAtypicalUpTo)
            why = QStringLiteral("mitoses %1 (> %2)").arg(num(*c.mitoses), num(r.lungAtypicalUpTo));
        else if (c.mitoses && *c.mitoses >= r.lungTypicalBelow)
            why = QStringLiteral("mitoses %1 (%2–%3)")
                      .arg(num(*c.mitoses), num(r.lungTypicalBelow), num(r.lungAtypicalUpTo));
        else if (c.mitoses && necrosis)
            why = QStringLiteral("mitoses %1 with necrosis").arg(num(*c.mitoses));
        else if (c.mitoses)
            why = QStringLiteral("mitoses %1 (< %2), no necrosis").arg(num(*c.mitoses), num(r.lungTypicalBelow));
        else
            why = QStringLiteral("necrosis present");
        out.basis << why + QStringLiteral(" → ") + readingName(mitotic);
    }
    if (poor)
        out.basis << QStringLiteral("differentiation poor → neuroendocrine carcinoma");

    LungReading decided = std::max(histology, mitotic);
    if (poor)
        decided = LungReading::Nec;
    if (decided == LungReading::None)
        decided = LungReading::Typical; // cannot happen for a validated case: it needs mitoses, histology or poor

    const auto familyDiffers = [](LungReading a, LungReading b) {
        return a != LungReading::None && b != LungReading::None && (a == LungReading::Nec) != (b == LungReading::Nec);
    };
    bool discordant = histology != LungReading::None && mitotic != LungReading::None && histology != mitotic;
    if (poor && ((histology != LungReading::None && histology != LungReading::Nec) ||
                 (mitotic != LungReading::None && mitotic != LungReading::Nec)))
        discordant = true;
    if (well && (familyDiffers(LungReading::Typical, histology) || familyDiffers(LungReading::Typical, mitotic)))
        discordant = true;
    out.histologyDiscordant = discordant;
    if (discordant)
        out.basis << QStringLiteral("histology, mitoses/necrosis and differentiation disagree: the highest-grade "
                                    "reading (%1) decides")
                         .arg(readingName(decided));

    if (poor && c.mitoses && *c.mitoses <= r.conflictLungMitosesUpTo) {
        out.differentiationConflict = true;
        out.basis << QStringLiteral("poor differentiation with mitoses %1 (≤ %2): pathology review")
                         .arg(num(*c.mitoses), num(r.conflictLungMitosesUpTo));
    }

    switch (decided) {
    case LungReading::Nec:
        out.category = QStringLiteral("NEC");
        break;
    case LungReading::Atypical:
        out.category = QStringLiteral("LUNG_ATYPICAL_CARCINOID");
        break;
    default:
        out.category = QStringLiteral("LUNG_TYPICAL_CARCINOID");
        break;
    }
    out.basis << QStringLiteral("category %1 (not graded G1–G3)").arg(out.category);
}

void classifyGep(const Case& c, const GradingRules& r, Classification& out)
{
    QString ki67Grade;
    QString mitoticGrade;
    if (c.ki67) {
        ki67Grade = gradeOf(*c.ki67, r.ki67G1Below, r.ki67G2UpTo);
        out.basis << QStringLiteral("ki67 %1 → %2 (%3)")
                         .arg(num(*c.ki67), ki67Grade, rangeText(ki67Grade, r.ki67G1Below, r.ki67G2UpTo));
    }
    if (c.mitoses) {
        mitoticGrade = gradeOf(*c.mitoses, r.mitosesG1Below, r.mitosesG2UpTo);
        out.basis << QStringLiteral("mitoses %1 → %2 (%3 per 2 mm²)")
                         .arg(num(*c.mitoses), mitoticGrade,
                              rangeText(mitoticGrade, r.mitosesG1Below, r.mitosesG2UpTo));
    }
    out.measuredGrade = higherGrade(ki67Grade, mitoticGrade);
    if (!ki67Grade.isEmpty() && !mitoticGrade.isEmpty() && ki67Grade != mitoticGrade)
        out.basis << QStringLiteral("grade %1: the higher of the Ki-67 and mitotic grades").arg(out.measuredGrade);

    QString grade = out.measuredGrade;
    if (!c.reportedGrade.isEmpty()) {
        if (!out.measuredGrade.isEmpty() && out.measuredGrade != c.reportedGrade) {
            out.gradeDiscordant = true;
            grade = higherGrade(out.measuredGrade, c.reportedGrade);
            out.basis << QStringLiteral("reported grade %1 differs from measured %2: the higher (%3) is used")
                             .arg(c.reportedGrade, out.measuredGrade, grade);
        } else if (out.measuredGrade.isEmpty()) {
            grade = c.reportedGrade;
            out.basis << QStringLiteral("grade %1 as reported by pathology").arg(grade);
        }
    }

    if (c.differentiation == QLatin1String("poor")) {
        out.category = QStringLiteral("NEC");
        out.basis << QStringLiteral("differentiation poor → NEC (high grade by definition, not graded G1–G3)");
        if (c.ki67 ? *c.ki67 <= r.conflictKi67UpTo : (c.mitoses && *c.mitoses <= r.conflictMitosesUpTo)) {
            out.differentiationConflict = true;
            out.basis << (c.ki67 ? QStringLiteral("poor differentiation with ki67 %1 (≤ %2): pathology review")
                                       .arg(num(*c.ki67), num(r.conflictKi67UpTo))
                                 : QStringLiteral("poor differentiation with mitoses %1 (≤ %2): pathology review")
                                       .arg(num(*c.mitoses), num(r.conflictMitosesUpTo)));
        }
        return;
    }
    out.grade = grade;
    if (grade == QLatin1String("G3")) {
        if (c.differentiation == QLatin1String("well")) {
            out.category = QStringLiteral("NET_G3");
            out.basis << QStringLiteral("G3 and differentiation well → NET G3");
        } else {
            out.category = QStringLiteral("NEN_G3_UNDETERMINED");
            out.basis << QStringLiteral("G3 with differentiation unknown → NET G3 or NEC cannot be told apart: "
                                        "pathology review (p53/Rb immunohistochemistry)");
        }
    } else {
        out.category = QStringLiteral("NET_") + grade;
        out.basis << QStringLiteral("%1 and differentiation %2 → NET %1").arg(grade, c.differentiation);
    }
}

} // namespace

Classification classify(const Case& c, const GradingRules& rules)
{
    Classification out;
    if (vocab::isLungScheme(c.primarySite))
        classifyLung(c, rules, out);
    else
        classifyGep(c, rules, out);

    if (c.ki67) {
        for (double cutoff : rules.ki67Cutoffs) {
            const double distance = std::fabs(*c.ki67 - cutoff);
            if (distance <= rules.ki67NearWithin + 1e-9 &&
                (!out.nearestCutoff || distance < std::fabs(*c.ki67 - *out.nearestCutoff)))
                out.nearestCutoff = cutoff;
        }
        if (out.nearestCutoff) {
            out.ki67NearCutoff = true;
            out.basis << QStringLiteral("ki67 %1 is within %2 point(s) of the cut-off %3")
                             .arg(num(*c.ki67), num(rules.ki67NearWithin), num(*out.nearestCutoff));
        }
    }
    return out;
}

} // namespace netdesk
