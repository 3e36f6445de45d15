#include "core/guideline/Classification.h"

#include "core/model/Vocabulary.h"

#include <QHash>

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

// The wording of the basis lines in the plan's language: English as written here, German from this
// table (the same way as the connecting words of explanation lines in Condition.cpp). Values and
// codes stay as the case format spells them.
QString say(const QString& lang, const char* english)
{
    static const QHash<QString, QString> german{
        {QStringLiteral("typical carcinoid"), QStringLiteral("typisches Karzinoid")},
        {QStringLiteral("atypical carcinoid"), QStringLiteral("atypisches Karzinoid")},
        {QStringLiteral("neuroendocrine carcinoma"), QStringLiteral("neuroendokrines Karzinom")},
        {QStringLiteral("primarySite %1: lung/thymus scheme (mitoses, necrosis, histology; Ki-67 not used for grading)"), QStringLiteral("primarySite %1: Lungen-/Thymus-Schema (Mitosen, Nekrose, Histologie; Ki-67 nicht für das Grading verwendet)")},
        {QStringLiteral("mitoses %1 (> %2)"), QStringLiteral("Mitosen %1 (> %2)")},
        {QStringLiteral("mitoses %1 (%2–%3)"), QStringLiteral("Mitosen %1 (%2–%3)")},
        {QStringLiteral("mitoses %1 with necrosis"), QStringLiteral("Mitosen %1 mit Nekrose")},
        {QStringLiteral("mitoses %1 (< %2), no necrosis"), QStringLiteral("Mitosen %1 (< %2), keine Nekrose")},
        {QStringLiteral("necrosis present"), QStringLiteral("Nekrose vorhanden")},
        {QStringLiteral("differentiation poor → neuroendocrine carcinoma"), QStringLiteral("Differenzierung schlecht → neuroendokrines Karzinom")},
        {QStringLiteral("histology, mitoses/necrosis and differentiation disagree: the highest-grade reading (%1) decides"), QStringLiteral("Histologie, Mitosen/Nekrose und Differenzierung widersprechen sich: die höchstgradige Einstufung (%1) entscheidet")},
        {QStringLiteral("poor differentiation with mitoses %1 (≤ %2): pathology review"), QStringLiteral("schlechte Differenzierung mit Mitosen %1 (≤ %2): Referenzpathologie")},
        {QStringLiteral("category %1 (not graded G1–G3)"), QStringLiteral("Kategorie %1 (kein Grading G1–G3)")},
        {QStringLiteral("ki67 %1 → %2 (%3)"), QStringLiteral("Ki-67 %1 → %2 (%3)")},
        {QStringLiteral("mitoses %1 → %2 (%3 per 2 mm²)"), QStringLiteral("Mitosen %1 → %2 (%3 pro 2 mm²)")},
        {QStringLiteral("grade %1: the higher of the Ki-67 and mitotic grades"), QStringLiteral("Grad %1: der höhere aus Ki-67- und Mitose-Grad")},
        {QStringLiteral("reported grade %1 differs from measured %2: the higher (%3) is used"), QStringLiteral("angegebenes Grading %1 weicht vom gemessenen %2 ab: das höhere (%3) gilt")},
        {QStringLiteral("grade %1 as reported by pathology"), QStringLiteral("Grad %1 laut Pathologiebefund")},
        {QStringLiteral("differentiation poor → NEC (high grade by definition, not graded G1–G3)"), QStringLiteral("Differenzierung schlecht → NEC (per Definition hochgradig, kein Grading G1–G3)")},
        {QStringLiteral("poor differentiation with ki67 %1 (≤ %2): pathology review"), QStringLiteral("schlechte Differenzierung mit Ki-67 %1 (≤ %2): Referenzpathologie")},
        {QStringLiteral("G3 and differentiation well → NET G3"), QStringLiteral("G3 und Differenzierung gut → NET G3")},
        {QStringLiteral("G3 with differentiation unknown → NET G3 or NEC cannot be told apart: pathology review (p53/Rb immunohistochemistry)"), QStringLiteral("G3 mit unbekannter Differenzierung → NET G3 und NEC nicht unterscheidbar: Referenzpathologie (p53/Rb-Immunhistochemie)")},
        {QStringLiteral("%1 and differentiation %2 → NET %1"), QStringLiteral("%1 und Differenzierung %2 → NET %1")},
        {QStringLiteral("ki67 %1 is within %2 point(s) of the cut-off %3"), QStringLiteral("Ki-67 %1 liegt höchstens %2 Prozentpunkt(e) vom Cut-off %3 entfernt")},
    };
    const QString en = QString::fromUtf8(english);
    return lang == QLatin1String("de") ? german.value(en, en) : en;
}

QString differentiationWord(const QString& code, const QString& lang)
{
    if (lang != QLatin1String("de"))
        return code;
    if (code == QLatin1String("well"))
        return QStringLiteral("gut");
    if (code == QLatin1String("poor"))
        return QStringLiteral("schlecht");
    return QStringLiteral("unbekannt");
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

QString readingName(LungReading r, const QString& lang)
{
    switch (r) {
    case LungReading::Typical:
        return say(lang, "typical carcinoid");
    case LungReading::Atypical:
        return say(lang, "atypical carcinoid");
    case LungReading::Nec:
        return say(lang, "neuroendocrine carcinoma");
    case LungReading::None:
        break;
    }
    return QString();
}

void classifyLung(const Case& c, const GradingRules& r, const QString& lang, Classification& out)
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

    out.basis << say(lang, "primarySite %1: lung/thymus scheme (mitoses, necrosis, histology; Ki-67 not used for grading)")
                     .arg(c.primarySite);
    if (histology != LungReading::None)
        out.basis << QStringLiteral("lungHistology %1 → %2").arg(c.lungHistology, readingName(histology, lang));
    if (mitotic != LungReading::None) {
        QString why;
        if (c.mitoses && *c.mitoses > r.lungAtypicalUpTo)
            why = say(lang, "mitoses %1 (> %2)").arg(num(*c.mitoses), num(r.lungAtypicalUpTo));
        else if (c.mitoses && *c.mitoses >= r.lungTypicalBelow)
            why = say(lang, "mitoses %1 (%2–%3)")
                      .arg(num(*c.mitoses), num(r.lungTypicalBelow), num(r.lungAtypicalUpTo));
        else if (c.mitoses && necrosis)
            why = say(lang, "mitoses %1 with necrosis").arg(num(*c.mitoses));
        else if (c.mitoses)
            why = say(lang, "mitoses %1 (< %2), no necrosis").arg(num(*c.mitoses), num(r.lungTypicalBelow));
        else
            why = say(lang, "necrosis present");
        out.basis << why + QStringLiteral(" → ") + readingName(mitotic, lang);
    }
    if (poor)
        out.basis << say(lang, "differentiation poor → neuroendocrine carcinoma");

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
        out.basis << say(lang, "histology, mitoses/necrosis and differentiation disagree: the highest-grade reading (%1) decides")
                         .arg(readingName(decided, lang));

    if (poor && c.mitoses && *c.mitoses <= r.conflictLungMitosesUpTo) {
        out.differentiationConflict = true;
        out.basis << say(lang, "poor differentiation with mitoses %1 (≤ %2): pathology review")
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
    out.basis << say(lang, "category %1 (not graded G1–G3)").arg(out.category);
}

void classifyGep(const Case& c, const GradingRules& r, const QString& lang, Classification& out)
{
    QString ki67Grade;
    QString mitoticGrade;
    if (c.ki67) {
        ki67Grade = gradeOf(*c.ki67, r.ki67G1Below, r.ki67G2UpTo);
        out.basis << say(lang, "ki67 %1 → %2 (%3)")
                         .arg(num(*c.ki67), ki67Grade, rangeText(ki67Grade, r.ki67G1Below, r.ki67G2UpTo));
    }
    if (c.mitoses) {
        mitoticGrade = gradeOf(*c.mitoses, r.mitosesG1Below, r.mitosesG2UpTo);
        out.basis << say(lang, "mitoses %1 → %2 (%3 per 2 mm²)")
                         .arg(num(*c.mitoses), mitoticGrade,
                              rangeText(mitoticGrade, r.mitosesG1Below, r.mitosesG2UpTo));
    }
    out.measuredGrade = higherGrade(ki67Grade, mitoticGrade);
    if (!ki67Grade.isEmpty() && !mitoticGrade.isEmpty() && ki67Grade != mitoticGrade)
        out.basis << say(lang, "grade %1: the higher of the Ki-67 and mitotic grades").arg(out.measuredGrade);

    QString grade = out.measuredGrade;
    if (!c.reportedGrade.isEmpty()) {
        if (!out.measuredGrade.isEmpty() && out.measuredGrade != c.reportedGrade) {
            out.gradeDiscordant = true;
            grade = higherGrade(out.measuredGrade, c.reportedGrade);
            out.basis << say(lang, "reported grade %1 differs from measured %2: the higher (%3) is used")
                             .arg(c.reportedGrade, out.measuredGrade, grade);
        } else if (out.measuredGrade.isEmpty()) {
            grade = c.reportedGrade;
            out.basis << say(lang, "grade %1 as reported by pathology").arg(grade);
        }
    }

    if (c.differentiation == QLatin1String("poor")) {
        out.category = QStringLiteral("NEC");
        out.basis << say(lang, "differentiation poor → NEC (high grade by definition, not graded G1–G3)");
        if (c.ki67 ? *c.ki67 <= r.conflictKi67UpTo : (c.mitoses && *c.mitoses <= r.conflictMitosesUpTo)) {
            out.differentiationConflict = true;
            out.basis << (c.ki67 ? say(lang, "poor differentiation with ki67 %1 (≤ %2): pathology review")
                                       .arg(num(*c.ki67), num(r.conflictKi67UpTo))
                                 : say(lang, "poor differentiation with mitoses %1 (≤ %2): pathology review")
                                       .arg(num(*c.mitoses), num(r.conflictMitosesUpTo)));
        }
        return;
    }
    out.grade = grade;
    if (grade == QLatin1String("G3")) {
        if (c.differentiation == QLatin1String("well")) {
            out.category = QStringLiteral("NET_G3");
            out.basis << say(lang, "G3 and differentiation well → NET G3");
        } else {
            out.category = QStringLiteral("NEN_G3_UNDETERMINED");
            out.basis << say(lang, "G3 with differentiation unknown → NET G3 or NEC cannot be told apart: pathology review (p53/Rb immunohistochemistry)");
        }
    } else {
        out.category = QStringLiteral("NET_") + grade;
        out.basis << say(lang, "%1 and differentiation %2 → NET %1").arg(grade, differentiationWord(c.differentiation, lang));
    }
}

} // namespace

Classification classify(const Case& c, const GradingRules& rules, const QString& lang)
{
    Classification out;
    if (vocab::isLungScheme(c.primarySite))
        classifyLung(c, rules, lang, out);
    else
        classifyGep(c, rules, lang, out);

    if (c.ki67) {
        for (double cutoff : rules.ki67Cutoffs) {
            const double distance = std::fabs(*c.ki67 - cutoff);
            if (distance <= rules.ki67NearWithin + 1e-9 &&
                (!out.nearestCutoff || distance < std::fabs(*c.ki67 - *out.nearestCutoff)))
                out.nearestCutoff = cutoff;
        }
        if (out.nearestCutoff) {
            out.ki67NearCutoff = true;
            out.basis << say(lang, "ki67 %1 is within %2 point(s) of the cut-off %3")
                             .arg(num(*c.ki67), num(rules.ki67NearWithin), num(*out.nearestCutoff));
        }
    }
    return out;
}

} // namespace netdesk
