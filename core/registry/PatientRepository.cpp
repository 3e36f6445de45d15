#include "core/registry/PatientRepository.h"

#include <QSqlRecord>

namespace netdesk {

namespace {

const QString columns =
    QStringLiteral("id, record_number, family_name, given_name, birth_date, sex, status, status_date, created_at");

PatientRecord fromRow(const Sql& q)
{
    PatientRecord p;
    p.id = q.value(0).toLongLong();
    p.recordNumber = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.sex = q.value(5).toString();
    p.status = q.value(6).toString();
    p.statusDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return p;
}

// The smallest string above every string that starts with `prefix`.
QString prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> PatientRepository::add(const PatientRecord& p)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO patients (record_number, family_name, given_name, family_key, given_key, "
                         "record_key, birth_date, sex, status, status_date, created_at) VALUES (:rn, :fn, :gn, :fk, "
                         ":gk, :rk, :bd, :sex, :st, :sd, :ca)"));
    q.bind(QStringLiteral(":rn"), p.recordNumber)
        .bind(QStringLiteral(":fn"), p.familyName)
        .bind(QStringLiteral(":gn"), p.givenName)
        .bind(QStringLiteral(":fk"), key(p.familyName))
        .bind(QStringLiteral(":gk"), key(p.givenName))
        .bind(QStringLiteral(":rk"), key(p.recordNumber))
        .bind(QStringLiteral(":bd"), dateOrNull(p.birthDate))
        .bind(QStringLiteral(":sex"), p.sex)
        .bind(QStringLiteral(":st"), p.status)
        .bind(QStringLiteral(":sd"), dateOrNull(p.statusDate))
        .bind(QStringLiteral(":ca"), p.createdAt.toString(Qt::ISODateWithMs));
    const Status s = q.run(QStringLiteral("adding patient %1").arg(p.recordNumber));
    if (!s.ok())
        return s.problems();
    return q.lastId();
}

Result<std::optional<PatientRecord>> PatientRepository::one(const QString& where, const QVariant& value)
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM patients WHERE %2 = :v").arg(columns, where));
    q.bind(QStringLiteral(":v"), value);
    const Status s = q.run(QStringLiteral("finding patient"));
    if (!s.ok())
        return s.problems();
    if (!q.next())
        return std::optional<PatientRecord>();
    return std::optional<PatientRecord>(fromRow(q));
}

Result<std::optional<PatientRecord>> PatientRepository::byRecordNumber(const QString& recordNumber)
{
    // Record numbers are one patient whatever their letter case ("base-1" is "BASE-1"): found by
    // the folded key (an index range), the exact spelling first where an older registry has both.
    Sql q(m_db, QStringLiteral("SELECT %1 FROM patients WHERE record_key = :k ORDER BY record_number = :exact DESC, "
                               "id LIMIT 1")
                    .arg(columns));
    q.bind(QStringLiteral(":k"), key(recordNumber)).bind(QStringLiteral(":exact"), recordNumber);
    const Status s = q.run(QStringLiteral("finding patient"));
    if (!s.ok())
        return s.problems();
    if (!q.next())
        return std::optional<PatientRecord>();
    return std::optional<PatientRecord>(fromRow(q));
}

Result<std::optional<PatientRecord>> PatientRepository::byId(qint64 id)
{
    return one(QStringLiteral("id"), id);
}

Result<Page<PatientRecord>> PatientRepository::search(const QString& text, int limit)
{
    // Matches are listed family-name matches first (by family, given name), then given-name matches,
    // then record-number matches. Each branch is a range on its own covering index, so counting and
    // paging stay fast however short the prefix; a patient matching two branches is listed once.
    const QStringList words = key(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Branch
    {
        QString where;
        QString order;
    };
    QList<Branch> branches;
    // The total as signed counts, each a range on one covering index: the record-number branch is
    // counted as all record matches less those already counted by name (cheaper than filtering).
    // Each count is one range scan ("where", which decides the index) that sums signed expressions,
    // so that the overlap terms never steer SQLite onto another, larger range.
    struct Count
    {
        QString where;
        QList<std::pair<int, QString>> terms; // sign, expression counted
    };
    QList<Count> counts;
    const auto when = [](const QString& condition) {
        return QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
    };
    QList<std::pair<QString, QString>> binds;
    const QString family = QStringLiteral("(family_key >= :a AND family_key < :b)");
    const QString given = QStringLiteral("(given_key >= :a AND given_key < :b)");
    const QString record = QStringLiteral("(record_key >= :a AND record_key < :b)");
    if (words.isEmpty()) {
        branches << Branch{QStringLiteral("1 = 1"), QStringLiteral("family_key, given_key, id")};
        counts << Count{QStringLiteral("1 = 1"), {{1, QStringLiteral("COUNT(*)")}}};
    } else if (words.size() == 1) {
        binds = {{QStringLiteral(":a"), words.at(0)}, {QStringLiteral(":b"), prefixEnd(words.at(0))}};
        branches << Branch{family, QStringLiteral("family_key, given_key, id")}
                 << Branch{given + QStringLiteral(" AND NOT ") + family, QStringLiteral("given_key, family_key, id")}
                 << Branch{record + QStringLiteral(" AND NOT ") + family + QStringLiteral(" AND NOT ") + given,
                           QStringLiteral("record_key, id")};
        counts << Count{family, {{1, QStringLiteral("COUNT(*)")}, {-1, when(record)}}}
               << Count{given,
                        {{1, when(QStringLiteral("NOT ") + family)},
                         {-1, when(QStringLiteral("NOT ") + family + QStringLiteral(" AND ") + record)}}}
               << Count{record, {{1, QStringLiteral("COUNT(*)")}}};
    } else {
        binds = {{QStringLiteral(":a"), words.at(0)},
                 {QStringLiteral(":b"), prefixEnd(words.at(0))},
                 {QStringLiteral(":c"), words.at(1)},
                 {QStringLiteral(":d"), prefixEnd(words.at(1))}};
        const QString familyGiven =
            QStringLiteral("(family_key >= :a AND family_key < :b AND given_key >= :c AND given_key < :d)");
        const QString givenFamily =
            QStringLiteral("(given_key >= :a AND given_key < :b AND family_key >= :c AND family_key < :d)");
        branches << Branch{familyGiven, QStringLiteral("family_key, given_key, id")}
                 << Branch{givenFamily + QStringLiteral(" AND NOT ") + familyGiven,
                           QStringLiteral("given_key, family_key, id")};
        for (const Branch& b : branches)
            counts << Count{b.where, {{1, QStringLiteral("COUNT(*)")}}};
    }
    Page<PatientRecord> page;
    const Status s = m_db.read([&]() -> Status {
        for (const Count& c : counts) {
            QStringList expressions;
            for (const auto& term : c.terms)
                expressions << term.second;
            Sql count(m_db, QStringLiteral("SELECT %1 FROM patients WHERE %2")
                                .arg(expressions.join(QStringLiteral(", ")), c.where));
            for (const auto& [name, value] : binds)
                count.bind(name, value);
            const Status st = count.run(QStringLiteral("counting patients"));
            if (!st.ok())
                return st;
            if (count.next()) {
                for (int i = 0; i < c.terms.size(); ++i)
                    page.total += c.terms.at(i).first * count.value(i).toLongLong();
            }
        }
        for (const Branch& b : branches) {
            const qsizetype wanted = limit - page.rows.size();
            if (wanted <= 0)
                continue;
            Sql q(m_db, QStringLiteral("SELECT %1 FROM patients WHERE %2 ORDER BY %3 LIMIT :limit")
                            .arg(columns, b.where, b.order));
            for (const auto& [name, value] : binds)
                q.bind(name, value);
            q.bind(QStringLiteral(":limit"), static_cast<qint64>(wanted));
            const Status st = q.run(QStringLiteral("searching patients"));
            if (!st.ok())
                return st;
            while (q.next())
                page.rows << fromRow(q);
        }
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return page;
}

Status PatientRepository::setStatus(qint64 id, const QString& status, const QDate& date)
{
    Sql q(m_db, QStringLiteral("UPDATE patients SET status = :st, status_date = :sd WHERE id = :id"));
    q.bind(QStringLiteral(":st"), status).bind(QStringLiteral(":sd"), dateOrNull(date)).bind(QStringLiteral(":id"), id);
    return q.run(QStringLiteral("changing the patient's status"));
}

Status PatientRepository::setIdentity(const PatientRecord& p)
{
    Sql q(m_db, QStringLiteral("UPDATE patients SET family_name = :fn, given_name = :gn, family_key = :fk, "
                               "given_key = :gk, birth_date = :bd, sex = :sex WHERE id = :id"));
    q.bind(QStringLiteral(":fn"), p.familyName)
        .bind(QStringLiteral(":gn"), p.givenName)
        .bind(QStringLiteral(":fk"), key(p.familyName))
        .bind(QStringLiteral(":gk"), key(p.givenName))
        .bind(QStringLiteral(":bd"), dateOrNull(p.birthDate))
        .bind(QStringLiteral(":sex"), p.sex)
        .bind(QStringLiteral(":id"), p.id);
    return q.run(QStringLiteral("correcting the identity of %1").arg(p.recordNumber));
}

} // namespace netdesk
