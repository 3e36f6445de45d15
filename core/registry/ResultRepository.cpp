#include "core/registry/ResultRepository.h"

namespace netdesk {

Result<qint64> ResultRepository::add(const ResultRecord& r, const QDateTime& createdAt)
{
    Sql q(m_db, QStringLiteral("INSERT INTO results (patient_id, followup_item_id, kind, value, unit, outcome, "
                               "result_date, created_at) VALUES (:p, :f, :k, :v, :u, :o, :d, :c)"));
    q.bind(QStringLiteral(":p"), r.patientId)
        .bind(QStringLiteral(":f"), r.followUpItemId > 0 ? QVariant(r.followUpItemId) : QVariant())
        .bind(QStringLiteral(":k"), r.kind)
        .bind(QStringLiteral(":v"), r.value ? QVariant(*r.value) : QVariant())
        .bind(QStringLiteral(":u"), r.unit.isEmpty() ? QVariant() : QVariant(r.unit))
        .bind(QStringLiteral(":o"), r.outcome.isEmpty() ? QVariant() : QVariant(r.outcome))
        .bind(QStringLiteral(":d"), r.resultDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":c"), createdAt.toString(Qt::ISODateWithMs));
    const Status s = q.run(QStringLiteral("storing the result"));
    if (!s.ok())
        return s.problems();
    return q.lastId();
}

Result<QList<ResultRecord>> ResultRepository::forPatient(qint64 patientId)
{
    Sql q(m_db, QStringLiteral("SELECT id, patient_id, followup_item_id, kind, value, unit, outcome, result_date "
                               "FROM results WHERE patient_id = :p ORDER BY result_date, id"));
    q.bind(QStringLiteral(":p"), patientId);
    const Status s = q.run(QStringLiteral("reading results"));
    if (!s.ok())
        return s.problems();
    QList<ResultRecord> out;
    while (q.next()) {
        ResultRecord r;
        r.id = q.value(0).toLongLong();
        r.patientId = q.value(1).toLongLong();
        r.followUpItemId = q.value(2).toLongLong();
        r.kind = q.value(3).toString();
        if (!q.value(4).isNull())
            r.value = q.value(4).toDouble();
        r.unit = q.value(5).toString();
        r.outcome = q.value(6).toString();
        r.resultDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        out << r;
    }
    return out;
}

} // namespace netdesk
