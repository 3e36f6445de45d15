#include "ui/registry/PatientListModel.h"

#include "core/registry/Registry.h"

namespace netdesk {

PatientListModel::PatientListModel(Registry& registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    setSearch(QString());
}

void PatientListModel::setSearch(const QString& text)
{
    m_fetching = true; // no fetchMore while the reset is announced
    beginResetModel();
    m_search = text;
    m_rows.clear();
    m_total = 0;
    const auto page = m_registry.list(text, defaultPageSize);
    if (page.ok()) {
        m_rows = page.value().rows;
        m_total = page.value().total;
        m_error.clear();
    } else {
        m_error = page.messages().join(u'\n');
    }
    endResetModel();
    m_fetching = false;
    emit totalChanged(m_total);
}

const PatientRecord* PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const PatientRecord& p = m_rows.at(index.row());
    switch (index.column()) {
    case RecordNumber:
        return p.recordNumber;
    case FamilyName:
        return p.familyName;
    case GivenName:
        return p.givenName;
    case BirthDate:
        return p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString();
    case Sex:
        return p.sex;
    case Status:
        return p.statusDate.isValid() ? tr("%1 since %2").arg(p.status, p.statusDate.toString(Qt::ISODate)) : p.status;
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordNumber:
        return tr("Record");
    case FamilyName:
        return tr("Family name");
    case GivenName:
        return tr("Given name");
    case BirthDate:
        return tr("Born");
    case Sex:
        return tr("Sex");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool PatientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void PatientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_registry.list(m_search, static_cast<int>(m_rows.size()) + defaultPageSize);
    if (!page.ok() || page.value().rows.size() <= m_rows.size())
        return;
    const QList<PatientRecord> more = page.value().rows.mid(m_rows.size());
    // Views may ask for more while the insertion is announced: not again until it is done.
    m_fetching = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_fetching = false;
}

} // namespace netdesk
