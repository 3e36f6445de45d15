#pragma once

#include "core/registry/Registry.h"

#include <QJsonObject>
#include <QMap>

namespace netdesk {

// Where a pre-filled value of a re-assessment came from (the GUI words it in its language).
struct PrefillSource
{
    enum class Kind { LastAssessment, Imaging, TherapyLines };
    Kind kind = Kind::LastAssessment;
    QDate date;     // of the assessment or the imaging
    QString detail; // the imaging outcome; the therapy codes
};

// Where a re-assessment starts: the last case, brought up to date from the course since it (the
// disease status from imaging after it), dated `today`, with the source of every value that was not
// typed now. The wizard shows each beside its field until the user confirms the page.
struct ReassessmentStart
{
    QJsonObject caseObject;
    QMap<QString, PrefillSource> sources; // field path ("ecog", "metastases.liver") -> its source
};

// `history` is the patient's (assessments oldest first, results by date) and `lastCase` the case of
// the latest assessment (Registry::latestCase); an empty caseObject when there is no assessment.
ReassessmentStart reassessmentStart(const PatientHistory& history, const QJsonObject& lastCase, const QDate& today);

} // namespace netdesk
