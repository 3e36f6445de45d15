#include "core/registry/AssessmentRepository.h"

namespace netdesk {

namespace {

AssessmentRecord fromRow(const Sql& q, bool withJson)
{
    AssessmentRecord a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.assessmentDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    a.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    a.author = q.value(4).toString();
    a.protocol = q.value(5).toString();
    a.kbId = q.value(6).toString();
    a.kbVersion = q.value(7).toString();
    a.kbSha256 = q.value(8).toString();
    a.category = q.value(9).toString();
    if (withJson) {
        a.caseJson = q.value(10).toString().toUtf8();
        a.planJson = qUncompress(q.value(11).toByteArray());
    }
    return a;
}

const QString columns =
    QStringLiteral("id, patient_id, assessment_date, created_at, author, protocol, kb_id, kb_version, "
                   "kb_sha256, category");

} // namespace

Result<qint64> AssessmentRepository::add(const AssessmentRecord& a)
{
    Sql q(m_db, QStringLiteral(
                    "INSERT INTO assessments (patient_id, assessment_date, created_at, author, protocol, kb_id, "
                    "kb_version, kb_sha256, category, case_json, plan_json) VALUES (:p, :d, :c, :a, :pr, :ki, :kv, "
                    ":ks, :cat, :cj, :pj)"));
    q.bind(QStringLiteral(":p"), a.patientId)
        .bind(QStringLiteral(":d"), a.assessmentDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":c"), a.createdAt.toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":a"), a.author)
        .bind(QStringLiteral(":pr"), a.protocol)
        .bind(QStringLiteral(":ki"), a.kbId)
        .bind(QStringLiteral(":kv"), a.kbVersion)
        .bind(QStringLiteral(":ks"), a.kbSha256)
        .bind(QStringLiteral(":cat"), a.category)
        .bind(QStringLiteral(":cj"), QString::fromUtf8(a.caseJson))
        .bind(QStringLiteral(":pj"), qCompress(a.planJson, 9));
    const Status s = q.run(QStringLiteral("storing the assessment"));
    if (!s.ok())
        return s.problems();
    return q.lastId();
}

Result<QList<AssessmentRecord>> AssessmentRepository::forPatient(qint64 patientId, bool withJson)
{
    Sql q(m_db, QStringLiteral("SELECT %1%2 FROM assessments WHERE patient_id = :p ORDER BY id")
                    .arg(columns, withJson ? QStringLiteral(", case_json, plan_json") : QString()));
    q.bind(QStringLiteral(":p"), patientId);
    const Status s = q.run(QStringLiteral("reading assessments"));
    if (!s.ok())
        return s.problems();
    QList<AssessmentRecord> out;
    while (q.next())
        out << fromRow(q, withJson);
    return out;
}

Result<std::optional<AssessmentRecord>> AssessmentRepository::latest(qint64 patientId)
{
    Sql q(m_db, QStringLiteral("SELECT %1, case_json, plan_json FROM assessments WHERE patient_id = :p "
                               "ORDER BY id DESC LIMIT 1")
                    .arg(columns));
    q.bind(QStringLiteral(":p"), patientId);
    const Status s = q.run(QStringLiteral("reading the latest assessment"));
    if (!s.ok())
        return s.problems();
    if (!q.next())
        return std::optional<AssessmentRecord>();
    return std::optional<AssessmentRecord>(fromRow(q, true));
}

} // namespace netdesk
