#include "core/report/BoardSummary.h"

#include "core/interop/ReviewWords.h"
#include "core/board/FreeTextScreen.h"

#include "core/registry/PatientRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace netdesk {

namespace {

class Summary final
{
    Q_DECLARE_TR_FUNCTIONS(netdesk::BoardSummary)

public:
    static QString statusText(const QString& status)
    {
        if (status == QLatin1String("discussed"))
            return tr("discussed");
        if (status == QLatin1String("deferred"))
            return tr("deferred");
        return tr("not decided");
    }

    static QString title(bool anonymous)
    {
        return anonymous ? tr("Tumour board summary (anonymous)") : tr("Tumour board summary");
    }

    static QString text(Database& db, const BoardMeeting& m, const QList<BoardCaseView>& views, bool anonymous,
                        const QString& clinic, const QDate& printed, Problems& problems)
    {
        // Every text typed by a person is screened in the anonymous version: the agenda's names,
        // record numbers and dates are masked wherever they were typed (title, attendees, decisions).
        QList<PatientIdentifiers> identifiers;
        if (anonymous) {
            const auto ids = agendaIdentifiers(db, m);
            if (!ids.ok()) {
                problems << ids.problems();
                return {};
            }
            identifiers = ids.value();
        }
        const auto esc = [&](const QString& s) {
            return (anonymous ? screenFreeText(s, identifiers).masked : s).toHtmlEscaped();
        };
        QString h = QStringLiteral("<style>body { font-size: 10pt; } h1 { font-size: 17pt; } h2 { font-size: 13pt; }"
                                   " td, th { vertical-align: top; } th { text-align: left; background-color: #e8eef2; }"
                                   "</style>");
        h += QStringLiteral("<h1>%1</h1>").arg(title(anonymous));
        h += QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                 .arg(esc(m.title), m.date.toString(Qt::ISODate),
                      m.status == QLatin1String("closed")
                          ? tr("closed %1 by %2")
                                .arg(m.closedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), esc(m.closedBy))
                          : tr("open (decisions may still change)"));
        if (!clinic.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(clinic));
        h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Attendees"));
        for (const BoardAttendee& a : m.attendees)
            h += QStringLiteral("<li>%1 (%2)</li>").arg(esc(a.name), esc(a.role));
        if (m.attendees.isEmpty())
            h += QStringLiteral("<li>%1</li>").arg(tr("none recorded"));
        h += QStringLiteral("</ul><h2>%1</h2>").arg(tr("Agenda and decisions"));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='10' width='100%'><thead><tr><th width='24%'>%1</th>"
                            "<th width='30%'>%2</th><th>%3</th></tr></thead>")
                 .arg(tr("Case"), tr("Category and plan"), tr("Decision"));
        for (qsizetype i = 0; i < m.cases.size() && i < views.size(); ++i) {
            const BoardCase& c = m.cases.at(i);
            const BoardCaseView& v = views.at(i);
            QString who = esc(tr("Case %1 · %2 · %3").arg(v.number).arg(v.sex, v.ageBand));
            if (!anonymous) {
                const auto p = PatientRepository(db).byId(c.patientId);
                if (!p.ok()) {
                    problems << p.problems();
                    return {};
                }
                if (p.value())
                    who = QStringLiteral("%1<br/>%2, %3<br/>%4 · %5")
                              .arg(who, esc(p.value()->familyName), esc(p.value()->givenName),
                                   esc(p.value()->recordNumber), p.value()->birthDate.toString(Qt::ISODate));
            }
            QStringList recs;
            for (const auto& r : v.recommendations)
                recs << esc(r.name);
            QStringList chosen;
            for (const auto& r : v.recommendations) {
                if (c.chosen.contains(r.therapy))
                    chosen << esc(r.name);
            }
            h += QStringLiteral("<tr><td>%1</td><td><b>%2</b> %3<br/><small>%4</small></td><td><b>%5</b>%6%7%8</td></tr>")
                     .arg(who, esc(QString(v.category).replace(u'_', u' ')),
                          v.category.endsWith(v.grade) ? QString() : esc(v.grade), recs.join(QStringLiteral("; ")),
                          statusText(c.status),
                          c.decision.isEmpty() ? QString() : QStringLiteral("<br/>%1").arg(esc(c.decision)),
                          chosen.isEmpty() ? QString()
                                           : QStringLiteral("<br/>%1 %2").arg(tr("Chosen:"), chosen.join(QStringLiteral("; "))),
                          c.decidedAt.isValid()
                              ? QStringLiteral("<br/><small>%1</small>")
                                    .arg(tr("recorded %1 by %2")
                                             .arg(c.decidedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), esc(c.decidedBy)))
                              : QString());
        }
        h += QStringLiteral("</table><p><i>%1 %2</i></p>")
                 .arg(tr("Printed %1. NETDesk supports, and does not replace, the board's clinical decision.")
                          .arg(printed.toString(Qt::ISODate)),
                      esc(review::noClinicalReview()));
        return h;
    }

    static QString footer(bool anonymous)
    {
        return anonymous ? tr("Anonymous version: patients appear as case number, sex and age band.")
                         : tr("Identified version: confidential patient information.");
    }

    static QString pageLabel() { return tr("Page %1 of %2"); }
};

} // namespace

Result<ReportDocument> buildBoardSummary(Database& db, const BoardMeeting& meeting, bool anonymous,
                                         const QString& clinic, const QDate& printed)
{
    const auto views = anonymousAgenda(db, meeting);
    if (!views.ok())
        return views.problems();
    Problems problems;
    ReportDocument doc;
    doc.title = Summary::title(anonymous);
    QString header = clinic.isEmpty() ? QStringLiteral("NETDesk") : clinic;
    if (anonymous) {
        const auto ids = agendaIdentifiers(db, meeting);
        if (!ids.ok())
            return ids.problems();
        header = screenFreeText(header, ids.value()).masked;
    }
    doc.header = header;
    doc.footer = Summary::footer(anonymous);
    doc.pageLabel = Summary::pageLabel();
    doc.bodyPointSize = 10;
    doc.html = QStringLiteral("<html><body>%1</body></html>")
                   .arg(Summary::text(db, meeting, views.value(), anonymous, clinic, printed, problems));
    if (!problems.isEmpty())
        return problems;
    return doc;
}

} // namespace netdesk
