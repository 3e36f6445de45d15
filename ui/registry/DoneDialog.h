#pragma once

#include "core/registry/Records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace netdesk {

class Registry;

// Marks a follow-up item done: the date it was done (today by default) and its result, a lab value
// with one of the units the data file allows for the test (resources/registry/lab-tests.json) and
// the report's upper limit of normal, or an imaging result as a RECIST 1.1 category with a note. The registry checks it; a problem is shown in the dialog,
// which stays open, and nothing is stored. Done schedules the next item from the done date.
class DoneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoneDialog)

public:
    DoneDialog(Registry& registry, const ReminderRow& reminder, const QDate& today, QWidget* parent = nullptr);

    void accept() override;
    QDate nextDueDate() const { return m_nextDue; }

private:
    Registry& m_registry;
    FollowUpRecord m_item;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_uln = nullptr;
    QLineEdit* m_note = nullptr;
    QComboBox* m_test = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_error = nullptr;
    QDate m_nextDue;
};

} // namespace netdesk
