#pragma once

#include "core/guideline/KnowledgeBase.h"
#include "core/report/Report.h"

namespace netdesk {

class Registry;

// Where a printout's plan, patient and schedule come from: the registry (the patient's latest
// assessment, its identity and its scheduled follow-up) or a case file planned now (identity from the
// case's optional `patient` object, first dates counted from the assessment date).
Result<ReportInput> reportFromRegistry(Registry& registry, const QString& recordNumber, const QString& language);
Result<ReportInput> reportFromCase(const KnowledgeBasePtr& kb, const QByteArray& caseJson, const QDate& today,
                                   const QString& protocol, const QString& language);

} // namespace netdesk
