#include "core/registry/Database.h"

#include "core/io/SecureFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

namespace netdesk {

namespace {

std::atomic<int> connectionCounter{0};

bool isBusy(const QSqlError& error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), as the driver reports them.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

constexpr int busyTimeoutMs = 5000;
constexpr int busyRetries = 6;

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/netdesk/registry.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QList<Migration>& migrations,
                                                RegistryFileUse use)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Problems{
            failure(QStringLiteral("registry"), QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed; "
                                                               "install libqt6sql6-sqlite"))};
    // Judged from its bytes first: SQLite would take an empty or cut file for a new database.
    if (const Problems wrong = inspectRegistryFile(path, use); !wrong.isEmpty())
        return wrong;
    const QFileInfo info(path);
    if (const Problems folder = makeConfidentialFolder(info.absolutePath()); !folder.isEmpty())
        return folder;
    if (!info.exists()) {
        // Created owner-only (never through a link) before SQLite touches it; its journal files
        // inherit the mode.
        if (const Problems created = createConfidentialFile(path); !created.isEmpty())
            return created;
    } else if (info.size() == 0) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // becomes a registry now
    }

    const QString name = QStringLiteral("netdesk-registry-%1").arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db->m_db.open())
        return Problems{diagnoseRegistryFailure(
            path, db->m_db.lastError().text(),
            QStringLiteral("cannot open the registry (%1)").arg(db->m_db.lastError().text()))};

    // A 64 MiB page cache keeps lists fast on a large registry (no memory mapping: see the pragmas).
    {
        // Refuse anything that is not a registry before changing it in any way (WAL, tables).
        QSqlQuery q(db->m_db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*), SUM(name = 'schema_version') FROM sqlite_master")) || !q.next())
            return Problems{diagnoseRegistryFailure(
                path, q.lastError().text(),
                QStringLiteral("is not a NETDesk registry (not an SQLite database: %1)").arg(q.lastError().text()))};
        if (q.value(0).toInt() > 0 && q.value(1).toInt() == 0)
            return Problems{failure(
                path, QStringLiteral("is not a NETDesk registry (it holds other tables); nothing was changed"))};
    }
    // No memory mapping: with a mapped file the first query after boot made the kernel read the
    // whole registry (1.7 GB for 100,000 patients: 2.9 s to the first window instead of 0.1 s).
    for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-65536",
                               "PRAGMA mmap_size=0"}) {
        const Status s = db->exec(QString::fromLatin1(pragma));
        if (!s.ok())
            return s.problems();
    }
    QSqlQuery wal(db->m_db);
    bool walOk = false;
    for (int attempt = 0; attempt < busyRetries && !walOk; ++attempt) {
        walOk = wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && wal.next() &&
                wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!walOk)
            QThread::msleep(50);
    }
    wal.finish();
    if (!walOk)
        return Problems{diagnoseRegistryFailure(
            path, wal.lastError().text(),
            QStringLiteral("cannot switch the registry to WAL mode (%1)").arg(wal.lastError().text()))};

    const Status migrated = db->migrate(migrations);
    if (!migrated.ok())
        return migrated.problems();
    return db;
}

Status Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Problems{failure(QStringLiteral("registry"),
                                QStringLiteral("%1 failed: %2").arg(sql.left(80), q.lastError().text()))};
    return Done{};
}

Status Database::begin(const char* statement)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db);
        if (q.exec(QString::fromLatin1(statement)))
            return Done{};
        if (!isBusy(q.lastError()) || attempt + 1 >= busyRetries)
            return Problems{
                failure(QStringLiteral("registry"),
                        isBusy(q.lastError())
                            ? QStringLiteral("the registry is busy: another NETDesk has been writing for over %1 s; "
                                             "nothing was changed, try again")
                                  .arg(busyTimeoutMs * busyRetries / 1000)
                            : QStringLiteral("cannot start a transaction (%1)").arg(q.lastError().text()))};
    }
}

Status Database::write(const std::function<Status()>& work)
{
    if (m_inTransaction) // joins the transaction already open on this connection
        return work();
    const Status started = begin("BEGIN IMMEDIATE");
    if (!started.ok())
        return started;
    m_inTransaction = true;
    const Status result = work();
    m_inTransaction = false;
    if (!result.ok()) {
        exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT")))
            return result;
        if (!isBusy(q.lastError()) || attempt + 1 >= busyRetries) {
            const QString error = q.lastError().text();
            exec(QStringLiteral("ROLLBACK"));
            return Problems{failure(QStringLiteral("registry"),
                                    QStringLiteral("cannot commit (%1); nothing was changed").arg(error))};
        }
    }
}

Status Database::read(const std::function<Status()>& work)
{
    if (m_inTransaction)
        return work();
    const Status started = begin("BEGIN");
    if (!started.ok())
        return started;
    m_inTransaction = true;
    const Status result = work();
    m_inTransaction = false;
    exec(QStringLiteral("COMMIT"));
    return result;
}

Status Database::migrate(const QList<Migration>& migrations)
{
    const int newest = migrations.isEmpty() ? 0 : migrations.back().version;
    {
        // The common case, an up-to-date registry, takes no lock: readers never wait for a writer.
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next() && q.value(0).toInt() == newest) {
            m_version = newest;
            return Done{};
        }
    }
    Status ensured = write([&]() -> Status {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
            return Problems{failure(QStringLiteral("registry"), q.lastError().text())};
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
            return Problems{failure(QStringLiteral("registry"), q.lastError().text())};
        if (q.next()) {
            m_version = q.value(0).toInt();
        } else {
            m_version = 0;
            if (!q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")))
                return Problems{failure(QStringLiteral("registry"), q.lastError().text())};
        }
        return Done{};
    });
    if (!ensured.ok())
        return ensured;
    if (m_version > newest)
        return Problems{
            failure(m_path, QStringLiteral("the registry has schema version %1, newer than this NETDesk knows (%2); "
                                           "use a newer NETDesk")
                                .arg(m_version)
                                .arg(newest))};
    for (const Migration& m : migrations) {
        if (m.version <= m_version)
            continue;
        const Status applied = write([&]() -> Status {
            // Re-read inside the transaction: another process may have migrated meanwhile.
            QSqlQuery check(m_db);
            const bool done = check.exec(QStringLiteral("SELECT version FROM schema_version")) && check.next() &&
                              check.value(0).toInt() >= m.version;
            check.finish(); // an open statement would keep a migration from dropping a table
            if (done)
                return Done{};
            for (const QString& statement : m.statements) {
                QSqlQuery q(m_db);
                if (!q.exec(statement))
                    return Problems{failure(QStringLiteral("registry"),
                                            QStringLiteral("migration to schema version %1 failed at "
                                                           "'%2': %3")
                                                .arg(m.version)
                                                .arg(statement.simplified().left(80), q.lastError().text()))};
            }
            QSqlQuery v(m_db);
            v.prepare(QStringLiteral("UPDATE schema_version SET version = :v"));
            v.bindValue(QStringLiteral(":v"), m.version);
            if (!v.exec())
                return Problems{failure(QStringLiteral("registry"), v.lastError().text())};
            return Done{};
        });
        if (!applied.ok())
            return applied;
        m_version = m.version;
    }
    return Done{};
}

QSqlQuery& Database::prepared(const QString& sql, bool& ok)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        ok = q->prepare(sql);
        if (!ok) // kept under another key so that the failure is reported each time
            return *m_statements.insert_or_assign(sql + QStringLiteral("\n-- failed"), std::move(q)).first->second;
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    ok = true;
    return *it->second;
}

Sql::Sql(Database& db, const QString& statement)
{
    m_query = &db.prepared(statement, m_prepared);
}

Sql::~Sql()
{
    // Release the statement's cursor so that no read snapshot outlives the call.
    m_query->finish();
}

Sql& Sql::bind(const QString& name, const QVariant& value)
{
    m_query->bindValue(name, value);
    return *this;
}

Status Sql::run(const QString& what)
{
    if (!m_prepared || !m_query->exec())
        return Problems{failure(QStringLiteral("registry"),
                                QStringLiteral("%1 failed: %2").arg(what, m_query->lastError().text()))};
    return Done{};
}

bool Sql::next()
{
    return m_query->next();
}
QVariant Sql::value(int column) const
{
    return m_query->value(column);
}
QVariant Sql::value(const QString& name) const
{
    return m_query->value(name);
}
qint64 Sql::lastId() const
{
    return m_query->lastInsertId().toLongLong();
}
int Sql::rowsAffected() const
{
    return m_query->numRowsAffected();
}

} // namespace netdesk
