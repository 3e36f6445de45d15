#pragma once

#include "core/Result.h"
#include "core/model/Case.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace netdesk {

struct CaseReaderOptions
{
    QDate today;              // the date a case without assessmentDate gets, and the "future" limit
    QStringList therapyCodes; // allowed in priorTherapies; empty: the interchange therapy codes
};

// Reads and validates a case (netdesk.case/1). Every problem is reported at once, each naming the
// field, the value given and what is allowed; nothing is guessed for a wrong value.
class CaseReader final
{
public:
    static Result<Case> read(const QByteArray& json, const CaseReaderOptions& options);
    static Result<Case> fromObject(const QJsonObject& object, const CaseReaderOptions& options);

    static constexpr auto schemaId = "netdesk.case/1";
};

} // namespace netdesk
