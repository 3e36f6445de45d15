#include "core/registry/KbImpact.h"

#include "core/guideline/Engine.h"
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

// The parts of a new plan that comparePlans looks at, without writing its texts (the plan JSON
// writer would be most of the time of a 100,000-patient run).
QJsonObject comparedParts(const Plan& plan)
{
    QJsonArray recommendations;
    for (const PlanRecommendation& r : plan.recommendations)
        recommendations.append(QJsonObject{{QStringLiteral("therapy"), r.therapy},
                                           {QStringLiteral("strength"), r.strength},
                                           {QStringLiteral("role"), r.role}});
    QJsonArray avoid;
    for (const PlanAvoid& a : plan.avoid)
        avoid.append(QJsonObject{{QStringLiteral("therapy"), a.therapy}, {QStringLiteral("severity"), a.severity}});
    QJsonArray warnings;
    for (const PlanWarning& w : plan.warnings)
        warnings.append(QJsonObject{{QStringLiteral("code"), w.code},
                                    {QStringLiteral("severity"), w.severity},
                                    {QStringLiteral("message"), w.message}});
    QJsonArray items;
    for (const PlanFollowUpItem& f : plan.followUp) {
        QJsonObject item{{QStringLiteral("kind"), f.kind}, {QStringLiteral("intervalMonths"), f.intervalMonths}};
        if (!f.tests.isEmpty())
            item.insert(QStringLiteral("tests"), QJsonArray::fromStringList(f.tests));
        if (!f.modalities.isEmpty())
            item.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(f.modalities));
        items.append(item);
    }
    return {{QStringLiteral("recommendations"), recommendations},
            {QStringLiteral("avoid"), avoid},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("followUp"), QJsonObject{{QStringLiteral("items"), items}}}};
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
    row.patient.changes = comparePlans(before, comparedParts(plan.value()));
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
    // Keyset batches by patient id: memory stays bounded on a 100,000-patient registry. The next batch
    // is read (on this thread, which owns the connection) while the workers plan the current one.
    constexpr int batchSize = 2000;
    qint64 lastId = 0;
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    const auto readBatch = [&](QList<Row>& rows) -> Status {
        Sql q(db, QStringLiteral(
                      "SELECT p.id, p.record_number, p.family_name, p.given_name, a.id, a.assessment_date, a.protocol, "
                      "a.kb_version, a.case_json, a.plan_json FROM patients p JOIN assessments a ON a.id = (SELECT "
                      "MAX(x.id) FROM assessments x WHERE x.patient_id = p.id) WHERE p.status = 'active' AND p.id > "
                      ":last ORDER BY p.id LIMIT :n"));
        q.bind(QStringLiteral(":last"), lastId).bind(QStringLiteral(":n"), batchSize);
        const Status s = q.run(QStringLiteral("reading the latest assessments"));
        if (!s.ok())
            return s;
        while (q.next()) {
            Row row;
            lastId = q.value(0).toLongLong();
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
        return Done{};
    };
    QList<Row> rows;
    Status st = readBatch(rows);
    if (!st.ok())
        return st.problems();
    while (!rows.isEmpty()) {
        // Each worker takes every n-th row (the knowledge base is shared read-only; each row and
        // its error slot are written by one worker only; the lists are detached before).
        QList<QString> errors(rows.size());
        Row* const rowData = rows.data();
        QString* const errorData = errors.data();
        const qsizetype n = rows.size();
        std::vector<std::thread> threads;
        for (unsigned w = 0; w < workers; ++w) {
            threads.emplace_back([&, w] {
                for (qsizetype i = w; i < n; i += workers)
                    errorData[i] = assessRow(rowData[i], engine);
            });
        }
        QList<Row> next;
        st = readBatch(next);
        for (std::thread& t : threads)
            t.join();
        if (!st.ok())
            return st.problems();
        for (qsizetype i = 0; i < n; ++i) {
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
        rows = std::move(next);
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
