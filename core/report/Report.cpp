#include "core/report/Report.h"

#include "core/followup/Scheduler.h"
#include "core/interop/ReviewWords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace netdesk {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray arr(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}

// The writer of both documents. Headings and labels are UI strings (Qt Linguist, context
// "netdesk::Report"); clinical texts come from the plan (knowledge base) and the patient guide.
class Writer final
{
    Q_DECLARE_TR_FUNCTIONS(netdesk::Report)

public:
    Writer(const ReportInput& in, const PatientGuide& guide)
        : m_in(in)
        , m_guide(guide)
        , m_plan(review::readStoredPlan(in.plan, &m_earlierApproved))
        , m_locale(in.language)
    {
    }

    // One date format in both documents, so every date of one is found in the other.
    QString date(const QDate& d) const
    {
        if (!d.isValid())
            return tr("not recorded");
        return m_locale.toString(d, m_in.language == QLatin1String("de") ? QStringLiteral("d. MMMM yyyy")
                                                                          : QStringLiteral("d MMMM yyyy"));
    }

    QString sexText(const QString& sex) const
    {
        if (sex == QLatin1String("female"))
            return tr("female");
        if (sex == QLatin1String("male"))
            return tr("male");
        if (sex == QLatin1String("other"))
            return tr("other");
        return tr("unknown");
    }

    QString roleTitle(const QString& role) const
    {
        if (role == QLatin1String("first_line"))
            return tr("First-line treatment");
        if (role == QLatin1String("later_line"))
            return tr("Later-line treatment");
        if (role == QLatin1String("symptom_control"))
            return tr("Symptom control");
        if (role == QLatin1String("local"))
            return tr("Local and surgical treatment");
        return tr("Supportive care and work-up");
    }

    QString strengthText(const QString& strength) const
    {
        if (strength == QLatin1String("preferred"))
            return tr("preferred");
        if (strength == QLatin1String("option"))
            return tr("option");
        return tr("consider");
    }

    QString severityText(const QString& severity) const
    {
        if (severity == QLatin1String("critical"))
            return tr("CRITICAL");
        if (severity == QLatin1String("caution"))
            return tr("CAUTION");
        if (severity == QLatin1String("contraindicated"))
            return tr("contraindicated");
        if (severity == QLatin1String("not_preferred"))
            return tr("not preferred");
        return tr("INFO");
    }

    // How far each statement was checked, in words; never "approved" (clinical.md, header).
    QString reviewMark(const QJsonObject& o, bool patient) const
    {
        const QString state = str(o, "review");
        if (patient)
            return state == QLatin1String("source_checked")
                       ? QString()
                       : QStringLiteral(" <i>%1</i>").arg(tr("(Your team is still checking this point.)"));
        return state == QLatin1String("source_checked") ? QStringLiteral(" <i>[%1]</i>").arg(review::words(state))
                                                        : QStringLiteral(" <b>[%1]</b>").arg(review::words(state));
    }

    QString clinicalReviewLine() const
    {
        QString line = esc(review::clinicalReviewStatement(m_plan));
        if (m_earlierApproved > 0)
            line += QLatin1Char(' ') + esc(review::earlierApprovedNote());
        return line;
    }

    // Evidence labels, collected for the reference list at the end.
    QString cite(const QJsonValue& labels)
    {
        QStringList out;
        for (const QJsonValue& l : labels.toArray()) {
            if (!m_cited.contains(l.toString()))
                m_cited << l.toString();
            out << esc(l.toString());
        }
        return out.isEmpty() ? QString()
                             : QStringLiteral(" <span class='src'>[%1]</span>").arg(out.join(QStringLiteral("; ")));
    }

    QString references() const
    {
        const QJsonObject refs = m_plan.value(QStringLiteral("references")).toObject();
        QString html = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='8' width='100%'>")
                           .arg(tr("References"));
        for (const QString& label : m_cited)
            html += QStringLiteral("<tr><td width='26%'><b>%1</b></td><td>%2%3</td></tr>")
                        .arg(esc(label), esc(review::citation(refs.value(label))),
                             refs.value(label).isObject()
                                 ? QStringLiteral(" (%1)").arg(esc(review::referenceStatusWords(
                                       review::referenceStatus(refs.value(label)))))
                                 : QString());
        return html + QStringLiteral("</table>");
    }

    // The schedule's dates by follow-up item, with each item of the plan.
    struct Visit
    {
        QDate date;
        QJsonObject item;
    };

    QList<Visit> visits() const
    {
        QList<Visit> out;
        QHash<QString, QJsonObject> items;
        for (const QJsonValue& v : arr(m_plan.value(QStringLiteral("followUp")).toObject(), "items"))
            items.insert(str(v.toObject(), "id"), v.toObject());
        for (const ReportAppointment& a : m_in.schedule) {
            if (items.contains(a.itemKey))
                out.append({a.date, items.value(a.itemKey)});
        }
        std::stable_sort(out.begin(), out.end(), [](const Visit& a, const Visit& b) { return a.date < b.date; });
        return out;
    }

    QString testsOf(const QJsonObject& item) const
    {
        const bool labs = item.contains(QStringLiteral("tests"));
        QStringList what;
        for (const QJsonValue& t : arr(item, labs ? "tests" : "modalities"))
            what << t.toString();
        return testsDisplayText(labs ? QStringLiteral("labs") : QStringLiteral("imaging"), what, m_in.language);
    }

    // Spacing in px of the 300-dpi layout the renderer uses (Qt's rich text takes margins in px).
    QString style(int pt) const
    {
        return QStringLiteral("<style>"
                              "body { font-size: %1pt; }"
                              "h1 { font-size: %2pt; margin-top: 0px; margin-bottom: 40px; }"
                              "h2 { font-size: %3pt; margin-top: 60px; margin-bottom: 14px; }"
                              "h3 { font-size: %1pt; margin-top: 30px; margin-bottom: 6px; }"
                              "p { margin-top: 6px; margin-bottom: 16px; }"
                              "li { margin-bottom: 6px; }"
                              "td, th { vertical-align: top; }"
                              "th { text-align: left; background-color: #e8eef2; }"
                              ".src { color: #333333; }"
                              "</style>")
            .arg(pt)
            .arg(pt + 8)
            .arg(pt + 3);
    }

    // A grey box with inner padding (a one-cell table: Qt's rich text pads table cells only).
    static QString box(const QString& html)
    {
        return QStringLiteral("<table width='100%' cellpadding='24' cellspacing='0' bgcolor='#f0f0f0'><tr><td>%1</td></tr>"
                              "</table>")
            .arg(html);
    }

    QString identityLine() const
    {
        if (!m_in.patient)
            return tr("not recorded (plan from a case file)");
        const ReportIdentity& p = *m_in.patient;
        return tr("%1, %2 · record %3 · born %4 · %5")
            .arg(esc(p.familyName), esc(p.givenName), esc(p.recordNumber), date(p.birthDate), sexText(p.sex));
    }

    QString kbLine() const
    {
        const QJsonObject kb = m_plan.value(QStringLiteral("knowledgeBase")).toObject();
        return tr("Knowledge base %1, version %2").arg(str(kb, "id"), str(kb, "version"));
    }

    // How many statements of this plan still await clinical review.
    int pendingCount() const
    {
        int pending = 0;
        const auto count = [&pending](const QJsonArray& list) {
            for (const QJsonValue& v : list) {
                const QString s = str(v.toObject(), "review");
                if (s == QLatin1String("pending") || s == QLatin1String("draft"))
                    ++pending;
            }
        };
        count(arr(m_plan, "recommendations"));
        count(arr(m_plan, "avoid"));
        count(arr(m_plan, "warnings"));
        const QJsonObject prognosis = m_plan.value(QStringLiteral("prognosis")).toObject();
        count(arr(prognosis, "factors"));
        count(arr(prognosis, "referenceOutcomes"));
        count(arr(m_plan.value(QStringLiteral("followUp")).toObject(), "items"));
        return pending;
    }

    QString professional()
    {
        const QJsonObject cls = m_plan.value(QStringLiteral("classification")).toObject();
        QString h = style(10);
        h += QStringLiteral("<h1>%1</h1>").arg(tr("Treatment plan: metastatic neuroendocrine neoplasm"));
        h += QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'>");
        const auto row = [&h](const QString& k, const QString& v) {
            h += QStringLiteral("<tr><td width='26%'><b>%1</b></td><td>%2</td></tr>").arg(k, v);
        };
        row(tr("Patient"), identityLine());
        row(tr("Assessment date"), date(QDate::fromString(str(m_plan, "assessmentDate"), Qt::ISODate)));
        row(tr("Clinic"), m_in.clinic.isEmpty() ? tr("not set") : esc(m_in.clinic));
        row(tr("Clinician"), m_in.clinician.isEmpty() ? tr("not set") : esc(m_in.clinician));
        row(tr("Printed"), date(m_in.printed));
        const QJsonObject kb = m_plan.value(QStringLiteral("knowledgeBase")).toObject();
        row(tr("Knowledge base"), tr("%1, version %2 (SHA-256 %3…)")
                                      .arg(esc(str(kb, "id")), esc(str(kb, "version")), str(kb, "sha256").left(12)));
        const int pending = pendingCount();
        row(tr("Clinical review"), clinicalReviewLine());
        row(tr("Review status"),
            pending == 0 ? tr("every statement of this plan is checked against its source (not a clinical review)")
                         : tr("%n statement(s) of this plan are pending: not yet checked against a primary source, "
                              "and marked so",
                              nullptr, pending));
        h += QStringLiteral("</table>");
        h += QStringLiteral("<br/>") + box(QStringLiteral("<i>%1</i>").arg(esc(str(m_plan, "disclaimer"))));

        h += QStringLiteral("<h2>%1</h2>").arg(tr("Classification"));
        const QString grade = cls.value(QStringLiteral("grade")).isString() ? str(cls, "grade") : tr("not graded");
        h += QStringLiteral("<p><b>%1</b> · %2</p><ul>")
                 .arg(esc(str(cls, "category")).replace(u'_', u' '), tr("grade %1").arg(esc(grade)));
        for (const QJsonValue& b : arr(cls, "basis"))
            h += QStringLiteral("<li>%1</li>").arg(esc(b.toString()));
        h += QStringLiteral("</ul>");

        const QJsonArray warnings = arr(m_plan, "warnings");
        if (!warnings.isEmpty()) {
            h += QStringLiteral("<h2>%1</h2>").arg(tr("Warnings"));
            for (const QJsonValue& v : warnings) {
                const QJsonObject w = v.toObject();
                h += QStringLiteral("<p><b>%1</b> %2: %3%4%5</p>")
                         .arg(severityText(str(w, "severity")), esc(str(w, "code")), esc(str(w, "message")),
                              reviewMark(w, false), cite(w.value(QStringLiteral("evidence"))));
            }
        }

        h += QStringLiteral("<h2>%1</h2>").arg(tr("Recommendations"));
        QString role;
        for (const QJsonValue& v : arr(m_plan, "recommendations")) {
            const QJsonObject r = v.toObject();
            if (str(r, "role") != role) {
                role = str(r, "role");
                h += QStringLiteral("<h3>%1</h3>").arg(roleTitle(role));
            }
            QStringList why;
            for (const QJsonValue& w : arr(r, "why"))
                why << esc(w.toString());
            h += QStringLiteral("<p><b>%1</b> (%2) · <b>%3</b>%4<br/>%5%6<br/><i>%7</i> %8%9</p>")
                     .arg(esc(str(r, "therapyName")), esc(str(r, "therapy")), strengthText(str(r, "strength")),
                          reviewMark(r, false), esc(str(r, "text")),
                          r.contains(QStringLiteral("regimen"))
                              ? QStringLiteral("<br/>%1").arg(esc(str(r, "regimen")))
                              : QString(),
                          tr("Why:"), why.join(QStringLiteral("; ")), cite(r.value(QStringLiteral("evidence"))));
        }

        const QJsonArray avoid = arr(m_plan, "avoid");
        if (!avoid.isEmpty()) {
            h += QStringLiteral("<h2>%1</h2>").arg(tr("Avoid"));
            for (const QJsonValue& v : avoid) {
                const QJsonObject a = v.toObject();
                h += QStringLiteral("<p><b>%1</b> (%2) · %3: %4%5%6</p>")
                         .arg(esc(str(a, "therapyName")), esc(str(a, "therapy")), severityText(str(a, "severity")),
                              esc(str(a, "reason")), reviewMark(a, false), cite(a.value(QStringLiteral("evidence"))));
            }
        }

        const QJsonObject prognosis = m_plan.value(QStringLiteral("prognosis")).toObject();
        h += QStringLiteral("<h2>%1</h2>").arg(tr("Prognosis"));
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Adverse factors present"));
        for (const QJsonValue& v : arr(prognosis, "factors")) {
            const QJsonObject f = v.toObject();
            h += QStringLiteral("<li>%1%2%3</li>")
                     .arg(esc(str(f, "label")), reviewMark(f, false), cite(f.value(QStringLiteral("evidence"))));
        }
        h += QStringLiteral("</ul>");
        const QJsonArray outcomes = arr(prognosis, "referenceOutcomes");
        if (!outcomes.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Reference outcomes (trial or series populations, not a "
                                                           "prediction for this patient)"));
            for (const QJsonValue& v : outcomes) {
                const QJsonObject o = v.toObject();
                h += QStringLiteral("<li>%1: <b>%2</b>%3%4%5</li>")
                         .arg(esc(str(o, "label")), esc(str(o, "value")), reviewMark(o, false),
                              o.contains(QStringLiteral("caveat"))
                                  ? QStringLiteral("<br/><i>%1</i>").arg(esc(str(o, "caveat")))
                                  : QString(),
                              cite(o.value(QStringLiteral("evidence"))));
            }
            h += QStringLiteral("</ul>");
        }

        const QJsonObject followUp = m_plan.value(QStringLiteral("followUp")).toObject();
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Follow-up"), esc(str(followUp, "title")));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='12' width='100%'><thead><tr><th width='21%'>%1</th>"
                            "<th width='16%'>%2</th><th width='16%'>%3</th><th>%4</th></tr></thead>")
                 .arg(tr("Next date"), tr("What"), tr("Schedule"), tr("Why and notes"));
        for (const Visit& visit : visits()) {
            QStringList notes{esc(str(visit.item, "reason"))};
            QJsonArray labels = visit.item.value(QStringLiteral("evidence")).toArray();
            for (const QJsonValue& n : arr(visit.item, "notes")) {
                notes << esc(str(n.toObject(), "text"));
                for (const QJsonValue& l : n.toObject().value(QStringLiteral("evidence")).toArray()) {
                    if (!labels.contains(l))
                        labels.append(l);
                }
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4%5%6</td></tr>")
                     .arg(date(visit.date), esc(testsOf(visit.item)), esc(str(visit.item, "schedule")),
                          notes.join(QStringLiteral("<br/>")), reviewMark(visit.item, false), cite(labels));
        }
        h += QStringLiteral("</table>");
        h += references();
        return h;
    }

    QString patient()
    {
        const QJsonObject cls = m_plan.value(QStringLiteral("classification")).toObject();
        QString h = style(12);
        h += QStringLiteral("<h1>%1</h1>").arg(tr("Your treatment plan"));
        if (m_in.patient)
            h += QStringLiteral("<p>%1</p>")
                     .arg(tr("For %1 %2, born %3")
                              .arg(esc(m_in.patient->givenName), esc(m_in.patient->familyName),
                                   date(m_in.patient->birthDate)));
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("Discussed on %1%2%3")
                          .arg(date(QDate::fromString(str(m_plan, "assessmentDate"), Qt::ISODate)),
                               m_in.clinician.isEmpty() ? QString() : tr(" with %1").arg(esc(m_in.clinician)),
                               m_in.clinic.isEmpty() ? QString() : tr(", %1").arg(esc(m_in.clinic))));
        h += box(QStringLiteral("<b>%1</b> %2 %3")
                     .arg(tr("Please note:"), esc(m_guide.note.get(m_in.language)), clinicalReviewLine()));

        h += QStringLiteral("<h2>%1</h2>").arg(tr("About your tumour"));
        const GuideText category = m_guide.categories.value(str(cls, "category"));
        h += QStringLiteral("<p>%1%2</p>").arg(esc(category.get(m_in.language)), citeList(category.evidence));

        h += QStringLiteral("<h2>%1</h2>").arg(tr("What your team will discuss with you"));
        h += QStringLiteral("<p>%1</p>").arg(tr("These are the options that fit your situation. Your team will talk "
                                                 "them through with you and decide together with you."));
        h += QStringLiteral("<ul>");
        for (const QJsonValue& v : arr(m_plan, "recommendations")) {
            const QJsonObject r = v.toObject();
            h += QStringLiteral("<li><b>%1</b>: %2%3%4</li>")
                     .arg(esc(str(r, "therapyName")), esc(str(r, "patientText")), reviewMark(r, true),
                          cite(r.value(QStringLiteral("evidence"))));
        }
        h += QStringLiteral("</ul>");

        const QJsonArray avoid = arr(m_plan, "avoid");
        if (!avoid.isEmpty()) {
            h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Treatments that are not right for you now"));
            for (const QJsonValue& v : avoid) {
                const QJsonObject a = v.toObject();
                h += QStringLiteral("<li><b>%1</b>: %2%3%4</li>")
                         .arg(esc(str(a, "therapyName")), esc(str(a, "patientText")), reviewMark(a, true),
                              cite(a.value(QStringLiteral("evidence"))));
            }
            h += QStringLiteral("</ul>");
        }

        const QJsonArray warnings = arr(m_plan, "warnings");
        if (!warnings.isEmpty()) {
            h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Important points"));
            for (const QJsonValue& v : warnings) {
                const QJsonObject w = v.toObject();
                h += QStringLiteral("<li>%1%2%3</li>")
                         .arg(esc(str(w, "patientText")), reviewMark(w, true), cite(w.value(QStringLiteral("evidence"))));
            }
            h += QStringLiteral("</ul>");
        }

        h += QStringLiteral("<h2>%1</h2>").arg(tr("Your next appointments and tests"));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='12' width='100%'><thead><tr><th width='26%'>%1</th>"
                            "<th>%2</th><th>%3</th></tr></thead>")
                 .arg(tr("Date"), tr("What and why"), tr("How to prepare"));
        for (const Visit& visit : visits()) {
            QStringList prepare;
            for (const QJsonValue& n : arr(visit.item, "notes"))
                prepare << esc(str(n.toObject(), "patientText"));
            h += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br/>%3%4</td><td>%5</td></tr>")
                     .arg(date(visit.date), esc(testsOf(visit.item)), esc(str(visit.item, "patientText")),
                          reviewMark(visit.item, true),
                          prepare.isEmpty() ? tr("Nothing special.") : prepare.join(QStringLiteral("<br/>")));
        }
        h += QStringLiteral("</table>");

        if (m_in.showOutcomes) {
            const QJsonObject prognosis = m_plan.value(QStringLiteral("prognosis")).toObject();
            QString list;
            for (const QJsonValue& v : arr(prognosis, "referenceOutcomes")) {
                const QJsonObject o = v.toObject();
                if (!o.value(QStringLiteral("patientVisible")).toBool())
                    continue;
                // A stored plan from before outcomes had patient wording shows the professional wording.
                list += o.contains(QStringLiteral("patientText"))
                            ? QStringLiteral("<li>%1%2%3</li>")
                                  .arg(esc(str(o, "patientText")), reviewMark(o, true),
                                       cite(o.value(QStringLiteral("evidence"))))
                            : QStringLiteral("<li>%1: %2%3%4</li>")
                                  .arg(esc(str(o, "label")), esc(str(o, "value")), reviewMark(o, true),
                                       cite(o.value(QStringLiteral("evidence"))));
            }
            if (!list.isEmpty())
                h += QStringLiteral("<h2>%1</h2><p>%2</p><ul>%3</ul>")
                         .arg(tr("Results from studies"),
                              tr("Your doctor chose to show these figures. They describe groups of patients in "
                                 "studies, not what will happen to you."),
                              list);
        }

        h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Questions you may want to ask"));
        for (const auto& q : m_guide.questions)
            h += QStringLiteral("<li>%1</li>").arg(esc(q.value(m_in.language)));
        h += QStringLiteral("</ul>");

        h += QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='3' width='100%'>")
                 .arg(tr("Words used in this printout"));
        for (const GuideTerm& t : m_guide.glossary)
            h += QStringLiteral("<tr><td width='30%'><b>%1</b></td><td>%2</td></tr>")
                     .arg(esc(t.term.value(m_in.language)), esc(t.text.get(m_in.language)));
        h += QStringLiteral("</table>");
        h += references();
        return h;
    }

    QString citeList(const QStringList& labels)
    {
        QJsonArray a;
        for (const QString& l : labels)
            a.append(l);
        return cite(a);
    }

    QString title() const
    {
        return m_in.audience == Audience::Patient ? tr("Your treatment plan")
                                                  : tr("Treatment plan: metastatic neuroendocrine neoplasm");
    }

    QString footer() const
    {
        return tr("%1 · %2 NETDesk supports, and does not replace, the clinical team's decision.")
            .arg(kbLine(), review::clinicalReviewStatement(m_plan));
    }

    QString pageLabel() const { return tr("Page %1 of %2"); }

    QString header() const { return m_in.clinic.isEmpty() ? QStringLiteral("NETDesk") : m_in.clinic; }

private:
    const ReportInput& m_in;
    const PatientGuide& m_guide;
    int m_earlierApproved = 0; // statements stored under the earlier wording 'approved'
    const QJsonObject m_plan;  // as shown now: stored 'approved' reads as pending (review::readStoredPlan)
    QLocale m_locale;
    QStringList m_cited;
};

} // namespace

QString audienceName(Audience audience)
{
    return audience == Audience::Patient ? QStringLiteral("patient") : QStringLiteral("professional");
}

std::optional<Audience> audienceFromName(const QString& name)
{
    if (name == QLatin1String("patient"))
        return Audience::Patient;
    if (name == QLatin1String("professional"))
        return Audience::Professional;
    return std::nullopt;
}

QList<ReportAppointment> appointmentsFromPlan(const QJsonObject& plan)
{
    QList<ReportAppointment> out;
    const QDate assessed = QDate::fromString(plan.value(QStringLiteral("assessmentDate")).toString(), Qt::ISODate);
    for (const QJsonValue& v : plan.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        QList<SchedulePeriod> periods;
        for (const QJsonValue& p : i.value(QStringLiteral("periods")).toArray())
            periods.append({p.toObject().value(QStringLiteral("untilYear")).toInt(),
                            p.toObject().value(QStringLiteral("months")).toInt()});
        if (const auto next = nextDue(i.value(QStringLiteral("intervalMonths")).toInt(), periods, assessed, assessed))
            out.append({next->date, i.value(QStringLiteral("id")).toString()});
    }
    return out;
}

Result<ReportDocument> buildReport(const ReportInput& input, const PatientGuide& guide)
{
    Problems problems;
    if (input.plan.value(QStringLiteral("schema")).toString() != QLatin1String("netdesk.plan/1"))
        problems.append({QStringLiteral("plan"), QStringLiteral("not a netdesk.plan/1 document")});
    if (!guide.languages.contains(input.language))
        problems.append({QStringLiteral("lang"), QStringLiteral("'%1' is not available; allowed: %2")
                                                     .arg(input.language, guide.languages.join(QStringLiteral(", ")))});
    else if (input.plan.value(QStringLiteral("language")).toString() != input.language)
        problems.append({QStringLiteral("lang"), QStringLiteral("the plan's texts are in '%1', not '%2'")
                                                     .arg(input.plan.value(QStringLiteral("language")).toString(),
                                                          input.language)});
    if (!problems.isEmpty())
        return problems;
    Writer w(input, guide);
    ReportDocument doc;
    doc.language = input.language;
    doc.title = w.title();
    doc.header = w.header();
    doc.footer = w.footer();
    doc.pageLabel = w.pageLabel();
    doc.bodyPointSize = input.audience == Audience::Patient ? 12 : 10;
    doc.html = QStringLiteral("<html><body>%1</body></html>")
                   .arg(input.audience == Audience::Patient ? w.patient() : w.professional());
    return doc;
}

} // namespace netdesk
