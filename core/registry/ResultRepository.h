#pragma once

#include "core/registry/Database.h"
#include "core/registry/Records.h"

namespace netdesk {

class ResultRepository final
{
public:
    explicit ResultRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> add(const ResultRecord& result, const QDateTime& createdAt);
    Result<QList<ResultRecord>> forPatient(qint64 patientId);

private:
    Database& m_db;
};

} // namespace netdesk
