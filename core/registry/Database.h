#pragma once

#include "core/Result.h"
#include "core/registry/RegistryFile.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace netdesk {

struct Done
{
};

using Status = Result<Done>;

// One ordered schema migration: the statements that bring version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// The registry's SQLite file: opened or created with owner-only permissions, WAL, foreign keys,
// synchronous=FULL and a busy timeout; migrated to the current schema, each migration in one
// transaction. One connection per object (Qt SQL connections are per thread).
class Database final
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens `path` and migrates it with `migrations` (default: the schema). With MayBeNew a missing
    // or empty file becomes a new registry (0600, in a 0700 folder when the folder is made); with
    // Existing it is refused. Either way a file that is not an intact SQLite file is refused, with
    // the reason, before SQLite touches it.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QList<Migration>& migrations = schema(),
                                                  RegistryFileUse use = RegistryFileUse::MayBeNew);
    static Result<std::unique_ptr<Database>> openExisting(const QString& path)
    {
        return open(path, schema(), RegistryFileUse::Existing);
    }

    static QList<Migration> schema();
    static int currentVersion();
    // The user's application data folder: .../netdesk/registry.sqlite
    static QString defaultPath();

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    int version() const { return m_version; }

    // Runs `work` in one write transaction (BEGIN IMMEDIATE, so writers queue instead of failing
    // half-way); commits when it returns ok, rolls back otherwise. A registry busy with another
    // writer is waited for (busy timeout, then a few retries) before an error is returned.
    Status write(const std::function<Status()>& work);
    // A consistent read of several statements.
    Status read(const std::function<Status()>& work);

    // Runs one statement that returns no rows (pragmas, DDL); problems name it.
    Status exec(const QString& sql);

    // The prepared statement for `sql`, prepared once per connection and reused.
    QSqlQuery& prepared(const QString& sql, bool& ok);

private:
    Database(QString path, QString connectionName);
    Status migrate(const QList<Migration>& migrations);
    Status begin(const char* statement);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_version = 0;
    bool m_inTransaction = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// Runs `work` in one write transaction of `db` and passes its value or its problems on.
template <typename T> Result<T> inWrite(Database& db, const std::function<Result<T>()>& work)
{
    std::optional<T> out;
    const Status s = db.write([&]() -> Status {
        auto r = work();
        if (!r.ok())
            return r.problems();
        out = std::move(r).value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return std::move(*out);
}

// A prepared statement with named values; problems carry the SQL error and what was being done.
class Sql final
{
public:
    Sql(Database& db, const QString& statement);
    Sql& bind(const QString& name, const QVariant& value);
    Status run(const QString& what);
    bool next();
    QVariant value(int column) const;
    QVariant value(const QString& name) const;
    qint64 lastId() const;
    int rowsAffected() const;

    ~Sql();
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;

private:
    QSqlQuery* m_query = nullptr;
    bool m_prepared = false;
};

} // namespace netdesk
