#include "core/registry/Reassessment.h"

#include "core/registry/Identity.h"

namespace netdesk {

namespace {

// The disease status that an imaging outcome implies for the next assessment.
QString statusFromImaging(const QString& outcome)
{
    if (outcome == QLatin1String("progression") || outcome == QLatin1String("PD"))
        return QStringLiteral("progressive");
    if (outcome == QLatin1String("stable") || outcome == QLatin1String("response") || outcome == QLatin1String("SD") ||
        outcome == QLatin1String("PR") || outcome == QLatin1String("CR"))
        return QStringLiteral("stable");
    return {};
}

} // namespace

ReassessmentStart reassessmentStart(const PatientHistory& history, const QJsonObject& lastCase, const QDate& today)
{
    ReassessmentStart start;
    if (history.assessments.isEmpty() || lastCase.isEmpty())
        return start;
    const AssessmentRecord& last = history.assessments.constLast();
    QJsonObject c = lastCase;
    const PrefillSource fromLast{PrefillSource::Kind::LastAssessment, last.assessmentDate, {}};
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        if (it.key() == QLatin1String("schema") || it.key() == QLatin1String("assessmentDate") ||
            it.key() == QLatin1String("patient"))
            continue;
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto sub = inner.constBegin(); sub != inner.constEnd(); ++sub)
                start.sources.insert(it.key() + u'.' + sub.key(), fromLast);
        } else {
            start.sources.insert(it.key(), fromLast);
        }
    }
    c.insert(QStringLiteral("assessmentDate"), today.toString(Qt::ISODate));
    // The registry's identity, not the copy in the last case (it may have been corrected since).
    c.insert(QStringLiteral("patient"), identityCompleted(history.patient, {}));
    // The latest imaging after the last assessment decides the disease status.
    for (auto r = history.results.crbegin(); r != history.results.crend(); ++r) {
        if (r->kind != QLatin1String("IMAGING") || r->resultDate <= last.assessmentDate)
            continue;
        const QString status = statusFromImaging(r->outcome);
        if (!status.isEmpty()) {
            c.insert(QStringLiteral("diseaseStatus"), status);
            start.sources.insert(QStringLiteral("diseaseStatus"),
                                 PrefillSource{PrefillSource::Kind::Imaging, r->resultDate, r->outcome});
        }
        break;
    }
    start.caseObject = c;
    return start;
}

} // namespace netdesk
