#include "ui/registry/DoneDialog.h"

#include "core/followup/Scheduler.h"
#include "core/registry/Registry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace netdesk {

DoneDialog::DoneDialog(Registry& registry, const ReminderRow& reminder, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_item(reminder.item)
{
    setObjectName(QStringLiteral("doneDialog"));
    setWindowTitle(tr("Done: %1 for %2, %3")
                       .arg(testsDisplayText(m_item.kind, m_item.tests), reminder.familyName, reminder.givenName));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(m_item.reason, this));
    m_date = new QLineEdit(today.toString(Qt::ISODate), this);
    m_date->setObjectName(QStringLiteral("doneDate"));
    m_date->setAccessibleName(tr("Date done"));
    form->addRow(tr("Done on (YYYY-MM-DD)"), m_date);
    if (m_item.kind == QLatin1String("imaging")) {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("doneOutcome"));
        m_outcome->setAccessibleName(tr("Imaging outcome"));
        m_outcome->addItem(tr("(no result yet)"), QString());
        for (const QString& o : {QStringLiteral("stable"), QStringLiteral("response"), QStringLiteral("progression")})
            m_outcome->addItem(o, o);
        form->addRow(tr("Outcome"), m_outcome);
    } else {
        m_test = new QComboBox(this);
        m_test->setObjectName(QStringLiteral("doneTest"));
        m_test->setAccessibleName(tr("Test"));
        for (const QString& t : m_item.tests)
            m_test->addItem(testDisplayName(t), t);
        m_value = new QLineEdit(this);
        m_value->setObjectName(QStringLiteral("doneValue"));
        m_value->setAccessibleName(tr("Result value"));
        m_unit = new QLineEdit(this);
        m_unit->setObjectName(QStringLiteral("doneUnit"));
        m_unit->setAccessibleName(tr("Unit"));
        m_unit->setPlaceholderText(tr("e.g. ng/mL"));
        form->addRow(tr("Test"), m_test);
        form->addRow(tr("Result"), m_value);
        form->addRow(tr("Unit"), m_unit);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("doneError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DoneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void DoneDialog::accept()
{
    DoneInput input;
    input.itemId = m_item.id;
    input.date = m_date->text().trimmed();
    if (m_value) {
        input.result = m_value->text().trimmed();
        input.unit = m_unit->text().trimmed();
        input.test = m_test->currentData().toString();
    }
    if (m_outcome)
        input.outcome = m_outcome->currentData().toString();
    const auto done = m_registry.markDone(input);
    if (!done.ok()) {
        m_error->setText(tr("Not stored: %1").arg(done.messages().join(QStringLiteral("; "))));
        m_error->setVisible(true);
        return;
    }
    m_nextDue = done.value().next ? done.value().next->dueDate : QDate();
    QDialog::accept();
}

} // namespace netdesk
