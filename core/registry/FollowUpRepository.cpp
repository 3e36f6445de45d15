#include "core/registry/FollowUpRepository.h"

namespace netdesk {

namespace {

const QString columns = QStringLiteral(
    "f.id, f.patient_id, f.assessment_id, f.item_key, f.kind, f.tests, f.interval_months, "
    "f.due_date, f.reason, f.notes, f.protocol, f.status, f.done_date, f.cancel_reason, f.periods, f.course_start");

FollowUpRecord fromRow(const Sql& q)
{
    FollowUpRecord f;
    f.id = q.value(0).toLongLong();
    f.patientId = q.value(1).toLongLong();
    f.assessmentId = q.value(2).toLongLong();
    f.itemKey = q.value(3).toString();
    f.kind = q.value(4).toString();
    f.tests = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.intervalMonths = q.value(6).toInt();
    f.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    f.reason = q.value(8).toString();
    f.notes = q.value(9).toString();
    f.protocol = q.value(10).toString();
    f.status = q.value(11).toString();
    f.doneDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    f.cancelReason = q.value(13).toString();
    f.periods = q.value(14).toString();
    f.courseStart = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    return f;
}

Result<QList<FollowUpRecord>> list(Database& db, const QString& sql, qint64 patientId)
{
    Sql q(db, sql);
    q.bind(QStringLiteral(":p"), patientId);
    const Status s = q.run(QStringLiteral("reading follow-up items"));
    if (!s.ok())
        return s.problems();
    QList<FollowUpRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace

Result<qint64> FollowUpRepository::add(const FollowUpRecord& f, const QDateTime& createdAt)
{
    Sql q(m_db, QStringLiteral(
                    "INSERT INTO followup_items (patient_id, assessment_id, item_key, kind, tests, interval_months, "
                    "due_date, reason, notes, protocol, status, created_at, periods, course_start) VALUES (:p, :a, :k, "
                    ":kind, :t, :i, :d, :r, "
                    ":n, :pr, 'scheduled', :c, :per, :cs)"));
    q.bind(QStringLiteral(":p"), f.patientId)
        .bind(QStringLiteral(":a"), f.assessmentId > 0 ? QVariant(f.assessmentId) : QVariant())
        .bind(QStringLiteral(":k"), f.itemKey)
        .bind(QStringLiteral(":kind"), f.kind)
        .bind(QStringLiteral(":t"), f.tests.join(QLatin1Char(',')))
        .bind(QStringLiteral(":i"), f.intervalMonths)
        .bind(QStringLiteral(":d"), f.dueDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":r"), f.reason)
        .bind(QStringLiteral(":n"), f.notes.isEmpty() ? QStringLiteral("") : f.notes) // never NULL
        .bind(QStringLiteral(":pr"), f.protocol)
        .bind(QStringLiteral(":c"), createdAt.toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":per"), f.periods.isEmpty() ? QStringLiteral("") : f.periods)
        .bind(QStringLiteral(":cs"),
              f.courseStart.isValid() ? QVariant(f.courseStart.toString(Qt::ISODate)) : QVariant());
    const Status s = q.run(QStringLiteral("scheduling a follow-up item"));
    if (!s.ok())
        return s.problems();
    return q.lastId();
}

Result<std::optional<FollowUpRecord>> FollowUpRepository::byId(qint64 id)
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM followup_items f WHERE f.id = :id").arg(columns));
    q.bind(QStringLiteral(":id"), id);
    const Status s = q.run(QStringLiteral("reading a follow-up item"));
    if (!s.ok())
        return s.problems();
    if (!q.next())
        return std::optional<FollowUpRecord>();
    return std::optional<FollowUpRecord>(fromRow(q));
}

Result<QList<FollowUpRecord>> FollowUpRepository::forPatient(qint64 patientId)
{
    return list(m_db,
                QStringLiteral("SELECT %1 FROM followup_items f WHERE f.patient_id = :p ORDER BY f.due_date, f.id")
                    .arg(columns),
                patientId);
}

Result<QList<FollowUpRecord>> FollowUpRepository::openForPatient(qint64 patientId)
{
    return list(m_db,
                QStringLiteral("SELECT %1 FROM followup_items f WHERE f.patient_id = :p AND f.status = 'scheduled' "
                               "ORDER BY f.due_date, f.id")
                    .arg(columns),
                patientId);
}

Result<QHash<QString, QDate>> FollowUpRepository::lastDoneDates(qint64 patientId)
{
    Sql q(m_db, QStringLiteral("SELECT item_key, MAX(done_date) FROM followup_items WHERE patient_id = :p AND "
                               "status = 'done' GROUP BY item_key"));
    q.bind(QStringLiteral(":p"), patientId);
    const Status s = q.run(QStringLiteral("reading done dates"));
    if (!s.ok())
        return s.problems();
    QHash<QString, QDate> out;
    while (q.next())
        out.insert(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    return out;
}

Status FollowUpRepository::markDone(qint64 id, const QDate& doneDate)
{
    Sql q(m_db, QStringLiteral("UPDATE followup_items SET status = 'done', done_date = :d WHERE id = :id AND "
                               "status = 'scheduled'"));
    q.bind(QStringLiteral(":d"), doneDate.toString(Qt::ISODate)).bind(QStringLiteral(":id"), id);
    const Status s = q.run(QStringLiteral("marking the item done"));
    if (s.ok() && q.rowsAffected() != 1)
        return Problems{{QStringLiteral("item"), QStringLiteral("%1 is no longer scheduled").arg(id)}};
    return s;
}

Status FollowUpRepository::cancel(qint64 id, const QString& reason)
{
    Sql q(m_db, QStringLiteral("UPDATE followup_items SET status = 'cancelled', cancel_reason = :r WHERE id = :id "
                               "AND status = 'scheduled'"));
    q.bind(QStringLiteral(":r"), reason).bind(QStringLiteral(":id"), id);
    const Status s = q.run(QStringLiteral("cancelling the item"));
    if (s.ok() && q.rowsAffected() != 1)
        return Problems{{QStringLiteral("item"), QStringLiteral("%1 is no longer scheduled").arg(id)}};
    return s;
}

Result<Page<ReminderRow>> FollowUpRepository::reminders(const QString& where,
                                                        const QList<std::pair<QString, QVariant>>& binds, int limit)
{
    // Scheduled items belong to active patients only (set-status cancels the open items of a
    // deceased or transferred patient, and verify checks it), so count and page come from the
    // (status, due_date) index; the join fetches names for the page's rows alone.
    Page<ReminderRow> page;
    const QString filter = QStringLiteral("status = 'scheduled' AND ") + where;
    const Status s = m_db.read([&]() -> Status {
        Sql count(m_db, QStringLiteral("SELECT COUNT(*) FROM followup_items WHERE ") + filter);
        for (const auto& [name, value] : binds)
            count.bind(name, value);
        Status st = count.run(QStringLiteral("counting reminders"));
        if (!st.ok())
            return st;
        if (count.next())
            page.total = count.value(0).toLongLong();
        Sql q(m_db, QStringLiteral(
                        "SELECT %1, p.record_number, p.family_name, p.given_name FROM (SELECT * FROM followup_items "
                        "WHERE %2 ORDER BY due_date, id LIMIT :limit) f JOIN patients p ON p.id = f.patient_id "
                        "ORDER BY f.due_date, f.id")
                        .arg(columns, filter));
        for (const auto& [name, value] : binds)
            q.bind(name, value);
        q.bind(QStringLiteral(":limit"), limit);
        st = q.run(QStringLiteral("listing reminders"));
        if (!st.ok())
            return st;
        while (q.next()) {
            ReminderRow row;
            row.item = fromRow(q);
            row.recordNumber = q.value(16).toString();
            row.familyName = q.value(17).toString();
            row.givenName = q.value(18).toString();
            page.rows << row;
        }
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return page;
}

Result<Page<ReminderRow>> FollowUpRepository::dueBetween(const QDate& from, const QDate& to, int limit)
{
    return reminders(
        QStringLiteral("due_date >= :from AND due_date <= :to"),
        {{QStringLiteral(":from"), from.toString(Qt::ISODate)}, {QStringLiteral(":to"), to.toString(Qt::ISODate)}},
        limit);
}

Result<Page<ReminderRow>> FollowUpRepository::overdue(const QDate& today, int limit)
{
    return reminders(QStringLiteral("due_date < :today"), {{QStringLiteral(":today"), today.toString(Qt::ISODate)}},
                     limit);
}

} // namespace netdesk
