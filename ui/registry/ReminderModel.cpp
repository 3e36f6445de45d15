#include "ui/registry/ReminderModel.h"

#include "core/followup/Scheduler.h"
#include "core/registry/Registry.h"

namespace netdesk {

ReminderModel::ReminderModel(Registry& registry, const QDate& today, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_today(today)
{
    refresh();
}

void ReminderModel::setFilter(Filter filter, int withinDays)
{
    m_filter = filter;
    m_withinDays = withinDays;
    refresh();
}

void ReminderModel::refresh()
{
    beginResetModel();
    const auto page = m_filter == Filter::Due ? m_registry.due(m_withinDays) : m_registry.overdue();
    m_rows = page.ok() ? page.value().rows : QList<ReminderRow>();
    m_total = page.ok() ? page.value().total : 0;
    endResetModel();
    emit totalChanged(m_total);
}

const ReminderRow* ReminderModel::reminderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReminderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReminderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReminderRow& r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return r.item.notes.isEmpty() ? r.item.reason : r.item.reason + u'\n' + r.item.notes;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DueDate:
        return r.item.dueDate.toString(Qt::ISODate);
    case State:
        return reminderStateName(reminderState(r.item.status, r.item.dueDate, m_today));
    case Patient:
        return QStringLiteral("%1, %2").arg(r.familyName, r.givenName);
    case RecordNumber:
        return r.recordNumber;
    case Tests:
        return testsDisplayText(r.item.kind, r.item.tests);
    case Reason:
        return r.item.reason;
    default:
        return {};
    }
}

QVariant ReminderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueDate:
        return tr("Due");
    case State:
        return tr("State");
    case Patient:
        return tr("Patient");
    case RecordNumber:
        return tr("Record");
    case Tests:
        return tr("Tests");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace netdesk
