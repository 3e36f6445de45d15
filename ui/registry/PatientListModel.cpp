#include "ui/registry/PatientListModel.h"

#include "core/i18n/Language.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>

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
    m_reasons.clear();
    m_total = 0;
    m_language = installedLanguage(*QCoreApplication::instance());
    if (m_reviewOnly) {
        // The first page of flagged patients (by name), narrowed by the search as the list's own
        // search would; the count is of all flagged patients when nothing is typed.
        const auto page = m_registry.needsReview(defaultPageSize, m_language);
        if (page.ok()) {
            const QStringList words = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
            for (const ReviewRow& r : page.value().rows) {
                const QString family = r.patient.familyName.toCaseFolded();
                const QString given = r.patient.givenName.toCaseFolded();
                const QString record = r.patient.recordNumber.toCaseFolded();
                const bool match =
                    words.isEmpty() ||
                    (words.size() == 1 && (family.startsWith(words[0]) || given.startsWith(words[0]) ||
                                           record.contains(words[0]))) ||
                    (words.size() >= 2 && family.startsWith(words[0]) && given.startsWith(words[1]));
                if (!match)
                    continue;
                m_rows << r.patient;
                QStringList texts;
                for (const ReviewFlag& f : r.flags)
                    texts << f.text;
                m_reasons.insert(r.patient.id, texts);
            }
            m_total = words.isEmpty() ? page.value().total : m_rows.size();
            m_error.clear();
        } else {
            m_error = page.messages().join(u'\n');
        }
    } else {
        const auto page = m_registry.list(text, defaultPageSize);
        if (page.ok()) {
            m_rows = page.value().rows;
            m_total = page.value().total;
            m_error.clear();
        } else {
            m_error = page.messages().join(u'\n');
        }
    }
    endResetModel();
    m_fetching = false;
    emit totalChanged(m_total);
}

void PatientListModel::setReviewOnly(bool on, bool load)
{
    if (on == m_reviewOnly)
        return;
    m_reviewOnly = on;
    if (load) {
        setSearch(m_search);
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_reasons.clear();
    m_total = 0;
    endResetModel();
    emit totalChanged(m_total);
}

QStringList PatientListModel::reviewReasons(int row) const
{
    const PatientRecord* p = patientAt(row);
    if (!p || p->status != QLatin1String("active"))
        return {};
    auto it = m_reasons.constFind(p->id);
    if (it != m_reasons.constEnd())
        return it.value();
    QStringList texts;
    const auto flags = m_registry.reviewFlags(p->recordNumber, m_language);
    if (flags.ok()) {
        for (const ReviewFlag& f : flags.value())
            texts << f.text;
    }
    m_reasons.insert(p->id, texts);
    return texts;
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
    case Review: {
        const QStringList reasons = reviewReasons(index.row());
        if (reasons.isEmpty())
            return {};
        if (role == Qt::ToolTipRole)
            return reasons.join(u'\n');
        return tr("⚑ review: %n reason(s)", nullptr, static_cast<int>(reasons.size()));
    }
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
    case Review:
        return tr("Review");
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
    QList<PatientRecord> more;
    if (m_reviewOnly) {
        const auto page = m_registry.needsReview(static_cast<int>(m_rows.size()) + defaultPageSize, m_language);
        if (!page.ok() || page.value().rows.size() <= m_rows.size())
            return;
        for (const ReviewRow& r : page.value().rows.mid(m_rows.size())) {
            more << r.patient;
            QStringList texts;
            for (const ReviewFlag& f : r.flags)
                texts << f.text;
            m_reasons.insert(r.patient.id, texts);
        }
    } else {
        const auto page = m_registry.list(m_search, static_cast<int>(m_rows.size()) + defaultPageSize);
        if (!page.ok() || page.value().rows.size() <= m_rows.size())
            return;
        more = page.value().rows.mid(m_rows.size());
    }
    // Views may ask for more while the insertion is announced: not again until it is done.
    m_fetching = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_fetching = false;
}

} // namespace netdesk
