#pragma once

#include "core/Result.h"
#include "core/model/Case.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
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
    // Refuses, before parsing, input over maxBytes and input that is not UTF-8 (never repaired);
    // names valid JSON of the wrong kind ("expected an object {...}, got a number (123)"); refuses
    // control characters inside strings and keys given twice; reports numbers as written.
    static Result<Case> read(const QByteArray& json, const CaseReaderOptions& options);
    // `rawNumbers`: field path -> the number as written, for the messages.
    static Result<Case> fromObject(const QJsonObject& object, const CaseReaderOptions& options,
                                   const QHash<QString, QString>* rawNumbers = nullptr);
    // At most maxProblems problems, then "… and N more".
    static Problems capProblems(Problems problems);

    static constexpr auto schemaId = "netdesk.case/1";
    static constexpr qsizetype maxBytes = 1024 * 1024; // a case is about 1 KB
    static constexpr qsizetype maxProblems = 50;
};

} // namespace netdesk
