#include "core/interop/PlanText.h"

#include "core/interop/ReviewWords.h"

#include <QCoreApplication>
#include <QStringList>

namespace netdesk {

namespace {

// The context of this file's strings in translations/netdesk_<lang>.ts.
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(netdesk::PlanText)
};

// Wraps `text` to `width` columns; the first line starts with `first`, the rest with `rest`.
QString wrap(const QString& text, const QString& first, const QString& rest, int width)
{
    QStringList lines;
    QString line = first;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool lineHasWord = false;
    for (const QString& word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > width) {
            lines << line;
            line = rest;
            lineHasWord = false;
        }
        if (lineHasWord)
            line += QLatin1Char(' ');
        line += word;
        lineHasWord = true;
    }
    lines << line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Review states say how far a statement was checked, and nothing more (clinical.md, header).
QString reviewTag(const QString& state)
{
    return QStringLiteral(" [%1]").arg(review::words(state));
}

QString roleTitle(const QString& role)
{
    if (role == QLatin1String("first_line"))
        return PlanText::tr("First line");
    if (role == QLatin1String("later_line"))
        return PlanText::tr("Later line");
    if (role == QLatin1String("symptom_control"))
        return PlanText::tr("Symptom control");
    if (role == QLatin1String("local"))
        return PlanText::tr("Local and surgical");
    return PlanText::tr("Supportive");
}

QString heading(const QString& title)
{
    return QLatin1Char('\n') + title + QLatin1Char('\n');
}

QString sources(const QStringList& evidence)
{
    return PlanText::tr("source:") + QLatin1Char(' ') + evidence.join(QStringLiteral("; "));
}

} // namespace

QString planToText(const Plan& plan, int width)
{
    QString out;
    out += PlanText::tr("NETDesk plan") + QLatin1Char('\n');
    out += wrap(plan.disclaimer, QString(), QString(), width);
    out += wrap(plan.clinicalReviewStatement.isEmpty() ? review::noClinicalReview() : plan.clinicalReviewStatement,
                QString(), QString(), width);
    out += wrap(PlanText::tr("Every statement names its sources and says how far it was checked: [checked against its "
                             "source] (read in a cited primary source; not a clinical review) or [pending: not yet "
                             "checked] (pending clinical review)."),
                QString(), QString(), width);
    out += wrap(PlanText::tr("Assessment date %1 · knowledge base %2 %3 (sha256 %4…) · follow-up protocol %5")
                    .arg(plan.assessmentDate.toString(Qt::ISODate), plan.kbId, plan.kbVersion, plan.kbSha256.left(12),
                         plan.protocol),
                QString(), QStringLiteral("  "), width);

    out += heading(PlanText::tr("CLASSIFICATION"));
    out +=
        QStringLiteral("  ") +
        PlanText::tr("%1, grade %2")
            .arg(plan.classification.category,
                 plan.classification.grade.isEmpty() ? PlanText::tr("not graded (null)") : plan.classification.grade) +
        QLatin1Char('\n');
    for (const QString& b : plan.classification.basis)
        out += wrap(b, QStringLiteral("    - "), QStringLiteral("      "), width);

    out += heading(PlanText::tr("WARNINGS (%1)").arg(plan.warnings.size()));
    if (plan.warnings.isEmpty())
        out += QStringLiteral("  ") + PlanText::tr("none") + QLatin1Char('\n');
    for (const PlanWarning& w : plan.warnings) {
        out += wrap(QStringLiteral("%1 %2: %3%4").arg(w.severity.toUpper(), w.code, w.message, reviewTag(w.review)),
                    QStringLiteral("  ! "), QStringLiteral("    "), width);
        out += wrap(PlanText::tr("why:") + QLatin1Char(' ') + w.why.join(QStringLiteral("; ")), QStringLiteral("    "),
                    QStringLiteral("      "), width);
        out += wrap(sources(w.evidence), QStringLiteral("    "), QStringLiteral("      "), width);
    }

    out += heading(PlanText::tr("RECOMMENDATIONS (%1)").arg(plan.recommendations.size()));
    QString currentRole;
    for (const PlanRecommendation& r : plan.recommendations) {
        if (r.role != currentRole) {
            currentRole = r.role;
            out += QStringLiteral("  %1\n").arg(roleTitle(r.role));
        }
        out += wrap(QStringLiteral("%1: %2, %3%4").arg(r.therapy, r.therapyName, r.strength, reviewTag(r.review)),
                    QStringLiteral("    * "), QStringLiteral("      "), width);
        out += wrap(r.text, QStringLiteral("      "), QStringLiteral("      "), width);
        if (!r.regimen.isEmpty())
            out += wrap(r.regimen, QStringLiteral("      "), QStringLiteral("        "), width);
        out += wrap(PlanText::tr("why:") + QLatin1Char(' ') + r.why.join(QStringLiteral("; ")),
                    QStringLiteral("      "), QStringLiteral("        "), width);
        out += wrap(sources(r.evidence), QStringLiteral("      "), QStringLiteral("        "), width);
        for (const PlanNote& n : r.notes) {
            out += wrap(
                PlanText::tr("note%1: %2 (%3)").arg(reviewTag(n.review), n.text, n.evidence.join(QStringLiteral("; "))),
                QStringLiteral("      "), QStringLiteral("        "), width);
        }
    }

    out += heading(PlanText::tr("AVOID (%1)").arg(plan.avoid.size()));
    if (plan.avoid.isEmpty())
        out += QStringLiteral("  ") + PlanText::tr("none") + QLatin1Char('\n');
    for (const PlanAvoid& a : plan.avoid) {
        out += wrap(
            QStringLiteral("%1: %2, %3%4. %5").arg(a.therapy, a.therapyName, a.severity, reviewTag(a.review), a.reason),
            QStringLiteral("  x "), QStringLiteral("    "), width);
        out += wrap(sources(a.evidence), QStringLiteral("    "), QStringLiteral("      "), width);
    }

    out += heading(PlanText::tr("PROGNOSIS"));
    for (const PlanFactor& f : plan.adverseFactors)
        out += wrap(QStringLiteral("%1: %2%3 (%4)")
                        .arg(f.code, f.label, reviewTag(f.review), f.evidence.join(QStringLiteral("; "))),
                    QStringLiteral("  - "), QStringLiteral("    "), width);
    out += QStringLiteral("  ") + PlanText::tr("Reference outcomes:") + QLatin1Char('\n');
    for (const PlanOutcome& o : plan.referenceOutcomes) {
        out += wrap(QStringLiteral("%1: %2%3 (%4)")
                        .arg(o.label, o.value, reviewTag(o.review), o.evidence.join(QStringLiteral("; "))),
                    QStringLiteral("    - "), QStringLiteral("      "), width);
        if (!o.caveat.isEmpty())
            out += wrap(PlanText::tr("caveat:") + QLatin1Char(' ') + o.caveat, QStringLiteral("      "),
                        QStringLiteral("        "), width);
    }

    out += QLatin1Char('\n') + wrap(PlanText::tr("FOLLOW-UP (%1: %2)").arg(plan.protocol, plan.protocolTitle),
                                    QString(), QStringLiteral("  "), width);
    for (const PlanFollowUpItem& i : plan.followUp) {
        const QString what =
            i.kind == QLatin1String("labs")
                ? i.tests.join(QStringLiteral(", "))
                : i.modalities.join(QLatin1Char(' ') + PlanText::tr("or", "between imaging modalities: CT or MRI") +
                                    QLatin1Char(' '));
        out += wrap(PlanText::tr("%1 %2 every %3 months%4: %5")
                        .arg(i.kind, what)
                        .arg(i.intervalMonths)
                        .arg(reviewTag(i.review), i.schedule),
                    QStringLiteral("  - "), QStringLiteral("    "), width);
        out += wrap(i.reason + QStringLiteral(" (") + i.evidence.join(QStringLiteral("; ")) + QLatin1Char(')'),
                    QStringLiteral("    "), QStringLiteral("    "), width);
        if (!i.because.isEmpty())
            out += wrap(PlanText::tr("because:") + QLatin1Char(' ') + i.because.join(QStringLiteral("; ")),
                        QStringLiteral("    "), QStringLiteral("      "), width);
        for (const PlanNote& n : i.notes)
            out += wrap(PlanText::tr("note%1: %2").arg(reviewTag(n.review), n.text), QStringLiteral("    "),
                        QStringLiteral("      "), width);
    }

    out += heading(PlanText::tr("REFERENCES"));
    for (auto it = plan.references.cbegin(); it != plan.references.cend(); ++it)
        out += wrap(QStringLiteral("[%1] %2 (%3)")
                        .arg(it.key(), it.value(), review::referenceStatusWords(plan.referenceStatus.value(it.key()))),
                    QStringLiteral("  "), QStringLiteral("    "), width);
    return out;
}

} // namespace netdesk
