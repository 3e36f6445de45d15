#pragma once

#include "core/registry/Database.h"
#include "core/registry/Records.h"

namespace netdesk {

// Assessments are immutable (the schema refuses UPDATE and DELETE): a new one supersedes the last.
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> add(const AssessmentRecord& assessment);
    Result<QList<AssessmentRecord>> forPatient(qint64 patientId, bool withJson = false);
    Result<std::optional<AssessmentRecord>> latest(qint64 patientId);

private:
    Database& m_db;
};

} // namespace netdesk
