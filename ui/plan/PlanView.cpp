#include "ui/plan/PlanView.h"

#include "core/followup/Scheduler.h"
#include "core/interop/ReviewWords.h"
#include "core/report/Report.h"

#include <QJsonArray>
#include <QStringList>

namespace netdesk {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// How far a statement was checked, in words (never "approved": clinical.md, header).
QString reviewMark(const QString& state)
{
    return state == QLatin1String("source_checked") ? QStringLiteral(" <i>[%1]</i>").arg(esc(review::words(state)))
                                                    : QStringLiteral(" <b>[%1]</b>").arg(esc(review::words(state)));
}

// Evidence labels link to the full citation in the plan's "Sources" list (keyboard: Tab to the
// link, Enter) and show it on hover.
class Sources final
{
public:
    explicit Sources(const QJsonObject& references)
        : m_references(references)
    {
    }

    QString cite(const QJsonValue& labels)
    {
        QStringList out;
        for (const QJsonValue& l : labels.toArray()) {
            const QString label = l.toString();
            qsizetype index = m_used.indexOf(label);
            if (index < 0) {
                m_used << label;
                index = m_used.size() - 1;
            }
            out << QStringLiteral("<a href=\"#source-%1\" title=\"%2\">%3</a>")
                       .arg(QString::number(index + 1), esc(review::citation(m_references.value(label))), esc(label));
        }
        return out.isEmpty() ? QString()
                             : QObject::tr("<br/><small>Source: %1</small>").arg(out.join(QStringLiteral("; ")));
    }

    QString list() const
    {
        QString html = QObject::tr("<h4>Sources</h4><ol>");
        for (qsizetype i = 0; i < m_used.size(); ++i) {
            const QJsonValue reference = m_references.value(m_used.at(i));
            html += QStringLiteral("<li><a name=\"source-%1\"></a><b>%2</b>: %3%4</li>")
                        .arg(QString::number(i + 1), esc(m_used.at(i)), esc(review::citation(reference)),
                             reference.isObject()
                                 ? QStringLiteral(" <small>(%1)</small>")
                                       .arg(esc(review::referenceStatusWords(review::referenceStatus(reference))))
                                 : QString());
        }
        return html + QStringLiteral("</ol>");
    }

private:
    QJsonObject m_references;
    QStringList m_used;
};

QString roleTitle(const QString& role)
{
    if (role == QLatin1String("first_line"))
        return QObject::tr("First line");
    if (role == QLatin1String("later_line"))
        return QObject::tr("Later line");
    if (role == QLatin1String("symptom_control"))
        return QObject::tr("Symptom control");
    if (role == QLatin1String("local"))
        return QObject::tr("Local and surgical");
    return QObject::tr("Supportive");
}

QString severityBadge(const QString& severity)
{
    if (severity == QLatin1String("critical"))
        return QObject::tr("⛔ CRITICAL");
    if (severity == QLatin1String("caution"))
        return QObject::tr("⚠ CAUTION");
    return QObject::tr("ℹ INFO");
}

} // namespace

PlanView::PlanView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("planView"));
    setAccessibleName(tr("Plan"));
    setOpenLinks(false);
}

void PlanView::setPlan(const QJsonObject& plan)
{
    setHtml(toHtml(plan));
}

QString PlanView::toHtml(const QJsonObject& storedPlan, const QHash<QString, QDate>& nextDates)
{
    // A stored plan is shown as it reads now; the stored row is not rewritten.
    int earlierApproved = 0;
    const QJsonObject plan = review::readStoredPlan(storedPlan, &earlierApproved);
    Sources sources(plan.value(QStringLiteral("references")).toObject());
    const QJsonObject cls = plan.value(QStringLiteral("classification")).toObject();
    const QString grade =
        cls.value(QStringLiteral("grade")).isNull() ? tr("not graded") : cls.value(QStringLiteral("grade")).toString();
    QString html = tr("<h3>Plan of %1</h3><p><i>%2</i></p>")
                       .arg(esc(plan.value(QStringLiteral("assessmentDate")).toString()),
                            esc(plan.value(QStringLiteral("disclaimer")).toString()));
    html += QStringLiteral("<p><b>%1</b>%2</p>")
                .arg(esc(review::clinicalReviewStatement(plan)),
                     earlierApproved > 0 ? QStringLiteral("<br/><small>%1</small>").arg(esc(review::earlierApprovedNote()))
                                         : QString());
    html += tr("<p><b>%1</b>, grade %2</p><ul>").arg(esc(cls.value(QStringLiteral("category")).toString()).replace(u'_', u' '), esc(grade));
    for (const QJsonValue& b : cls.value(QStringLiteral("basis")).toArray())
        html += QStringLiteral("<li>%1</li>").arg(esc(b.toString()));
    html += QStringLiteral("</ul>");

    const QJsonArray warnings = plan.value(QStringLiteral("warnings")).toArray();
    html += tr("<h4>Warnings (%1)</h4>").arg(warnings.size());
    for (const QJsonValue& v : warnings) {
        const QJsonObject w = v.toObject();
        html += QStringLiteral("<p><b>%1</b> %2: %3%4%5</p>")
                    .arg(severityBadge(w.value(QStringLiteral("severity")).toString()),
                         esc(w.value(QStringLiteral("code")).toString()),
                         esc(w.value(QStringLiteral("message")).toString()),
                         reviewMark(w.value(QStringLiteral("review")).toString()),
                         sources.cite(w.value(QStringLiteral("evidence"))));
    }

    html += tr("<h4>Recommendations</h4>");
    QString role;
    for (const QJsonValue& v : plan.value(QStringLiteral("recommendations")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("role")).toString() != role) {
            role = r.value(QStringLiteral("role")).toString();
            html += QStringLiteral("<p><u>%1</u></p>").arg(roleTitle(role));
        }
        QStringList why;
        for (const QJsonValue& w : r.value(QStringLiteral("why")).toArray())
            why << esc(w.toString());
        html += QStringLiteral("<p><b>%1</b> (%2), <b>%3</b>%4<br/>%5%6<br/><small>%7</small>%8</p>")
                    .arg(esc(r.value(QStringLiteral("therapyName")).toString()),
                         esc(r.value(QStringLiteral("therapy")).toString()),
                         esc(r.value(QStringLiteral("strength")).toString()),
                         reviewMark(r.value(QStringLiteral("review")).toString()),
                         esc(r.value(QStringLiteral("text")).toString()),
                         r.contains(QStringLiteral("regimen"))
                             ? QStringLiteral("<br/><small>%1</small>")
                                   .arg(esc(r.value(QStringLiteral("regimen")).toString()))
                             : QString(),
                         tr("Why: %1").arg(why.join(QStringLiteral("; "))),
                         sources.cite(r.value(QStringLiteral("evidence"))));
    }

    const QJsonArray avoid = plan.value(QStringLiteral("avoid")).toArray();
    if (!avoid.isEmpty()) {
        html += tr("<h4>Avoid</h4>");
        for (const QJsonValue& v : avoid) {
            const QJsonObject a = v.toObject();
            html += QStringLiteral("<p>✖ <b>%1</b> (%2), %3: %4%5%6</p>")
                        .arg(esc(a.value(QStringLiteral("therapyName")).toString()),
                             esc(a.value(QStringLiteral("therapy")).toString()),
                             esc(a.value(QStringLiteral("severity")).toString()).replace(u'_', u' '),
                             esc(a.value(QStringLiteral("reason")).toString()),
                             reviewMark(a.value(QStringLiteral("review")).toString()),
                             sources.cite(a.value(QStringLiteral("evidence"))));
        }
    }

    const QJsonObject prognosis = plan.value(QStringLiteral("prognosis")).toObject();
    html += tr("<h4>Prognosis</h4><ul>");
    for (const QJsonValue& v : prognosis.value(QStringLiteral("factors")).toArray()) {
        const QJsonObject f = v.toObject();
        html += QStringLiteral("<li>%1%2%3</li>")
                    .arg(esc(f.value(QStringLiteral("label")).toString()),
                         reviewMark(f.value(QStringLiteral("review")).toString()),
                         sources.cite(f.value(QStringLiteral("evidence"))));
    }
    for (const QJsonValue& v : prognosis.value(QStringLiteral("referenceOutcomes")).toArray()) {
        const QJsonObject o = v.toObject();
        html +=
            QStringLiteral("<li>%1: <b>%2</b>%3%4%5</li>")
                .arg(esc(o.value(QStringLiteral("label")).toString()), esc(o.value(QStringLiteral("value")).toString()),
                     reviewMark(o.value(QStringLiteral("review")).toString()),
                     o.contains(QStringLiteral("caveat")) ? QStringLiteral("<br/><small>%1</small>")
                                                                .arg(esc(o.value(QStringLiteral("caveat")).toString()))
                                                          : QString(),
                     sources.cite(o.value(QStringLiteral("evidence"))));
    }
    html += QStringLiteral("</ul>");

    // The next date of each item: the registry's scheduled date when the caller has one (it moves
    // when a test is marked done), else the first date counted from the assessment.
    const QJsonObject followUp = plan.value(QStringLiteral("followUp")).toObject();
    QHash<QString, QDate> firstDates;
    for (const ReportAppointment& a : appointmentsFromPlan(plan))
        firstDates.insert(a.itemKey, a.date);
    html += tr("<h4>Follow-up (%1)</h4><ul>").arg(esc(followUp.value(QStringLiteral("title")).toString()));
    for (const QJsonValue& v : followUp.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        const bool labs = i.contains(QStringLiteral("tests"));
        QStringList what;
        for (const QJsonValue& t : i.value(labs ? QStringLiteral("tests") : QStringLiteral("modalities")).toArray())
            what << t.toString();
        const QString id = i.value(QStringLiteral("id")).toString();
        const QDate next = nextDates.value(id, firstDates.value(id));
        QStringList notes;
        for (const QJsonValue& n : i.value(QStringLiteral("notes")).toArray())
            notes << esc(n.toObject().value(QStringLiteral("text")).toString()) +
                         reviewMark(n.toObject().value(QStringLiteral("review")).toString()) +
                         sources.cite(n.toObject().value(QStringLiteral("evidence")));
        html += tr("<li><b>%1</b>, %2; next <b>%3</b>%4<br/>%5%6%7</li>")
                    .arg(esc(testsDisplayText(labs ? QStringLiteral("labs") : QStringLiteral("imaging"), what)),
                         esc(i.value(QStringLiteral("schedule")).toString()),
                         next.isValid() ? next.toString(Qt::ISODate) : tr("not scheduled"),
                         reviewMark(i.value(QStringLiteral("review")).toString()),
                         esc(i.value(QStringLiteral("reason")).toString()),
                         notes.isEmpty() ? QString() : QStringLiteral("<br/><small>%1</small>").arg(notes.join(QStringLiteral("<br/>"))),
                         sources.cite(i.value(QStringLiteral("evidence"))));
    }
    html += QStringLiteral("</ul>");
    html += sources.list();
    return html;
}

} // namespace netdesk
