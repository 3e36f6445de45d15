#include "ui/registry/TherapyDialog.h"

#include "core/i18n/Language.h"
#include "core/registry/LabTests.h"
#include "core/registry/Registry.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace netdesk {

QString therapyName(const Registry& registry, const QString& code, const QString& language)
{
    const KnowledgeBasePtr& kb = registry.knowledgeBase();
    if (!kb || !kb->therapies.contains(code))
        return code;
    const KbTherapy& t = kb->therapies.value(code);
    const QString name = t.name.get(language);
    return !name.isEmpty() ? name : !t.name.get(QStringLiteral("en")).isEmpty() ? t.name.get(QStringLiteral("en")) : code;
}

TherapyDialog::TherapyDialog(Registry& registry, const QString& recordNumber, Mode mode, const QDate& today,
                             QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_record(recordNumber)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("therapyDialog"));
    const QString language = installedLanguage(*QCoreApplication::instance());
    auto* form = new QFormLayout(this);
    m_therapy = new QComboBox(this);
    m_therapy->setObjectName(QStringLiteral("therapyChoice"));
    if (mode == Mode::Start) {
        setWindowTitle(tr("Start a therapy line"));
        m_therapy->setAccessibleName(tr("Therapy"));
        if (const KnowledgeBasePtr& kb = registry.knowledgeBase()) {
            for (const QString& code : kb->therapyCodes) {
                if (Registry::lineKinds().contains(kb->therapies.value(code).kind))
                    m_therapy->addItem(therapyName(registry, code, language), code);
            }
        }
        form->addRow(tr("Therapy"), m_therapy);
    } else {
        setWindowTitle(tr("Stop a therapy line"));
        m_therapy->setAccessibleName(tr("Running therapy line"));
        const auto lines = registry.therapyLines(recordNumber);
        if (lines.ok()) {
            for (const TherapyLine& l : lines.value()) {
                if (l.running())
                    m_therapy->addItem(tr("%1, since %2")
                                           .arg(therapyName(registry, l.therapy, language),
                                                l.startDate.toString(Qt::ISODate)),
                                       l.id);
            }
        }
        form->addRow(tr("Therapy line"), m_therapy);
    }
    m_date = new QLineEdit(today.toString(Qt::ISODate), this);
    m_date->setObjectName(QStringLiteral("therapyDate"));
    m_date->setAccessibleName(mode == Mode::Start ? tr("Start date") : tr("Stop date"));
    form->addRow(mode == Mode::Start ? tr("Started on (YYYY-MM-DD)") : tr("Stopped on (YYYY-MM-DD)"), m_date);
    if (mode == Mode::Stop) {
        const auto rules = registry.courseReview();
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("therapyStopReason"));
        m_reason->setAccessibleName(tr("Reason for stopping"));
        m_reason->addItem(tr("(choose)"), QString());
        for (const QString& code : Registry::stopReasons())
            m_reason->addItem(rules.ok() ? rules.value()->stopReasonLabel(code, language) : code, code);
        form->addRow(tr("Reason"), m_reason);
        const auto tests = LabTests::embedded();
        m_response = new QComboBox(this);
        m_response->setObjectName(QStringLiteral("therapyBestResponse"));
        m_response->setAccessibleName(tr("Best response (RECIST 1.1)"));
        m_response->addItem(tr("(not assessed)"), QString());
        for (const QString& code : Registry::recistResponses())
            m_response->addItem(tests.ok() ? tests.value()->responseLabel(code, language) : code, code);
        form->addRow(tr("Best response (RECIST 1.1)"), m_response);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("therapyNote"));
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("Note"), m_note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("therapyError"));
    m_error->setWordWrap(true);
    m_error->setVisible(!hasChoices());
    m_error->setText(hasChoices() ? QString() : tr("This patient has no running therapy line."));
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(hasChoices());
    connect(buttons, &QDialogButtonBox::accepted, this, &TherapyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

bool TherapyDialog::hasChoices() const
{
    return m_therapy->count() > 0;
}

void TherapyDialog::accept()
{
    if (!hasChoices())
        return;
    Result<TherapyLine> stored = Problems{};
    if (m_mode == Mode::Start) {
        stored = m_registry.startTherapy(
            {m_record, m_therapy->currentData().toString(), m_date->text().trimmed(), m_note->text().trimmed()});
    } else {
        TherapyStopInput in;
        in.recordNumber = m_record;
        in.lineId = m_therapy->currentData().toLongLong();
        in.date = m_date->text().trimmed();
        in.reason = m_reason->currentData().toString();
        in.bestResponse = m_response->currentData().toString();
        in.note = m_note->text().trimmed();
        stored = m_registry.stopTherapy(in);
    }
    if (!stored.ok()) {
        m_error->setText(tr("Not stored: %1").arg(stored.messages().join(QStringLiteral("; "))));
        m_error->setVisible(true);
        return;
    }
    m_stored = stored.value();
    QDialog::accept();
}

} // namespace netdesk
