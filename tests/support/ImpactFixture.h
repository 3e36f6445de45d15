#pragma once

// For the knowledge-base impact tests: the embedded knowledge base without one warning, written to a
// file under another version label, and the oracle that does not use the comparison under test (the
// record numbers whose stored latest plan carries that warning).
#include "core/registry/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QString>

namespace netdesk::test {

inline QString writeKbWithoutWarning(const QString& path, const QString& code, const QString& versionSuffix)
{
    QFile file(QStringLiteral(":/knowledge/netdesk-kb.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject kb = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray warnings;
    for (const QJsonValue& w : kb.value(QStringLiteral("warnings")).toArray())
        if (w.toObject().value(QStringLiteral("code")).toString() != code)
            warnings.append(w);
    if (warnings.size() == kb.value(QStringLiteral("warnings")).toArray().size())
        return {}; // the warning is not there: the fixture would prove nothing
    kb.insert(QStringLiteral("warnings"), warnings);
    kb.insert(QStringLiteral("version"), QString(kb.value(QStringLiteral("version")).toString() + versionSuffix));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(kb).toJson()) <= 0)
        return {};
    return path;
}

inline QSet<QString> recordsWithStoredWarning(Database& db, const QString& code)
{
    QSet<QString> records;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT p.record_number, a.plan_json FROM patients p JOIN assessments a ON a.id = (SELECT "
                          "MAX(id) FROM assessments WHERE patient_id = p.id) WHERE p.status = 'active'"));
    while (q.next()) {
        const QJsonObject plan = QJsonDocument::fromJson(qUncompress(q.value(1).toByteArray())).object();
        for (const QJsonValue& w : plan.value(QStringLiteral("warnings")).toArray())
            if (w.toObject().value(QStringLiteral("code")).toString() == code)
                records.insert(q.value(0).toString());
    }
    return records;
}

} // namespace netdesk::test
