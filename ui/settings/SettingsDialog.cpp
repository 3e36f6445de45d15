#include "ui/settings/SettingsDialog.h"

#include "core/registry/Database.h"
#include "ui/settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace netdesk {

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& name, const QList<QPair<QString, QString>>& items,
                     const QString& current)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto& [id, label] : items)
        box->addItem(label, id);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, const QList<QPair<QString, QString>>& protocols,
                               const QList<QPair<QString, QString>>& languages, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* registryRow = new QHBoxLayout;
    m_registry = new QLineEdit(m_settings.text(Settings::Key::RegistryPath), this);
    m_registry->setObjectName(QStringLiteral("settingRegistry"));
    m_registry->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Browse for the registry file"));
    registryRow->addWidget(m_registry, 1);
    registryRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Registry file"), m_registry->text(), tr("NETDesk registry (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_registry->setText(file);
    });
    auto* registryLabel = new QLabel(tr("&Registry file:"), this);
    registryLabel->setBuddy(m_registry);
    form->addRow(registryLabel, registryRow);

    m_protocol = makeCombo(this, QStringLiteral("settingProtocol"), protocols,
                           m_settings.text(Settings::Key::DefaultProtocol));
    form->addRow(tr("Default follow-up &protocol:"), m_protocol);
    m_audience = makeCombo(this, QStringLiteral("settingAudience"),
                           {{QStringLiteral("professional"), tr("Professional (regimens, evidence)")},
                            {QStringLiteral("patient"), tr("Patient (plain language)")}},
                           m_settings.text(Settings::Key::PrintAudience));
    form->addRow(tr("Default printout &audience:"), m_audience);
    m_clinic = new QLineEdit(m_settings.text(Settings::Key::ClinicName), this);
    m_clinic->setObjectName(QStringLiteral("settingClinic"));
    m_clinic->setMaxLength(120);
    form->addRow(tr("&Clinic name (printouts):"), m_clinic);
    m_clinician = new QLineEdit(m_settings.text(Settings::Key::Clinician), this);
    m_clinician->setObjectName(QStringLiteral("settingClinician"));
    m_clinician->setMaxLength(120);
    form->addRow(tr("C&linician (printouts):"), m_clinician);
    m_language = makeCombo(this, QStringLiteral("settingLanguage"), languages, m_settings.text(Settings::Key::Language));
    form->addRow(tr("&Language:"), m_language);

    // Every field's accessible name is its label's text without the mnemonic.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                                ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                : nullptr);
        if (label && label->buddy())
            label->buddy()->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }

    auto* note = new QLabel(tr("A new registry file or language takes effect the next time NETDesk starts."), this);
    note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString SettingsDialog::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SettingsDialog::accept()
{
    // Check first, store after: a refused value leaves every setting as it was.
    const QString path = m_registry->text().trimmed();
    QString problem;
    if (path.isEmpty())
        problem = tr("Registry file: give a file path, e.g. %1").arg(Database::defaultPath());
    else if (!QFileInfo(path).isAbsolute())
        problem = tr("Registry file: '%1' is not an absolute path; give the full path of the file").arg(path);
    else if (QFileInfo(path).isDir())
        problem = tr("Registry file: '%1' is a folder; give a file name inside it, e.g. %2")
                      .arg(path, QDir(path).filePath(QStringLiteral("registry.sqlite")));
    else if (!QFileInfo::exists(path) && !QFileInfo(QFileInfo(path).absolutePath()).isDir() &&
             !QDir().mkpath(QFileInfo(path).absolutePath()))
        problem = tr("Registry file: the folder %1 cannot be created").arg(QFileInfo(path).absolutePath());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        m_registry->setFocus();
        return;
    }
    m_settings.setValue(Settings::Key::RegistryPath, QDir::cleanPath(path));
    m_settings.setValue(Settings::Key::DefaultProtocol, m_protocol->currentData());
    m_settings.setValue(Settings::Key::PrintAudience, m_audience->currentData());
    m_settings.setValue(Settings::Key::ClinicName, m_clinic->text().trimmed());
    m_settings.setValue(Settings::Key::Clinician, m_clinician->text().trimmed());
    m_settings.setValue(Settings::Key::Language, m_language->currentData());
    QDialog::accept();
}

} // namespace netdesk
