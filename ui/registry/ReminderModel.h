#pragma once

#include "core/registry/Records.h"

#include <QAbstractTableModel>
#include <QDate>

namespace netdesk {

class Registry;

// Reminders across the registry: items due in the next days, or overdue ones (first page and the
// total count, as the registry returns them).
class ReminderModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderModel)

public:
    enum class Filter { Due, Overdue };
    enum Column { DueDate, State, Patient, RecordNumber, Tests, Reason, ColumnCount };

    ReminderModel(Registry& registry, const QDate& today, QObject* parent = nullptr);

    void setFilter(Filter filter, int withinDays = 14);
    void refresh();
    Filter filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const ReminderRow* reminderAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalChanged(qint64 total);

private:
    Registry& m_registry;
    QDate m_today;
    Filter m_filter = Filter::Due;
    int m_withinDays = 14;
    QList<ReminderRow> m_rows;
    qint64 m_total = 0;
};

} // namespace netdesk
