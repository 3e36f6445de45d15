#include "core/registry/Reassessment.h"

#include "core/registry/Identity.h"

#include <QJsonArray>

namespace netdesk {

namespace {

// The disease status that an imaging outcome implies for the next assessment.
// (RECIST 1.1; results of the first vocabulary are read through ResultRecord::recist()).
QString statusFromImaging(const QString& recist)
{
    if (recist == QLatin1String("PD"))
        return QStringLiteral("progressive");
    if (recist == QLatin1String("SD") || recist == QLatin1String("PR") || recist == QLatin1String("CR") ||
        recist == QLatin1String("CR/PR"))
        return QStringLiteral("stable");
    return {}; // not evaluable: the last case's status stands
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
        const QString status = statusFromImaging(r->recist());
        if (!status.isEmpty()) {
            c.insert(QStringLiteral("diseaseStatus"), status);
            start.sources.insert(QStringLiteral("diseaseStatus"),
                                 PrefillSource{PrefillSource::Kind::Imaging, r->resultDate, r->recist()});
        }
        break;
    }
    // Prior therapies: the last case's, and every therapy of the lines (in order of first start).
    QJsonArray prior = c.value(QStringLiteral("priorTherapies")).toArray();
    QStringList added;
    for (const TherapyLine& line : history.therapyLines) {
        if (!prior.contains(line.therapy)) {
            prior.append(line.therapy);
            added << line.therapy;
        }
    }
    if (!added.isEmpty()) {
        c.insert(QStringLiteral("priorTherapies"), prior);
        start.sources.insert(QStringLiteral("priorTherapies"),
                             PrefillSource{PrefillSource::Kind::TherapyLines, {}, added.join(QStringLiteral(", "))});
    }
    start.caseObject = c;
    return start;
}

} // namespace netdesk
