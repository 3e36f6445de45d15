#include "core/registry/AuditLog.h"

#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QJsonDocument>

namespace netdesk {

namespace {

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditLog::hashOf(const QString& prevHash, qint64 id, const QString& at, const QString& actor,
                         const QString& action, const QString& entity, qint64 entityId, const QString& before,
                         const QString& after)
{
    // Fields are length-prefixed so that no two different entries serialise alike.
    QByteArray data;
    for (const QString& field :
         {prevHash, QString::number(id), at, actor, action, entity, QString::number(entityId), before, after}) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8 + '|';
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString AuditLog::systemUser()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw && pw->pw_name && *pw->pw_name ? QString::fromLocal8Bit(pw->pw_name)
                                             : QStringLiteral("uid %1").arg(::geteuid());
}

Result<QString> AuditLog::actorWithDisplayName(const QString& displayName)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f-\\x9f\\x{2028}\\x{2029}"
                                                           "\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"));
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 100 || name.contains(control))
        return Problems{{QStringLiteral("author"),
                         QStringLiteral("\"%1\" is not allowed; allowed: a display name of one line, 1–100 "
                                        "characters, no control characters (it is recorded beside the account %2)")
                             .arg(QString(displayName.left(40)).remove(control), systemUser())}};
    return QString(systemUser() + QStringLiteral(" (as ") + name + u')');
}

Status AuditLog::append(const QString& actor, const QString& action, const QString& entity, qint64 entityId,
                        const QJsonObject& before, const QJsonObject& after)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Sql head(m_db, QStringLiteral("SELECT last_id, last_hash FROM audit_head"));
    Status s = head.run(QStringLiteral("reading the audit head"));
    if (!s.ok())
        return s;
    if (!head.next())
        return Problems{failure(QStringLiteral("audit"), QStringLiteral("the audit head is missing"))};
    const qint64 id = head.value(0).toLongLong() + 1;
    const QString prev = head.value(1).toString();
    const QString atText = at.toString(Qt::ISODateWithMs);
    const QString beforeText = compact(before);
    const QString afterText = compact(after);
    const QString hash = hashOf(prev, id, atText, actor, action, entity, entityId, beforeText, afterText);
    Sql insert(m_db, QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                                    "before_json, after_json, prev_hash, hash) VALUES (:id, :at, :actor, "
                                    ":action, :entity, :eid, :before, :after, :prev, :hash)"));
    insert.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":at"), atText)
        .bind(QStringLiteral(":actor"), actor)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":eid"), entityId)
        .bind(QStringLiteral(":before"), beforeText.isEmpty() ? QVariant() : QVariant(beforeText))
        .bind(QStringLiteral(":after"), afterText.isEmpty() ? QVariant() : QVariant(afterText))
        .bind(QStringLiteral(":prev"), prev)
        .bind(QStringLiteral(":hash"), hash);
    s = insert.run(QStringLiteral("writing the audit log"));
    if (!s.ok())
        return s;
    Sql update(m_db, QStringLiteral("UPDATE audit_head SET last_id = :id, last_hash = :hash"));
    update.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":hash"), hash);
    return update.run(QStringLiteral("moving the audit head"));
}

Result<qint64> AuditLog::verify()
{
    Problems problems;
    Sql q(m_db, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, "
                               "prev_hash, hash FROM audit_log ORDER BY id"));
    Status s = q.run(QStringLiteral("reading the audit log"));
    if (!s.ok())
        return s.problems();
    qint64 expectedId = 1;
    QString prev;
    qint64 count = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString where = QStringLiteral("audit entry %1").arg(id);
        if (id != expectedId)
            problems.append({where, QStringLiteral("entries %1 to %2 are missing").arg(expectedId).arg(id - 1)});
        if (q.value(8).toString() != prev)
            problems.append({where, QStringLiteral("does not link to the entry before it (previous hash differs)")});
        const QString hash =
            hashOf(q.value(8).toString(), id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString());
        if (hash != q.value(9).toString())
            problems.append({where, QStringLiteral("was changed after it was written (hash differs)")});
        prev = q.value(9).toString();
        expectedId = id + 1;
        ++count;
    }
    Sql head(m_db, QStringLiteral("SELECT last_id, last_hash FROM audit_head"));
    s = head.run(QStringLiteral("reading the audit head"));
    if (!s.ok())
        return s.problems();
    if (!head.next())
        problems.append({QStringLiteral("audit head"), QStringLiteral("is missing")});
    else if (head.value(0).toLongLong() != expectedId - 1 || head.value(1).toString() != prev)
        problems.append(
            {QStringLiteral("audit head"), QStringLiteral("records entry %1 but the log ends at entry %2: entries "
                                                          "were deleted or added outside NETDesk")
                                               .arg(head.value(0).toLongLong())
                                               .arg(expectedId - 1)});
    Sql triggers(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                      "('audit_log_no_update', 'audit_log_no_delete')"));
    if (triggers.run(QStringLiteral("reading triggers")).ok() && triggers.next() && triggers.value(0).toInt() != 2)
        problems.append({QStringLiteral("audit log"), QStringLiteral("its append-only triggers were removed")});
    if (!problems.isEmpty())
        return problems;
    return count;
}

} // namespace netdesk
