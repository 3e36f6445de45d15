#pragma once

#include "core/registry/Records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace netdesk {

class Registry;

// Patients matching a search, fetched a page (200) at a time as the view scrolls, so that a
// 100,000-patient registry stays fluid. Reads go through the core Registry (no SQL here). The Review
// column says whether the course asks for a new assessment (its reasons as the tooltip), computed
// only for the rows a view shows.
class PatientListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientListModel)

public:
    enum Column { RecordNumber, FamilyName, GivenName, BirthDate, Sex, Status, Review, ColumnCount };

    explicit PatientListModel(Registry& registry, QObject* parent = nullptr);

    void setSearch(const QString& text);
    // Only the patients who need a new assessment (the course review), still narrowed by the search.
    // `load` false: switch mode but load nothing until the next setSearch (the reminders pane's
    // review view, read only when it is shown, so start-up never waits for the review list).
    void setReviewOnly(bool on, bool load = true);
    bool reviewOnly() const { return m_reviewOnly; }
    // Why the patient of `row` needs a new assessment (computed when first shown, then kept until the
    // list is reloaded).
    QStringList reviewReasons(int row) const;
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
    bool m_reviewOnly = false;
    QString m_language;
    mutable QHash<qint64, QStringList> m_reasons; // patient id -> flag texts
};

} // namespace netdesk
