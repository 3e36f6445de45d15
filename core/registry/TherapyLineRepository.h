#pragma once

#include "core/registry/Database.h"
#include "core/registry/Records.h"

namespace netdesk {

// Therapy lines (schema v3). A line is never deleted; stopping it sets the stop date, reason and
// best response.
class TherapyLineRepository final
{
public:
    explicit TherapyLineRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> add(const TherapyLine& line);
    Status stop(const TherapyLine& line);
    Result<std::optional<TherapyLine>> byId(qint64 id);
    // By start date, then id.
    Result<QList<TherapyLine>> forPatient(qint64 patientId);

private:
    Database& m_db;
};

QJsonObject therapyLineJson(const TherapyLine& line);

// Opens a line inside the caller's write transaction, with its audit entry: refused (input problem)
// when a line of the same therapy is still running for the patient. The caller has checked the code.
Result<TherapyLine> openTherapyLine(Database& db, qint64 patientId, const QString& therapy, const QDate& start,
                                    const QString& note, const QDateTime& at, const QString& actor);

// Stores the stop of `line` (its stop date, reason, best response and note) inside the caller's
// write transaction, with its audit entry. The caller has checked the values.
Status closeTherapyLine(Database& db, const TherapyLine& line, const QDateTime& at, const QString& actor);

} // namespace netdesk
