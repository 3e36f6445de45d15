#include "ui/registry/DoneDialog.h"

#include "core/followup/Scheduler.h"
#include "core/i18n/Language.h"
#include "core/registry/LabTests.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
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
    const QString language = installedLanguage(*QCoreApplication::instance());
    const auto tests = LabTests::embedded();
    const LabTestsPtr labTests = tests.ok() ? tests.value() : LabTestsPtr();
    if (m_item.kind == QLatin1String("imaging")) {
        // RECIST 1.1 categories in words, from the same data file as the units.
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("doneOutcome"));
        m_outcome->setAccessibleName(tr("Imaging result (RECIST 1.1)"));
        m_outcome->addItem(tr("(no result yet)"), QString());
        if (labTests) {
            for (const QString& code : labTests->responseCodes())
                m_outcome->addItem(labTests->responseLabel(code, language), code);
        }
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("doneNote"));
        m_note->setAccessibleName(tr("Imaging note"));
        m_note->setPlaceholderText(tr("the report's gist (optional)"));
        form->addRow(tr("Result (RECIST 1.1)"), m_outcome);
        form->addRow(tr("Note"), m_note);
    } else {
        m_test = new QComboBox(this);
        m_test->setObjectName(QStringLiteral("doneTest"));
        m_test->setAccessibleName(tr("Test"));
        for (const QString& t : m_item.tests)
            m_test->addItem(testDisplayName(t), t);
        m_value = new QLineEdit(this);
        m_value->setObjectName(QStringLiteral("doneValue"));
        m_value->setAccessibleName(tr("Result value"));
        // Only the units the data file allows for the chosen test; each explained beside it.
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("doneUnit"));
        m_unit->setAccessibleName(tr("Unit"));
        auto* unitHelp = new QLabel(this);
        unitHelp->setObjectName(QStringLiteral("doneUnitHelp"));
        unitHelp->setWordWrap(true);
        m_uln = new QLineEdit(this);
        m_uln->setObjectName(QStringLiteral("doneUln"));
        m_uln->setAccessibleName(tr("Upper limit of normal"));
        m_uln->setPlaceholderText(tr("as printed on the lab report (optional)"));
        const auto fillUnits = [this, labTests, language] {
            m_unit->clear();
            const LabTest* test = labTests ? labTests->test(m_test->currentData().toString()) : nullptr;
            if (!test)
                return;
            for (const LabUnit& u : test->units)
                m_unit->addItem(u.unit, u.help.value(language, u.help.value(QStringLiteral("en"))));
        };
        connect(m_test, &QComboBox::currentIndexChanged, this, fillUnits);
        connect(m_unit, &QComboBox::currentIndexChanged, unitHelp,
                [this, unitHelp] { unitHelp->setText(m_unit->currentData().toString()); });
        fillUnits();
        unitHelp->setText(m_unit->currentData().toString());
        form->addRow(tr("Test"), m_test);
        form->addRow(tr("Result"), m_value);
        form->addRow(tr("Unit"), m_unit);
        form->addRow(QString(), unitHelp);
        form->addRow(tr("Upper limit of normal"), m_uln);
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
        input.unit = input.result.isEmpty() ? QString() : m_unit->currentText();
        input.test = m_test->currentData().toString();
        input.uln = m_uln->text().trimmed(); // a limit without a value is refused, not dropped
    }
    if (m_outcome) {
        input.outcome = m_outcome->currentData().toString();
        input.note = m_note->text().trimmed();
    }
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
