#include "core/registry/ResultRepository.h"

namespace netdesk {

QString ResultRecord::recist() const
{
    if (!response.isEmpty())
        return response;
    if (outcome == QLatin1String("progression"))
        return QStringLiteral("PD");
    if (outcome == QLatin1String("stable"))
        return QStringLiteral("SD");
    if (outcome == QLatin1String("response"))
        return QStringLiteral("CR/PR"); // the first vocabulary did not tell complete from partial
    return {};
}

Result<qint64> ResultRepository::add(const ResultRecord& r, const QDateTime& createdAt)
{
    Sql q(m_db, QStringLiteral("INSERT INTO results (patient_id, followup_item_id, kind, value, unit, outcome, "
                               "result_date, created_at, uln, response, note) "
                               "VALUES (:p, :f, :k, :v, :u, :o, :d, :c, :uln, :r, :n)"));
    q.bind(QStringLiteral(":p"), r.patientId)
        .bind(QStringLiteral(":f"), r.followUpItemId > 0 ? QVariant(r.followUpItemId) : QVariant())
        .bind(QStringLiteral(":k"), r.kind)
        .bind(QStringLiteral(":v"), r.value ? QVariant(*r.value) : QVariant())
        .bind(QStringLiteral(":u"), r.unit.isEmpty() ? QVariant() : QVariant(r.unit))
        .bind(QStringLiteral(":o"), r.outcome.isEmpty() ? QVariant() : QVariant(r.outcome))
        .bind(QStringLiteral(":d"), r.resultDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":c"), createdAt.toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":uln"), r.uln ? QVariant(*r.uln) : QVariant())
        .bind(QStringLiteral(":r"), r.response.isEmpty() ? QVariant() : QVariant(r.response))
        .bind(QStringLiteral(":n"), r.note.isEmpty() ? QVariant() : QVariant(r.note));
    const Status s = q.run(QStringLiteral("storing the result"));
    if (!s.ok())
        return s.problems();
    return q.lastId();
}

Result<QList<ResultRecord>> ResultRepository::forPatient(qint64 patientId)
{
    Sql q(m_db, QStringLiteral("SELECT id, patient_id, followup_item_id, kind, value, unit, outcome, result_date, "
                               "uln, response, note FROM results WHERE patient_id = :p ORDER BY result_date, id"));
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
        if (!q.value(8).isNull())
            r.uln = q.value(8).toDouble();
        r.response = q.value(9).toString();
        r.note = q.value(10).toString();
        out << r;
    }
    return out;
}

} // namespace netdesk
