#pragma once

#include "core/Result.h"
#include "core/report/PatientGuide.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

// The printouts (issue 5): one builder, two audiences, from the same plan, patient and follow-up
// schedule, so that no date or fact can differ between them. The builder makes HTML for
// QTextDocument plus the running header and footer; ui/report renders it to PDF or a printer.
enum class Audience { Patient, Professional };

QString audienceName(Audience audience);
std::optional<Audience> audienceFromName(const QString& name);

struct ReportIdentity
{
    QString recordNumber;
    QString familyName;
    QString givenName;
    QDate birthDate;
    QString sex;
};

// One next follow-up date: from the registry's scheduled items, or counted from the plan's
// assessment date when the plan is not stored (appointmentsFromPlan).
struct ReportAppointment
{
    QDate date;
    QString itemKey; // the plan's follow-up item id ("markers", "imaging", "ntprobnp")
};

struct ReportInput
{
    QJsonObject plan; // netdesk.plan/1, in `language`
    std::optional<ReportIdentity> patient;
    QList<ReportAppointment> schedule;
    Audience audience = Audience::Professional;
    QString language = QStringLiteral("en");
    QString clinic;
    QString clinician;
    QDate printed;
    bool showOutcomes = false; // patient printout: reference outcomes only when the clinician ticks it
};

struct ReportDocument
{
    QString title;
    QString header; // clinic name (left of "page X of Y")
    QString footer; // knowledge-base id and version, review note
    QString pageLabel; // "Page %1 of %2" in the document's language
    QString html;
    int bodyPointSize = 10;
    QString language;
};

// The first date of each follow-up item, counted from the plan's assessment date.
QList<ReportAppointment> appointmentsFromPlan(const QJsonObject& plan);

Result<ReportDocument> buildReport(const ReportInput& input, const PatientGuide& guide);

} // namespace netdesk
