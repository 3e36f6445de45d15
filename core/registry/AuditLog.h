#pragma once

#include "core/registry/Database.h"

#include <QDateTime>
#include <QJsonObject>

namespace netdesk {

// Append-only, hash-chained log of every change: each entry's hash covers its fields and the
// previous entry's hash, and audit_head holds the last id and hash, so an edited, inserted or
// deleted entry (the last included) breaks verification. Appends run inside the caller's write
// transaction.
class AuditLog final
{
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    // The entry's time is the system clock's (UTC), never the planning date a caller works with
    // (`--today`, an injected clock): the log says when a change was made.
    Status append(const QString& actor, const QString& action, const QString& entity, qint64 entityId,
                  const QJsonObject& before, const QJsonObject& after);

    // The operating-system account this process runs as (the actor of every entry on SQLite).
    static QString systemUser();
    // `systemUser()`, with a display name given by the user recorded beside it ("anna (as Dr. A.
    // Weber)"); the name must be one line of 1–100 characters without control characters.
    static Result<QString> actorWithDisplayName(const QString& displayName);

    // Empty problems: the chain is intact. Otherwise each problem names the entry.
    Result<qint64> verify();

    static QString hashOf(const QString& prevHash, qint64 id, const QString& at, const QString& actor,
                          const QString& action, const QString& entity, qint64 entityId, const QString& before,
                          const QString& after);

private:
    Database& m_db;
};

} // namespace netdesk
