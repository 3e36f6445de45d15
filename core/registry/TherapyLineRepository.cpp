#include "core/registry/TherapyLineRepository.h"

#include "core/registry/AuditLog.h"

#include <QJsonObject>

namespace netdesk {

namespace {

const QString columns =
    QStringLiteral("id, patient_id, therapy, start_date, stop_date, stop_reason, best_response, note, created_at");

TherapyLine lineFrom(const Sql& q)
{
    TherapyLine l;
    l.id = q.value(0).toLongLong();
    l.patientId = q.value(1).toLongLong();
    l.therapy = q.value(2).toString();
    l.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    l.stopDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    l.stopReason = q.value(5).toString();
    l.bestResponse = q.value(6).toString();
    l.note = q.value(7).toString();
    l.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return l;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QJsonObject therapyLineJson(const TherapyLine& l)
{
    QJsonObject o{{QStringLiteral("id"), l.id},
                  {QStringLiteral("therapy"), l.therapy},
                  {QStringLiteral("startDate"), l.startDate.toString(Qt::ISODate)},
                  {QStringLiteral("running"), l.running()}};
    if (l.stopDate.isValid()) {
        o.insert(QStringLiteral("stopDate"), l.stopDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("stopReason"), l.stopReason);
    }
    if (!l.bestResponse.isEmpty())
        o.insert(QStringLiteral("bestResponse"), l.bestResponse);
    if (!l.note.isEmpty())
        o.insert(QStringLiteral("note"), l.note);
    return o;
}

Result<qint64> TherapyLineRepository::add(const TherapyLine& l)
{
    Sql q(m_db, QStringLiteral("INSERT INTO therapy_lines (patient_id, therapy, start_date, stop_date, stop_reason,"
                               " best_response, note, created_at) VALUES (:p, :t, :s, :e, :r, :b, :n, :c)"));
    q.bind(QStringLiteral(":p"), l.patientId)
        .bind(QStringLiteral(":t"), l.therapy)
        .bind(QStringLiteral(":s"), l.startDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":e"), l.stopDate.isValid() ? QVariant(l.stopDate.toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":r"), textOrNull(l.stopReason))
        .bind(QStringLiteral(":b"), textOrNull(l.bestResponse))
        .bind(QStringLiteral(":n"), l.note.isNull() ? QString(QLatin1String("")) : l.note)
        .bind(QStringLiteral(":c"), l.createdAt.toUTC().toString(Qt::ISODateWithMs));
    const Status s = q.run(QStringLiteral("storing the therapy line"));
    if (!s.ok())
        return s.problems();
    return q.lastId();
}

Status TherapyLineRepository::stop(const TherapyLine& l)
{
    Sql q(m_db, QStringLiteral("UPDATE therapy_lines SET stop_date = :e, stop_reason = :r, best_response = :b,"
                               " note = :n WHERE id = :id"));
    q.bind(QStringLiteral(":e"), l.stopDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":r"), l.stopReason)
        .bind(QStringLiteral(":b"), textOrNull(l.bestResponse))
        .bind(QStringLiteral(":n"), l.note.isNull() ? QString(QLatin1String("")) : l.note)
        .bind(QStringLiteral(":id"), l.id);
    return q.run(QStringLiteral("stopping the therapy line"));
}

Result<std::optional<TherapyLine>> TherapyLineRepository::byId(qint64 id)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM therapy_lines WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    const Status s = q.run(QStringLiteral("reading a therapy line"));
    if (!s.ok())
        return s.problems();
    if (!q.next())
        return std::optional<TherapyLine>();
    return std::optional<TherapyLine>(lineFrom(q));
}

Result<QList<TherapyLine>> TherapyLineRepository::forPatient(qint64 patientId)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns +
                    QStringLiteral(" FROM therapy_lines WHERE patient_id = :p ORDER BY start_date, id"));
    q.bind(QStringLiteral(":p"), patientId);
    const Status s = q.run(QStringLiteral("reading therapy lines"));
    if (!s.ok())
        return s.problems();
    QList<TherapyLine> out;
    while (q.next())
        out << lineFrom(q);
    return out;
}

Result<TherapyLine> openTherapyLine(Database& db, qint64 patientId, const QString& therapy, const QDate& start,
                                    const QString& note, const QDateTime& at, const QString& actor)
{
    TherapyLineRepository lines(db);
    const auto existing = lines.forPatient(patientId);
    if (!existing.ok())
        return existing.problems();
    for (const TherapyLine& l : existing.value()) {
        if (l.therapy == therapy && l.running())
            return Problems{{QStringLiteral("therapy"),
                             QStringLiteral("%1 is already running since %2 (line %3); stop that line first")
                                 .arg(therapy, l.startDate.toString(Qt::ISODate))
                                 .arg(l.id),
                             false}};
    }
    TherapyLine line;
    line.patientId = patientId;
    line.therapy = therapy;
    line.startDate = start;
    line.note = note.trimmed();
    line.createdAt = at;
    const auto id = lines.add(line);
    if (!id.ok())
        return id.problems();
    line.id = id.value();
    QJsonObject after = therapyLineJson(line);
    after.insert(QStringLiteral("patientId"), patientId);
    const Status audited = AuditLog(db).append(actor, QStringLiteral("therapy-start"),
                                               QStringLiteral("therapy_line"), line.id, {}, after);
    if (!audited.ok())
        return audited.problems();
    return line;
}

Status closeTherapyLine(Database& db, const TherapyLine& line, const QDateTime& at, const QString& actor)
{
    Status s = TherapyLineRepository(db).stop(line);
    if (!s.ok())
        return s;
    TherapyLine before = line;
    before.stopDate = QDate();
    before.stopReason.clear();
    before.bestResponse.clear();
    return AuditLog(db).append(actor, QStringLiteral("therapy-stop"), QStringLiteral("therapy_line"), line.id,
                               therapyLineJson(before), therapyLineJson(line));
}

} // namespace netdesk
