#include "core/model/CaseDraft.h"

#include "core/model/CaseReader.h"

#include <QJsonDocument>

namespace netdesk {

CaseDraft::CaseDraft(const QDate& today, const QJsonObject& start, QObject* parent)
    : QObject(parent)
    , m_today(today)
    , m_case(start)
{
    m_case.insert(QStringLiteral("schema"), QString::fromLatin1(CaseReader::schemaId));
    if (!m_case.contains(QStringLiteral("assessmentDate")))
        m_case.insert(QStringLiteral("assessmentDate"), today.toString(Qt::ISODate));
    validate();
}

void CaseDraft::setPrefilled(const QMap<QString, QString>& notes)
{
    m_prefilled = notes;
    emit changed();
}

void CaseDraft::addPrefilled(const QString& field, const QString& note)
{
    m_prefilled.insert(field, note);
    emit changed();
}

QStringList CaseDraft::prefillNotes(const QString& field) const
{
    QStringList notes;
    for (auto it = m_prefilled.constBegin(); it != m_prefilled.constEnd(); ++it) {
        if ((it.key() == field || it.key().startsWith(field + u'.')) && !notes.contains(it.value()))
            notes << it.value();
    }
    return notes;
}

void CaseDraft::confirm(const QStringList& fields)
{
    bool any = false;
    for (const QString& f : fields) {
        for (auto it = m_prefilled.begin(); it != m_prefilled.end();) {
            if (it.key() == f || it.key().startsWith(f + u'.')) {
                it = m_prefilled.erase(it);
                any = true;
            } else {
                ++it;
            }
        }
    }
    if (any)
        emit changed();
}

void CaseDraft::set(const QString& path, const QJsonValue& value)
{
    // A value the user sets is theirs: no longer pre-filled (a no-op set keeps the note).
    if (this->value(path) != value)
        m_prefilled.remove(path);
    const int dot = static_cast<int>(path.indexOf(u'.'));
    if (dot < 0) {
        if (value.isUndefined())
            m_case.remove(path);
        else
            m_case.insert(path, value);
    } else {
        const QString outer = path.left(dot);
        QJsonObject inner = m_case.value(outer).toObject();
        if (value.isUndefined())
            inner.remove(path.mid(dot + 1));
        else
            inner.insert(path.mid(dot + 1), value);
        if (inner.isEmpty() && outer == QLatin1String("patient"))
            m_case.remove(outer);
        else
            m_case.insert(outer, inner);
    }
    validate();
    emit changed();
}

QJsonValue CaseDraft::value(const QString& path) const
{
    const int dot = static_cast<int>(path.indexOf(u'.'));
    if (dot < 0)
        return m_case.value(path);
    return m_case.value(path.left(dot)).toObject().value(path.mid(dot + 1));
}

QByteArray CaseDraft::json() const
{
    return QJsonDocument(m_case).toJson(QJsonDocument::Compact);
}

Problems CaseDraft::problemsFor(const QStringList& fields) const
{
    Problems out;
    for (const Problem& p : m_problems) {
        for (const QString& f : fields) {
            if (p.where == f || p.where.startsWith(f + u'.') || p.where.startsWith(f + u'[')) {
                out << p;
                break;
            }
        }
    }
    return out;
}

void CaseDraft::validate()
{
    const auto read = CaseReader::fromObject(m_case, {m_today, {}});
    m_problems = read.ok() ? Problems() : read.problems();
}

} // namespace netdesk
