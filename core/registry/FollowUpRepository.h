#pragma once

#include "core/registry/Database.h"
#include "core/registry/Records.h"

#include <QHash>

namespace netdesk {

class FollowUpRepository final
{
public:
    explicit FollowUpRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> add(const FollowUpRecord& item, const QDateTime& createdAt);
    Result<std::optional<FollowUpRecord>> byId(qint64 id);
    Result<QList<FollowUpRecord>> forPatient(qint64 patientId);
    Result<QList<FollowUpRecord>> openForPatient(qint64 patientId);
    // The date each item type was last done, for scheduling the next.
    Result<QHash<QString, QDate>> lastDoneDates(qint64 patientId);
    Status markDone(qint64 id, const QDate& doneDate);
    Status cancel(qint64 id, const QString& reason);
    // Scheduled items of active patients due in [from, to], by due date; first page and total.
    Result<Page<ReminderRow>> dueBetween(const QDate& from, const QDate& to, int limit = defaultPageSize);
    // Scheduled items of active patients due before `today`.
    Result<Page<ReminderRow>> overdue(const QDate& today, int limit = defaultPageSize);

private:
    Result<Page<ReminderRow>> reminders(const QString& where, const QList<std::pair<QString, QVariant>>& binds,
                                        int limit);

    Database& m_db;
};

} // namespace netdesk
