#include "core/registry/KbImpact.h"

#include "core/guideline/Engine.h"
#include "core/interop/PlanJson.h"
#include "core/model/CaseReader.h"
#include "core/registry/Database.h"
#include "core/registry/Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <thread>

namespace netdesk {

namespace {

// `key` -> the entry's object, for the entries of a plan list.
QMap<QString, QJsonObject> byKey(const QJsonArray& entries, const std::function<QString(const QJsonObject&)>& key)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue& v : entries) {
        const QJsonObject o = v.toObject();
        out.insert(key(o), o);
    }
    return out;
}

void compareLists(const QString& what, const QJsonArray& before, const QJsonArray& after,
                  const std::function<QString(const QJsonObject&)>& key, const QStringList& attributes,
                  QList<PlanChange>& out)
{
    const auto b = byKey(before, key);
    const auto a = byKey(after, key);
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key())) {
            out << PlanChange{what, it.key(), QStringLiteral("removed"),
                              attributes.isEmpty() ? QString() : it.value().value(attributes.first()).toString(),
                              {}, it.value().value(QStringLiteral("message")).toString()};
            continue;
        }
        const QJsonObject& now = a.value(it.key());
        for (const QString& attribute : attributes) {
            const QJsonValue was = it.value().value(attribute);
            const QJsonValue is = now.value(attribute);
            if (was != is)
                out << PlanChange{what, it.key(), attribute,
                                  was.isDouble() ? QString::number(was.toDouble()) : was.toString(),
                                  is.isDouble() ? QString::number(is.toDouble()) : is.toString(),
                                  now.value(QStringLiteral("message")).toString()};
        }
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            out << PlanChange{what, it.key(), QStringLiteral("added"), {},
                              attributes.isEmpty() ? QString() : it.value().value(attributes.first()).toString(),
                              it.value().value(QStringLiteral("message")).toString()};
    }
}

QString followUpKey(const QJsonObject& item)
{
    QStringList parts;
    for (const char* list : {"tests", "modalities"}) {
        for (const QJsonValue& v : item.value(QLatin1String(list)).toArray())
            parts << v.toString();
    }
    return item.value(QStringLiteral("kind")).toString() + u' ' + parts.join(u'+');
}

struct Row
{
    PatientImpact patient;
    QString protocol;
    QByteArray storedPlan; // compressed
};

// Plans one row with the new knowledge base and fills its changes; an error for a case the new
// version cannot plan.
QString assessRow(Row& row, const Engine& engine)
{
    const QByteArray planJson = qUncompress(row.storedPlan);
    const QJsonObject before = QJsonDocument::fromJson(planJson).object();
    const auto c = CaseReader::read(row.patient.caseJson.toUtf8(), {row.patient.assessmentDate, {}});
    if (!c.ok())
        return c.messages().join(QStringLiteral("; "));
    PlanOptions options;
    options.protocol = row.protocol;
    options.language = before.value(QStringLiteral("language")).toString();
    auto plan = engine.plan(c.value(), options);
    if (!plan.ok()) {
        options.language.clear(); // a language the new version lacks: the codes compare all the same
        plan = engine.plan(c.value(), options);
    }
    if (!plan.ok())
        return plan.messages().join(QStringLiteral("; "));
    row.patient.changes = comparePlans(before, planToJsonObject(plan.value()));
    return {};
}

} // namespace

QList<PlanChange> comparePlans(const QJsonObject& before, const QJsonObject& after)
{
    QList<PlanChange> out;
    const auto therapy = [](const QJsonObject& o) { return o.value(QStringLiteral("therapy")).toString(); };
    compareLists(QStringLiteral("recommendation"), before.value(QStringLiteral("recommendations")).toArray(),
                 after.value(QStringLiteral("recommendations")).toArray(), therapy,
                 {QStringLiteral("strength"), QStringLiteral("role")}, out);
    compareLists(QStringLiteral("avoid"), before.value(QStringLiteral("avoid")).toArray(),
                 after.value(QStringLiteral("avoid")).toArray(), therapy, {QStringLiteral("severity")}, out);
    compareLists(
        QStringLiteral("warning"), before.value(QStringLiteral("warnings")).toArray(),
        after.value(QStringLiteral("warnings")).toArray(),
        [](const QJsonObject& o) { return o.value(QStringLiteral("code")).toString(); }, {QStringLiteral("severity")},
        out);
    compareLists(QStringLiteral("followUp"),
                 before.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("items")).toArray(),
                 after.value(QStringLiteral("followUp")).toObject().value(QStringLiteral("items")).toArray(),
                 followUpKey, {QStringLiteral("intervalMonths")}, out);
    return out;
}

Result<ImpactReport> kbImpact(Database& db, const KnowledgeBasePtr& newKb,
                              const std::function<void(qint64, qint64)>& progress)
{
    ImpactReport report;
    report.toVersion = newKb->version;
    const Engine engine(newKb);
    QSet<QString> fromVersions;
    qint64 total = 0;
    {
        Sql count(db, QStringLiteral("SELECT COUNT(*) FROM patients p WHERE p.status = 'active' AND EXISTS (SELECT 1 "
                                     "FROM assessments a WHERE a.patient_id = p.id)"));
        const Status s = count.run(QStringLiteral("counting the patients to re-plan"));
        if (!s.ok())
            return s.problems();
        total = count.next() ? count.value(0).toLongLong() : 0;
    }
    if (progress)
        progress(0, total);
    // Keyset batches by patient id: memory stays bounded on a 100,000-patient registry.
    constexpr int batchSize = 2000;
    qint64 lastId = 0;
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    for (;;) {
        QList<Row> rows;
        qint64 batchLast = lastId;
        Sql q(db, QStringLiteral(
                      "SELECT p.id, p.record_number, p.family_name, p.given_name, a.id, a.assessment_date, a.protocol, "
                      "a.kb_version, a.case_json, a.plan_json FROM patients p JOIN assessments a ON a.id = (SELECT "
                      "MAX(x.id) FROM assessments x WHERE x.patient_id = p.id) WHERE p.status = 'active' AND p.id > "
                      ":last ORDER BY p.id LIMIT :n"));
        q.bind(QStringLiteral(":last"), lastId).bind(QStringLiteral(":n"), batchSize);
        const Status s = q.run(QStringLiteral("reading the latest assessments"));
        if (!s.ok())
            return s.problems();
        while (q.next()) {
            Row row;
            batchLast = q.value(0).toLongLong();
            row.patient.recordNumber = q.value(1).toString();
            row.patient.familyName = q.value(2).toString();
            row.patient.givenName = q.value(3).toString();
            row.patient.assessmentId = q.value(4).toLongLong();
            row.patient.assessmentDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            row.protocol = q.value(6).toString();
            fromVersions.insert(q.value(7).toString());
            row.patient.caseJson = q.value(8).toString();
            row.storedPlan = q.value(9).toByteArray();
            rows << std::move(row);
        }
        if (rows.isEmpty())
            break;
        lastId = batchLast;
        // Plan the batch on every core: each worker takes every n-th row (the knowledge base is
        // shared read-only; each row is written by one worker only).
        QList<QString> errors(rows.size());
        Row* const rowData = rows.data(); // detached once here, never from the workers
        QString* const errorData = errors.data();
        const qsizetype n = rows.size();
        std::vector<std::thread> threads;
        for (unsigned w = 0; w < workers; ++w) {
            threads.emplace_back([&, w] {
                for (qsizetype i = w; i < n; i += workers)
                    errorData[i] = assessRow(rowData[i], engine);
            });
        }
        for (std::thread& t : threads)
            t.join();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ++report.patients;
            if (!errors.at(i).isEmpty()) {
                report.unplannable << rows.at(i).patient.recordNumber + QStringLiteral(": ") + errors.at(i);
                continue;
            }
            if (rows.at(i).patient.changes.isEmpty())
                continue;
            ++report.changedPatients;
            for (const PlanChange& c : rows.at(i).patient.changes)
                ++report.changesByKind[c.what + u' ' + c.change];
            report.changed << rows.at(i).patient;
        }
        if (progress)
            progress(report.patients, total);
    }
    std::sort(report.changed.begin(), report.changed.end(), [](const PatientImpact& a, const PatientImpact& b) {
        const int family = QString::compare(a.familyName, b.familyName, Qt::CaseInsensitive);
        if (family != 0)
            return family < 0;
        const int given = QString::compare(a.givenName, b.givenName, Qt::CaseInsensitive);
        return given != 0 ? given < 0 : a.recordNumber < b.recordNumber;
    });
    QStringList versions(fromVersions.cbegin(), fromVersions.cend());
    versions.sort();
    report.fromVersion = versions.join(QStringLiteral(", "));
    return report;
}

Result<AssessOutcome> reassessWith(Registry& registry, const KnowledgeBasePtr& newKb, const PatientImpact& patient)
{
    Registry withNew(registry.database(), registry.clock(), registry.actor(), newKb);
    QJsonObject c = QJsonDocument::fromJson(patient.caseJson.toUtf8()).object();
    c.insert(QStringLiteral("assessmentDate"), registry.clock().today().toString(Qt::ISODate));
    return withNew.assess(patient.recordNumber, QJsonDocument(c).toJson(QJsonDocument::Compact));
}

} // namespace netdesk
