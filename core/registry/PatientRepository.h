#pragma once

#include "core/registry/Database.h"
#include "core/registry/Records.h"

namespace netdesk {

class PatientRepository final
{
public:
    explicit PatientRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> add(const PatientRecord& patient);
    Result<std::optional<PatientRecord>> byRecordNumber(const QString& recordNumber);
    Result<std::optional<PatientRecord>> byId(qint64 id);
    // Prefix search on record number, family name or given name ("smi", "smi jo" = family smi*,
    // given jo*), case-insensitive; the first `limit` rows by family name and the total count.
    Result<Page<PatientRecord>> search(const QString& text, int limit = defaultPageSize);
    Status setStatus(qint64 id, const QString& status, const QDate& date);
    // Names, birth date and sex (and their search keys) of the patient with `patient.id`.
    Status setIdentity(const PatientRecord& patient);

    static QString key(const QString& text) { return text.trimmed().toCaseFolded(); }

private:
    Result<std::optional<PatientRecord>> one(const QString& column, const QVariant& value);

    Database& m_db;
};

} // namespace netdesk
