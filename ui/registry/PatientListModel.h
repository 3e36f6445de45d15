#pragma once

#include "core/registry/Records.h"

#include <QAbstractTableModel>

namespace netdesk {

class Registry;

// Patients matching a search, fetched a page (200) at a time as the view scrolls, so that a
// 100,000-patient registry stays fluid. Reads go through the core Registry (no SQL here).
class PatientListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientListModel)

public:
    enum Column { RecordNumber, FamilyName, GivenName, BirthDate, Sex, Status, ColumnCount };

    explicit PatientListModel(Registry& registry, QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString search() const { return m_search; }
    qint64 totalCount() const { return m_total; }
    const PatientRecord* patientAt(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalChanged(qint64 total);

private:
    Registry& m_registry;
    QString m_search;
    QList<PatientRecord> m_rows;
    qint64 m_total = 0;
    QString m_error;
    bool m_fetching = false;
};

} // namespace netdesk
