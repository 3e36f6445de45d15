#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace netdesk {

class Settings;

// Edits the workstation's settings through the one Settings class: registry location, default
// follow-up protocol, default printout audience, clinic name and clinician (for printouts) and
// language. Values are checked before they are stored; a new registry location or language takes
// effect at the next start, and the dialog says so.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `protocols` and `languages`: the ids the knowledge base offers, with their display names.
    SettingsDialog(Settings& settings, const QList<QPair<QString, QString>>& protocols,
                   const QList<QPair<QString, QString>>& languages, QWidget* parent = nullptr);

    void accept() override;
    QString lastError() const;

private:
    Settings& m_settings;
    QLineEdit* m_registry = nullptr;
    QComboBox* m_protocol = nullptr;
    QComboBox* m_audience = nullptr;
    QLineEdit* m_clinic = nullptr;
    QLineEdit* m_clinician = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace netdesk
