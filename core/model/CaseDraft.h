#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QObject>

namespace netdesk {

// A case being edited (by the wizard): set or clear one field at a time (dotted paths such as
// "metastases.liver"), and ask the core case reader what is wrong, field by field.
class CaseDraft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDraft)

public:
    explicit CaseDraft(const QDate& today, const QJsonObject& start = {}, QObject* parent = nullptr);
    // The day the draft is checked against (the clinic's clock, injected).
    QDate today() const { return m_today; }

    void set(const QString& path, const QJsonValue& value); // an undefined value clears the field
    QJsonValue value(const QString& path) const;
    const QJsonObject& object() const { return m_case; }
    QByteArray json() const;

    // Values that were not typed now (a re-assessment's start), each with a note saying where it came
    // from, until the user edits the field or confirms the page that holds it.
    void setPrefilled(const QMap<QString, QString>& notes);
    void addPrefilled(const QString& field, const QString& note);
    // The note of `field` or of any field under it ("metastases" holds "metastases.liver").
    QStringList prefillNotes(const QString& field) const;
    void confirm(const QStringList& fields);

    // Every problem of the case as it stands (empty: valid).
    const Problems& problems() const { return m_problems; }
    // The problems that belong to these fields (a field also owns "field.sub" and "field[i]").
    Problems problemsFor(const QStringList& fields) const;

signals:
    void changed();

private:
    void validate();

    QDate m_today;
    QJsonObject m_case;
    Problems m_problems;
    QMap<QString, QString> m_prefilled;
};

} // namespace netdesk
