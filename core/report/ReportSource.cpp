#include "core/report/ReportSource.h"

#include "core/guideline/Engine.h"
#include "core/interop/PlanJson.h"
#include "core/model/CaseReader.h"
#include "core/registry/Registry.h"

#include <QJsonDocument>

namespace netdesk {

Result<ReportInput> reportFromRegistry(Registry& registry, const QString& recordNumber, const QString& language)
{
    const auto history = registry.history(recordNumber);
    if (!history.ok())
        return history.problems();
    const auto plan = registry.latestPlanIn(recordNumber, language);
    if (!plan.ok())
        return plan.problems();
    ReportInput in;
    in.plan = plan.value();
    in.language = language;
    const PatientRecord& p = history.value().patient;
    in.patient = ReportIdentity{p.recordNumber, p.familyName, p.givenName, p.birthDate, p.sex};
    // The scheduled (not yet done) item of each follow-up type: the dates the reminders show.
    for (const FollowUpRecord& f : history.value().items) {
        if (f.status == QLatin1String("scheduled"))
            in.schedule.append({f.dueDate, f.itemKey});
    }
    return in;
}

Result<ReportInput> reportFromCase(const KnowledgeBasePtr& kb, const QByteArray& caseJson, const QDate& today,
                                   const QString& protocol, const QString& language)
{
    const auto c = CaseReader::read(caseJson, {today, {}});
    if (!c.ok())
        return c.problems();
    const auto plan = Engine(kb).plan(c.value(), {protocol, language});
    if (!plan.ok())
        return plan.problems();
    ReportInput in;
    in.plan = planToJsonObject(plan.value());
    in.language = language;
    const QJsonObject patient = QJsonDocument::fromJson(caseJson).object().value(QStringLiteral("patient")).toObject();
    if (!patient.isEmpty()) {
        in.patient = ReportIdentity{patient.value(QStringLiteral("id")).toString(),
                                    patient.value(QStringLiteral("familyName")).toString(),
                                    patient.value(QStringLiteral("givenName")).toString(),
                                    QDate::fromString(patient.value(QStringLiteral("birthDate")).toString(), Qt::ISODate),
                                    patient.value(QStringLiteral("sex")).toString(QStringLiteral("unknown"))};
    }
    in.schedule = appointmentsFromPlan(in.plan);
    return in;
}

} // namespace netdesk
